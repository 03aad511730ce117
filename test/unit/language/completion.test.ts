import * as assert from 'assert';
import { check, completionsAt, parseAgenda, type CompletionEntry } from '../../../src/core';
import { AGENDA, cursor, withLine } from './agendaText';

function complete(marked: string): CompletionEntry[] {
  const { text, position } = cursor(marked);
  return completionsAt(text, position);
}

const labels = (entries: CompletionEntry[]) => entries.sort((a, b) => a.sortText.localeCompare(b.sortText)).map((e) => e.label);
const range = (line: number, from: number, to = from) => ({ start: { line, character: from }, end: { line, character: to } });

describe('completion', () => {
  it('starts from an agenda that checks clean', () => {
    assert.deepStrictEqual(check(AGENDA), []);
  });

  describe('keys', () => {
    it('offers the keys a session may still have, none already present, with their descriptions', () => {
      const entries = complete(withLine(48, '    topics: [cybercrime]\n    ‸'));
      assert.deepStrictEqual(labels(entries), ['duration', 'track', 'format', 'status', 'mode', 'online', 'registration', 'interpretation', 'chair', 'moderators', 'speakers', 'agendaItems', 'description', 'url', 'documents', 'items']);
      const format = entries.find((e) => e.label === 'format')!;
      assert.deepStrictEqual(format, {
        label: 'format',
        kind: 'property',
        range: range(49, 4),
        sortText: '1002',
        insertText: 'format: $0',
        snippet: true,
        retrigger: true,
        detail: 'The format of the session.',
        documentation: 'The format of the session: `plenary`, `panel`, `keynote`, `roundtable`, `workshop`, `presentation`, `discussion`, `ceremony`, `side-event`, `break`, `reception`, `moment` (a point in time with no length: a `start` and no `end`) or `other`.',
      });
    });

    it('puts the required keys first in a new list entry, marked as required', () => {
      const entries = complete(withLine(48, '    topics: [cybercrime]\n  - ‸'));
      assert.deepStrictEqual(labels(entries).slice(0, 4), ['id', 'title', 'date', 'part']);
      assert.strictEqual(entries.find((e) => e.label === 'id')!.detail, '(required) The id of the session.');
      assert.deepStrictEqual(entries.find((e) => e.label === 'id')!.range, range(49, 4));
    });

    it('replaces the word typed so far and writes a list of objects as a block', () => {
      const entries = complete(withLine(48, '    topics: [cybercrime]\n    it‸'));
      const items = entries.find((e) => e.label === 'items')!;
      assert.deepStrictEqual([items.range, items.insertText], [range(49, 4, 6), 'items:\n  - $0']);
    });

    it('writes a list of ids in flow style and an object as an indented block under a list dash', () => {
      const speakers = complete(withLine(48, '    topics: [cybercrime]\n    sp‸')).find((e) => e.label === 'speakers')!;
      assert.deepStrictEqual([speakers.insertText, speakers.retrigger], ['speakers: [$0]', true]);
      const venue = complete(withLine(5, '  organizers: [unodc]\n  ve‸')).find((e) => e.label === 'venue')!;
      assert.strictEqual(venue.insertText, 'venue:\n  $0');
      const documents = complete(withLine(41, '  - documents‸\n    id: panel')).find((e) => e.label === 'documents')!;
      assert.strictEqual(documents.insertText, 'documents:\n    - $0');
    });

    it('offers only the key name when the key is being edited in front of its colon', () => {
      const entries = complete(withLine(29, '    pa‸rt: morning'));
      const part = entries.find((e) => e.label === 'part')!;
      assert.deepStrictEqual([part.insertText, part.snippet, part.range], ['part', false, range(29, 4, 8)]);
    });

    it('offers the top-level keys of an empty file, required first', () => {
      const entries = complete('‸');
      assert.deepStrictEqual(labels(entries), ['version', 'event', 'sessions', 'partOf', 'organizations', 'people', 'topics', 'tracks', 'documents', 'rooms']);
      assert.strictEqual(entries.find((e) => e.label === 'version')!.insertText, 'version: 1');
      assert.strictEqual(entries.find((e) => e.label === 'event')!.insertText, 'event:\n  $0');
    });

    it('offers keys in a flow mapping', () => {
      const entries = complete('version: 1\nevent: {title: T, st‸}\n');
      assert.deepStrictEqual(labels(entries), ['start', 'end', 'id', 'shortTitle', 'series', 'body', 'agendaItems', 'description', 'venue', 'timezone', 'languages', 'organizers', 'partners', 'url', 'documents', 'mode', 'online', 'registration', 'interpretation']);
      assert.deepStrictEqual(entries.find((e) => e.label === 'venue')!.insertText, 'venue: $0');
    });

    it('puts `time` and `duration` first in an item that has neither', () => {
      const entries = complete(withLine(40, '        speakers: [jane-doe]\n      - title: Next\n        ‸'));
      assert.deepStrictEqual(labels(entries), ['time', 'duration', 'end', 'kind', 'speakers', 'authors', 'description', 'url']);
    });
  });

  describe('values', () => {
    it('offers the parts of the day, session formats, item kinds and statuses', () => {
      assert.deepStrictEqual(labels(complete(withLine(29, '    part: ‸'))), ['morning', 'afternoon', 'evening']);
      assert.deepStrictEqual(labels(complete(withLine(32, '    format: p‸'))), ['plenary', 'panel', 'keynote', 'roundtable', 'workshop', 'presentation', 'discussion', 'ceremony', 'side-event', 'break', 'reception', 'moment', 'other']);
      assert.deepStrictEqual(labels(complete(withLine(39, '        kind: ‸'))).slice(0, 3), ['opening', 'keynote', 'presentation']);
      const status = complete(withLine(32, '    status: c‸'));
      assert.deepStrictEqual(labels(status), ['confirmed', 'tentative', 'cancelled']);
      assert.deepStrictEqual(status[0].range, range(32, 12, 13));
    });

    it('offers language codes with their names, leaving out those already listed', () => {
      const entries = complete(withLine(5, '  languages: [en, ‸]'));
      assert.ok(!entries.some((e) => e.label === 'en'));
      assert.deepStrictEqual(entries.find((e) => e.label === 'fr')!.detail, 'French');
    });

    it('offers the topic ids in a flow list with their titles, leaving out those already listed', () => {
      const entries = complete(withLine(35, '    topics: [cryptocurrencies, cy‸'));
      assert.deepStrictEqual(entries.map((e) => [e.label, e.detail, e.insertText]), [['cybercrime', 'Cybercrime', 'cybercrime']]);
      assert.deepStrictEqual(entries[0].range, range(35, 31, 33));
      assert.match(entries[0].documentation!, /^\*\*Topic\*\* `cybercrime`: Cybercrime\n\nSessions:\n- Panel \(2024-03-04, 11:00–12:00, Room A\)$/);
    });

    it('offers the topic ids in a flow list the author has only just opened: `topics: [cr`', () => {
      for (const line of ['    topics: [cr‸', '    topics: [cr‸]', '    topics: [ cr‸ ]']) {
        const entries = complete(withLine(35, line));
        const start = line.indexOf('cr');
        assert.deepStrictEqual(entries.map((e) => [e.label, e.detail, e.range]), [
          ['cryptocurrencies', 'Cryptocurrencies', range(35, start, start + 2)],
          ['cybercrime', 'Cybercrime', range(35, start, start + 2)],
        ], line);
      }
    });

    it('offers the people for a chair, and for speakers in block style', () => {
      assert.deepStrictEqual(complete(withLine(33, '    chair: ‸')).map((e) => [e.label, e.detail]), [['jane-doe', 'Dr. Jane Doe'], ['john-roe', 'John Roe']]);
      const block = complete(withLine(34, '    speakers:\n      - john-roe\n      - ‸'));
      assert.deepStrictEqual(block.map((e) => e.label), ['jane-doe']);
      assert.deepStrictEqual(block[0].range, range(36, 8));
    });

    it('offers the people of the session first for the speakers of an item', () => {
      const entries = complete(withLine(40, '        speakers: [‸]'));
      assert.deepStrictEqual(labels(entries), ['jane-doe', 'john-roe']);
      const inPanel = complete(withLine(48, '    topics: [cybercrime]\n    speakers: [john-roe]\n    items:\n      - duration: 10\n        title: Talk\n        speakers: [‸]'));
      assert.deepStrictEqual(labels(inPanel), ['john-roe', 'jane-doe']);
    });

    it('offers organisations with their names for organizers, partners and affiliations', () => {
      assert.deepStrictEqual(complete(withLine(5, '  organizers: [unodc]\n  partners: [‸]')).map((e) => [e.label, e.detail]), [
        ['unodc', 'United Nations Office on Drugs and Crime (UNODC)'],
        ['kic', 'Korean Institute of Criminology'],
      ]);
      assert.deepStrictEqual(complete(withLine(5, '  organizers: [unodc, ‸]')).map((e) => e.label), ['kic']);
      assert.deepStrictEqual(complete(withLine(19, '    name: John Roe\n    affiliation: u‸')).map((e) => e.label), ['unodc', 'kic']);
    });

    it('offers the dates of the event with their weekdays, the day of the session before preselected', () => {
      const entries = complete(withLine(43, '    date: ‸'));
      assert.deepStrictEqual(entries.map((e) => [e.label, e.detail, !!e.preselect]), [
        ['2024-03-04', 'Monday, 4 March 2024', true],
        ['2024-03-05', 'Tuesday, 5 March 2024', false],
        ['2024-03-06', 'Wednesday, 6 March 2024', false],
      ]);
    });

    it('offers the next free slot of the room for a session start, quoted', () => {
      const entries = complete(withLine(45, '    start: ‸'));
      assert.deepStrictEqual(entries.map((e) => [e.label, e.insertText, e.detail, !!e.preselect]), [['10:30', '"10:30"', 'Room A is free after opening', true]]);
      assert.deepStrictEqual(entries[0].range, range(45, 11));
    });

    it('offers each gap of the room in programme order when the room is free more than once', () => {
      const text = withLine(48, '    topics: [cybercrime]\n  - id: late\n    title: Late\n    date: 2024-03-04\n    room: Room A\n    start: ‸');
      assert.deepStrictEqual(complete(text).map((e) => [e.label, e.detail]), [
        ['10:30', 'Room A is free from 10:30 until panel at 11:00'],
        ['12:00', 'Room A is free after panel'],
      ]);
    });

    it('keeps the quote the author has opened and lets it filter', () => {
      const [entry] = complete(withLine(45, '    start: "1‸'));
      assert.deepStrictEqual([entry.insertText, entry.filterText, entry.range], ['"10:30"', '"10:30"', range(45, 11, 13)]);
    });

    it('offers ends for a session: until the next booking of the room, and round lengths', () => {
      const entries = complete(withLine(31, '    end: ‸'));
      assert.deepStrictEqual(entries.map((e) => [e.label, e.detail, !!e.preselect]), [
        ['11:00', 'Until panel starts', true],
        ['10:00', '1 hour', false],
        ['10:30', '90 minutes', false],
        ['12:00', '3 hours', false],
      ]);
    });

    it('offers the time an item starts when it follows the item before', () => {
      const entries = complete(withLine(40, '        speakers: [jane-doe]\n      - title: Talk\n        duration: 30\n        time: ‸'));
      assert.deepStrictEqual(entries.map((e) => [e.insertText, e.detail]), [['"09:20"', 'When the item before ends']]);
    });

    it('offers the time zones with their names', () => {
      const entries = complete(withLine(5, '  organizers: [unodc]\n  timezone: Europe/V‸'));
      const vienna = entries.find((e) => e.label === 'Europe/Vienna')!;
      assert.deepStrictEqual([vienna.detail, vienna.range], ['Central European Standard Time', range(6, 12, 20)]);
      assert.strictEqual(complete(withLine(5, '  organizers: [unodc]\n  time‸')).find((e) => e.label === 'timezone')!.retrigger, true);
    });

    it('offers the zones of the bundled IANA data, with the current names Node\'s list lacks', () => {
      const entries = complete(withLine(5, '  organizers: [unodc]\n  timezone: ‸'));
      const found = (zone: string) => entries.find((e) => e.label === zone);
      assert.deepStrictEqual([found('Asia/Kolkata')?.detail, found('Europe/Kyiv')?.detail], ['India Standard Time', 'Eastern European Standard Time']);
      assert.ok(entries.length > 590, `${entries.length} zones`);
    });

    it('offers an item the duration that fills the gap to the next timed item, then round lengths', () => {
      const text = withLine(40, '        speakers: [jane-doe]\n      - title: Talk\n        duration: ‸\n      - time: "10:00"\n        duration: 30\n        title: Close');
      assert.deepStrictEqual(complete(text).map((e) => [e.label, e.detail, !!e.preselect]), [
        ['40', 'Until the next item at 10:00', true],
        ['15', '15 minutes', false],
        ['30', '30 minutes', false],
        ['45', '45 minutes', false],
        ['60', '60 minutes', false],
      ]);
      const last = withLine(40, '        speakers: [jane-doe]\n      - title: Talk\n        duration: ‸');
      assert.deepStrictEqual(complete(last)[0].detail, 'Until the session ends at 10:30');
      assert.deepStrictEqual(complete(last)[0].label, '70');
    });

    it('offers the rooms the other sessions use, most used first, and the usual honorifics', () => {
      const text = withLine(48, '    topics: [cybercrime]\n  - id: side\n    title: Side event\n    date: 2024-03-04\n    room: Room C\n  - id: late\n    title: Late\n    date: 2024-03-04\n    room: R‸');
      assert.deepStrictEqual(complete(text).map((e) => [e.label, e.detail]), [['Room A', 'Used by 2 other sessions'], ['Room C', 'Used by 1 other session']]);
      assert.deepStrictEqual(complete(withLine(16, '    honorific: ‸')).map((e) => e.label), ['H.E.', 'Dr.', 'Prof.', 'Ms.', 'Mr.']);
      const quoted = withLine(47, '    room: "Hall: West"').replace('    topics: [cybercrime]', '    topics: [cybercrime]\n  - id: late\n    title: Late\n    date: 2024-03-04\n    room: ‸');
      assert.deepStrictEqual(complete(quoted).map((e) => [e.label, e.insertText]), [['Hall: West', '"Hall: West"'], ['Room A', 'Room A']]);
    });

    describe('agenda items', () => {
      const EVENT = '  organizers: [unodc]\n  agendaItems:\n    - number: 3\n      title: General debate\n    - number: "3 (a)"\n      title: { en: Crime trends, fr: Tendances de la criminalité }\n    - { number: 4, title: Adoption of the report }';
      /** The agenda with the event's agenda items and the panel's `agendaItems` as given (cursor in it). */
      const panel = (items: string) => withLine(5, EVENT, withLine(48, `    topics: [cybercrime]\n${items}`));
      const ITEMS = [['3', 'General debate', '3'], ['3 (a)', 'Crime trends', '"3 (a)"'], ['4', 'Adoption of the report', '4']];
      const shown = (entries: CompletionEntry[]) => entries.map((e) => [e.label, e.detail, e.insertText]);

      it('offers the numbers of event.agendaItems with their titles in a flow list, whole numbers as numbers, others quoted', () => {
        const entries = complete(panel('    agendaItems: [‸]'));
        assert.deepStrictEqual(shown(entries), ITEMS);
        assert.deepStrictEqual(entries.map((e) => [e.kind, e.range, e.snippet]), ITEMS.map(() => ['reference', range(55, 18), false]));
        assert.deepStrictEqual(shown(complete(panel('    agendaItems: [3, "3 (‸'))).map((e) => e.slice(0, 2)), [['3 (a)', 'Crime trends'], ['4', 'Adoption of the report']]);
        assert.deepStrictEqual(complete(panel('    agendaItems: [3, "3 (‸')).map((e) => [e.insertText, e.range, e.filterText]), [['"3 (a)"', range(55, 21, 25), '"3 (a)"'], ['"4"', range(55, 21, 25), '"4"']]);
      });

      it('offers them after `item:` of an item the session continues, flow or block, leaving out the numbers the session lists', () => {
        assert.deepStrictEqual(shown(complete(panel('    agendaItems: [4, { item: ‸, continued: true }]'))), ITEMS.slice(0, 2));
        const block = complete(panel('    agendaItems:\n      - 3\n      - item: ‸\n        continued: true'));
        assert.deepStrictEqual(shown(block), ITEMS.slice(1));
        assert.deepStrictEqual(block[0].range, range(57, 14));
      });

      it('offers them in a block list before the keys `item` and `continued`', () => {
        const entries = complete(panel('    agendaItems:\n      - "3 (a)"\n      - ‸'));
        assert.deepStrictEqual(labels(entries), ['3', '4', 'item', 'continued']);
        assert.deepStrictEqual(entries.find((e) => e.label === 'item')!.insertText, 'item: $0');
        assert.deepStrictEqual(entries.find((e) => e.label === 'item')!.retrigger, true);
        assert.deepStrictEqual(complete(panel('    agendaItems:\n      - "‸')).map((e) => e.insertText), ['"3"', '"3 (a)"', '"4"']);
        assert.deepStrictEqual(complete(panel('    agendaItems:\n      - item: 3\n        ‸')).map((e) => e.label), ['continued']);
      });

      it('writes the key `agendaItems` as a block list and asks for the numbers at once', () => {
        const key = complete(panel('    agendaI‸')).find((e) => e.label === 'agendaItems')!;
        assert.deepStrictEqual([key.insertText, key.retrigger], ['agendaItems:\n  - $0', true]);
      });

      it('offers nothing when the event lists no agenda items', () => {
        assert.deepStrictEqual(complete(withLine(48, '    topics: [cybercrime]\n    agendaItems: [‸]')), []);
      });
    });

    it('offers the ids of the documents for the event and a session, with their titles, before the keys of a document written in place', () => {
      const documents = 'documents:\n  - { id: working-paper, title: Working paper, symbol: A/CONF.234/11 }\n  - { id: guide, title: Guide for discussion }\nsessions:';
      const text = (line: string) => withLine(25, documents, withLine(48, `    topics: [cybercrime]\n${line}`));
      assert.deepStrictEqual(complete(text('    documents: [guide, ‸]')).map((e) => [e.label, e.detail, e.kind]), [['working-paper', 'Working paper', 'reference']]);
      const block = complete(withLine(5, '  organizers: [unodc]\n  documents:\n    - ‸', text('    documents: [guide]')));
      assert.deepStrictEqual(labels(block).map((label) => [label, block.find((e) => e.label === label)!.detail]), [
        ['working-paper', 'Working paper'], ['guide', 'Guide for discussion'],
        ['title', '(required) The title of the document.'], ['id', 'The id sessions use to refer to this document.'],
        ['symbol', 'The document symbol, e.g. A/CONF.234/11.'], ['url', 'Where to read the document.'],
      ]);
    });

    it('offers the format version', () => {
      assert.deepStrictEqual(complete('version: ‸').map((e) => e.insertText), ['1']);
    });
  });

  it('gives the same completions with the agenda as already parsed, which spares parsing it again', () => {
    const cases = [
      withLine(45, '    start: ‸'),
      withLine(35, '    topics: [cryptocurrencies, cy‸'),
      withLine(48, '    topics: [cybercrime]\n    ‸'),
      withLine(5, '  organizers: [unodc, ‸]'),
      withLine(20, '‸'),
      withLine(5, '  organizers: [unodc]\n  agendaItems: [{ number: 3, title: General debate }]', withLine(48, '    topics: [cybercrime]\n    agendaItems: [‸]')),
    ];
    for (const marked of cases) {
      const { text, position } = cursor(marked);
      assert.deepStrictEqual(completionsAt(text, position, parseAgenda(text)), completionsAt(text, position), marked);
      assert.ok(completionsAt(text, position).length > 0, marked);
    }
  });

  it('offers nothing in a comment or inside a block of text', () => {
    assert.deepStrictEqual(complete(withLine(29, '    part: morning # mo‸')), []);
    assert.deepStrictEqual(complete(withLine(27, '    title: Opening\n    description: |\n      Opening of the works‸')), []);
  });
});

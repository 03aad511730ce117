import * as assert from 'assert/strict';
import { applyEdits, buildOutline, buildProgrammeOutline, completionsAt, fileScope, hoverAt, parseAgenda, type OutlineNode, programmeDefinitionAt, programmeReferencesAt, programmeRenameAt, type Position, type ProgrammeLocation } from '../../src/core';
import { agendaTexts, itemsCongress, ITEMS_ROOT_KEY, ITEMS_WORKSHOP, ITEMS_WORKSHOP_KEY, programmeOf } from './congress';

const BASE = 'file:///w/congress/';
const load = () => programmeOf(agendaTexts(BASE));

/** The position of the `nth` occurrence (from 1) of `text` in a file, plus `offset` characters. */
function positionOf(texts: Map<string, string>, file: string, text: string, nth = 1, offset = 1): Position {
  const lines = texts.get(BASE + file)!.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    const character = lines[line]!.indexOf(text);
    if (character >= 0 && ++seen === nth) return { line, character: character + offset };
  }
  throw new Error(`no ${text} in ${file}`);
}

/** A location as `file line:start-end "text"`, for reading in a failure. */
function shown(texts: Map<string, string>, location: ProgrammeLocation): string {
  const { start, end } = location.range;
  const text = texts.get(location.uri)!.split('\n')[start.line]!.slice(start.character, end.character);
  return `${location.uri.slice(BASE.length)} ${start.line}:${start.character}-${end.character} ${text}`;
}

describe('navigation across a programme of files', () => {
  it("goes from a workshop's chair to the person the congress defines", () => {
    const { programme, texts } = load();
    const definition = programmeDefinitionAt(programme, `${BASE}workshops/cybercrime.agenda.yaml`, positionOf(texts, 'workshops/cybercrime.agenda.yaml', 'p-tanaka'));
    assert.equal(definition && shown(texts, definition), 'congress.agenda.yaml 18:8-16 p-tanaka');
  });

  it('goes to the entry that shadows the congress one in the file that defines it again', () => {
    const { programme, texts } = load();
    const definition = programmeDefinitionAt(programme, `${BASE}side-events/victims.agenda.yaml`, positionOf(texts, 'side-events/victims.agenda.yaml', 'p-garcia', 2));
    assert.equal(definition && shown(texts, definition), 'side-events/victims.agenda.yaml 8:8-16 p-garcia');
  });

  it('finds the uses of a shared person in every file that sees it, and not in a file that defines the id again', () => {
    const { programme, texts } = load();
    const okafor = programmeReferencesAt(programme, `${BASE}side-events/whistleblowers.agenda.yaml`, positionOf(texts, 'side-events/whistleblowers.agenda.yaml', 'p-okafor'), true)!;
    assert.deepEqual(okafor.map((l) => shown(texts, l)), [
      'congress.agenda.yaml 16:8-16 p-okafor',
      'side-events/whistleblowers.agenda.yaml 14:15-23 p-okafor',
      'workshops/corruption.agenda.yaml 14:15-23 p-okafor',
    ]);
    const garcia = programmeReferencesAt(programme, `${BASE}congress.agenda.yaml`, positionOf(texts, 'congress.agenda.yaml', 'p-garcia'), false)!;
    assert.deepEqual(garcia.map((l) => shown(texts, l)), ['congress.agenda.yaml 45:11-19 p-garcia']);
  });

  it('leaves session ids and ids defined nowhere to the single-file answers', () => {
    const { programme, texts } = load();
    assert.equal(programmeReferencesAt(programme, `${BASE}congress.agenda.yaml`, positionOf(texts, 'congress.agenda.yaml', 'id: opening', 1, 5)), undefined);
    assert.equal(programmeDefinitionAt(programme, `${BASE}congress.agenda.yaml`, { line: 0, character: 0 }), undefined);
  });

  it('renames a shared person in every file that sees it, as one set of edits, and the result checks the same', () => {
    const { programme, texts } = load();
    const result = programmeRenameAt(programme, `${BASE}workshops/corruption.agenda.yaml`, positionOf(texts, 'workshops/corruption.agenda.yaml', 'p-okafor'), 'p-okafor-k');
    assert.ok(result && 'edits' in result);
    assert.deepEqual(result.edits.map((e) => `${shown(texts, e)} -> ${e.newText}`).sort(), [
      'congress.agenda.yaml 16:8-16 p-okafor -> p-okafor-k',
      'side-events/whistleblowers.agenda.yaml 14:15-23 p-okafor -> p-okafor-k',
      'workshops/corruption.agenda.yaml 14:15-23 p-okafor -> p-okafor-k',
    ]);
    const before = programme.uris().map((uri) => programme.diagnostics(uri).map((d) => d.code));
    for (const uri of new Set(result.edits.map((e) => e.uri))) {
      const text = applyEdits(texts.get(uri)!, result.edits.filter((e) => e.uri === uri));
      programme.set(uri, parseAgenda(text));
    }
    assert.deepEqual(programme.uris().map((uri) => programme.diagnostics(uri).map((d) => d.code)), before);
  });

  it('refuses a new id that a file seeing the person already sees, naming where', () => {
    const { programme, texts } = load();
    const uri = `${BASE}workshops/corruption.agenda.yaml`;
    const position = positionOf(texts, 'workshops/corruption.agenda.yaml', 'p-okafor');
    assert.deepEqual(programmeRenameAt(programme, uri, position, 'p-tanaka'), { error: 'The person id `p-tanaka` is already taken (`../congress.agenda.yaml`, line 19).' });
    assert.deepEqual(programmeRenameAt(programme, uri, position, 'Okafor'), { error: '`Okafor` is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.' });
  });
});

describe('help while writing a file of a programme of files', () => {
  const file = `${BASE}workshops/cybercrime.agenda.yaml`;
  const chairOf = (texts: Map<string, string>) => {
    const text = texts.get(file)!;
    const parsed = parseAgenda(text);
    return { text, parsed, at: positionOf(texts, 'workshops/cybercrime.agenda.yaml', 'p-tanaka', 1, 2) };
  };

  it("completes a workshop's chair with the people of the congress it is part of, which it does not define itself", () => {
    const { programme, texts } = load();
    const { text, parsed, at } = chairOf(texts);
    assert.deepEqual(completionsAt(text, at, parsed).map((e) => e.label), [], 'the file alone has no people');
    assert.deepEqual(completionsAt(text, at, parsed, undefined, { agenda: fileScope(programme, file)! }).map((e) => [e.label, e.detail]), [
      ['p-garcia', 'Ana García'],
      ['p-okafor', 'Kwame Okafor'],
      ['p-tanaka', 'Yuki Tanaka'],
    ]);
  });

  it('describes a person of the congress on hover in the workshop, with the sessions of the workshop, where the file alone calls it unknown', () => {
    const { programme, texts } = load();
    const { parsed, at } = chairOf(texts);
    const range = { start: { line: 14, character: 11 }, end: { line: 14, character: 19 } };
    assert.deepEqual(hoverAt(parsed, at), { markdown: 'Unknown person `p-tanaka`: nothing under `people` has this id.', range });
    assert.deepEqual(hoverAt(parsed, at, undefined, fileScope(programme, file)), {
      markdown: '**Person** `p-tanaka`: Yuki Tanaka\n\nSessions:\n- Electronic evidence (2026-03-08, 10:00–12:00, room-b) — chair',
      range,
    });
  });

  it("completes a workshop session's agenda item with the congress's items it has not listed yet", () => {
    const { programme } = itemsCongress();
    const parsed = parseAgenda(ITEMS_WORKSHOP);
    const at = parsed.lines.positionAt(ITEMS_WORKSHOP.indexOf('}, 5]') + 3);
    assert.deepEqual(completionsAt(ITEMS_WORKSHOP, at, parsed), [], 'the workshop declares no agenda items');
    const agendaItems = programme.agendaItemsOf(ITEMS_WORKSHOP_KEY)!.items;
    assert.deepEqual(completionsAt(ITEMS_WORKSHOP, at, parsed, undefined, { agendaItems }).map((e) => [e.label, e.detail]), [['3', 'Crime prevention']]);
  });
});

describe('the outline of a whole programme of files', () => {
  /** The nodes as indented lines (sessions without their insides), Intl's thin spaces as plain ones. */
  const lines = (nodes: readonly OutlineNode[], indent = ''): string[] => nodes.flatMap((node) => [`${indent}${node.label}${node.description ? ` (${node.description})` : ''}`.replace(/[\u2009\u202f]/g, ' '), ...(node.kind === 'session' ? [] : lines(node.children, `${indent}  `))]);

  it('shows the days of every file, then their sessions across the files in time order, each with its file', () => {
    const { programme } = load();
    const outline = buildProgrammeOutline(programme, `${BASE}congress.agenda.yaml`);
    assert.deepEqual(lines(outline.roots), [
      'Regional Congress on Crime Prevention (7 – 10 March 2026)',
      '  Saturday, 7 March 2026 (1 session)',
      '    09:00–10:30 · Opening of the Congress · plenary-hall',
      '  Sunday, 8 March 2026 (3 sessions)',
      '    10:00–12:00 · Electronic evidence · room-b (workshops/cybercrime.agenda.yaml)',
      '    10:30–11:30 · Ransomware in practice · room-b (side-events/ransomware.agenda.yaml)',
      '    13:00–14:00 · Supporting victims of trafficking · room-a (side-events/victims.agenda.yaml)',
      '  Monday, 9 March 2026 (2 sessions)',
      '    14:00–15:30 · Integrity in public procurement · room-a (workshops/corruption.agenda.yaml)',
      '    15:00–16:00 · Protecting whistle-blowers · plenary-hall (side-events/whistleblowers.agenda.yaml)',
    ]);
    const ids = [...outline.fileOf.keys()];
    assert.equal(new Set(ids).size, ids.length);
    const evidence = outline.roots[0]!.children[1]!.children[0]!;
    assert.equal(outline.fileOf.get(evidence.id), `${BASE}workshops/cybercrime.agenda.yaml`);
    assert.equal(evidence.parentId, outline.roots[0]!.children[1]!.id);
    assert.deepEqual(evidence.range, { start: { line: 8, character: 4 }, end: { line: 15, character: 24 } }, 'the range in its own file');
  });

  it("lists the congress's agenda items with the sessions of every file that take each up, in time order, continued ones marked", () => {
    const { programme } = itemsCongress();
    const outline = buildProgrammeOutline(programme, ITEMS_ROOT_KEY);
    assert.deepEqual(lines(outline.roots.slice(1)), [
      'Agenda items (2)',
      '  Agenda item 3: Crime prevention (2 sessions)',
      '    1st plenary meeting (Sat 7 Mar, 10:00–13:00)',
      '    Prevention (Sun 8 Mar, 10:00–12:00 · continued · workshops/w.agenda.yaml)',
      '  Agenda item 4: Cybercrime (2 sessions)',
      '    Cyber (Sun 8 Mar, 15:00–17:00 · continued · workshops/w.agenda.yaml)',
      '    2nd plenary meeting (Mon 9 Mar, 10:00–13:00)',
    ]);
    const [, group] = outline.roots;
    const [item3, item4] = group!.children;
    assert.equal(item4!.tooltip, 'Agenda item 4\nCybercrime\nTaken up in 2 sessions.');
    assert.deepEqual([group, item3, ...item3!.children].map((node) => outline.fileOf.get(node!.id)), [ITEMS_ROOT_KEY, ITEMS_ROOT_KEY, ITEMS_ROOT_KEY, ITEMS_WORKSHOP_KEY]);
    assert.deepEqual(item3!.children.map((node) => [node.parentId, node.range.start.line]), [[item3!.id, 9], [item3!.id, 4]], 'each at its entry, in its own file');
    const ids = [...outline.fileOf.keys()];
    assert.equal(new Set(ids).size, ids.length);
    const workshop = outline.roots[0]!.children[1]!.children[0]!;
    assert.deepEqual(workshop.children.map((node) => `${node.label} (${node.description})`), ['Agenda item 3: Crime prevention (continued)'], "the workshop's session names the congress's item");
    assert.deepEqual(lines(buildProgrammeOutline(programme, ITEMS_ROOT_KEY, { day: '2026-03-08' }).roots.slice(1)), [
      'Agenda items (2)',
      '  Agenda item 3: Crime prevention (1 session)',
      '    Prevention (Sun 8 Mar, 10:00–12:00 · continued · workshops/w.agenda.yaml)',
      '  Agenda item 4: Cybercrime (1 session)',
      '    Cyber (Sun 8 Mar, 15:00–17:00 · continued · workshops/w.agenda.yaml)',
    ], 'one day');
  });

  it("gives a file of a programme shown alone the congress's items its sessions take up", () => {
    const { programme } = itemsCongress();
    const seen = programme.agendaItemsOf(ITEMS_WORKSHOP_KEY);
    assert.equal(seen?.uri, ITEMS_ROOT_KEY);
    const outline = buildOutline(programme.summary(ITEMS_WORKSHOP_KEY)!.parsed, { agendaItems: seen!.items });
    assert.deepEqual(lines(outline.roots.slice(1)), [
      'Agenda items (2)',
      '  Agenda item 3: Crime prevention (1 session)',
      '    Prevention (Sun 8 Mar, 10:00–12:00 · continued)',
      '  Agenda item 4: Cybercrime (1 session)',
      '    Cyber (Sun 8 Mar, 15:00–17:00 · continued)',
    ], 'only the items it takes up; 5 is listed nowhere');
    const character = ITEMS_WORKSHOP.split('\n')[4]!.indexOf('{ item: 3');
    assert.deepEqual([outline.roots[1]!.range.start, outline.roots[1]!.children[0]!.range.start], [{ line: 4, character }, { line: 4, character }], 'the group and each item at its first use in the file');
    assert.deepEqual(lines(buildOutline(programme.summary(ITEMS_WORKSHOP_KEY)!.parsed).roots.slice(1)), [], 'alone, no item is known');
  });

  it('divides each day into its rooms, named by the congress registry, for one day when asked', () => {
    const { programme } = load();
    const outline = buildProgrammeOutline(programme, `${BASE}congress.agenda.yaml`, { grouping: 'rooms', day: '2026-03-08' });
    assert.deepEqual(lines(outline.roots), [
      'Regional Congress on Crime Prevention (7 – 10 March 2026)',
      '  Sunday, 8 March 2026 (3 sessions)',
      '    Room B (2 sessions)',
      '      10:00–12:00 · Electronic evidence · room-b (workshops/cybercrime.agenda.yaml)',
      '      10:30–11:30 · Ransomware in practice · room-b (side-events/ransomware.agenda.yaml)',
      '    Room A (1 session)',
      '      13:00–14:00 · Supporting victims of trafficking · room-a (side-events/victims.agenda.yaml)',
    ]);
    assert.deepEqual(outline.days.map((d) => `${d.key} ${d.sessions}`), ['2026-03-07 1', '2026-03-08 3', '2026-03-09 2']);
  });
});

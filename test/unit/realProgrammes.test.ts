import * as assert from 'assert';
import { applyEdits, check, checkParsed, completionsAt, parseAgenda, quickFixes, type Diagnostic } from '../../src/core';
import { readProgramme } from '../../src/core/programme/programme';
import { readFixture } from './findings';

/** Diagnostics as `line:character-line:character code message [suggestions]`, 0-based. */
function said(text: string, options = {}): string[] {
  return check(text, options).map((d) => `${at(d)} ${d.code} ${d.message}${d.suggestions ? ` [${d.suggestions.join(', ')}]` : ''}`);
}

function at(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** The text after the first quick fix of the first diagnostic with a code that replaces what it underlines. */
function fixed(text: string, code: Diagnostic['code']): string {
  const parsed = parseAgenda(text);
  const diagnostic = checkParsed(parsed).find((d) => d.code === code)!;
  const fix = quickFixes(parsed, [diagnostic]).find((f) => f.preferred)!;
  return applyEdits(text, fix.edits);
}

const HEAD = 'version: 1\nevent: {title: T, start: 2026-05-16, end: 2026-05-18}\n';

describe('real programmes (issue 16)', () => {
  describe('the programme model', () => {
    const committee = readProgramme(parseAgenda(readFixture('valid/un-committee.agenda.yaml')));
    const [first, second] = committee.days.flatMap((day) => day.sessions);

    it('reads co-chairs as a list and one chair as a list of one, the first also as `chair`', () => {
      assert.deepStrictEqual(first.chairs.map((p) => p.displayName), ['Ms. Ana Lima', 'Mr. Kenji Sato']);
      assert.deepStrictEqual([first.chair?.id, second.chairs.map((p) => p.id)], ['ana-lima', ['ana-lima']]);
    });

    it("reads a session's agenda items with their titles, a continued one marked, numbers as text", () => {
      assert.deepStrictEqual(first.agendaItems.map(({ number, title, continued, known }) => [number, title, continued, known]), [['2', 'Organization of work', false, true], ['3 (a)', 'Crime trends', false, true]]);
      assert.deepStrictEqual(second.agendaItems.map(({ number, continued }) => [number, continued]), [['3 (a)', true], ['3 (b)', false]]);
    });

    it('reads documents named by id from the top-level list, beside documents written in place', () => {
      assert.deepStrictEqual(committee.event.documents.map(({ id, symbol, known }) => [id, symbol, known]), [['annotated-agenda', 'E/CN.15/2026/1', true]]);
      assert.deepStrictEqual(second.documents.map(({ id, symbol, title }) => [id, symbol, title]), [['crime-trends-report', 'E/CN.15/2026/4', 'World crime trends and emerging issues'], [undefined, 'E/CN.15/2026/L.1', 'Draft report']]);
      const unknown = readProgramme(parseAgenda(`${HEAD}sessions:\n  - {id: a, title: A, date: 2026-05-16, documents: [lost]}\n`)).days[0].sessions[0].documents;
      assert.deepStrictEqual(unknown.map(({ id, title, known }) => [id, title, known]), [['lost', undefined, false]]);
    });

    it("gives each session the event's mode, link, registration and interpretation unless it has its own", () => {
      assert.deepStrictEqual(committee.event.attendance, {
        mode: 'hybrid', online: { url: 'https://example.org/ccpcj-35/join', platform: 'Interprefy' },
        registration: { url: 'https://example.org/ccpcj-35/register', deadline: '2026-09-25' }, interpretation: ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'ils'],
      });
      assert.deepStrictEqual(first.attendance, committee.event.attendance);
      assert.deepStrictEqual([second.attendance.mode, second.attendance.online?.platform], ['in-person', 'Interprefy']);
      const own = readProgramme(parseAgenda(`${HEAD}sessions:\n  - {id: a, title: A, date: 2026-05-16, mode: online, registration: "https://example.org/r", interpretation: [fr]}\n`)).days[0].sessions[0];
      assert.deepStrictEqual(own.attendance, { mode: 'online', registration: { url: 'https://example.org/r' }, interpretation: ['fr'] });
    });

    const hackathon = readProgramme(parseAgenda(readFixture('valid/hackathon.agenda.yaml')));
    const byId = new Map(hackathon.days.flatMap((day) => day.sessions).map((s) => [s.id, s]));

    it('knows a session past midnight ends the next day, and that 24:00 is the midnight of its own day', () => {
      const night = byId.get('night')!;
      assert.deepStrictEqual([night.start, night.end, night.endDate], [19 * 60 + 30, 32 * 60 + 30, '2026-05-17']);
      assert.deepStrictEqual(night.items.map((item) => [item.title, item.start, item.end ?? null, item.moment ?? false]), [['Pizza', 1200, null, false], ['Midnight check-in', 1440, 1440, true]]);
      const late = byId.get('late-talks')!;
      assert.deepStrictEqual([late.end, late.endDate], [1440, undefined]);
    });

    it('reads a moment as a start with no length, and untimed items with no time at all', () => {
      const bell = byId.get('closing-bell')!;
      assert.deepStrictEqual([bell.moment, bell.start, bell.end], [true, 18 * 60, 18 * 60]);
      const judging = byId.get('judging')!;
      assert.deepStrictEqual(judging.items.map((item) => [item.title, item.start ?? null, item.end ?? null]), [['Demos', null, null], ['Deliberation', null, null], ['End of the hackathon', 1050, 1050]]);
    });

    it('reads tracks with their colours, and each session its track', () => {
      assert.deepStrictEqual(hackathon.tracks.map(({ id, title, color }) => [id, title, color]), [['hacking', 'Hacking', '#2ca02c'], ['meals', 'Meals', '#ff7f0e']]);
      assert.deepStrictEqual([byId.get('lunch')!.track?.title, byId.get('kick-off')!.track], ['Meals', undefined]);
    });

    it("reads an item's authors apart from its speakers, its paper's address, and a person's bio, photo and page", () => {
      const conference = readProgramme(parseAgenda(readFixture('valid/conference-tracks.agenda.yaml')));
      const paper = conference.days[0].sessions.find((s) => s.id === 'papers-linked-data')!.items[0];
      assert.deepStrictEqual([paper.speakers.map((p) => p.id), paper.authors.map((p) => p.id), paper.url, paper.start], [['michele-pasin'], ['michele-pasin', 'ada-byron', 'tim-lee'], 'https://example.org/papers/graphs', undefined]);
      const { bio, photo, url } = paper.speakers[0];
      assert.deepStrictEqual([bio, photo, url], ['Works on **linked data** for scholarly publishing.', 'https://example.org/photos/pasin.jpg', 'https://example.org/people/pasin']);
    });

    it('reads a web address given per language in the language of the programme', () => {
      const text = `version: 1\nevent:\n  title: T\n  start: 2026-05-16\n  end: 2026-05-16\n  languages: [en, fr]\n  url: {en: "https://example.org/en", fr: "https://example.org/fr"}\nsessions: []\n`;
      assert.deepStrictEqual([readProgramme(parseAgenda(text)).event.url, readProgramme(parseAgenda(text), { language: 'fr' }).event.url], ['https://example.org/en', 'https://example.org/fr']);
      assert.deepStrictEqual(said(text), []);
    });
  });

  describe('the checks', () => {
    it('takes an end before noon after an evening start as the next morning, and books its people until then', () => {
      const text = `${HEAD}people: [{id: ana, name: Ana}]\nsessions:\n  - {id: night, title: N, date: 2026-05-16, start: "19:30", end: "08:30", room: Lab, chair: ana}\n  - {id: early, title: E, date: 2026-05-17, start: "08:00", end: "09:00", room: Hall, chair: ana}\n  - {id: wrong, title: W, date: 2026-05-17, start: "14:00", end: "13:00"}\n`;
      assert.deepStrictEqual(said(text), [
        '5:93-5:96 person-double-booked `ana` is also in session `night` at the same time (19:30–08:30 on 2026-05-16).',
        '6:65-6:72 time-order Session `wrong` ends (13:00) before it starts (14:00).',
      ]);
    });

    it('lets an end be 24:00 but no other time past 23:59', () => {
      const text = `${HEAD}sessions:\n  - {id: a, title: A, date: 2026-05-16, start: "22:00", end: "24:00"}\n  - {id: b, title: B, date: 2026-05-16, start: "24:00"}\n`;
      assert.deepStrictEqual(said(text), ['4:47-4:54 schema-pattern `24:00` is not a time: write HH:MM on the 24-hour clock, e.g. `09:30`.']);
    });

    it('warns of a moment given a length, as a session and as an item', () => {
      const text = `${HEAD}sessions:\n  - {id: bell, title: B, date: 2026-05-16, start: "18:00", end: "18:30", format: moment}\n  - {id: s, title: S, date: 2026-05-16, start: "10:00", items: [{time: "10:00", duration: 5, title: Gong, kind: moment}]}\n`;
      assert.deepStrictEqual(said(text), [
        '3:64-3:71 time-mismatch Session `bell` is a moment (`format: moment`), with no length: remove its `end`.',
        '4:90-4:91 time-mismatch Item 1 of session `s` is a moment (`kind: moment`), with no length: remove its `duration`.',
      ]);
    });

    it('ignores keys starting with x- at every level, whatever they hold, and completion offers none', () => {
      const text = `x-top: {anything: [1, 2]}\n${HEAD.replace('end: 2026-05-18}', 'end: 2026-05-18, x-code: 42}')}people: [{id: ana, name: Ana, x-badge: "Ana L."}]\nsessions:\n  - id: a\n    title: A\n    date: 2026-05-16\n    chair: ana\n    x-notes: {speakers: [Nobody Known], time: soon}\n    items: [{title: I, x-slides: null}]\n`;
      assert.deepStrictEqual(said(text), []);
      const blank = text.replace('    items:', '    \n    items:');
      const keys = completionsAt(blank, parseAgenda(blank).lines.positionAt(blank.indexOf('    \n') + 4)).map((c) => c.label);
      assert.ok(keys.length > 5 && !keys.some((k) => k.startsWith('x-')), keys.join(' '));
      assert.deepStrictEqual(completionsAt(text, parseAgenda(text).lines.positionAt(text.indexOf('Nobody'))), []);
    });

    it('gives a name written where an id belongs one diagnostic, whose fix is the id of the entry of that name', () => {
      const text = `${HEAD}organizations: [{id: unodc, name: United Nations Office on Drugs and Crime, acronym: UNODC}]\npeople:\n  - {id: pasin, name: Michele Pasin, affiliation: UNODC}\n  - {id: ana, name: Ana Lima}\nsessions:\n  - {id: a, title: A, date: 2026-05-16, speakers: [Michele Pasin, ANA LIMA, Jane Roe], chair: ana}\n`;
      assert.deepStrictEqual(said(text), [
        '2:21-2:26 unused-id The organization `unodc` is never used: nothing refers to it.',
        '4:9-4:14 unused-id The person `pasin` is never used: no session names this person.',
        '4:50-4:55 unknown-organization `UNODC` is a name, not an id: write the id of this organization, `unodc`. [unodc]',
        '7:51-7:64 unknown-person `Michele Pasin` is a name, not an id: write the id of this person, `pasin`. [pasin]',
        '7:66-7:74 unknown-person `ANA LIMA` is a name, not an id: write the id of this person, `ana`. [ana]',
        '7:76-7:84 unknown-person `Jane Roe` is not an id, and no person in `people` has this name: ids are lower-case letters, digits and hyphens, e.g. `jane-roe`.',
      ]);
      assert.ok(fixed(text, 'unknown-person').includes('speakers: [pasin, ANA LIMA'));
      assert.deepStrictEqual(said(text, { semantic: false }).map((s) => s.split(' ')[1]), ['schema-pattern', 'schema-pattern', 'schema-pattern', 'schema-pattern']);
    });

    it('gives a date written in words its ISO form as the fix, in several languages and orders', () => {
      const cases: [string, string | undefined][] = [
        ['14 September 2016', '2016-09-14'], ['September 14, 2016', '2016-09-14'], ['Wednesday, 14 Sept. 2016', '2016-09-14'],
        ['1er mars 2020', '2020-03-01'], ['14 de septiembre de 2016', '2016-09-14'], ['3. Oktober 2020', '2020-10-03'], ['31 February 2020', undefined], ['14 2016', undefined],
      ];
      for (const [written, iso] of cases) {
        const text = `version: 1\nevent: {title: T, start: "${written}", end: 2026-05-16}\nsessions: []\n`;
        const found = check(text).filter((d) => d.code === 'schema-format');
        assert.deepStrictEqual(found.map((d) => d.suggestions), [iso ? [iso] : undefined], written);
        if (iso) assert.strictEqual(fixed(text, 'schema-format'), text.replace(`"${written}"`, `"${iso}"`));
      }
      assert.deepStrictEqual(said('version: 1\nevent: {title: T, start: 14 September 2016, end: 2016-09-14}\nsessions: []\n'), ['1:25-1:42 schema-format `14 September 2016` is not a date: write YYYY-MM-DD, here `2016-09-14`. [2016-09-14]']);
    });

    it('names the right key for a key of another level of the format', () => {
      const text = `version: 1\nevent: {title: T, date: 2026-05-16, start: 2026-05-16, end: 2026-05-16}\nsessions:\n  - id: a\n    title: A\n    date: 2026-05-16\n    time: "10:00"\n    kind: panel\n    items:\n      - {title: I, start: "10:00"}\n`;
      assert.deepStrictEqual(said(text), [
        '1:18-1:22 schema-unknown-key Unknown key `date` in `event`: `date` is a key of a session; here it is `start`. [start]',
        '6:4-6:8 schema-unknown-key Unknown key `time` in session `a`: `time` is a key of an item; here it is `start`. [start]',
        '7:4-7:8 schema-unknown-key Unknown key `kind` in session `a`: `kind` is a key of an item; here it is `format`. [format]',
        '9:19-9:24 schema-unknown-key Unknown key `start` in item 1 of session `a`: `start` is a key of a session; here it is `time`. [time]',
      ]);
      assert.ok(fixed(text, 'schema-unknown-key').includes('event: {title: T, start: 2026-05-16, start:'));
    });

    it('says what a chair, a document, an agenda item, a web address and a registration may be when they are something else', () => {
      const text = `${HEAD}sessions:\n  - {id: a, title: A, date: 2026-05-16, chair: {who: ana}, documents: [42], agendaItems: [[3]], url: 42, registration: [x]}\n`;
      assert.deepStrictEqual(said(text), [
        '3:47-3:57 schema-type `chair` should be an id or a list of ids, not a mapping.',
        '3:71-3:73 schema-type `documents` should be the id of an entry of `documents`, or a document with its `title`, not the number `42`.',
        "3:90-3:93 schema-type `agendaItems` should be an agenda item's number, or a mapping with `item` and `continued`, not a list.",
        '3:101-3:103 schema-type `url` should be a web address, or a map from language code to web address, not the number `42`.',
        '3:119-3:122 schema-type `registration` should be a web address, or a mapping with `url` and `deadline`, not a list.',
      ]);
    });

    it('reports agenda items when the event lists none', () => {
      const text = `${HEAD}sessions:\n  - {id: a, title: A, date: 2026-05-16, agendaItems: [3, {item: 4, continued: true}]}\n`;
      assert.deepStrictEqual(said(text), [
        '3:54-3:55 unknown-agenda-item Session `a` takes up agenda item `3`, but `event.agendaItems` lists no items: add it there first.',
        '3:64-3:65 unknown-agenda-item Session `a` takes up agenda item `4`, but `event.agendaItems` lists no items: add it there first.',
      ]);
    });

    it('finds nothing in a week with a holiday, nor in a programme of untimed papers', () => {
      for (const name of ['un-committee', 'hackathon', 'conference-tracks']) assert.deepStrictEqual(said(readFixture(`valid/${name}.agenda.yaml`)), [], name);
    });
  });
});

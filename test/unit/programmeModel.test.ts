import * as assert from 'assert';
import ICAL from 'ical.js';
import {
  buildOutline, check, checkParsed, hoverAt, outlineText, parseAgenda, quickFixes, renderProgramme, toICalendar, toScheduleJson, type Diagnostic,
} from '../../src/core';
import { programmeOf } from '../../src/core/programme/model';
import { DAY_PARTS, dayPartOf } from '../../src/core/time/dayParts';
import { runFaces } from './fuzz/faces';

const HEAD = 'version: 1\nevent: {title: T, start: 2021-06-07, end: 2021-06-08}\n';

function codes(text: string, code: string): Diagnostic[] {
  return check(text).filter((d) => d.code === code);
}

function summary(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character} ${d.message}`;
}

describe('the programme model', () => {
  describe('the parts of the day', () => {
    it('has one definition: morning before noon, afternoon to 18:00, evening from 18:00', () => {
      assert.deepStrictEqual([0, 719, 720, 1079, 1080, 1439].map(dayPartOf), ['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
      assert.deepStrictEqual(Object.values(DAY_PARTS).map((p) => [p.from, p.to]), [[0, 720], [720, 1080], [1080, 1440]]);
    });

    it('warns of a session called evening that starts at 17:00 (the check once took the evening from 17:00, the tree from 18:00)', () => {
      const text = `${HEAD}sessions:\n  - {id: a, title: A, date: 2021-06-07, start: "17:00", part: evening}\n  - {id: b, title: B, date: 2021-06-07, start: "18:00", part: evening}\n  - {id: c, title: C, date: 2021-06-07, start: "12:00", part: morning}\n  - {id: d, title: D, date: 2021-06-07, start: "11:59", part: morning}\n`;
      const found = codes(text, 'part-mismatch');
      assert.deepStrictEqual(found.map(summary), [
        '3:62 Session `a` starts at 17:00, which is not in the evening.',
        '5:62 Session `c` starts at 12:00, which is not in the morning.',
      ]);
      assert.deepStrictEqual(found.map((d) => d.suggestions), [['afternoon'], ['afternoon']]);
    });

    it('orders a session known only by its part at the start of that part, in the tree and the programme alike', () => {
      const text = `${HEAD}sessions:\n  - {id: late, title: Late, date: 2021-06-07, start: "19:00"}\n  - {id: eve, title: Eve, date: 2021-06-07, part: evening}\n  - {id: noon, title: Noon, date: 2021-06-07, start: "12:30"}\n  - {id: pm, title: PM, date: 2021-06-07, part: afternoon}\n  - {id: am, title: AM, date: 2021-06-07, start: "11:00"}\n  - {id: free, title: Free, date: 2021-06-07}\n`;
      const parsed = parseAgenda(text);
      const order = ['am', 'pm', 'noon', 'eve', 'late', 'free'];
      assert.deepStrictEqual(programmeOf(parsed).days[0].sessions.map((s) => s.id), order);
      assert.deepStrictEqual(buildOutline(parsed).roots[0].children[0].children.map((n) => n.session?.id), order);
      assert.deepStrictEqual([...renderProgramme(parsed).matchAll(/<article[^>]* id="session-([a-z]+)"/g)].map((m) => m[1]), order);
    });

    it('keeps file order for sessions that start together, whatever their ends (the tree once sorted them by end)', () => {
      const text = `${HEAD}sessions:\n  - {id: long, title: Long, date: 2021-06-07, start: "09:00", end: "12:00", room: A}\n  - {id: short, title: Short, date: 2021-06-07, start: "09:00", end: "09:30", room: B}\n  - {id: open, title: Open, date: 2021-06-07, start: "09:00", room: C}\n`;
      const parsed = parseAgenda(text);
      assert.deepStrictEqual(buildOutline(parsed).roots[0].children[0].children.map((n) => n.session?.id), ['long', 'short', 'open']);
      const events = new ICAL.Component(ICAL.parse(toICalendar(parsed))).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('summary')));
      assert.deepStrictEqual(events, ['Long — T', 'Short — T', 'Open — T']);
    });
  });

  describe('the order of sessions in hover', () => {
    it("lists a person's sessions in programme order, as the tree does (hover once used file order)", () => {
      const text = `version: 1\nevent: {title: T, start: 2021-06-07, end: 2021-06-08}\npeople:\n  - {id: ana, name: Ana}\nsessions:\n  - {id: late, title: Late, date: 2021-06-08, start: "09:00", speakers: [ana]}\n  - {id: pm, title: PM, date: 2021-06-07, start: "15:00", speakers: [ana]}\n  - {id: am, title: AM, date: 2021-06-07, part: morning, chair: ana}\n`;
      const parsed = parseAgenda(text);
      const hover = hoverAt(parsed, parsed.lines.positionAt(text.indexOf('ana,')))!;
      assert.deepStrictEqual(hover.markdown.split('\n').filter((l) => l.startsWith('- ')), [
        '- AM (2021-06-07, morning) — chair',
        '- PM (2021-06-07, 15:00) — speaker',
        '- Late (2021-06-08, 09:00) — speaker',
      ]);
      const tree = buildOutline(parsed).roots.find((n) => n.kind === 'people')!.children[0].children.map((n) => n.label);
      assert.deepStrictEqual(tree, ['AM', 'PM', 'Late']);
    });
  });

  describe("a session's extent", () => {
    const text = `${HEAD}sessions:
  - {id: ends, title: E, date: 2021-06-07, start: "09:00", end: "10:00"}
  - {id: lasts, title: L, date: 2021-06-07, start: "09:00", duration: 45}
  - id: items
    title: I
    date: 2021-06-07
    start: "09:00"
    items: [{title: a, duration: 20}, {title: b, time: "09:40", duration: 30}, {title: c, time: "09:30"}]
  - {id: wrong-end, title: W, date: 2021-06-07, start: "09:00", end: "9 am", items: [{title: a, duration: 20}]}
  - {id: open, title: O, date: 2021-06-07, start: "09:00"}
  - {id: part, title: P, date: 2021-06-07, part: morning, items: [{title: a, duration: 20}]}
`;
    const sessions = programmeOf(parseAgenda(text)).sessions;

    it('runs from start to end, else for its duration, else to the latest end of its items; a written end that is no time gives none', () => {
      assert.deepStrictEqual(sessions.map((s) => [s.id, s.time.start, s.time.end, s.time.endFrom]), [
        ['ends', 540, 600, 'end'],
        ['lasts', 540, 585, 'duration'],
        ['items', 540, 610, 'items'],
        ['wrong-end', 540, undefined, undefined],
        ['open', 540, undefined, undefined],
        ['part', undefined, undefined, undefined],
      ]);
    });

    it('is the extent the clash check uses: a session that ends by its items clashes in its room', () => {
      const clash = `${HEAD}sessions:\n  - {id: a, title: A, date: 2021-06-07, start: "10:00", room: Hall, items: [{title: x, duration: 60}]}\n  - {id: b, title: B, date: 2021-06-07, start: "10:30", end: "11:30", room: hall}\n`;
      assert.deepStrictEqual(codes(clash, 'time-overlap').map(summary), ['4:47 Session `b` (10:30–11:30) overlaps session `a` (10:00–11:00) in the same room (Hall) on 2021-06-07.']);
    });

    it('warns of an end or a duration without a start, which every face once ignored without a word', () => {
      const text = `${HEAD}sessions:\n  - {id: a, title: A, date: 2021-06-07, end: "10:00"}\n  - {id: b, title: B, date: 2021-06-07, part: morning, duration: 30}\n  - {id: c, title: C, date: 2021-06-07, start: "9 am", end: "10:00"}\n`;
      assert.deepStrictEqual(codes(text, 'time-mismatch').map(summary), [
        '3:45 Session `a` has `end` but no `start`, so it has no time in the programme, the calendar or the checks: add its `start`.',
        '4:65 Session `b` has `duration` but no `start`, so it has no time in the programme, the calendar or the checks: add its `start`.',
      ]);
    });

    it('is the extent the tree and the calendar show', () => {
      const parsed = parseAgenda(text);
      assert.match(outlineText(buildOutline(parsed).roots[0]), /\n {4}09:00–10:10 · I\n/);
      const calendar = new ICAL.Component(ICAL.parse(toICalendar(parsed)));
      const items = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === 'I — T')!;
      assert.strictEqual(String(items.getFirstPropertyValue('dtend')), '2021-06-07T10:10:00');
    });

    it('is computed once per parse', () => {
      const parsed = parseAgenda(text);
      assert.strictEqual(programmeOf(parsed), programmeOf(parsed));
      assert.notStrictEqual(programmeOf(parseAgenda(text)), programmeOf(parsed));
    });
  });

  describe('rooms and cancelled sessions', () => {
    const text = `version: 1
event: {title: T, timezone: Europe/Zurich, start: 2021-06-07, end: 2021-06-07}
sessions:
  - {id: a, title: A, date: 2021-06-07, start: "09:00", end: "10:00", room: Hall A}
  - {id: b, title: B, date: 2021-06-07, start: "10:00", end: "11:00", room: " hall  a"}
  - {id: c, title: C, date: 2021-06-07, start: "11:00", end: "12:00", room: {en: Hall A, fr: Salle A}}
  - {id: d, title: D, date: 2021-06-07, start: "12:00", end: "13:00", room: {fr: Salle A, en: Hall A}}
  - {id: e, title: E, date: 2021-06-07, start: "12:30", end: "13:30", room: {fr: salle a, en: HALL A}}
  - {id: f, title: F, date: 2021-06-07, start: "14:00", end: "15:00", room: Room 2, status: cancelled}
  - {id: g, title: G, date: 2021-06-07, start: "14:00", end: "15:00", room: Room 2}
`;
    const parsed = parseAgenda(text);

    it('tells rooms apart the same way in the check and schedule.json: case, spaces and the order of translations do not matter', () => {
      assert.deepStrictEqual(codes(text, 'time-overlap').map(summary), ['7:47 Session `e` (12:30–13:30) overlaps session `d` (12:00–13:00) in the same room (Salle A) on 2021-06-07.']);
      const result = toScheduleJson(parsed);
      assert.ok('json' in result);
      const rooms = result.json.schedule.conference.days[0].rooms;
      assert.deepStrictEqual(Object.entries(rooms).map(([room, events]) => [room, events.map((e) => e.title)]), [['Hall A', ['A', 'B', 'C', 'D', 'E']], ['Room 2', ['G']]]);
    });

    it('frees the room of a cancelled session: its replacement in the same slot is no clash', () => {
      assert.deepStrictEqual(codes(text, 'time-overlap').filter((d) => d.message.includes('`g`')), []);
      const both = text.replace(', status: cancelled', '');
      assert.deepStrictEqual(codes(both, 'time-overlap').filter((d) => d.message.includes('`g`')).length, 1);
    });
  });

  describe('aliases', () => {
    const text = `version: 1
event: {title: T, start: 2021-06-07, end: 2021-06-08}
people:
  - {id: &anna anna, name: Anna Weber, honorific: Dr.}
  - {id: ben, name: Ben Ode}
sessions:
  - {id: a, title: A, date: &day 2021-06-07, start: "10:00", end: "11:00", room: &hall Hall A, speakers: [*anna]}
  - {id: b, title: B, date: *day, start: "10:30", end: "11:30", room: *hall, speakers: &panel [ben]}
  - {id: c, title: C, date: *day, start: "12:00", end: "13:00", speakers: *panel}
`;
    const parsed = parseAgenda(text);
    const diagnostics = checkParsed(parsed);

    it('are read by the semantic check: an aliased room clashes, an aliased id is known', () => {
      assert.deepStrictEqual(diagnostics.map((d) => d.code), ['time-overlap']);
    });

    it('are read by the tree: the aliased date is a day, the aliased id a person, the aliased list its speakers', () => {
      const outline = buildOutline(parsed, { diagnostics });
      assert.deepStrictEqual(outline.days.map((d) => [d.key, d.sessions]), [['2021-06-07', 3]]);
      const [a, b, c] = outline.roots[0].children[0].children;
      assert.deepStrictEqual([a, b, c].map((s) => s.children.map((n) => n.label)), [['Dr. Anna Weber'], ['Ben Ode'], ['Ben Ode']]);
    });

    it('are read by the calendar and the page: every session on its day, with its room and people', () => {
      const events = new ICAL.Component(ICAL.parse(toICalendar(parsed))).getAllSubcomponents('vevent');
      assert.deepStrictEqual(events.map((e) => [String(e.getFirstPropertyValue('dtstart')), e.getFirstPropertyValue('location')]), [
        ['2021-06-07T10:00:00', 'Hall A'], ['2021-06-07T10:30:00', 'Hall A'], ['2021-06-07T12:00:00', null],
      ]);
      const page = renderProgramme(parsed);
      assert.strictEqual(page.match(/<span class="person-name">Ben Ode<\/span>/g)?.length, 2);
      assert.doesNotMatch(page, /Date to be announced/);
    });

    it('name a person the same in the tree, the page, the calendar and hover', () => {
      const hover = hoverAt(parsed, parsed.lines.positionAt(text.indexOf('anna, name')))!;
      assert.match(hover.markdown, /`anna`: Dr\. Anna Weber/);
      assert.match(renderProgramme(parsed), /<span class="person-name">Dr\. Anna Weber<\/span>/);
      assert.match(toICalendar(parsed), /Dr\. Anna Weber/);
    });
  });

  describe('alias cycles and merge keys', () => {
    const cases: [string, string][] = [
      ['a list inside its own anchor as the title', `version: 1\nevent: {title: &t [*t], start: 2021-06-07, end: 2021-06-07}\nsessions:\n  - {id: a, title: A, date: 2021-06-07}\n`],
      ['a list inside its own anchor as an unknown key', `version: 1\na: &x [*x]\nevent: {title: T, start: 2021-06-07, end: 2021-06-07}\nsessions:\n  - {id: a, title: A, date: 2021-06-07}\n`],
      ['sessions inside their own anchor', `version: 1\nevent: {title: T, start: 2021-06-07, end: 2021-06-07}\nsessions: &s\n  - {id: a, title: A, date: 2021-06-07, items: *s}\n  - *s\n`],
      ['a mapping inside its own anchor', `version: 1\nevent: &e {title: T, start: 2021-06-07, end: 2021-06-07, venue: *e}\nsessions:\n  - {id: a, title: A, date: 2021-06-07, room: *e}\n`],
      ['a person whose name is its own entry', `version: 1\nevent: {title: T, start: 2021-06-07, end: 2021-06-07}\npeople:\n  - &p {id: p, name: *p}\nsessions:\n  - {id: a, title: A, date: 2021-06-07, speakers: [p], chair: *p}\n`],
      ['a merge key', `version: 1\nevent: {title: T, start: 2021-06-07, end: 2021-06-07}\nsessions:\n  - &base {id: a, title: A, date: 2021-06-07, start: "09:00", end: "10:00"}\n  - <<: *base\n    id: b\n    start: "10:00"\n`],
    ];
    for (const [name, text] of cases) {
      it(`serves ${name} through every face, at every line, without throwing`, () => {
        const problems = new Set<string>();
        for (let offset = 0; offset <= text.length; offset = text.indexOf('\n', offset) + 1 || text.length + 1) {
          for (const problem of runFaces(text, Math.min(offset + 4, text.length)).problems) problems.add(problem);
        }
        assert.deepStrictEqual([...problems], []);
      });
    }

    it('offers quick fixes for the diagnostics of `title: &t [*t]` (they threw "Converting circular structure to JSON")', () => {
      const parsed = parseAgenda(cases[0][1]);
      const diagnostics = checkParsed(parsed);
      assert.ok(diagnostics.length > 0);
      assert.ok(quickFixes(parsed, diagnostics).some((fix) => fix.title.startsWith('Ignore')));
    });
  });
});

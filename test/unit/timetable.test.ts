import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { renderStandalone } from '../../src/core/outputs/render';
import { renderTimetable, type TimetableOptions } from '../../src/core/outputs/timetable';
import { produceOutput } from '../../src/core/outputs/produce';
import { main } from '../../src/cli/main';
import { memoryIo } from './memoryIo';
import { parseAgenda } from '../../src/core/parse/parse';
import { programmeAgenda } from '../../src/core/programmes/merge';
import { agendaTexts, programmeOf } from './congress';

const root = path.join(__dirname, '../../..');
const fixture = (name: string) => fs.readFileSync(path.join(root, 'test/fixtures/timetable', name), 'utf8');

/** A block as the HTML draws it: its day, its column, its place and what it says. */
interface DrawnBlock {
  date: string;
  room: string;
  title: string;
  classes: string[];
  start: number;
  end: number;
  lane: number;
  lanes: number;
  style: string;
  line?: number;
  file?: string;
  /** The session's index in its file (`data-session`). */
  session?: number;
  notes: string[];
  /** The workshop or side event it is part of, as it names it. */
  part?: string;
  tooltip: string;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Every block of a rendered timetable, read back from its HTML, day by day and column by column. */
function blocksOf(output: string): DrawnBlock[] {
  const blocks: DrawnBlock[] = [];
  for (const day of output.split('<section class="tt-day"').slice(1)) {
    const date = /^ id="timetable-([0-9-]+)"/.exec(day)![1];
    for (const column of day.split('<div class="tt-column').slice(1)) {
      const room = column.startsWith(' tt-no-room"') ? '(no room)' : /^" data-room="([^"]*)"/.exec(column)![1];
      for (const match of column.matchAll(/(<div class="tt-block[^>]*>)(.*?)<\/div>/g)) {
        const [, tag, content] = match;
        const line = attribute(tag, 'data-line');
        const file = attribute(tag, 'data-file');
        const session = attribute(tag, 'data-session');
        const part = /<span class="tt-part">(.*?)<\/span>/.exec(content)?.[1];
        blocks.push({
          date,
          room,
          title: /<span class="tt-title">(.*?)<\/span>/.exec(content)![1],
          classes: attribute(tag, 'class')!.split(' '),
          start: Number(attribute(tag, 'data-start')),
          end: Number(attribute(tag, 'data-end')),
          lane: Number(attribute(tag, 'data-lane')),
          lanes: Number(attribute(tag, 'data-lanes')),
          style: attribute(tag, 'style')!,
          notes: [...content.matchAll(/<span class="tt-note">(.*?)<\/span>/g)].map((m) => m[1]),
          tooltip: attribute(tag, 'title')!,
          ...(line === undefined ? {} : { line: Number(line) }),
          ...(file === undefined ? {} : { file }),
          ...(session === undefined ? {} : { session: Number(session) }),
          ...(part === undefined ? {} : { part }),
        });
      }
    }
  }
  return blocks;
}

function block(blocks: DrawnBlock[], title: string, date?: string): DrawnBlock {
  const found = blocks.filter((b) => b.title === title && (date === undefined || b.date === date));
  assert.strictEqual(found.length, 1, `one block "${title}"${date ? ` on ${date}` : ''}, found ${found.length}`);
  return found[0];
}

function grids(output: string): { date: string; from: number; to: number; span: string; hours: string[]; rooms: string[] }[] {
  return output.split('<section class="tt-day"').slice(1).map((day) => ({
    date: /^ id="timetable-([0-9-]+)"/.exec(day)![1],
    from: Number(/data-from="(\d+)"/.exec(day)![1]),
    to: Number(/data-to="(\d+)"/.exec(day)![1]),
    span: /<div class="tt-grid"[^>]* style="([^"]*)"/.exec(day)![1],
    hours: [...day.matchAll(/<div class="tt-hour" dir="ltr">(.*?)<\/div>/g)].map((m) => m[1]),
    rooms: [...day.matchAll(/<div class="tt-room[^"]*"[^>]*>(.*?)<\/div>/g)].map((m) => m[1]),
  }));
}

function render(text: string, options?: TimetableOptions): string {
  return renderTimetable(parseAgenda(text), options);
}

describe('renderTimetable', () => {
  const congress = fixture('congress.agenda.yaml');
  const lines = congress.split('\n');
  const lineOf = (fragment: string) => lines.findIndex((l) => l.includes(fragment));
  const output = render(congress);
  const blocks = blocksOf(output);

  it('draws one grid per day, in date order, each spanning the whole hours its sessions take', () => {
    assert.deepStrictEqual(grids(output).map(({ date, from, to, span }) => ({ date, from, to, span })), [
      { date: '2020-04-24', from: 9 * 60, to: 24 * 60, span: '--tt-span:900;--tt-lanes-across:8' },
      { date: '2020-04-25', from: 0, to: 11 * 60, span: '--tt-span:660;--tt-lanes-across:8' },
    ]);
    assert.deepStrictEqual(grids(output)[1].hours, ['00:00', '01:00', '02:00', '03:00', '04:00', '05:00', '06:00', '07:00', '08:00', '09:00', '10:00']);
    assert.match(output, /<h3 class="day-title">Friday, 24 April 2020<\/h3>/);
  });

  it('places each block at its start and gives it the height of its length, in minutes from the first hour', () => {
    const opening = block(blocks, 'Opening of the congress');
    assert.deepStrictEqual([opening.start, opening.end, opening.style], [540, 630, '--tt-top:0;--tt-length:90;--tt-lane:0;--tt-lanes:2'], 'beside the meeting it clashes with');
    const panel = block(blocks, 'Panel on cybercrime');
    assert.deepStrictEqual([panel.start, panel.end, panel.style], [11 * 60, 11 * 60 + 45, '--tt-top:120;--tt-length:45;--tt-lane:0;--tt-lanes:1'], 'start plus duration');
    const byItems = block(blocks, 'Workshop by its items');
    assert.deepStrictEqual([byItems.start, byItems.end], [14 * 60, 15 * 60 + 30], 'until its last timed item ends');
    assert.strictEqual(byItems.line, lineOf('id: by-items'), 'the block opens its session');
  });

  it('puts the rooms across in the order they are first used, one column per room as roomKey tells them apart, and a column of its own for sessions without a room', () => {
    assert.deepStrictEqual(grids(output)[0].rooms, ['Plenary Hall', 'Room B', 'Room C', 'No room']);
    assert.deepStrictEqual(grids(output)[1].rooms, grids(output)[0].rooms, 'the same columns every day');
    assert.strictEqual(block(blocks, 'Opening of the congress').room, 'plenary hall');
    assert.strictEqual(block(blocks, 'Clashing meeting').room, 'plenary hall', '"plenary  HALL" is the Plenary Hall');
    assert.strictEqual(block(blocks, 'Lunch').room, '(no room)');
    assert.strictEqual(block(blocks, 'Informal consultations').room, '(no room)');
  });

  it('stands sessions that overlap in one room side by side, and marks them as a clash', () => {
    const opening = block(blocks, 'Opening of the congress');
    const clashing = block(blocks, 'Clashing meeting');
    assert.deepStrictEqual([clashing.start, clashing.end, clashing.style], [600, 660, '--tt-top:60;--tt-length:60;--tt-lane:1;--tt-lanes:2']);
    assert.strictEqual(opening.lanes, 2, 'both halves of the group are as wide');
    assert.ok(opening.classes.includes('tt-clash') && clashing.classes.includes('tt-clash'));
    assert.deepStrictEqual(clashing.notes, ['Room clash']);
    const panel = block(blocks, 'Panel on cybercrime');
    assert.ok(!panel.classes.includes('tt-clash'), 'a session after the overlap is not part of it');
    assert.strictEqual(panel.lanes, 1);
  });

  it('stands overlapping sessions without a room side by side without calling them a clash', () => {
    const lunch = block(blocks, 'Lunch');
    const consultations = block(blocks, 'Informal consultations');
    assert.deepStrictEqual([lunch.lane, lunch.lanes, consultations.lane, consultations.lanes], [0, 2, 1, 2]);
    assert.ok(!lunch.classes.includes('tt-clash') && !consultations.classes.includes('tt-clash'));
    assert.ok(lunch.classes.includes('tt-break'), 'a break is drawn as one');
  });

  it('shows a cancelled session beside the one that took its slot, without a clash (it books nothing)', () => {
    const cancelled = block(blocks, 'Cancelled briefing');
    const briefing = block(blocks, 'Press briefing');
    assert.deepStrictEqual([cancelled.lanes, briefing.lanes], [2, 2]);
    assert.ok(cancelled.classes.includes('tt-cancelled'));
    assert.ok(!cancelled.classes.includes('tt-clash') && !briefing.classes.includes('tt-clash'));
    assert.deepStrictEqual(cancelled.notes, ['Cancelled']);
  });

  it('cuts a session running past midnight at 24:00 and continues it on the next day, where it clashes with that day\'s early session in its room', () => {
    const before = block(blocks, 'Late reception', '2020-04-24');
    const after = block(blocks, 'Late reception', '2020-04-25');
    assert.deepStrictEqual([before.start, before.end, before.style], [23 * 60, 1440, '--tt-top:840;--tt-length:60;--tt-lane:0;--tt-lanes:1']);
    assert.deepStrictEqual([after.start, after.end, after.style], [0, 90, '--tt-top:0;--tt-length:90;--tt-lane:0;--tt-lanes:2']);
    assert.ok(before.classes.includes('tt-continues') && !before.classes.includes('tt-continued'));
    assert.ok(after.classes.includes('tt-continued') && !after.classes.includes('tt-continues'));
    assert.deepStrictEqual(before.notes, ['continues after midnight']);
    assert.deepStrictEqual(after.notes, ['Room clash', 'continued from the day before']);
    assert.strictEqual(before.line, after.line, 'both parts open the same session');
    const early = block(blocks, 'Early breakfast');
    assert.deepStrictEqual([early.start, early.end, early.lane, early.lanes], [60, 120, 1, 2]);
    assert.ok(early.classes.includes('tt-clash'));
    assert.match(output, /title="23:00–01:30 Late reception · Room C · continues after midnight"/, 'its time as written');
  });

  it('draws a session known only by its start as a moment, at its start', () => {
    const moment = block(blocks, 'Photo call');
    assert.deepStrictEqual([moment.start, moment.end, moment.style], [19 * 60, 19 * 60, '--tt-top:600;--tt-length:0;--tt-lane:0;--tt-lanes:1']);
    assert.ok(moment.classes.includes('tt-moment'));
  });

  it('lists the sessions it cannot place, with the reason, each opening its source', () => {
    const unplaced = /<section class="tt-unplaced">(.*?)<\/section>/s.exec(output)![1];
    const entries = [...unplaced.matchAll(/<li class="tt-unplaced-session" data-session="(\d+)" data-line="(\d+)"><span class="tt-title">(.*?)<\/span> <span class="tt-when">(.*?)<\/span><\/li>/g)]
      .map((m) => [m[3], m[4], Number(m[2])]);
    assert.deepStrictEqual(entries, [
      ['Morning consultations', 'Saturday, 25 April 2020, Morning, no start time', lineOf('id: morning-only')],
      ['Ends before it starts', 'Saturday, 25 April 2020, ends before it starts', lineOf('id: backwards')],
      ['Some day', 'Date to be announced', lineOf('id: some-day')],
    ]);
  });

  it('escapes the agenda\'s text', () => {
    const hostile = render('version: 1\nevent: { title: x, start: 2020-01-01, end: 2020-01-01 }\nsessions:\n  - { id: a, title: "<script>x</script>", date: 2020-01-01, start: "10:00", end: "11:00", room: "<b>\\"R\\"</b>" }\n');
    assert.doesNotMatch(hostile, /<script|<b>/);
    assert.match(hostile, /<div class="tt-room" data-lanes="1" style="--tt-column-lanes:1">&lt;b&gt;&quot;R&quot;&lt;\/b&gt;<\/div>/);
    assert.match(hostile, /<span class="tt-title">&lt;script&gt;x&lt;\/script&gt;<\/span>/);
  });

  it('speaks the language asked for, in the words of the six UN languages', () => {
    const french = render(congress, { language: 'fr' });
    assert.match(french, /<h2 class="section-title">Grille horaire<\/h2>/);
    assert.deepStrictEqual(grids(french)[0].rooms.slice(-1), ['Sans salle']);
    assert.deepStrictEqual(block(blocksOf(french), 'Clashing meeting').notes, ['Conflit de salle']);
    const arabic = render(congress, { language: 'ar' });
    assert.match(arabic, /<article class="programme timetable" lang="ar" dir="rtl">/);
  });

  it('leaves source lines out when asked, and says when there is nothing to show', () => {
    assert.doesNotMatch(render(congress, { sourceLines: false }), /data-line|data-session/);
    assert.match(render('version: 1\nevent: { title: x, start: 2020-01-01, end: 2020-01-01 }\nsessions: []\n'), /<p class="empty">No sessions yet.<\/p>/);
  });

  it('takes the sessions of several files into one timetable, each block naming its file', () => {
    const workshop = fixture('workshop.agenda.yaml');
    const several = renderTimetable([
      { parsed: parseAgenda(congress), file: 'file:///congress/congress.agenda.yaml' },
      { parsed: parseAgenda(workshop), file: 'file:///congress/workshop.agenda.yaml' },
    ]);
    const drawn = blocksOf(several);
    const workshopSession = block(drawn, 'Workshop on new technologies');
    assert.strictEqual(workshopSession.file, 'file:///congress/workshop.agenda.yaml');
    assert.strictEqual(workshopSession.line, workshop.split('\n').findIndex((l) => l.includes('id: new-tech')));
    assert.strictEqual(workshopSession.room, 'plenary hall');
    assert.ok(workshopSession.classes.includes('tt-clash'), 'it books the Plenary Hall during the congress\'s panel');
    assert.ok(block(drawn, 'Panel on cybercrime').classes.includes('tt-clash'));
    assert.strictEqual(block(drawn, 'Opening of the congress').file, 'file:///congress/congress.agenda.yaml');
    assert.strictEqual(workshopSession.session, 0, 'its position among its own file\'s sessions, which the file tells apart');
    assert.strictEqual(workshopSession.part, undefined, 'its event is named only when asked (nameEvent)');
    assert.deepStrictEqual(grids(several)[0].rooms, ['Plenary Hall', 'Room B', 'Room C', 'No room']);
  });
});

describe('the timetable\'s rooms and blocks', () => {
  const rooms = fixture('rooms.agenda.yaml');
  const congressFolder = path.join(root, 'test/fixtures/congress');
  const congressFile = (name: string) => ({ parsed: parseAgenda(fs.readFileSync(path.join(congressFolder, name), 'utf8')), file: `file:///congress/${name}` });
  const heads = (output: string) => /<div class="tt-head">(.*?)<\/div>\n/.exec(output)![1];
  const columns = (output: string) => [...output.matchAll(/<div class="tt-column[^"]*"( data-room="[^"]*")? data-lanes="(\d+)"[^>]*>/g)].map((m) => `${m[1] ?? ''} ${m[2]}`.trim());

  it('puts the rooms of the registry across in its order, the room nobody books included, each as wide as the most sessions side by side in it', () => {
    const output = render(rooms);
    assert.strictEqual(heads(output), '<div class="tt-corner"><span class="tt-corner-day">Mon 20 Apr</span></div>'
      + '<div class="tt-room" data-lanes="1" style="--tt-column-lanes:1">Plenary Hall</div>'
      + '<div class="tt-room" data-lanes="2" style="--tt-column-lanes:2">Annex Room</div>'
      + '<div class="tt-room" data-lanes="1" style="--tt-column-lanes:1">Room B</div>'
      + '<div class="tt-room" data-lanes="1" style="--tt-column-lanes:1">Press Room</div>');
    assert.deepStrictEqual(columns(output), ['data-room="plenary-hall" 1', 'data-room="annex-room" 2', 'data-room="room-b" 1', 'data-room="press-room" 1']);
    assert.match(output, /<div class="tt-column" data-room="press-room" data-lanes="1" style="--tt-column-lanes:1"><\/div>/, 'the free room is an empty column');
    assert.match(output, /<div class="tt-grid" data-from="540" data-to="780" style="--tt-span:240;--tt-lanes-across:5">/);
    assert.deepStrictEqual(blocksOf(output).map((b) => `${b.room} ${b.title}`), [
      'plenary-hall General debate on crime prevention and criminal justice',
      'plenary-hall Family photograph of the heads of delegation',
      'annex-room Intergovernmental consultations on extraterritoriality',
      'annex-room Interdisciplinary briefing on cyberforensics',
      'room-b Announcements of the secretariat on the organization of work',
      'room-b Adoption of the agenda and organization of work',
    ]);
  });

  it('puts rooms that are not in the registry after its rooms, in the order they are first used', () => {
    const output = render(`version: 1
event: { title: x, start: 2020-01-01, end: 2020-01-01 }
rooms:
  - { id: hall-b, name: Hall B }
  - { id: hall-a, name: Hall A }
sessions:
  - { id: s1, title: On the terrace, date: 2020-01-01, start: "09:00", end: "10:00", room: Terrace }
  - { id: s2, title: In hall A, date: 2020-01-01, start: "09:30", end: "10:00", room: hall-a }
  - { id: s3, title: In the garden, date: 2020-01-01, start: "10:00", end: "11:00", room: Garden }
  - { id: s4, title: On the terrace again, date: 2020-01-01, start: "11:00", end: "12:00", room: "  terrace " }
  - { id: s5, title: Nowhere, date: 2020-01-01, start: "11:00", end: "12:00" }
`);
    assert.deepStrictEqual(grids(output)[0].rooms, ['Hall B', 'Hall A', 'Terrace', 'Garden', 'No room']);
    assert.deepStrictEqual(columns(output), ['data-room="hall-b" 1', 'data-room="hall-a" 1', 'data-room="terrace" 1', 'data-room="garden" 1', '1']);
  });

  it('gives one file of a programme the rooms of the agendas it is part of, and the whole programme the root\'s rooms in the registry\'s order', () => {
    const root = congressFile('congress.agenda.yaml');
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const alone = renderTimetable(workshop.parsed);
    assert.deepStrictEqual(grids(alone)[0].rooms, ['room-b'], 'without its parent it knows the room by the id written');
    const one = renderTimetable(workshop.parsed, { parents: [root.parsed] });
    assert.deepStrictEqual(grids(one)[0].rooms, ['Plenary Hall', 'Room A', 'Room B']);
    assert.match(one, /title="10:00–12:00 Electronic evidence · Room B"/, 'the tooltip names the room by the registry\'s name');

    const names = ['congress.agenda.yaml', 'workshops/cybercrime.agenda.yaml', 'workshops/corruption.agenda.yaml', 'side-events/ransomware.agenda.yaml', 'side-events/victims.agenda.yaml', 'side-events/whistleblowers.agenda.yaml'];
    const whole = renderTimetable(names.map(congressFile));
    assert.deepStrictEqual(grids(whole).map((grid) => [grid.date, grid.rooms.join(', ')]), [
      ['2026-03-07', 'Plenary Hall, Room A, Room B'],
      ['2026-03-08', 'Plenary Hall, Room A, Room B'],
      ['2026-03-09', 'Plenary Hall, Room A, Room B'],
    ], 'the registry\'s order, not the order of first use (Room B is booked before Room A)');
    const sessionAt = (block: DrawnBlock) => {
      const text = fs.readFileSync(path.join(congressFolder, block.file!.replace('file:///congress/', '')), 'utf8');
      return /- id: (\S+)/.exec(text.split('\n')[block.line!])?.[1];
    };
    assert.deepStrictEqual(blocksOf(whole).map((b) => `${b.date} ${b.room} ${b.title} ${b.file} ${sessionAt(b)}`), [
      '2026-03-07 plenary-hall Opening of the Congress file:///congress/congress.agenda.yaml opening',
      '2026-03-08 room-a Supporting victims of trafficking file:///congress/side-events/victims.agenda.yaml side-victims',
      '2026-03-08 room-b Electronic evidence file:///congress/workshops/cybercrime.agenda.yaml w1-evidence',
      '2026-03-08 room-b Ransomware in practice file:///congress/side-events/ransomware.agenda.yaml side-ransomware',
      '2026-03-09 plenary-hall Protecting whistle-blowers file:///congress/side-events/whistleblowers.agenda.yaml side-whistleblowers',
      '2026-03-09 room-a Integrity in public procurement file:///congress/workshops/corruption.agenda.yaml w2-integrity',
    ], 'each block names its file and the line of its session there');
  });

  it('gives every block its whole title in its tooltip, the start and end apart so that a low block can show its start alone', () => {
    const output = render(rooms);
    const line = rooms.split('\n').findIndex((l) => l.includes('id: announcements'));
    assert.match(output, new RegExp('<div class="tt-block" data-session="0" data-line="' + line + '" data-start="540" data-end="555" data-lane="0" data-lanes="1" style="--tt-top:0;--tt-length:15;--tt-lane:0;--tt-lanes:1" '
      + 'title="09:00–09:15 Announcements of the secretariat on the organization of work · Room B"><div class="tt-text"><span class="tt-time" dir="ltr">09:00<span class="tt-end">–09:15</span></span> '
      + '<span class="tt-title">Announcements of the secretariat on the organization of work</span></div></div>'));
    assert.match(output, /title="10:00–11:00 Intergovernmental consultations on extraterritoriality · Annex Room · Room clash"><div class="tt-text"><span class="tt-time" dir="ltr">10:00<span class="tt-end">–11:00<\/span><\/span> <span class="tt-note">Room clash<\/span> <span class="tt-title">/, 'a mark follows the time, before the title that may be cut');
  });
});

describe('the timetable of a whole programme names the event of each block', () => {
  const { programme } = programmeOf(agendaTexts('file:///congress/'));
  const root = 'file:///congress/congress.agenda.yaml';
  const members = programme.membersOf(root).map((uri) => ({ parsed: programme.summary(uri)!.parsed, file: uri, ...(uri === root ? {} : { nameEvent: true }) }));
  const named = (output: string) => blocksOf(output).map((b) => `${b.date} ${b.title} / ${b.part ?? '-'}`);
  const NAMED = [
    '2026-03-07 Opening of the Congress / -',
    '2026-03-08 Supporting victims of trafficking / -',
    '2026-03-08 Electronic evidence / Workshop on cybercrime',
    '2026-03-08 Ransomware in practice / -',
    '2026-03-09 Protecting whistle-blowers / -',
    '2026-03-09 Integrity in public procurement / Workshop on corruption',
  ];

  it('names the workshop or side event of a block of a file under the root (the preview\'s), not the root\'s own nor one whose title names it', () => {
    const output = renderTimetable(members, { language: 'en' });
    assert.deepStrictEqual(named(output), NAMED);
    const evidence = block(blocksOf(output), 'Electronic evidence');
    assert.strictEqual(evidence.tooltip, '10:00–12:00 Electronic evidence · Workshop on cybercrime · Room B · Room clash');
    assert.strictEqual(evidence.session, 0);
    assert.strictEqual(evidence.file, 'file:///congress/workshops/cybercrime.agenda.yaml');
    assert.ok(output.includes('<div class="tt-text"><span class="tt-time" dir="ltr">10:00<span class="tt-end">–12:00</span></span> <span class="tt-note">Room clash</span> '
      + '<span class="tt-part">Workshop on cybercrime</span> <span class="tt-title">Electronic evidence</span></div>'), 'its start, marks, event, then the title');
  });

  it('names them alike in the HTML export of the whole programme (the merged agenda), with no source lines', () => {
    const page = renderStandalone(programmeAgenda(programme, root), { timetable: true, language: 'en' });
    const timetable = page.slice(page.indexOf('<article class="programme timetable"'));
    assert.deepStrictEqual(named(timetable), NAMED);
    assert.doesNotMatch(timetable, /data-line|data-session|data-file/);
  });

  it('names an event by its short title, the whole title in the tooltip, and an unplaced session\'s too', () => {
    const congress = `version: 1
event: { title: Congress, start: 2020-01-01, end: 2020-01-02 }
sessions:
  - { id: c1, title: Plenary, date: 2020-01-01, start: "09:00", end: "10:00", room: Hall }
`;
    const workshop = `version: 1
partOf: congress.agenda.yaml
event: { title: Workshop on the smuggling of migrants, shortTitle: W3 Smuggling, start: 2020-01-01, end: 2020-01-01 }
sessions:
  - { id: w1, title: Opening, date: 2020-01-01, start: "09:00", end: "09:30", room: Room 3 }
  - { id: w2, title: W3 Smuggling closing, date: 2020-01-01, start: "11:00", end: "11:30", room: Room 3 }
  - { id: w3, title: Informal talks, date: 2020-01-02 }
`;
    const output = renderTimetable([{ parsed: parseAgenda(congress), file: 'c' }, { parsed: parseAgenda(workshop), file: 'w', nameEvent: true }]);
    const drawn = blocksOf(output);
    assert.deepStrictEqual(drawn.map((b) => [b.title, b.part]), [['Plenary', undefined], ['Opening', 'W3 Smuggling'], ['W3 Smuggling closing', undefined]]);
    assert.strictEqual(block(drawn, 'Opening').tooltip, '09:00–09:30 Opening · Workshop on the smuggling of migrants · Room 3');
    assert.ok(output.includes('<li class="tt-unplaced-session" data-session="2" data-file="w" data-line="6"><span class="tt-title">Informal talks</span> <span class="tt-part">W3 Smuggling</span> <span class="tt-when">'), output);
  });
});

describe('the timetable in the standalone page', () => {
  const congress = fixture('congress.agenda.yaml');

  it('follows the programme when asked for, with its styles and landscape pages, and is left out otherwise', () => {
    const page = renderStandalone(parseAgenda(congress), { timetable: true });
    assert.ok(page.indexOf('<article class="programme timetable"') > page.indexOf('<article class="programme"'));
    assert.match(page, /@page timetable \{\s*size: landscape;/);
    assert.doesNotMatch(page, /data-line/, 'no source lines in an export');
    const plain = renderStandalone(parseAgenda(congress));
    assert.doesNotMatch(plain, /timetable/);
  });

  it('is what the HTML output holds with the timetable option', () => {
    const result = produceOutput(parseAgenda(congress), 'html', { timetable: true, force: true });
    assert.ok('text' in result);
    assert.match(result.text, /<article class="programme timetable" lang="en" dir="ltr">/);
  });
});

describe('agenda render --timetable', () => {
  const congress = fixture('congress.agenda.yaml');
  const world = () => memoryIo({ '/work/congress.agenda.yaml': congress });

  it('writes the programme with its timetable', async () => {
    const io = world();
    assert.strictEqual(await main(['render', 'congress.agenda.yaml', '--timetable', '--force', '-o', 'programme.html'], io), 0);
    assert.strictEqual(io.written.get('/work/programme.html'), renderStandalone(parseAgenda(congress), { timetable: true }));
    assert.match(io.written.get('/work/programme.html') ?? '', /<article class="programme timetable"/);
  });

  it('draws the whole programme of a folder: sessions of every file, clashes across files', async () => {
    const folder = path.join(root, 'test/fixtures/congress');
    const files = ['congress.agenda.yaml', ...['workshops', 'side-events'].flatMap((dir) => fs.readdirSync(path.join(folder, dir)).map((name) => `${dir}/${name}`))];
    const io = memoryIo(Object.fromEntries(files.map((name) => [`/work/congress/${name}`, fs.readFileSync(path.join(folder, name), 'utf8')])));
    assert.strictEqual(await main(['render', 'congress', '--timetable', '--force', '-o', 'programme.html'], io), 0);
    const drawn = blocksOf(io.written.get('/work/programme.html') ?? '');
    assert.ok(drawn.some((b) => b.title === 'Opening of the Congress'), 'the root\'s sessions');
    assert.ok(drawn.some((b) => b.title === 'Integrity in public procurement'), 'a workshop\'s sessions');
    assert.ok(drawn.filter((b) => b.classes.includes('tt-clash')).length >= 2, 'the room booked twice across files, marked');
    assert.deepStrictEqual(drawn.filter((b) => b.part).map((b) => `${b.title} / ${b.part}`), ['Electronic evidence / Workshop on cybercrime', 'Integrity in public procurement / Workshop on corruption']);
  });

  it('is an option of render only', async () => {
    const io = world();
    assert.strictEqual(await main(['export', 'congress.agenda.yaml', '--ics', '--timetable'], io), 2);
    assert.ok(io.err.startsWith('agenda: unknown option --timetable\n'), io.err);
  });
});

import * as assert from 'assert';
import { buildOutline, checkParsed, hoverAt, parseAgenda, renderProgramme, renderTimetable, toICalendar, toScheduleJson, type OutlineNode } from '../../src/core';
import { formatTimeRange } from '../../src/core/time/dates';

/** A hackathon's last afternoon: judging ends with a moment (an item), and the doors close at a moment (a session). */
const TEXT = `version: 1
event: {title: Hack, start: 2026-05-16, end: 2026-05-17, timezone: Europe/Berlin}
people:
  - {id: ana, name: Ana}
sessions:
  - id: judging
    title: Judging
    date: 2026-05-17
    start: "14:00"
    end: "17:30"
    room: Main hall
    chair: ana
    items:
      - title: Demos
      - time: "17:30"
        title: End of the hackathon
        kind: moment
  - id: closing-bell
    title: Doors close
    date: 2026-05-17
    start: "18:00"
    format: moment
    room: Main hall
    chair: ana
`;

describe('a moment shows one time, never a range that ends when it starts', () => {
  const parsed = parseAgenda(TEXT);

  it('formats a range of no length as its one time', () => {
    assert.deepStrictEqual([formatTimeRange(1050, 1050), formatTimeRange(840, 1050), formatTimeRange(1050, undefined), formatTimeRange(undefined, 1050)],
      ['17:30', '14:00\u201317:30', '17:30', undefined]);
  });

  it('in the outline (the Agenda view): the moment session and the moment item', () => {
    assert.deepStrictEqual(checkParsed(parsed), []);
    const day = buildOutline(parsed).roots[0].children[0];
    const rows = (nodes: OutlineNode[]) => nodes.map((n) => `${n.kind} | ${n.label} | ${n.description}`);
    assert.deepStrictEqual(rows(day.children), ['session | 14:00–17:30 · Judging · Main hall | ', 'session | 18:00 · Doors close · Main hall | moment']);
    assert.deepStrictEqual(rows(day.children[0].children.filter((n) => n.kind === 'item')), ['item | Demos | ', 'item | 17:30 · End of the hackathon | moment']);
    assert.strictEqual(day.children[0].children.find((n) => n.label.endsWith('End of the hackathon'))!.tooltip, 'End of the hackathon\n17:30 · moment');
  });

  it('in hover over a person: the sessions they take part in', () => {
    const hover = hoverAt(parsed, parsed.lines.positionAt(TEXT.indexOf('id: ana') + 5))!;
    assert.strictEqual(hover.markdown, [
      '**Person** `ana`: Ana', '', 'Sessions:',
      '- Judging (2026-05-17, 14:00–17:30, Main hall) — chair',
      '- Doors close (2026-05-17, 18:00, Main hall) — chair',
    ].join('\n'));
  });

  it('in the timetable, the programme page, the calendar and schedule.json', () => {
    const timetable = renderTimetable(parsed);
    const times = (timetable.match(/<span class="tt-time"[^>]*>.*?(?= <span class="tt-title">)/g) ?? []).map((html) => html.replace(/<[^>]*>/g, ''));
    assert.deepStrictEqual(times, ['14:00–17:30', '18:00']);
    assert.match(timetable, /title="18:00 Doors close · Main hall"/);
    assert.deepStrictEqual(renderProgramme(parsed).match(/class="(?:session|item)-time" dir="ltr">[^<]*/g),
      ['class="session-time" dir="ltr">14:00–17:30', 'class="item-time" dir="ltr">', 'class="item-time" dir="ltr">17:30', 'class="session-time" dir="ltr">18:00']);
    const calendar = toICalendar(parsed).split('\r\n');
    const bell = calendar.slice(calendar.findIndex((l) => l.startsWith('UID:closing-bell')));
    assert.deepStrictEqual(bell.filter((l) => /^(DTSTART|DTEND|SUMMARY)/.test(l)).slice(0, 3), ['DTSTART;TZID=Europe/Berlin:20260517T180000', 'SUMMARY:Doors close — Hack']);
    assert.ok(calendar.includes('DESCRIPTION:Chair: Ana\\n\\nProgramme:\\nDemos\\n17:30 End of the hackathon'));
    const result = toScheduleJson(parsed);
    assert.ok('json' in result);
    const events = Object.values(result.json.schedule.conference.days[1].rooms).flat();
    assert.deepStrictEqual(events.map((e) => [e.title, e.start, e.duration]), [['Judging', '14:00', '03:30'], ['Doors close', '18:00', '00:00']]);
  });
});

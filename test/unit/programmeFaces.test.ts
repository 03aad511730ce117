import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ICAL from 'ical.js';
import { buildOutline, parseAgenda, renderProgramme, toICalendar, toScheduleJson, type Agenda, type ParsedAgenda } from '../../src/core';
import { eventKey, sessionUid } from '../../src/core/outputs/ical';
import { EXAMPLE, FIXTURES, REPO } from './findings';

/** One session as a face shows it: which session (its id), on which day, from when to when (`HH:MM`). */
interface Shown {
  id: string;
  day: string;
  start: string;
  end: string;
}

const show = (s: Shown) => `${s.id} ${s.day || 'no date'} ${s.start || '-'}–${s.end || '-'}`;

/**
 * The start and end of a face's time range. The page writes the midnight that ends a day as 24:00 where the other
 * faces write 00:00, and a moment (no length) as its start alone where the tree repeats it as its end: both are
 * read here as the other faces write them.
 */
function clockOf(text: string | undefined): [string, string] {
  const match = /^(\d\d:\d\d)(?:–(\d\d:\d\d))?/.exec(text ?? '');
  const start = match?.[1] ?? '';
  const end = match?.[2] === '24:00' ? '00:00' : match?.[2] ?? '';
  return [start, end === start ? '' : end];
}

/** The sessions of the Agenda view (the outline), day by day, in its order. */
function fromOutline(parsed: ParsedAgenda): Shown[] {
  const event = buildOutline(parsed).roots.find((node) => node.kind === 'event');
  return (event?.children ?? []).flatMap((day) => {
    const key = day.id.replace(/^event\/day:/, '');
    return day.children.map((session) => {
      const [start, end] = clockOf(session.label);
      return { id: session.session?.id ?? `#${session.session?.index}`, day: key, start, end };
    });
  });
}

/** The sessions of the rendered programme (preview and HTML export), section by section, in page order. */
function fromPage(parsed: ParsedAgenda): Shown[] {
  const page = renderProgramme(parsed, { sourceLines: true });
  const sessions = (parsed.doc.toJS() as Agenda).sessions ?? [];
  return page.split('<section class="day"').slice(1).flatMap((section) => {
    const day = /^ id="day-([^"]+)"/.exec(section)?.[1] ?? '';
    return [...section.matchAll(/<article class="session[^"]*" id="[^"]*" data-session="(\d+)"[^>]*>\s*<div class="session-when"[^>]*>(?:<span class="session-time" dir="ltr">([^<]*)(?:<span class="next-day"[^>]*>\+1<\/span>)?<\/span>)?/g)].map((m) => {
      const [start, end] = clockOf(m[2]);
      const index = Number(m[1]);
      return { id: sessions[index]?.id ?? `#${index}`, day, start, end };
    });
  });
}

function clock(time: ICAL.Time): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

/** The events of the calendar (.ics), in file order, read back with ical.js. */
function fromCalendar(parsed: ParsedAgenda): Shown[] {
  const key = eventKey(parsed.value as Agenda);
  const ids = new Map(((parsed.value as Agenda).sessions ?? []).map((s) => [sessionUid(key, s.id), s.id]));
  const calendar = new ICAL.Component(ICAL.parse(toICalendar(parsed, { stamp: new Date('2026-01-01T00:00:00Z'), includeBreaks: true })));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time | null;
    const uid = String(event.getFirstPropertyValue('uid'));
    const day = `${start.year}-${String(start.month).padStart(2, '0')}-${String(start.day).padStart(2, '0')}`;
    const [from, to] = clockOf(`${start.isDate ? '' : clock(start)}–${end && !start.isDate ? clock(end) : ''}`);
    return { id: ids.get(uid) ?? uid, day, start: from, end: to };
  });
}

/** The events of schedule.json, day by day and room by room, each end read from its local date and time. */
function fromScheduleJson(parsed: ParsedAgenda): { shown: Shown[]; rooms: Map<string, string> } {
  const result = toScheduleJson(parsed);
  assert.ok('json' in result, 'problem' in result ? result.problem : '');
  const key = eventKey(parsed.value as Agenda);
  const rooms = new Map<string, string>();
  const shown = result.json.schedule.conference.days.flatMap((day) => Object.entries(day.rooms).flatMap(([room, events]) => events.map((event) => {
    const id = event.slug.slice(key.length + 1);
    rooms.set(id, room);
    const [start, end] = clockOf(`${event.start}–${event.end.slice(11, 16)}`);
    const endDay = event.end.slice(0, 10);
    const nextDay = new Date(Date.parse(`${day.date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
    assert.ok(endDay === day.date || (endDay === nextDay && event.end.slice(11, 16) <= event.start), `${id} ends on ${endDay}, after the day after ${day.date}`);
    return { id, day: day.date, start, end };
  })));
  return { shown, rooms };
}

const AGENDAS = [
  ...fs.readdirSync(path.join(FIXTURES, 'valid')).map((name) => path.join(FIXTURES, 'valid', name)),
  ...fs.readdirSync(path.join(FIXTURES, 'render')).map((name) => path.join(FIXTURES, 'render', name)),
  EXAMPLE,
];

describe('the faces of the programme model', () => {
  it('finds the fixtures, the render fixtures and the example', () => {
    assert.ok(AGENDAS.length >= 7, AGENDAS.join(', '));
  });

  for (const file of AGENDAS) {
    describe(path.relative(REPO, file), () => {
      const parsed = parseAgenda(fs.readFileSync(file, 'utf8'));
      const tree = fromOutline(parsed);
      const status = new Map(((parsed.value as Agenda).sessions ?? []).map((s) => [s.id, s.status]));

      it('has sessions in the Agenda view', () => {
        assert.ok(tree.length > 0);
      });

      it('shows the same sessions in the same order at the same times in the preview as in the Agenda view', () => {
        assert.deepStrictEqual(fromPage(parsed).map(show), tree.map(show));
      });

      it('exports every dated session to the calendar, in the same order at the same times', () => {
        assert.deepStrictEqual(fromCalendar(parsed).map(show), tree.filter((s) => s.day).map(show));
      });

      it('exports every timed session that is not cancelled to schedule.json, in the same order within each room, at the same times', () => {
        if (!(parsed.value as Agenda).event?.timezone) return;
        const { shown, rooms } = fromScheduleJson(parsed);
        const expected = tree.filter((s) => s.day && s.start && status.get(s.id) !== 'cancelled');
        assert.deepStrictEqual([...shown].map(show).sort(), expected.map(show).sort());
        for (const room of new Set(rooms.values())) {
          assert.deepStrictEqual(shown.filter((s) => rooms.get(s.id) === room).map(show), expected.filter((s) => rooms.get(s.id) === room).map(show));
        }
      });
    });
  }
});

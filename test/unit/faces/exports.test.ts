import * as assert from 'assert/strict';
import ICAL from 'ical.js';
import { check } from '../../../src/core';
import { toICalendar } from '../../../src/core/outputs/ical';
import { toScheduleJson, type ScheduleEvent } from '../../../src/core/outputs/scheduleJson';
import { parseAgenda } from '../../../src/core/parse/parse';
import { parseCalendar } from '../parseCalendar';
import { agendaWith, session } from './agendas';

const STAMP = new Date('2026-01-15T08:30:00Z');

/** The calendar's sessions as [start, end] in UTC (end null when it has none). */
function calendarTimes(text: string): [string, string | null][] {
  return parseCalendar(toICalendar(parseAgenda(text), { stamp: STAMP })).events.map((e) => [e.start, e.end]);
}

/** The schedule.json events and what it left out. */
function schedule(text: string): { events: ScheduleEvent[]; skipped: string[] } {
  const result = toScheduleJson(parseAgenda(text));
  if ('problem' in result) throw new Error(result.problem);
  const events = result.json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
  return { events, skipped: result.skipped.map((s) => `${s.id}: ${s.reason}`) };
}

const brief = (e: ScheduleEvent) => [e.title.replace('Session ', ''), e.date, e.end, e.duration];

describe('exports that tell the truth and never throw (issue 15, class 7)', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('keeps a session\'s own times when an item starts before it (a warning that lets exports run)', () => {
    const text = agendaWith([
      session('early-item', { date: '2020-04-24', start: '"10:00"', end: '"11:00"', items: '[{ title: Warm-up, time: "09:30", duration: 20 }]' }),
      session('no-end', { date: '2020-04-24', start: '"14:00"', items: '[{ title: Warm-up, time: "13:00", duration: 30 }]' }),
    ], ['timezone: Europe/Vienna']);
    assert.deepEqual(check(text).filter((d) => d.severity === 'error'), []);
    assert.deepEqual(calendarTimes(text), [['2020-04-24T08:00:00.000Z', '2020-04-24T09:00:00.000Z'], ['2020-04-24T12:00:00.000Z', null]]);
    assert.deepEqual(schedule(text).events.map(brief), [
      ['early-item', '2020-04-24T10:00:00+02:00', '2020-04-24T11:00:00+02:00', '01:00'],
      ['no-end', '2020-04-24T14:00:00+02:00', '2020-04-24T14:00:00+02:00', '00:00'],
    ]);
  });

  it('gives the elapsed time of sessions across daylight-saving changes, and a session in the gap its written length', () => {
    const text = agendaWith([
      session('spring', { date: '2020-03-29', start: '"01:30"', end: '"03:30"' }),
      session('in-gap', { date: '2020-03-29', start: '"02:00"', end: '"03:00"', room: 'Hall B' }),
      session('inside-gap', { date: '2020-03-29', start: '"02:15"', end: '"02:45"', room: 'Hall C' }),
      session('autumn', { date: '2020-10-25', start: '"01:30"', end: '"03:30"' }),
    ], ['timezone: Europe/Vienna']).replace('start: 2020-04-24', 'start: 2020-03-28').replace('end: 2020-04-26', 'end: 2020-10-25');
    assert.deepEqual(schedule(text).events.map(brief), [
      ['spring', '2020-03-29T01:30:00+01:00', '2020-03-29T03:30:00+02:00', '01:00'],
      ['in-gap', '2020-03-29T03:00:00+02:00', '2020-03-29T04:00:00+02:00', '01:00'],
      ['inside-gap', '2020-03-29T03:15:00+02:00', '2020-03-29T03:45:00+02:00', '00:30'],
      ['autumn', '2020-10-25T01:30:00+02:00', '2020-10-25T03:30:00+01:00', '03:00'],
    ]);
    assert.deepEqual(calendarTimes(text), [
      ['2020-03-29T00:30:00.000Z', '2020-03-29T01:30:00.000Z'],
      ['2020-03-29T01:00:00.000Z', '2020-03-29T02:00:00.000Z'],
      ['2020-03-29T01:15:00.000Z', '2020-03-29T01:45:00.000Z'],
      ['2020-10-24T23:30:00.000Z', '2020-10-25T02:30:00.000Z'],
    ]);
  });

  it('exports a session running past midnight to its end on the next day', () => {
    const text = agendaWith([
      session('night', { date: '2020-04-24', start: '"23:00"', end: '"01:30"' }),
      session('midnight', { date: '2020-04-25', start: '"22:00"', end: '"00:00"' }),
    ], ['timezone: Europe/Vienna']);
    assert.deepEqual(check(text).filter((d) => d.severity === 'error'), []);
    assert.deepEqual(schedule(text).events.map(brief), [
      ['night', '2020-04-24T23:00:00+02:00', '2020-04-25T01:30:00+02:00', '02:30'],
      ['midnight', '2020-04-25T22:00:00+02:00', '2020-04-26T00:00:00+02:00', '02:00'],
    ]);
    assert.deepEqual(calendarTimes(text), [['2020-04-24T21:00:00.000Z', '2020-04-24T23:30:00.000Z'], ['2020-04-25T20:00:00.000Z', '2020-04-25T22:00:00.000Z']]);
  });

  it('says which sessions lie beyond the 366 days a schedule.json holds, keeping the 366th day', () => {
    const text = agendaWith([
      session('first', { date: '2020-01-01', start: '"10:00"', end: '"11:00"' }),
      session('day-366', { date: '2020-12-31', start: '"10:00"', end: '"11:00"' }),
      session('next-year', { date: '2021-03-01', start: '"10:00"', end: '"11:00"' }),
    ], ['timezone: Europe/Vienna']).replace('start: 2020-04-24', 'start: 2020-01-01').replace('end: 2020-04-26', 'end: 2021-06-30');
    const { events, skipped } = schedule(text);
    assert.deepEqual(events.map(brief), [
      ['first', '2020-01-01T10:00:00+01:00', '2020-01-01T11:00:00+01:00', '01:00'],
      ['day-366', '2020-12-31T10:00:00+01:00', '2020-12-31T11:00:00+01:00', '01:00'],
    ]);
    assert.deepEqual(skipped, ['next-year: it is more than 366 days after the event starts, the most a schedule.json holds']);
  });

  it('never throws on an empty agenda, one that hit the alias limit, or impossible dates', () => {
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const impossible = agendaWith([session('leap', { date: '2020-02-30', start: '"10:00"', end: '"11:00"' })], ['timezone: Europe/Vienna']);
    const badEvent = impossible.replace('start: 2020-04-24', 'start: 2020-02-31');
    for (const text of ['', '\n', laughs, impossible, badEvent, 'version: 1\nsessions: 3\n']) {
      const parsed = parseAgenda(text);
      assert.match(toICalendar(parsed, { stamp: STAMP }), /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/, JSON.stringify(text.slice(0, 40)));
      assert.doesNotThrow(() => toScheduleJson(parsed), JSON.stringify(text.slice(0, 40)));
    }
    const unknownZone = agendaWith([session('a', { date: '2020-04-24', start: '"10:00"', end: '"11:00"' })], ['timezone: Mars/Olympus']);
    assert.match(toICalendar(parseAgenda(unknownZone), { stamp: STAMP }), /\r\nDTSTART:20200424T100000\r\nDTEND:20200424T110000\r\n/);
    assert.deepEqual(toScheduleJson(parseAgenda(unknownZone)), { problem: 'schedule.json gives every time with its UTC offset: `Mars/Olympus` is not a time zone such as `Asia/Tokyo`.' });
    assert.deepEqual(parseCalendar(toICalendar(parseAgenda(impossible), { stamp: STAMP })).events, []);
    assert.deepEqual(schedule(impossible).skipped, ['leap: its date (2020-02-30) is not in the calendar']);
  });
});

import type { Node } from 'yaml';
import { itemsOf, pairOf, scalarText, valueOf } from '../parse/nodes';
import { DAY_MINUTES, endAfter, timeAfter, type Extent } from './extent';

/** Minutes since midnight of an `HH:MM` time, or undefined if it is not one. */
export function minutesOf(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes since midnight of an end time: an `HH:MM` time, or `24:00` (1440), the midnight that ends the day. */
export function endMinutesOf(text: string | undefined): number | undefined {
  return text === '24:00' ? DAY_MINUTES : minutesOf(text);
}

/** `HH:MM` for minutes since midnight (past midnight wraps, as clocks do). */
export function formatMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function durationOf(node: unknown): number | undefined {
  const text = scalarText(node);
  const value = text === undefined ? NaN : Number(text);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** When a session takes place, as far as its fields tell. Times are minutes since midnight. */
export interface SessionTime {
  /** The `date` as written. */
  date?: string;
  /** The `date` when it is a real calendar date: the day the session is on. */
  day?: string;
  start?: number;
  /**
   * From `end` (`00:00` after the start is midnight, an earlier time within 12 hours the next day: see `endAfter`);
   * else `start` + `duration`; else, with neither written, the latest end of its timed items when that is after
   * its start. Past 1440 for a session running past midnight.
   */
  end?: number;
  /** Which of those gave `end`; `moment` for a session of `format: moment`, which ends when it starts. */
  endFrom?: 'end' | 'duration' | 'items' | 'moment';
  /** Minutes as `end` is written (0 to 1440 for `24:00`), whether or not the session has a start. */
  writtenEnd?: number;
  /** True for a session of `format: moment`: a point in time with no length. */
  moment?: true;
  part?: string;
  /** Its timed items, each from its `time` or the end of the one before. */
  items: ItemTime[];
}

/**
 * Reads a session's date, start, end and part of the day, and the times of its items: the one rule for a
 * session's extent, which the checks, the outline, the programme and the exports all use. A session runs from
 * `start` to `end` (`24:00` is midnight; an end before the start is the next day, see `endAfter`), or for
 * `duration` minutes; given neither, until its last timed item ends. A session of `format: moment` ends when it
 * starts, whatever else is written (the check reports an `end` or `duration` there).
 */
export function sessionTime(session: Node | null | undefined): SessionTime {
  const date = scalarText(valueOf(session, 'date'));
  const part = scalarText(valueOf(session, 'part'));
  const start = minutesOf(scalarText(valueOf(session, 'start')));
  const items = itemTimes(session, start);
  const result: SessionTime = { items };
  if (date !== undefined) result.date = date;
  if (isCalendarDate(date)) result.day = date;
  if (part !== undefined) result.part = part;
  const end = endMinutesOf(scalarText(valueOf(session, 'end')));
  if (end !== undefined) result.writtenEnd = end;
  const moment = scalarText(valueOf(session, 'format')) === 'moment';
  if (moment) result.moment = true;
  if (start === undefined) return result;
  result.start = start;
  const duration = durationOf(valueOf(session, 'duration'));
  const itemEnd = Math.max(-1, ...items.map((item) => item.end ?? -1));
  if (moment) [result.end, result.endFrom] = [start, 'moment'];
  else if (end !== undefined) [result.end, result.endFrom] = [endAfter(start, end), 'end'];
  else if (duration !== undefined) [result.end, result.endFrom] = [start + duration, 'duration'];
  else if (pairOf(session, 'end') === undefined && pairOf(session, 'duration') === undefined && itemEnd > start) {
    [result.end, result.endFrom] = [itemEnd, 'items'];
  }
  return result;
}

/**
 * The stretch of its day a session holds: from its start to its end, or only the moment it starts when its end
 * is unknown. Undefined without a start, or when its end is written before its start (a mistake the check reports).
 */
export function sessionExtent(time: SessionTime): Extent | undefined {
  if (time.start === undefined) return undefined;
  if (time.end === undefined || time.moment) return { start: time.start, end: time.start };
  return time.end > time.start ? { start: time.start, end: time.end } : undefined;
}

/**
 * When one item runs: from its own `time`, or right after the item before; to its `end`, or `start + duration`.
 * An untimed item (no `time`, `duration` or `end`: items listed in order) has neither.
 */
export interface ItemTime {
  node: Node | null;
  start?: number;
  end?: number;
  /** True when the start comes from the item's own `time`. */
  explicit: boolean;
  /** True for an item of `kind: moment`: a point in time, which ends when it starts. */
  moment?: true;
  /** True for an item with no `time`, `duration` or `end`: listed in order, with no time of its own. */
  untimed?: true;
}

/**
 * The schedule of a session's items: each item starts at its `time` or when the one before ends, and ends at its
 * `end` (read as a session's, `endAfter`) or after its `duration` (a `kind: moment` when it starts). A time before the session's start (or, without
 * one, the first item's) that is at most 12 hours later across midnight is the next day, as `timeAfter` reads it.
 * An untimed item is given no time and leaves the schedule of the items after it as it was: nothing is invented.
 */
export function itemTimes(session: Node | null | undefined, sessionStart: number | undefined): ItemTime[] {
  let cursor = sessionStart;
  let reference = sessionStart;
  return itemsOf(valueOf(session, 'items')).map((node) => {
    const written = minutesOf(scalarText(valueOf(node, 'time')));
    const writtenEnd = endMinutesOf(scalarText(valueOf(node, 'end')));
    const duration = durationOf(valueOf(node, 'duration'));
    const moment = scalarText(valueOf(node, 'kind')) === 'moment';
    if (written === undefined && writtenEnd === undefined && duration === undefined && !moment) return { node, explicit: false, untimed: true };
    reference ??= written;
    const own = written === undefined || reference === undefined ? written : timeAfter(reference, written);
    const start = own ?? cursor;
    const from = start ?? reference;
    const ends = writtenEnd === undefined ? undefined : from === undefined ? writtenEnd : endAfter(from, writtenEnd);
    const end = moment ? start : ends ?? (start !== undefined && duration !== undefined ? start + duration : undefined);
    cursor = end;
    const item: ItemTime = { node, explicit: own !== undefined };
    if (start !== undefined) item.start = start;
    if (end !== undefined) item.end = end;
    if (moment) item.moment = true;
    return item;
  });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a `YYYY-MM-DD` date that exists in the (proleptic Gregorian) calendar, not `2020-04-31`: what `Date`
 * accepts and writes back the same, counted without making one (every check asks it of every date).
 */
export function isCalendarDate(text: string | undefined): text is string {
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

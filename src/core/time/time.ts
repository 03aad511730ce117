import type { Node } from 'yaml';
import { itemsOf, pairOf, scalarText, valueOf } from '../parse/nodes';
import { endAfter, timeAfter, type Extent } from './extent';

/** Minutes since midnight of an `HH:MM` time, or undefined if it is not one. */
export function minutesOf(text: string | undefined): number | undefined {
  const match = text === undefined ? null : /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
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
  /** Which of those gave `end`. */
  endFrom?: 'end' | 'duration' | 'items';
  /** Minutes as `end` is written (0 to 1439), whether or not the session has a start. */
  writtenEnd?: number;
  part?: string;
  /** Its timed items, each from its `time` or the end of the one before. */
  items: ItemTime[];
}

/**
 * Reads a session's date, start, end and part of the day, and the times of its items: the one rule for a
 * session's extent, which the checks, the outline, the programme and the exports all use. A session runs from
 * `start` to `end`, or for `duration` minutes; given neither, until its last timed item ends.
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
  const end = minutesOf(scalarText(valueOf(session, 'end')));
  if (end !== undefined) result.writtenEnd = end;
  if (start === undefined) return result;
  result.start = start;
  const duration = durationOf(valueOf(session, 'duration'));
  const itemEnd = Math.max(-1, ...items.map((item) => item.end ?? -1));
  if (end !== undefined) [result.end, result.endFrom] = [endAfter(start, end), 'end'];
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
  if (time.end === undefined) return { start: time.start, end: time.start };
  return time.end > time.start ? { start: time.start, end: time.end } : undefined;
}

/** When one timed item runs: from its own `time`, or right after the item before; to `start + duration`. */
export interface ItemTime {
  node: Node | null;
  start?: number;
  end?: number;
  /** True when the start comes from the item's own `time`. */
  explicit: boolean;
}

/**
 * The schedule of a session's items: each item starts at its `time` or when the one before ends. A `time` before
 * the session's start (or, without one, the first item's) that is at most 12 hours later across midnight is the
 * next day, as `timeAfter` reads it.
 */
export function itemTimes(session: Node | null | undefined, sessionStart: number | undefined): ItemTime[] {
  let cursor = sessionStart;
  let reference = sessionStart;
  return itemsOf(valueOf(session, 'items')).map((node) => {
    const written = minutesOf(scalarText(valueOf(node, 'time')));
    reference ??= written;
    const own = written === undefined || reference === undefined ? written : timeAfter(reference, written);
    const start = own ?? cursor;
    const duration = durationOf(valueOf(node, 'duration'));
    const end = start !== undefined && duration !== undefined ? start + duration : undefined;
    cursor = end;
    const item: ItemTime = { node, explicit: own !== undefined };
    if (start !== undefined) item.start = start;
    if (end !== undefined) item.end = end;
    return item;
  });
}

/** True for a `YYYY-MM-DD` date that exists in the calendar (not `2020-04-31`). */
export function isCalendarDate(text: string | undefined): text is string {
  if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

import type { Node } from 'yaml';
import { itemsOf, pairOf, scalarText, valueOf } from '../parse/nodes';

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
  /** From `end`; else `start` + `duration`; else, with neither written, the latest end of its timed items. */
  end?: number;
  /** Which of those gave `end`. */
  endFrom?: 'end' | 'duration' | 'items';
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
  if (start === undefined) return result;
  result.start = start;
  const end = minutesOf(scalarText(valueOf(session, 'end')));
  const duration = durationOf(valueOf(session, 'duration'));
  const itemEnds = items.map((item) => item.end).filter((e): e is number => e !== undefined);
  if (end !== undefined) [result.end, result.endFrom] = [end, 'end'];
  else if (duration !== undefined) [result.end, result.endFrom] = [start + duration, 'duration'];
  else if (pairOf(session, 'end') === undefined && pairOf(session, 'duration') === undefined && itemEnds.length) {
    [result.end, result.endFrom] = [itemEnds.reduce((a, b) => Math.max(a, b)), 'items'];
  }
  return result;
}

/** When one timed item runs: from its own `time`, or right after the item before; to `start + duration`. */
export interface ItemTime {
  node: Node | null;
  start?: number;
  end?: number;
  /** True when the start comes from the item's own `time`. */
  explicit: boolean;
}

/** The schedule of a session's items: each item starts at its `time` or when the one before ends. */
export function itemTimes(session: Node | null | undefined, sessionStart: number | undefined): ItemTime[] {
  let cursor = sessionStart;
  return itemsOf(valueOf(session, 'items')).map((node) => {
    const own = minutesOf(scalarText(valueOf(node, 'time')));
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

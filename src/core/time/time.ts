import type { Node } from 'yaml';
import { itemsOf, scalarText, valueOf } from '../parse/nodes';

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
  date?: string;
  start?: number;
  /** From `end`, or else from `start` plus `duration`. */
  end?: number;
  part?: string;
}

/** Reads a session's date, start, end (or start + duration) and part of the day. */
export function sessionTime(session: Node | null): SessionTime {
  const result: SessionTime = {};
  const date = scalarText(valueOf(session, 'date'));
  if (date !== undefined) result.date = date;
  const part = scalarText(valueOf(session, 'part'));
  if (part !== undefined) result.part = part;
  const start = minutesOf(scalarText(valueOf(session, 'start')));
  if (start === undefined) return result;
  result.start = start;
  const end = minutesOf(scalarText(valueOf(session, 'end')));
  const duration = durationOf(valueOf(session, 'duration'));
  if (end !== undefined) result.end = end;
  else if (duration !== undefined) result.end = start + duration;
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
export function itemTimes(session: Node | null, sessionStart: number | undefined): ItemTime[] {
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

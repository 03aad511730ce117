/**
 * When a session or item runs, on one timeline: minutes since midnight of the session's date, running past 1440
 * into the next day. Every face (the checks, the outline, the programme, the calendar, schedule.json, completion
 * and quick fixes) reads times through these rules, so that they agree on what a session holds.
 */

/** Minutes in a day. */
export const DAY_MINUTES = 24 * 60;

/** The longest a time written before the start may reach into the next day and still be read as the next day. */
export const OVERNIGHT_LIMIT = 12 * 60;

/** A stretch of a day's timeline: `end` may be equal to `start` (a moment) and past 1440 (the next day). */
export interface Extent {
  start: number;
  end: number;
}

/**
 * A clock time written after `start` (an item's `time`) on the session's timeline: a time before the start is the
 * next day when that is at most 12 hours after the start (a late session running past midnight), and is left
 * before the start otherwise (a mistake the checks report).
 */
export function timeAfter(start: number, time: number): number {
  return time < start && time + DAY_MINUTES - start <= OVERNIGHT_LIMIT ? time + DAY_MINUTES : time;
}

/** From this time a session starts in the evening: an end before noon after it is the next morning. */
const EVENING = 18 * 60;
const NOON = 12 * 60;

/**
 * A session's `end` on its timeline: as `timeAfter`; `00:00` (or `24:00`) after any later start is the midnight
 * that ends the day (`22:00`–`00:00` is two hours, never twenty-two); and an end in the morning after an evening
 * start is the next morning, however long the night (`19:30`–`08:30`, a hackathon's night, is thirteen hours).
 */
export function endAfter(start: number, end: number): number {
  if (end === 0 && start > 0) return DAY_MINUTES;
  if (end < start && start >= EVENING && end <= NOON) return end + DAY_MINUTES;
  return timeAfter(start, end);
}

/**
 * Whether two stretches of time share a moment: they overlap, or one of them is a moment at the start of the
 * other (a session with no known length still holds its room when it starts).
 */
export function extentsMeet(a: Extent, b: Extent): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

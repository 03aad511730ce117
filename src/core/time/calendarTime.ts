import { DateTime, IANAZone } from 'luxon';

/**
 * A wall-clock time on a date in a time zone (floating, in UTC's clock, without one). Minutes past midnight may
 * run into the next days; a time that a clock change skips moves forward, as clocks do.
 */
export function localDateTime(date: string, minutes: number, zone?: string): DateTime {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return DateTime.fromISO(date, { zone: zone ?? 'UTC' }).plus({ days }).set({ hour: Math.floor(rest / 60), minute: rest % 60 });
}

/**
 * The instants a session starts and ends, in a time zone (floating without one): its end is `end` minutes past
 * the midnight of its date (past 1440 on the next day), so a session across a daylight-saving change lasts what
 * the clocks say in elapsed time. A session whose written times fall in a clock change's gap (02:00–03:00 when
 * the clocks go from 02:00 to 03:00) keeps its written length from its start, never none. `end` undefined or not
 * after `start` gives a moment.
 */
export function sessionInstants(date: string, start: number, end: number | undefined, zone?: string): { start: DateTime; end: DateTime } {
  const from = localDateTime(date, start, zone);
  if (end === undefined || end <= start) return { start: from, end: from };
  const to = localDateTime(date, end, zone);
  return { start: from, end: to > from ? to : from.plus({ minutes: end - start }) };
}

/** True for a time zone the calendar arithmetic knows (an IANA name such as `Asia/Tokyo`, or `UTC`). */
export function isTimeZoneName(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

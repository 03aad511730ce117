import { DateTime } from 'luxon';

/**
 * A wall-clock time on a date in a time zone (floating, in UTC's clock, without one). Minutes past midnight may
 * run into the next days; a time that a clock change skips moves forward, as clocks do.
 */
export function localDateTime(date: string, minutes: number, zone?: string): DateTime {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return DateTime.fromISO(date, { zone: zone ?? 'UTC' }).plus({ days }).set({ hour: Math.floor(rest / 60), minute: rest % 60 });
}

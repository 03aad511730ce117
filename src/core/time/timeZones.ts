import { tzlib_get_timezones } from 'timezones-ical-library';

let zones: readonly string[] | undefined;

/**
 * The IANA time zones of the maintained tz data that `timezones-ical-library` bundles (the one the calendar export
 * takes its `VTIMEZONE`s from): current names such as `Asia/Kolkata` and `Europe/Kyiv`, which Node's
 * `Intl.supportedValuesOf('timeZone')` lacks, and the older names agendas may still use.
 */
export function ianaTimeZones(): readonly string[] {
  zones ??= tzlib_get_timezones() as string[];
  return zones;
}

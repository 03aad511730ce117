import { formatMinutes, isCalendarDate } from './time';

/**
 * The locale to format dates in for a language or locale: plain English is written the way the United Nations
 * writes it ("Friday, 24 April 2020"), a regional English (`en-US`) and other languages in their own CLDR form,
 * a locale Intl does not know as `en-GB`.
 */
export function dateLocale(language: string): string {
  const locale = language.toLowerCase() === 'en' ? 'en-GB' : language;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale]).length ? locale : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date format in UTC (dates of the agenda have no time zone), made once per locale and options. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** How each of the functions below writes a day. */
const DAY_STYLES = {
  day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  shortDay: { weekday: 'short', day: 'numeric', month: 'long' },
  briefDay: { weekday: 'short', day: 'numeric', month: 'short' },
  date: { day: 'numeric', month: 'long', year: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The most days of one locale and style remembered: far more than an agenda has, few enough to be no weight. */
const REMEMBERED_DAYS = 1000;

/** Days already written, by locale and style, then by date: an outline or a programme writes each day many times. */
const written = new Map<string, Map<string, string>>();

function format(date: string, locale: string, style: keyof typeof DAY_STYLES): string {
  const key = `${locale}|${style}`;
  let days = written.get(key);
  if (!days) written.set(key, (days = new Map()));
  let text = days.get(date);
  if (text === undefined) {
    text = isCalendarDate(date) ? dateFormat(locale, DAY_STYLES[style]).format(utc(date)) : date;
    if (days.size >= REMEMBERED_DAYS) days.clear();
    days.set(date, text);
  }
  return text;
}

/** A day as a heading: "Friday, 24 April 2020". Text that is not a date comes back as it is. */
export function formatDay(date: string, locale: string): string {
  return format(date, locale, 'day');
}

/** A day in a list: "Fri 24 April". */
export function formatShortDay(date: string, locale: string): string {
  return format(date, locale, 'shortDay');
}

/** A day in a short list: "Fri 24 Apr". */
export function formatBriefDay(date: string, locale: string): string {
  return format(date, locale, 'briefDay');
}

/** The dates of an event: "24–25 April 2020", "30 April–2 May 2020", or one day. */
export function formatDateRange(start: string | undefined, end: string | undefined, locale: string): string | undefined {
  if (!isCalendarDate(start)) return start ?? end;
  if (!isCalendarDate(end) || end <= start) return format(start, locale, 'date');
  return dateFormat(locale, DAY_STYLES.date).formatRange(utc(start), utc(end));
}

/** The long name of a time zone on a date, e.g. "Japan Standard Time", or undefined for an unknown zone. */
export function timeZoneName(timeZone: string, date: string | undefined, locale: string): string | undefined {
  const key = `${timeZone}|${date}|${locale}`;
  if (!zoneNames.has(key)) {
    if (zoneNames.size >= REMEMBERED_DAYS) zoneNames.clear();
    zoneNames.set(key, lookUpZoneName(timeZone, date, locale));
  }
  return zoneNames.get(key);
}

/** Names of time zones already looked up, by zone, date and locale (a formatter with a zone is slow to make). */
const zoneNames = new Map<string, string | undefined>();

function lookUpZoneName(timeZone: string, date: string | undefined, locale: string): string | undefined {
  try {
    const when = isCalendarDate(date) ? new Date(`${date}T12:00:00Z`) : new Date(0);
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' }).formatToParts(when);
    return parts.find((part) => part.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

/**
 * "10:00–13:00"; "17:30" for a moment (which ends when it starts) and when the end is unknown; undefined when the
 * start is.
 */
export function formatTimeRange(start: number | undefined, end: number | undefined): string | undefined {
  if (start === undefined) return undefined;
  return end === undefined || end === start ? formatMinutes(start) : `${formatMinutes(start)}\u2013${formatMinutes(end)}`;
}

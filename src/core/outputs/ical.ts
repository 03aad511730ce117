import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';
import type { Agenda } from '../base/agenda';
import { slug } from '../base/ids';
import type { ParsedAgenda } from '../parse/parse';
import { readProgramme, type Programme, type ProgrammePerson, type ProgrammeSession } from '../programme/programme';
import type { DateTime } from 'luxon';
import { isTimeZoneName, localDateTime, sessionInstants } from '../time/calendarTime';
import { formatMinutes, isCalendarDate } from '../time/time';
import { countryName } from '../words/countries';
import { dateLocale } from '../time/dates';
import { programmeLabels, type ProgrammeLabels } from '../words/labels';
import { localizer } from '../words/localize';
import { namesText } from '../words/text';
import { attendanceLines, attendanceWords } from './attendance';
import { markdownToPlainText } from './plainText';

/** How to write a calendar. */
export interface CalendarOptions {
  /** The language of the text (default: the first of `event.languages`). */
  language?: string;
  /** When the calendar is made (`DTSTAMP`); now by default. Fixed in tests for a byte-exact result. */
  stamp?: Date;
  /** Keep breaks and meals (sessions of format `break`), which a calendar leaves out by default. */
  includeBreaks?: boolean;
}

/** The name of the event in a session's summary: its short title, else its body, else its title. */
function eventName(programme: Programme): string | undefined {
  const { event } = programme;
  return event.shortTitle ?? event.body ?? event.title;
}

/**
 * A session's summary in a calendar, where it sits among the reader's other appointments: its title, followed by
 * the name of what it belongs to unless the title names it already: the workshop or side event it comes from in a
 * programme of files, else the event ("4th formal meeting — Committee X", "Electronic evidence — Workshop 1").
 */
export function sessionSummary(programme: Programme, session: ProgrammeSession): string {
  const title = session.title ?? session.id ?? '';
  const part = session.partOf && (session.partOf.shortTitle ?? session.partOf.title);
  const name = [part, eventName(programme)].find((n) => n !== undefined && !namesText(title, n));
  return name === undefined ? title : `${title} \u2014 ${name}`;
}

const STATUS: Record<string, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The calendar id (`UID`) of a session: stable as long as the event's and the session's ids are. */
export function sessionUid(eventKey: string, sessionId: string): string {
  return `${sessionId}.${eventKey}@agenda-author`;
}

/**
 * The key of an event in the ids of exports: its `id`, else its title (in its first language) and first day, so
 * that ids stay the same whatever language an export is written in.
 */
export function eventKey(agenda: Agenda): string {
  const event = agenda !== null && typeof agenda === 'object' ? agenda.event : undefined;
  const title = slug(localizer(agenda ?? {}).text(event?.title)).slice(0, 40).replace(/-+$/, '');
  return typeof event?.id === 'string' ? event.id : [title, event?.start].filter(Boolean).join('-') || 'event';
}

/** The site, city and country of the venue on one line, in the programme's language. */
export function venueLine(programme: Programme): string {
  const { site, city, country } = programme.event.venue;
  return [site, city, country ? countryName(country, programme.language) : undefined].filter(Boolean).join(programmeLabels(programme.language).comma);
}

/** The zones the tz data knows: asking it for another makes it write to the console. */
let knownZones: Set<string> | undefined;

/**
 * The `VTIMEZONE` of an IANA time zone, from the maintained tz data of `timezones-ical-library`. A zone that the
 * tz database links to another (`Europe/Amsterdam` to `Europe/Brussels`) keeps its own name as `TZID`.
 */
export function vtimezone(zone: string): string | undefined {
  knownZones ??= new Set(tzlib_get_timezones());
  if (!knownZones.has(zone)) return undefined;
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || typeof block[0] !== 'string') return undefined;
  return block[0].replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`);
}

function personLine(person: ProgrammePerson): string {
  const organization = person.organization?.acronym ?? person.organization?.name;
  return organization ? `${person.displayName} (${organization})` : person.displayName;
}

function describeSession(labels: ProgrammeLabels, session: ProgrammeSession, attendance: string[]): string {
  const labelled = (label: string, text: string) => `${label}${labels.colon}${text}`;
  const facts: string[] = [];
  const part = session.part === 'morning' || session.part === 'afternoon' || session.part === 'evening' ? labels[session.part] : undefined;
  if (session.start === undefined && part) facts.push(part);
  if (session.track?.known) facts.push(labelled(labels.track, session.track.title));
  if (session.agendaItems.length) {
    const items = session.agendaItems.map((ref) => [ref.number, ref.title, ref.continued ? `(${labels.continued})` : undefined].filter(Boolean).join(' '));
    facts.push(labelled(session.agendaItems.length > 1 ? labels.agendaItems : labels.agendaItem, items.join(labels.semicolon)));
  }
  if (session.chairs.length) facts.push(labelled(session.chairs.length > 1 ? labels.coChairs : labels.chair, session.chairs.map(personLine).join(labels.semicolon)));
  if (session.moderators.length) facts.push(labelled(labels.moderators, session.moderators.map(personLine).join(labels.semicolon)));
  if (session.speakers.length) facts.push(labelled(labels.speakers, session.speakers.map(personLine).join(labels.semicolon)));
  if (session.topics.length) facts.push(labelled(labels.topics, session.topics.map((t) => t.title).join(labels.semicolon)));
  const blocks = [facts.join('\n'), attendance.join('\n')];
  if (session.description) blocks.push(markdownToPlainText(session.description));
  if (session.items.length) {
    blocks.push([`${labels.programme}${labels.colon.trimEnd()}`, ...session.items.map((item) => {
      const time = item.start === undefined ? '' : `${formatMinutes(item.start)}${item.end === undefined || item.end === item.start ? '' : `–${formatMinutes(item.end)}`} `;
      const who = item.speakers.length ? item.speakers.map(personLine).join(labels.semicolon) : undefined;
      const authors = item.authors.length ? labelled(labels.authors, item.authors.map((person) => person.displayName).join(labels.comma)) : undefined;
      return `${time}${[item.title ?? '', who, authors, item.url].filter(Boolean).join(' \u2014 ')}`;
    })].join('\n'));
  }
  if (session.documents.length) {
    blocks.push([`${labels.documents}${labels.colon.trimEnd()}`, ...session.documents.map((d) => [d.symbol, d.title, d.url].filter(Boolean).join(' '))].join('\n'));
  }
  return blocks.filter(Boolean).join('\n\n');
}

/**
 * The agenda as an iCalendar file (RFC 5545): one `VEVENT` per session with a stable `UID`, its times in the
 * event's time zone (with its `VTIMEZONE`), title with the event's name, room and venue, chair, speakers, topics,
 * items, link and status. Breaks and meals are left out unless `includeBreaks`.
 * Sessions known only by their part of the day become all-day entries; without `event.timezone` times float.
 * It expects an agenda without errors: check it first.
 */
export function toICalendar(parsed: ParsedAgenda, options: CalendarOptions = {}): string {
  const programme = readProgramme(parsed, options.language === undefined ? {} : { language: options.language });
  const { event } = programme;
  const labels = programmeLabels(programme.language);
  const key = eventKey(parsed.value as Agenda);
  const declared = event.timezone !== undefined && isTimeZoneName(event.timezone) ? event.timezone : undefined;
  const zone = declared && vtimezone(declared) ? declared : undefined;
  const stamp = options.stamp ?? new Date();
  const venue = venueLine(programme);
  const locale = dateLocale(programme.language);
  // The calendar's own zone stays unnamed: ical-generator would otherwise write DTSTAMP in it instead of UTC.
  const calendar = ical({
    name: event.shortTitle ?? event.title ?? key,
    description: event.title ?? null,
    prodId: { company: 'Agenda Author', product: 'Agenda Author', language: programme.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (name) => vtimezone(name) ?? null },
  });
  if (event.url) calendar.url(event.url);
  for (const session of programme.days.flatMap((day) => day.sessions)) {
    if (!session.id || !isCalendarDate(session.date)) continue;
    if (session.format === 'break' && !options.includeBreaks) continue;
    const date = session.date;
    const inZone = (time: DateTime) => (zone || !declared ? time : time.toUTC());
    const instants = session.start === undefined ? undefined : sessionInstants(date, session.start, session.end, declared);
    const timed = instants && { start: inZone(instants.start), end: instants.end > instants.start ? inZone(instants.end) : null };
    const entry = calendar.createEvent({
      id: sessionUid(key, session.id),
      stamp,
      start: timed?.start ?? localDateTime(date, 0, declared),
      end: timed?.end ?? null,
      allDay: !timed,
      timezone: timed && zone ? zone : null,
      floating: !!timed && !declared,
      summary: sessionSummary(programme, session),
      description: describeSession(labels, session, attendanceLines(attendanceWords(session.attendance, labels, programme.language, locale), labels)),
      status: STATUS[session.status ?? 'confirmed'] ?? ICalEventStatus.CONFIRMED,
    });
    const { mode, online } = session.attendance;
    const onlineName = online ? [labels.modes.online, online.platform].filter(Boolean).join(' \u2014 ') : labels.modes.online;
    const place = mode === 'online' ? [onlineName] : [session.room, venue, mode === 'hybrid' ? onlineName : undefined];
    const location = place.filter(Boolean).join(labels.comma);
    if (location) entry.location(location);
    const url = (mode === 'online' || mode === 'hybrid' ? online?.url : undefined) ?? session.url ?? event.url;
    if (url) entry.url(url);
    if (session.partOf) entry.createCategory({ name: session.partOf.title });
    if (session.track?.known) entry.createCategory({ name: session.track.title });
  }
  return `${calendar.toString()}\r\n`;
}

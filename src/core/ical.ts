import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { ParsedAgenda } from './parse';
import { markdownToPlainText } from './plainText';
import { buildProgramme, localDateTime, type Programme, type ProgrammePerson, type ProgrammeSession } from './outputModel';
import { formatMinutes } from './time';

/** How to write a calendar. */
export interface CalendarOptions {
  /** The language of the text (default: the first of `event.languages`). */
  language?: string;
  /** When the calendar is made (`DTSTAMP`); now by default. Fixed in tests for a byte-exact result. */
  stamp?: Date;
}

const STATUS: Record<ProgrammeSession['status'], ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** The calendar id (`UID`) of a session: stable as long as the event's and the session's ids are. */
export function sessionUid(eventKey: string, sessionId: string): string {
  return `${sessionId}.${eventKey}@agenda-author`;
}

/**
 * The `VTIMEZONE` of an IANA time zone, from the maintained tz data of `timezones-ical-library`. A zone that the
 * tz database links to another (`Europe/Amsterdam` to `Europe/Brussels`) keeps its own name as `TZID`.
 */
export function vtimezone(zone: string): string | undefined {
  const block = tzlib_get_ical_block(zone);
  if (!Array.isArray(block) || typeof block[0] !== 'string') return undefined;
  return block[0].replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`);
}

function personLine(person: ProgrammePerson): string {
  return person.affiliation ? `${person.name} (${person.affiliation})` : person.name;
}

function describeSession(programme: Programme, session: ProgrammeSession): string {
  const { labels } = programme;
  const labelled = (label: string, text: string) => `${label}${labels.colon}${text}`;
  const facts: string[] = [];
  if (session.start === undefined && session.part) facts.push(labels[session.part]);
  if (session.chair) facts.push(labelled(labels.chair, personLine(session.chair)));
  if (session.moderators.length) facts.push(labelled(labels.moderators, session.moderators.map(personLine).join('; ')));
  if (session.speakers.length) facts.push(labelled(labels.speakers, session.speakers.map(personLine).join('; ')));
  if (session.topics.length) facts.push(labelled(labels.topics, session.topics.map((t) => t.title).join('; ')));
  const blocks = [facts.join('\n')];
  if (session.description) blocks.push(markdownToPlainText(session.description));
  if (session.items.length) {
    blocks.push([`${labels.programme}${labels.colon.trimEnd()}`, ...session.items.map((item) => {
      const time = item.start === undefined ? '' : `${formatMinutes(item.start)}${item.end === undefined ? '' : `–${formatMinutes(item.end)}`} `;
      const who = item.speakers.length ? ` (${item.speakers.map((p) => p.name).join(', ')})` : '';
      return `${time}${item.title}${who}`;
    })].join('\n'));
  }
  if (session.documents.length) {
    blocks.push([`${labels.documents}${labels.colon.trimEnd()}`, ...session.documents.map((d) => [d.symbol, d.title, d.url].filter(Boolean).join(' '))].join('\n'));
  }
  return blocks.filter(Boolean).join('\n\n');
}

/**
 * The agenda as an iCalendar file (RFC 5545): one `VEVENT` per session with a stable `UID`, its times in the
 * event's time zone (with its `VTIMEZONE`), title, room and venue, chair, speakers, topics, items, link and status.
 * Sessions known only by their part of the day become all-day entries; without `event.timezone` times float.
 * It expects an agenda without errors: check it first.
 */
export function toICalendar(parsed: ParsedAgenda, options: CalendarOptions = {}): string {
  const programme = buildProgramme(parsed, options.language);
  const declared = programme.timezone;
  const zone = declared && vtimezone(declared) ? declared : undefined;
  const stamp = options.stamp ?? new Date();
  // The calendar's own zone stays unnamed: ical-generator would otherwise write DTSTAMP in it instead of UTC.
  const calendar = ical({
    name: programme.shortTitle ?? programme.title,
    description: programme.title,
    prodId: { company: 'Agenda Author', product: 'Agenda Author', language: programme.localizer.language.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (name) => vtimezone(name) ?? null },
  });
  if (programme.url) calendar.url(programme.url);
  for (const session of programme.sessions) {
    const at = (minutes: number) => {
      const time = localDateTime(session.date, minutes, declared);
      return zone || !declared ? time : time.toUTC();
    };
    const timed = session.start === undefined ? undefined : { start: at(session.start), end: session.end === undefined ? null : at(session.end) };
    const event = calendar.createEvent({
      id: sessionUid(programme.eventKey, session.id),
      stamp,
      start: timed?.start ?? localDateTime(session.date, 0, declared),
      end: timed?.end ?? null,
      allDay: !timed,
      timezone: timed && zone ? zone : null,
      floating: !!timed && !declared,
      summary: session.title,
      description: describeSession(programme, session),
      status: STATUS[session.status],
    });
    const location = [session.room, programme.venue].filter(Boolean).join(', ');
    if (location) event.location(location);
    const url = session.url ?? programme.url;
    if (url) event.url(url);
  }
  return `${calendar.toString()}\r\n`;
}

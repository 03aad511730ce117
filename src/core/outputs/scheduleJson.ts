import { v5 as uuidv5 } from 'uuid';
import type { Agenda } from '../base/agenda';
import type { ParsedAgenda } from '../parse/parse';
import { readProgramme, type ProgrammePerson, type ProgrammeSession } from '../programme/programme';
import { normalRoom } from '../programme/rooms';
import type { DateTime } from 'luxon';
import { isTimeZoneName, localDateTime, sessionInstants } from '../time/calendarTime';
import { formatMinutes, isCalendarDate } from '../time/time';
import { programmeLabels, type ProgrammeLabels } from '../words/labels';
import { safeUrl } from './html';
import { eventKey, sessionUid } from './ical';

/** A person of a `schedule.json` event, in the form pretalx writes (`name`, and a `guid`). */
export interface SchedulePerson {
  guid: string;
  name: string;
  /** A web page about the person. */
  url?: string;
  /** Their biography (Markdown). */
  biography?: string;
  /** The web address of their photo. */
  avatar?: string;
}

/** An event of a `schedule.json` day and room: one session of the agenda. */
export interface ScheduleEvent {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: SchedulePerson[];
  links: { type: 'paper' | 'web'; url: string; title: string }[];
}

export interface ScheduleDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, ScheduleEvent[]>;
}

/** The frab/c3voc `schedule.json` (version 1 of the format, https://c3voc.de/schedule/schema.json). */
export interface ScheduleJson {
  $schema: string;
  generator: { name: string; version: string };
  schedule: {
    version: string;
    conference: {
      acronym: string;
      title: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name?: string;
      url?: string;
      rooms: { name: string; guid: string }[];
      tracks: { name: string; slug: string; color?: string }[];
      days: ScheduleDay[];
    };
  };
}

export interface ScheduleJsonOptions {
  /** The language of the text (default: the first of `event.languages`). */
  language?: string;
  /** The program that wrote the file, for the `generator` field. */
  generator?: { name: string; version: string };
  /**
   * Make each timed item (a paper, a talk) an event of its own, in its session's room, in place of a session whose
   * items all have times.
   */
  itemsAsEvents?: boolean;
}

/** A session left out of the schedule, and why (cancelled, or no start time yet). */
export interface SkippedSession {
  id: string;
  reason: string;
}

export type ScheduleJsonResult = { json: ScheduleJson; skipped: SkippedSession[] } | { problem: string };

/** The time zone names the format's schema accepts (its pattern, as published). */
const SCHEMA_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/;
const SCHEMA_ACRONYM = /^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/;

/** A stable UUID (version 5) for a name: the same agenda always gives the same ids. */
function guid(name: string): string {
  return uuidv5(name.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'), uuidv5.URL);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function hoursMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function acronymOf(key: string, start: string): string {
  const acronym = key.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  return SCHEMA_ACRONYM.test(acronym) ? acronym : `${acronym}_${start.slice(0, 4)}`;
}

/** The most days a schedule.json holds: a year and a day. */
const MAX_DAYS = 366;

function datesBetween(start: string, end: string): string[] {
  const dates: string[] = [];
  if (!isCalendarDate(start)) return dates;
  for (let day = localDateTime(start, 0); dates.length < MAX_DAYS; day = day.plus({ days: 1 })) {
    const date = day.toISODate() ?? start;
    if (date > end) break;
    dates.push(date);
  }
  return dates;
}

/**
 * Lanes for sessions without a room, so that no two at the same time share one: each session (in time order) takes
 * the first lane free when it starts.
 */
function roomlessLanes<S extends { date: string; start: number }>(sessions: readonly S[], endOf: (session: S) => number): Map<S, number> {
  const lanes = new Map<S, number>();
  const free: { date: string; end: number }[] = [];
  for (const session of sessions) {
    let lane = free.findIndex((f) => f.date !== session.date || f.end <= session.start);
    if (lane < 0) lane = free.push({ date: session.date, end: 0 }) - 1;
    free[lane] = { date: session.date, end: Math.max(endOf(session), session.start + 1) };
    lanes.set(session, lane);
  }
  return lanes;
}

/** The link to join a session online or in both ways, as a schedule.json link. */
function joinLinks(session: ProgrammeSession, labels: ProgrammeLabels): ScheduleEvent['links'] {
  const { mode, online } = session.attendance;
  if ((mode !== 'online' && mode !== 'hybrid') || !online?.url || !safeUrl(online.url)) return [];
  return [{ type: 'web', url: online.url.trim(), title: online.platform ? `${labels.joinOnline} (${online.platform})` : labels.joinOnline }];
}

/**
 * The agenda as a frab/c3voc `schedule.json` (conference, days, rooms, events with persons), the form that
 * pretalx and frab export and that schedule apps and video teams read. Times carry the event's UTC offset, so
 * it needs `event.timezone`. Cancelled sessions and sessions without a start time are left out and listed in
 * `skipped`. It expects an agenda without errors: check it first.
 */
export function toScheduleJson(parsed: ParsedAgenda, options: ScheduleJsonOptions = {}): ScheduleJsonResult {
  const programme = readProgramme(parsed, options.language === undefined ? {} : { language: options.language });
  const { event: conferenceEvent, language } = programme;
  const zone = conferenceEvent.timezone;
  if (!zone) return { problem: 'schedule.json gives every time with its UTC offset: add `event.timezone` (such as `Asia/Tokyo`) to the agenda.' };
  if (!isTimeZoneName(zone)) return { problem: `schedule.json gives every time with its UTC offset: \`${zone}\` is not a time zone such as \`Asia/Tokyo\`.` };
  const agenda = parsed.value as Agenda;
  const key = eventKey(agenda);
  const start = conferenceEvent.start ?? '';
  const end = conferenceEvent.end ?? start;
  const labels = programmeLabels(language);
  const iso = (time: DateTime) => time.toISO({ suppressMilliseconds: true }) ?? '';
  const skipped: SkippedSession[] = [];
  type TimedSession = ProgrammeSession & { id: string; date: string; start: number };
  const timed: TimedSession[] = [];
  const dates = datesBetween(start, end);
  const lastDate = dates[dates.length - 1];
  for (const session of programme.days.flatMap((day) => day.sessions)) {
    const id = session.id ?? String(session.index + 1);
    if (session.status === 'cancelled') skipped.push({ id, reason: 'it is cancelled' });
    else if (session.start === undefined || session.date === undefined) skipped.push({ id, reason: 'it has no start time yet' });
    else if (!isCalendarDate(session.date)) skipped.push({ id, reason: `its date (${session.date}) is not in the calendar` });
    else if (lastDate !== undefined && session.date > lastDate && end > lastDate) {
      skipped.push({ id, reason: `it is more than ${MAX_DAYS} days after the event starts, the most a schedule.json holds` });
    } else if (dates.length && (session.date < start || session.date > end)) {
      skipped.push({ id, reason: `its date (${session.date}) is outside the event's dates` });
    } else timed.push({ ...session, id, date: session.date, start: session.start });
  }
  const instantsOf = (session: TimedSession) => sessionInstants(session.date, session.start, session.end, zone);
  const endOf = (session: TimedSession) => (session.end !== undefined && session.end > session.start ? session.end : session.start);
  const names = new Map<string, string>(programme.rooms.map((room) => [normalRoom(room.id), room.name]));
  for (const session of timed) if (session.roomKey !== undefined && !names.has(session.roomKey)) names.set(session.roomKey, session.room ?? session.roomKey);
  const placeOf = (session: TimedSession) => (session.track?.known ? session.track.title
    : session.attendance.mode === 'online' ? labels.modes.online : labels.roomToBeAnnounced);
  const roomless = timed.filter((s) => s.roomKey === undefined);
  const lanes = new Map<TimedSession, { lane: number; of: number }>();
  for (const place of new Set(roomless.map(placeOf))) {
    const inPlace = roomlessLanes(roomless.filter((s) => placeOf(s) === place), endOf);
    const of = Math.max(0, ...inPlace.values()) + 1;
    for (const [session, lane] of inPlace) lanes.set(session, { lane, of });
  }
  const roomOf = (session: TimedSession) => {
    const named = session.roomKey === undefined ? undefined : names.get(session.roomKey);
    if (named !== undefined) return named;
    const { lane, of } = lanes.get(session) ?? { lane: 0, of: 1 };
    return of > 1 ? `${placeOf(session)} ${lane + 1}` : placeOf(session);
  };
  const rooms = [...new Set([...programme.rooms.map((room) => room.name), ...timed.map(roomOf)])];
  const people = new Map((Array.isArray(agenda?.people) ? agenda.people : []).flatMap((p) => (p !== null && typeof p === 'object' ? [[p.id, p] as const] : [])));
  /** A session's track: its own, else the workshop or side event it comes from in a programme of files, else its first topic. */
  const trackOf = (session: TimedSession): { id: string; title: string; color?: string } | undefined => (session.track?.known ? session.track : session.partOf ?? session.topics[0]);
  const tracks = new Map<string, ScheduleJson['schedule']['conference']['tracks'][number]>();
  for (const track of timed.map(trackOf)) {
    if (track && !tracks.has(track.id)) tracks.set(track.id, { name: track.title, slug: track.id, ...(track.color ? { color: track.color } : {}) });
  }

  const personsOf = (named: (ProgrammePerson | undefined)[]): SchedulePerson[] => {
    const persons = new Map<string, SchedulePerson>();
    for (const person of named) {
      if (!person || persons.has(person.id)) continue;
      const email = people.get(person.id)?.email;
      const entry: SchedulePerson = { guid: guid(email ? `acct:${email}` : `${person.id}.${key}@agenda-author`), name: person.displayName };
      if (person.url && safeUrl(person.url)) entry.url = person.url.trim();
      if (person.bio) entry.biography = person.bio;
      if (person.photo && safeUrl(person.photo)) entry.avatar = person.photo.trim();
      persons.set(person.id, entry);
    }
    return [...persons.values()];
  };

  /** The fields of an event that say which it is and when: its ids from a name, its times from its instants. */
  const identity = (name: string, session: TimedSession, instants: { start: DateTime; end: DateTime }) => {
    const id = guid(name);
    return {
      guid: id,
      id: Number.parseInt(id.slice(0, 7), 16) + 1,
      date: iso(instants.start),
      start: instants.start.toFormat('HH:mm'),
      end: iso(instants.end),
      duration: hoursMinutes(Math.round(instants.end.diff(instants.start, 'minutes').minutes)),
      room: roomOf(session),
      url: session.url ?? conferenceEvent.url ?? `urn:uuid:${id}`,
      track: trackOf(session)?.title ?? null,
      language,
    };
  };

  const itemEvents = (session: TimedSession): ScheduleEvent[] => session.items.map((item, i) => ({
    ...identity(`${i + 1}.${sessionUid(key, session.id)}`, session, sessionInstants(session.date, item.start ?? session.start, item.end, zone)),
    slug: `${key}-${session.id}-${i + 1}`,
    title: item.title ?? `${session.title ?? session.id} ${i + 1}`,
    subtitle: session.title ?? '',
    type: item.kind ?? 'other',
    abstract: item.description?.trim() ?? '',
    description: '',
    persons: personsOf(item.speakers),
    links: [],
  }));
  const asItems = (session: TimedSession) => options.itemsAsEvents === true && session.items.length > 0
    && session.items.every((item) => item.start !== undefined && item.end !== undefined && item.end > item.start);

  const event = (session: TimedSession): ScheduleEvent => {
    const persons = personsOf([...session.chairs, ...session.moderators, ...session.speakers, ...session.items.flatMap((i) => i.speakers)]);
    const items = session.items.map((item) => [item.start === undefined ? '' : `${formatMinutes(item.start)} `, item.title ?? '',
      item.speakers.length ? ` (${item.speakers.map((person) => person.displayName).join(', ')})` : ''].join(''));
    return {
      ...identity(sessionUid(key, session.id), session, instantsOf(session)),
      slug: `${key}-${session.id}`,
      title: session.title ?? session.id,
      subtitle: '',
      type: session.format ?? 'other',
      abstract: session.description?.trim() ?? '',
      description: items.join('\n'),
      persons,
      links: [
        ...joinLinks(session, labels),
        ...session.documents.flatMap((d) => d.url ? [{ type: 'paper' as const, url: d.url, title: [d.symbol, d.title].filter(Boolean).join(' ') }] : []),
      ],
    };
  };

  const days = dates.map((date, i): ScheduleDay => {
    const sessions = timed.filter((s) => s.date === date);
    const lastEnd = Math.max(24 * 60 - 1, ...sessions.map(endOf));
    return {
      index: i + 1,
      date,
      day_start: iso(localDateTime(date, 0, zone)),
      day_end: iso(localDateTime(date, lastEnd, zone)),
      rooms: Object.fromEntries(rooms.map((room) => [room, sessions.filter((s) => roomOf(s) === room).flatMap((s) => (asItems(s) ? itemEvents(s) : [event(s)]))])),
    };
  });
  const marks = timed.flatMap((s) => [s.start, endOf(s)]);
  const slot = marks.reduce(gcd, 15);
  const conference: ScheduleJson['schedule']['conference'] = {
    acronym: acronymOf(key, start),
    title: conferenceEvent.title ?? key,
    start,
    end,
    daysCount: dates.length,
    timeslot_duration: hoursMinutes(slot),
    rooms: rooms.map((name) => ({ name, guid: guid(`room:${name}.${key}@agenda-author`) })),
    tracks: [...tracks.values()],
    days,
  };
  if (SCHEMA_TIME_ZONE.test(zone)) conference.time_zone_name = zone;
  if (conferenceEvent.url) conference.url = conferenceEvent.url;
  return {
    json: {
      $schema: 'https://c3voc.de/schedule/schema.json',
      generator: options.generator ?? { name: 'agenda-author', version: '0' },
      schedule: { version: '1.0', conference },
    },
    skipped,
  };
}

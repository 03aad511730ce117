import { DateTime } from 'luxon';
import type { Node } from 'yaml';
import type { Agenda, AgendaDocument, AgendaPerson, SessionStatus } from './agenda';
import { countryName } from './countries';
import { outputLabels, type OutputLabels } from './outputLabels';
import { localizer, type Localizer } from './localize';
import { itemsOf, valueOf } from './nodes';
import type { ParsedAgenda } from './parse';
import { slug } from './schema';
import { itemTimes, sessionTime } from './time';

/** A person as a programme names them: honorific and name, and the organisation they belong to. */
export interface ProgrammePerson {
  id: string;
  /** Honorific and name: `H.E. Jane Doe`. */
  name: string;
  position?: string;
  /** The acronym of their organisation, or its name when it has none. */
  affiliation?: string;
}

export interface ProgrammeDocument {
  symbol?: string;
  title: string;
  url?: string;
}

/** A timed item of a session, with its times worked out (minutes since midnight). */
export interface ProgrammeItem {
  title: string;
  kind?: string;
  start?: number;
  end?: number;
  speakers: ProgrammePerson[];
  description?: string;
}

/** A session in one language, with its times worked out and its people and topics resolved. */
export interface ProgrammeSession {
  /** Its position in the agenda's `sessions`. */
  index: number;
  id: string;
  title: string;
  date: string;
  part?: 'morning' | 'afternoon' | 'evening';
  /** Minutes since midnight, local to the event's time zone. */
  start?: number;
  /** From `end`, `start + duration`, or else the end of its last timed item. */
  end?: number;
  room?: string;
  format?: string;
  status: SessionStatus;
  url?: string;
  chair?: ProgrammePerson;
  moderators: ProgrammePerson[];
  speakers: ProgrammePerson[];
  topics: { id: string; title: string }[];
  description?: string;
  documents: ProgrammeDocument[];
  items: ProgrammeItem[];
}

/** An agenda in one language, as exports read it: the event's fields as text, the sessions in time order. */
export interface Programme {
  agenda: Agenda;
  localizer: Localizer;
  labels: OutputLabels;
  /** The event's `id`, or else a key made of its title (in its first language) and first day: for stable ids. */
  eventKey: string;
  title: string;
  shortTitle?: string;
  description?: string;
  timezone?: string;
  start: string;
  end: string;
  url?: string;
  /** Site, city and country of the venue, as one line. */
  venue?: string;
  sessions: ProgrammeSession[];
}

/** Where sessions known only by their part of the day sort among timed ones. */
const PART_START: Record<string, number> = { morning: 0, afternoon: 12 * 60, evening: 17 * 60 };

function optional(text: string): string | undefined {
  return text.trim() ? text : undefined;
}

/**
 * The programme of an agenda in one language (the first of `event.languages` by default). It expects an agenda
 * without errors: check it first.
 */
export function buildProgramme(parsed: ParsedAgenda, language?: string): Programme {
  const agenda = parsed.value as Agenda;
  const l = localizer(agenda, language);
  const t = (value: unknown) => optional(l.text(value));
  const organizations = new Map((agenda.organizations ?? []).map((o) => [o.id, o]));
  const people = new Map((agenda.people ?? []).map((p) => [p.id, p]));
  const topics = new Map((agenda.topics ?? []).map((topic) => [topic.id, topic]));

  const person = (id: string): ProgrammePerson => {
    const found: AgendaPerson | undefined = people.get(id);
    if (!found) return { id, name: id };
    const result: ProgrammePerson = { id, name: [found.honorific, found.name].filter(Boolean).join(' ') };
    const position = t(found.position);
    if (position) result.position = position;
    const organization = found.affiliation ? organizations.get(found.affiliation) : undefined;
    const affiliation = organization ? t(organization.acronym) ?? t(organization.name) : undefined;
    if (affiliation) result.affiliation = affiliation;
    return result;
  };
  const document = (d: AgendaDocument): ProgrammeDocument => {
    const result: ProgrammeDocument = { title: l.text(d.title) };
    if (d.symbol) result.symbol = d.symbol;
    if (d.url) result.url = d.url;
    return result;
  };

  const nodes = itemsOf(valueOf(parsed.doc.contents, 'sessions'));
  const sessions = agenda.sessions.map((s, index): ProgrammeSession => {
    const node: Node | null = nodes[index] ?? null;
    const time = sessionTime(node);
    const items = itemTimes(node, time.start).map((timing, i): ProgrammeItem => {
      const item = s.items?.[i];
      const result: ProgrammeItem = { title: l.text(item?.title), speakers: (item?.speakers ?? []).map(person) };
      if (item?.kind) result.kind = item.kind;
      if (timing.start !== undefined) result.start = timing.start;
      if (timing.end !== undefined) result.end = timing.end;
      const description = t(item?.description);
      if (description) result.description = description;
      return result;
    });
    const session: ProgrammeSession = {
      index,
      id: s.id,
      title: l.text(s.title),
      date: s.date,
      status: s.status ?? 'confirmed',
      moderators: (s.moderators ?? []).map(person),
      speakers: (s.speakers ?? []).map(person),
      topics: (s.topics ?? []).map((id) => ({ id, title: l.text(topics.get(id)?.title) || id })),
      documents: (s.documents ?? []).map(document),
      items,
    };
    if (s.part) session.part = s.part;
    if (time.start !== undefined) session.start = time.start;
    const lastEnd = items.length ? items[items.length - 1].end : undefined;
    const end = time.end ?? lastEnd;
    if (end !== undefined) session.end = end;
    const room = t(s.room);
    if (room) session.room = room;
    if (s.format) session.format = s.format;
    if (s.url) session.url = s.url;
    if (s.chair) session.chair = person(s.chair);
    const description = t(s.description);
    if (description) session.description = description;
    return session;
  });
  const sortKey = (s: ProgrammeSession) => s.start ?? PART_START[s.part ?? 'morning'];
  sessions.sort((a, b) => a.date.localeCompare(b.date) || sortKey(a) - sortKey(b) || a.index - b.index);

  const event = agenda.event;
  const venue = [t(event.venue?.site), t(event.venue?.city), event.venue?.country ? countryName(event.venue.country, l.language) : undefined]
    .filter(Boolean).join(', ');
  const programme: Programme = {
    agenda,
    localizer: l,
    labels: outputLabels(l.language),
    eventKey: event.id ?? [slug(localizer(agenda).text(event.title)).slice(0, 40).replace(/-+$/, ''), event.start].filter(Boolean).join('-'),
    title: l.text(event.title),
    start: event.start,
    end: event.end,
    sessions,
  };
  const shortTitle = t(event.shortTitle);
  if (shortTitle) programme.shortTitle = shortTitle;
  const description = t(event.description);
  if (description) programme.description = description;
  if (event.timezone) programme.timezone = event.timezone;
  if (event.url) programme.url = event.url;
  if (venue) programme.venue = venue;
  return programme;
}

/**
 * A wall-clock time on a date in a time zone (floating, in UTC's clock, without one). Minutes past midnight may
 * run into the next days; a time that a clock change skips moves forward, as clocks do.
 */
export function localDateTime(date: string, minutes: number, zone?: string): DateTime {
  const days = Math.floor(minutes / 1440);
  const rest = minutes - days * 1440;
  return DateTime.fromISO(date, { zone: zone ?? 'UTC' }).plus({ days }).set({ hour: Math.floor(rest / 60), minute: rest % 60 });
}

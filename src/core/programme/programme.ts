import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { slug, UniqueIds } from '../base/ids';
import type { AgendaEntities } from '../parse/entities';
import { eventAgendaItems, sessionAgendaItems } from '../parse/agendaItems';
import { itemsOf, pairsOf, scalarText, valueOf } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { localizer, type Localizer } from '../words/localize';
import { personDisplayName } from '../words/people';
import { textOf } from '../words/text';
import { programmeOf, type ModelSession, type ProgrammeModel } from './model';
import { roomKey, roomsOf, type RoomDefinition } from './rooms';
import { sessionSource, type SessionSource } from './sessionSources';
import { DAY_MINUTES } from '../time/extent';

/** The day after a `YYYY-MM-DD` date. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
}

/** Sets on `target` each of `fields` that is defined (an optional field is left out, never set to undefined); returns `target`. */
function withDefined<T extends object>(target: T, fields: Partial<T>): T {
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined) target[key] = value as T[typeof key];
  }
  return target;
}

/** 0-based lines of the keys of a mapping in the source, by key: where each field of an entry is written. */
export type KeyLines = Readonly<Record<string, number>>;

/** An organisation as the programme prints it; `known` is false for an id that no entry defines. */
export interface ProgrammeOrganization {
  id: string;
  name: string;
  acronym?: string;
  url?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  known: boolean;
  /** The line of the reference to it. */
  line?: number;
}

/** A person named in a session, resolved from their id, with the line of that mention. */
export interface ProgrammePerson {
  id: string;
  name: string;
  /** Honorific and name, as every face names the person (`personDisplayName`); the id when nothing defines them. */
  displayName: string;
  honorific?: string;
  position?: string;
  organization?: ProgrammeOrganization;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  /** Markdown. */
  bio?: string;
  /** The web address of a photo. */
  photo?: string;
  url?: string;
  known: boolean;
  line?: number;
}

/**
 * A document of the event or of a session: written in place, or named by the `id` of an entry of the top-level
 * `documents` (then read from that entry; `known` is false for an id that no entry has).
 */
export interface ProgrammeDocument {
  id?: string;
  symbol?: string;
  title?: string;
  url?: string;
  known: boolean;
  /** Where it is listed (the id's line for a document named by id). */
  line: number;
}

/** An item of a session, with its computed start and end (minutes since midnight); neither for an untimed item. */
export interface ProgrammeItem {
  title?: string;
  kind?: string;
  start?: number;
  end?: number;
  /** True for a `kind: moment`: a point in time with no length (its `end` is its `start`). */
  moment?: true;
  /** Who presents. */
  speakers: ProgrammePerson[];
  /** Who wrote the work presented, apart from who presents it. */
  authors: ProgrammePerson[];
  url?: string;
  description?: string;
  line: number;
  lines: KeyLines;
}

/** A track as the agenda defines it. */
export interface ProgrammeTrack {
  id: string;
  title: string;
  /** `#RRGGBB` or `#RGB`, as written. */
  color?: string;
  known: boolean;
  line?: number;
}

/** An agenda item a session takes up, by its number in `event.agendaItems`, with that item's title. */
export interface ProgrammeAgendaItemRef {
  number: string;
  title?: string;
  /** True for `{item: ..., continued: true}`: the session continues the item from an earlier session. */
  continued: boolean;
  known: boolean;
  line?: number;
}

/** How people attend the event or a session: in person, online or both, with where to join and register. */
export interface ProgrammeAttendance {
  /** `in-person`, `online` or `hybrid`. */
  mode?: string;
  online?: { url?: string; platform?: string };
  registration?: { url?: string; deadline?: string };
  /** Codes of the languages interpreted into (ISO 639-1, and ISO 639-3 for sign languages such as `ils`). */
  interpretation: string[];
}

/** A topic as a session lists it. */
export interface ProgrammeTopicRef {
  id: string;
  title: string;
  known: boolean;
  line?: number;
}

/** A room of the `rooms` registry, its texts in the programme's language. */
export interface ProgrammeRoom {
  id: string;
  name: string;
  capacity?: number;
  floor?: string;
  line: number;
}

/** The agenda of a programme of files that a session comes from, when it is not the root's: a workshop, a side event. */
export interface ProgrammePart {
  /** A key that stays the same in every language: that agenda's `event.id`, else a slug of its file's path. */
  id: string;
  /** Its event's title (else its short title). */
  title: string;
  shortTitle?: string;
}

/** One session, every field resolved as far as the agenda allows. */
export interface ProgrammeSession {
  /** Its position in `sessions`. */
  index: number;
  /** A unique HTML id for links to it. */
  anchor: string;
  id?: string;
  title?: string;
  date?: string;
  start?: number;
  end?: number;
  part?: string;
  /** The room's name: the registry's `name` where `room` is the id of an entry of `rooms`, else the text written. */
  room?: string;
  /** The room as every face tells rooms apart (`roomKey`): `Hall A` and `hall  a` are one room. */
  roomKey?: string;
  track?: ProgrammeTrack;
  format?: string;
  status?: string;
  /** The first of `chairs`. */
  chair?: ProgrammePerson;
  /** Who chairs: one person, or co-chairs (`chair` given as a list). */
  chairs: ProgrammePerson[];
  /** The date the session ends on when it runs past midnight (`end` is then past 1440): the day after `date`. */
  endDate?: string;
  /** True for a `format: moment`: a point in time with no length. */
  moment?: true;
  agendaItems: ProgrammeAgendaItemRef[];
  /**
   * How people attend: the session's own `mode`, `online`, `registration` and `interpretation`, each, when the
   * session does not give it, the event's.
   */
  attendance: ProgrammeAttendance;
  moderators: ProgrammePerson[];
  speakers: ProgrammePerson[];
  topics: ProgrammeTopicRef[];
  description?: string;
  url?: string;
  documents: ProgrammeDocument[];
  items: ProgrammeItem[];
  /** The agenda it comes from, in a programme merged from several files (`programmeAgenda`). */
  partOf?: ProgrammePart;
  line: number;
  lines: KeyLines;
}

/** The sessions of one date, in time order; `date` is undefined for sessions without one. */
export interface ProgrammeDay {
  date?: string;
  sessions: ProgrammeSession[];
}

/** A topic with the sessions that cover it, in programme order. */
export interface ProgrammeTopic {
  id: string;
  anchor: string;
  title: string;
  description?: string;
  sessions: ProgrammeSession[];
  line: number;
}

/** An agenda item of the parent meeting. */
export interface ProgrammeAgendaItem {
  number?: string;
  title?: string;
  line: number;
}

/** The event, with its organisers and partners resolved. */
export interface ProgrammeEvent {
  title?: string;
  shortTitle?: string;
  series?: string;
  body?: string;
  description?: string;
  agendaItems: ProgrammeAgendaItem[];
  venue: { site?: string; city?: string; country?: string };
  timezone?: string;
  start?: string;
  end?: string;
  languages: string[];
  organizers: ProgrammeOrganization[];
  partners: ProgrammeOrganization[];
  url?: string;
  documents: ProgrammeDocument[];
  attendance: ProgrammeAttendance;
  line?: number;
  lines: KeyLines;
  venueLines: KeyLines;
}

/** An agenda read for printing: the event, the days with their sessions in time order, and the topics. */
export interface Programme {
  /** The language the texts were chosen in (ISO 639-1). */
  language: string;
  direction: 'ltr' | 'rtl';
  /** Where the top-level keys (`event`, `topics`, `sessions`...) are written. */
  lines: KeyLines;
  event: ProgrammeEvent;
  days: ProgrammeDay[];
  topics: ProgrammeTopic[];
  /** The tracks of `tracks`, in file order. */
  tracks: ProgrammeTrack[];
  /** The rooms of the `rooms` registry, in its order (empty without one). */
  rooms: ProgrammeRoom[];
}

/** Options for reading a programme. */
export interface ProgrammeOptions {
  /** The language to print texts given in several languages; default: the event's first language (see `localizer`). */
  language?: string;
}

class ProgrammeReader {
  private readonly model: ProgrammeModel;
  private readonly entities: AgendaEntities;
  private readonly root: Node | null;
  private readonly languages: string[];
  private readonly anchors = new UniqueIds('-');
  private readonly localizer: Localizer;
  /** Each person's entry as the programme prints it, without the line of a mention: a person is named many times. */
  private readonly personEntries = new Map<string, ProgrammePerson>();
  /** The numbered items of `event.agendaItems`, read when a session first names one. */
  private eventItems: ReturnType<typeof eventAgendaItems> | undefined;

  constructor(private readonly parsed: ParsedAgenda, options: ProgrammeOptions) {
    this.root = parsed.doc.contents as Node | null;
    this.model = programmeOf(parsed);
    this.entities = this.model.entities;
    this.localizer = localizer(parsed.value, options.language);
    this.languages = [this.localizer.language, ...this.localizer.fallbacks];
  }

  line(node: Node | null | undefined): number | undefined {
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : this.parsed.lines.positionAt(offset).line;
  }

  keyLines(map: unknown): KeyLines {
    const lines: Record<string, number> = {};
    for (const pair of pairsOf(map)) {
      const key = scalarText(pair.key);
      const line = this.line(pair.key);
      if (key !== undefined && line !== undefined && !(key in lines)) lines[key] = line;
    }
    return lines;
  }

  text(map: unknown, key: string): string | undefined {
    const text = textOf(valueOf(map, key), this.languages)?.trim();
    return text ? text : undefined;
  }

  plain(map: unknown, key: string): string | undefined {
    const text = scalarText(valueOf(map, key))?.trim();
    return text ? text : undefined;
  }

  /** The texts (`text`) or plain values (`plain`) of some keys of a mapping, by key; undefined where there is none. */
  fields<K extends string>(map: unknown, keys: readonly K[], read: 'text' | 'plain' = 'text'): Partial<Record<K, string>> {
    const fields: Partial<Record<K, string>> = {};
    for (const key of keys) fields[key] = this[read](map, key);
    return fields;
  }

  strings(seq: unknown): string[] {
    return itemsOf(seq).map(scalarText).filter((s): s is string => s !== undefined);
  }

  anchor(prefix: string, id: string | undefined, index: number): string {
    const base = `${prefix}-${id && /^[A-Za-z0-9_-]+$/.test(id) ? id : String(index + 1)}`;
    return this.anchors.take(base);
  }

  organization(ref: Node | null): ProgrammeOrganization | undefined {
    const id = scalarText(ref);
    if (id === undefined) return undefined;
    const definition = this.entities.byId.organization.get(id)?.node;
    return withDefined<ProgrammeOrganization>({ id, name: this.text(definition, 'name') ?? id, known: definition !== undefined }, {
      acronym: this.text(definition, 'acronym'),
      ...this.fields(definition, ['url', 'country'], 'plain'),
      line: this.line(ref),
    });
  }

  organizations(seq: unknown): ProgrammeOrganization[] {
    return itemsOf(seq).map((ref) => this.organization(ref)).filter((o): o is ProgrammeOrganization => o !== undefined);
  }

  /** A person named by `ref`, with the line of that mention; what the entry says is read once per id. */
  person(ref: Node | null | undefined): ProgrammePerson | undefined {
    const id = scalarText(ref);
    if (id === undefined) return undefined;
    let known = this.personEntries.get(id);
    if (!known) this.personEntries.set(id, (known = this.personEntry(id)));
    const person: ProgrammePerson = { ...known };
    if (known.organization) person.organization = { ...known.organization };
    const line = this.line(ref);
    if (line !== undefined) person.line = line;
    return person;
  }

  private personEntry(id: string): ProgrammePerson {
    const definition = this.entities.byId.person.get(id)?.node;
    const person: ProgrammePerson = {
      id,
      name: this.text(definition, 'name') ?? id,
      displayName: personDisplayName(definition, this.languages) ?? id,
      known: definition !== undefined,
    };
    const organization = this.organization(valueOf(definition, 'affiliation') ?? null);
    delete organization?.line;
    return withDefined(person, {
      ...this.fields(definition, ['bio', 'photo', 'url']),
      honorific: this.plain(definition, 'honorific'),
      position: this.text(definition, 'position'),
      organization,
      country: this.plain(definition, 'country'),
    });
  }

  people(seq: unknown): ProgrammePerson[] {
    return itemsOf(seq).map((ref) => this.person(ref)).filter((p): p is ProgrammePerson => p !== undefined);
  }

  /** One person id or a list of them (a session's `chair`). */
  oneOrMore(value: Node | null | undefined): ProgrammePerson[] {
    return isSeq(value) ? this.people(value) : [this.person(value)].filter((p): p is ProgrammePerson => p !== undefined);
  }

  documents(seq: unknown): ProgrammeDocument[] {
    return itemsOf(seq).flatMap((node) => {
      const id = isScalar(node) ? scalarText(node) : undefined;
      const definition = id === undefined ? node : this.entities.byId.document.get(id)?.node;
      const document = withDefined<ProgrammeDocument>({ known: id === undefined || definition !== undefined, line: this.line(node) ?? 0 }, {
        id,
        symbol: this.plain(definition, 'symbol'),
        ...this.fields(definition, ['title', 'url']),
      });
      return document.symbol === undefined && document.title === undefined && id === undefined ? [] : [document];
    });
  }

  track(ref: Node | null | undefined): ProgrammeTrack | undefined {
    const id = scalarText(ref);
    if (id === undefined) return undefined;
    const definition = this.entities.byId.track.get(id)?.node;
    return withDefined<ProgrammeTrack>({ id, title: this.text(definition, 'title') ?? id, known: definition !== undefined }, {
      color: this.plain(definition, 'color'),
      line: this.line(ref),
    });
  }

  tracks(): ProgrammeTrack[] {
    return this.entities.definitions.track
      .filter((definition) => this.entities.byId.track.get(definition.id) === definition)
      .map((definition) => {
        const track = this.track(valueOf(definition.node, 'id'))!;
        track.line = this.line(definition.node) ?? 0;
        return track;
      });
  }

  /** A session's agenda items, each with its title from `event.agendaItems` (numbers compared as text). */
  agendaItemRefs(session: unknown): ProgrammeAgendaItemRef[] {
    this.eventItems ??= eventAgendaItems(this.root);
    const items = this.eventItems;
    return sessionAgendaItems(session).flatMap(({ entry, number, continued }) => {
      if (!number) return [];
      const definition = items.find((item) => item.number === number)?.node;
      const agendaItem: ProgrammeAgendaItemRef = { number, continued, known: definition !== undefined };
      return [withDefined(agendaItem, { title: this.text(definition, 'title'), line: this.line(entry) })];
    });
  }

  /** How people attend, from `node`'s keys, each in turn from `fallback` (the event's) when `node` lacks it. */
  attendance(node: unknown, fallback?: ProgrammeAttendance): ProgrammeAttendance {
    const attendance: ProgrammeAttendance = { interpretation: this.strings(valueOf(node, 'interpretation')) };
    if (!attendance.interpretation.length && fallback) attendance.interpretation = fallback.interpretation;
    const onlineNode = valueOf(node, 'online');
    const registrationNode = valueOf(node, 'registration');
    const url = isMap(registrationNode) ? this.text(registrationNode, 'url') : scalarText(registrationNode)?.trim();
    return withDefined(attendance, {
      mode: this.plain(node, 'mode') ?? fallback?.mode,
      online: onlineNode ? withDefined({}, { url: this.text(onlineNode, 'url'), platform: this.plain(onlineNode, 'platform') }) : fallback?.online,
      registration: registrationNode ? withDefined({}, { url: url || undefined, deadline: this.plain(registrationNode, 'deadline') }) : fallback?.registration,
    });
  }

  topicRefs(seq: unknown): ProgrammeTopicRef[] {
    return itemsOf(seq).flatMap((ref) => {
      const id = scalarText(ref);
      if (id === undefined) return [];
      const definition = this.entities.byId.topic.get(id)?.node;
      return [withDefined<ProgrammeTopicRef>({ id, title: this.text(definition, 'title') ?? id, known: definition !== undefined }, { line: this.line(ref) })];
    });
  }

  event(): ProgrammeEvent {
    const node = valueOf(this.root, 'event');
    const venueNode = valueOf(node, 'venue');
    const venue = withDefined<ProgrammeEvent['venue']>({}, { ...this.fields(venueNode, ['site', 'city']), country: this.plain(venueNode, 'country') });
    const event: ProgrammeEvent = {
      agendaItems: itemsOf(valueOf(node, 'agendaItems')).map((item) =>
        withDefined<ProgrammeAgendaItem>({ line: this.line(item) ?? 0 }, { number: this.plain(item, 'number'), title: this.text(item, 'title') }),
      ),
      venue,
      languages: this.strings(valueOf(node, 'languages')),
      organizers: this.organizations(valueOf(node, 'organizers')),
      partners: this.organizations(valueOf(node, 'partners')),
      documents: this.documents(valueOf(node, 'documents')),
      attendance: this.attendance(node),
      lines: this.keyLines(node),
      venueLines: this.keyLines(venueNode),
    };
    return withDefined(event, {
      ...this.fields(node, ['title', 'shortTitle', 'series', 'body', 'description']),
      ...this.fields(node, ['timezone', 'start', 'end'], 'plain'),
      url: this.text(node, 'url'),
      line: this.line(node),
    });
  }

  session({ node, index, time }: ModelSession, event: ProgrammeEvent): ProgrammeSession | undefined {
    if (pairsOf(node).length === 0) return undefined;
    const id = this.plain(node, 'id');
    const chairs = this.oneOrMore(valueOf(node, 'chair'));
    const session: ProgrammeSession = {
      index,
      anchor: this.anchor('session', id, index),
      chairs,
      agendaItems: this.agendaItemRefs(node),
      attendance: this.attendance(node, event.attendance),
      moderators: this.people(valueOf(node, 'moderators')),
      speakers: this.people(valueOf(node, 'speakers')),
      topics: this.topicRefs(valueOf(node, 'topics')),
      documents: this.documents(valueOf(node, 'documents')),
      items: time.items.map((entry) => {
        const item: ProgrammeItem = {
          speakers: this.people(valueOf(entry.node, 'speakers')),
          authors: this.people(valueOf(entry.node, 'authors')),
          line: this.line(entry.node) ?? 0,
          lines: this.keyLines(entry.node),
        };
        return withDefined(item, {
          ...this.fields(entry.node, ['title', 'description', 'url']),
          kind: this.plain(entry.node, 'kind'),
          moment: entry.moment || undefined,
          start: entry.start,
          end: entry.end,
        });
      }),
      line: this.line(node) ?? 0,
      lines: this.keyLines(node),
    };
    withDefined(session, { id, ...this.fields(node, ['title', 'room', 'description', 'url']), roomKey: roomKey(valueOf(node, 'room')) });
    return withDefined(session, {
      room: this.registeredRoom(valueOf(node, 'room'))?.name,
      track: this.track(valueOf(node, 'track')),
      ...this.fields(node, ['format', 'status'], 'plain'),
      date: time.date,
      part: time.part,
      start: time.start,
      end: time.end,
      moment: time.moment || undefined,
      endDate: time.day !== undefined && time.end !== undefined && time.end > DAY_MINUTES ? nextDay(time.day) : undefined,
      chair: chairs[0],
      partOf: this.part(sessionSource(this.parsed, index)),
    });
  }

  /** The agenda a session of a merged programme comes from, in the programme's words. */
  part(source: SessionSource | undefined): ProgrammePart | undefined {
    if (source === undefined) return undefined;
    const title = this.text(source.event, 'title') ?? this.text(source.event, 'shortTitle');
    if (title === undefined) return undefined;
    const part: ProgrammePart = { id: this.plain(source.event, 'id') ?? slug(source.file.replace(/\.agenda\.ya?ml$/i, '')), title };
    return withDefined(part, { shortTitle: this.text(source.event, 'shortTitle') });
  }

  days(read: Map<ModelSession, ProgrammeSession>): ProgrammeDay[] {
    return this.model.days.flatMap((modelDay) => {
      const sessions = modelDay.sessions.map((session) => read.get(session)).filter((s): s is ProgrammeSession => s !== undefined);
      if (!sessions.length) return [];
      return [modelDay.date === undefined ? { sessions } : { date: modelDay.date, sessions }];
    });
  }

  topics(days: ProgrammeDay[]): ProgrammeTopic[] {
    const covering = new Map<string, ProgrammeSession[]>();
    for (const day of days) {
      for (const session of day.sessions) {
        for (const id of new Set(session.topics.map((ref) => ref.id))) {
          const sessions = covering.get(id);
          if (sessions) sessions.push(session);
          else covering.set(id, [session]);
        }
      }
    }
    return this.entities.definitions.topic
      .filter((definition) => this.entities.byId.topic.get(definition.id) === definition)
      .map((definition) => {
        const topic: ProgrammeTopic = {
          id: definition.id,
          anchor: this.anchor('topic', definition.id, definition.index),
          title: this.text(definition.node, 'title') ?? definition.id,
          sessions: covering.get(definition.id)?.slice() ?? [],
          line: this.line(definition.node) ?? 0,
        };
        return withDefined(topic, { description: this.text(definition.node, 'description') });
      });
  }

  /** The registry's entry a session's `room` names by id, in the programme's words. */
  registeredRoom(node: Node | null | undefined): ProgrammeRoom | undefined {
    const id = scalarText(node);
    const definition = id === undefined ? undefined : roomsOf(this.parsed).byId.get(id);
    return definition && this.room(definition);
  }

  room(definition: RoomDefinition): ProgrammeRoom {
    const room: ProgrammeRoom = { id: definition.id, name: this.text(definition.node, 'name') ?? definition.id, line: this.line(definition.node) ?? 0 };
    const capacity = Number(scalarText(valueOf(definition.node, 'capacity')));
    return withDefined(room, { capacity: Number.isInteger(capacity) && capacity > 0 ? capacity : undefined, floor: this.text(definition.node, 'floor') });
  }

  read(): Programme {
    const event = this.event();
    const read = new Map<ModelSession, ProgrammeSession>();
    for (const session of this.model.sessions) {
      const printed = this.session(session, event);
      if (printed) read.set(session, printed);
    }
    const days = this.days(read);
    return {
      language: this.localizer.language,
      direction: this.localizer.direction,
      lines: this.keyLines(this.root),
      event,
      days,
      topics: this.topics(days),
      tracks: this.tracks(),
      rooms: roomsOf(this.parsed).definitions.filter((d) => roomsOf(this.parsed).byId.get(d.id) === d).map((d) => this.room(d)),
    };
  }
}

/**
 * Reads a parsed agenda as a programme to print: texts in one language, ids resolved to names, sessions grouped by
 * date in time order, topics with the sessions covering them. Tolerant of any shape: whatever could be parsed is
 * read, and nothing throws.
 */
export function readProgramme(parsed: ParsedAgenda, options: ProgrammeOptions = {}): Programme {
  return new ProgrammeReader(parsed, options).read();
}

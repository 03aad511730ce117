import { isScalar, type Node } from 'yaml';
import { UniqueIds } from '../base/ids';
import type { Diagnostic, Position, Range } from '../base/model';
import { collectEntities, type AgendaEntities, type Definition, type EntityKind, type Reference, type ReferenceRole } from '../parse/entities';
import { contentSpan, itemsOf, pairOf, scalarText, valueOf } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { formatMinutes, itemTimes, sessionTime, type SessionTime } from '../time/time';
import { ENGLISH_OUTLINE_WORDS, type OutlineWords } from '../words/outlineWords';
import { oneLine, textOf } from '../words/text';

/** What an outline node stands for; the extension picks icons and menus by it. */
export type OutlineKind =
  | 'event'
  | 'day'
  | 'session'
  | 'item'
  | 'topics'
  | 'people'
  | 'topic'
  | 'person'
  | 'topicRef'
  | 'personRef'
  | 'sessionRef';

/** The definition a reference points to. */
export interface OutlineTarget {
  kind: EntityKind;
  id: string;
  /** The range of the defining entry; absent when nothing defines the id. */
  range?: Range;
  /** The range of the defining entry's `id` value. */
  idRange?: Range;
}

/** The session a node is, lies in or points to. */
export interface OutlineSession {
  /** Its position in `sessions`. */
  index: number;
  id?: string;
}

/** One node of the outline: plain data, no cycles, safe to send anywhere. */
export interface OutlineNode {
  /** Stable across edits that do not touch what the node stands for (built from ids, dates and roles). */
  id: string;
  parentId?: string;
  kind: OutlineKind;
  label: string;
  description: string;
  /** Plain text, several lines. */
  tooltip: string;
  /** The YAML the node stands for, from its first character to the end of its last value (comments left out). */
  range: Range;
  /** The diagnostics that start in `range` (for a day: those of its sessions). */
  diagnostics: Diagnostic[];
  children: OutlineNode[];
  target?: OutlineTarget;
  session?: OutlineSession;
  /** For a person in a session: how they take part. */
  roles?: ReferenceRole[];
}

/** A day of the programme, for choosing one to show. */
export interface OutlineDay {
  /** The session `date` as written (`2020-04-24`), or `''` for sessions without one. */
  key: string;
  label: string;
  sessions: number;
}

/** The outline of an agenda: the event with its days and sessions, then the topics and the people. */
export interface Outline {
  roots: OutlineNode[];
  /** Every day of the programme, in order, whatever `day` filter was applied. */
  days: OutlineDay[];
}

export type OutlineSort = 'time' | 'room';

export interface OutlineOptions {
  /** Diagnostics of the same text, to attach to the nodes they fall in. */
  diagnostics?: readonly Diagnostic[];
  /** BCP 47 locale for dates (default and plain `en`: `en-GB`). */
  locale?: string;
  /** Order of the sessions within a day (default `time`). */
  sort?: OutlineSort;
  /** Show only this day (an `OutlineDay.key`). */
  day?: string;
  /** The words the outline adds, in the language of the interface (default: English). */
  words?: OutlineWords;
}

type Span = [number, number];

interface SessionInfo {
  index: number;
  node: Node;
  id?: string;
  title: string;
  time: SessionTime;
  day: string;
  room?: string;
  span: Span;
  rank: number;
  references: Reference[];
}

const PARTS = ['morning', 'afternoon', 'evening'];
const ROLE_ORDER: ReferenceRole[] = ['chair', 'moderator', 'speaker'];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function utcDate(key: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? time : undefined;
}

function partRank(time: SessionTime): number {
  if (time.start !== undefined) return time.start < 12 * 60 ? 0 : time.start < 18 * 60 ? 1 : 2;
  const part = time.part === undefined ? -1 : PARTS.indexOf(time.part);
  return part < 0 ? PARTS.length : part;
}

function clock(start: number | undefined, end: number | undefined): string {
  if (start === undefined) return '';
  return end === undefined ? formatMinutes(start) : `${formatMinutes(start)}–${formatMinutes(end)}`;
}

function compareTime(a: SessionInfo, b: SessionInfo): number {
  return a.rank - b.rank || (a.time.start ?? -1) - (b.time.start ?? -1) || (a.time.end ?? -1) - (b.time.end ?? -1) || a.index - b.index;
}

function compareDays(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareRoom(a: SessionInfo, b: SessionInfo): number {
  if (!a.room || !b.room) return (a.room ? -1 : b.room ? 1 : 0) || compareTime(a, b);
  return a.room.localeCompare(b.room, undefined, { sensitivity: 'base', numeric: true }) || compareTime(a, b);
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return comparePositions(a.range.start, b.range.start);
}

function rangeSize(range: Range): [number, number] {
  return [range.end.line - range.start.line, range.end.character - range.start.character];
}

class OutlineBuilder {
  private readonly root: Node | null;
  private readonly entities: AgendaEntities;
  private readonly languages: string[];
  private readonly sessions: SessionInfo[] = [];
  private readonly ids = new UniqueIds('~');
  /** For each `kind\0id`, the sessions that refer to it and the references each holds. */
  private readonly uses = new Map<string, Map<SessionInfo, Reference[]>>();
  private readonly dayLabels = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly diagnostics: { offset: number; diagnostic: Diagnostic }[];
  private readonly dayFormat: Intl.DateTimeFormat;
  private readonly shortDayFormat: Intl.DateTimeFormat;
  private readonly locale: string;
  private readonly words: OutlineWords;

  constructor(private readonly parsed: ParsedAgenda, private readonly options: OutlineOptions) {
    this.root = parsed.doc.contents as Node | null;
    this.entities = collectEntities(this.root);
    this.locale = options.locale ?? 'en-GB';
    this.words = options.words ?? ENGLISH_OUTLINE_WORDS;
    this.dayFormat = dateFormat(this.locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    this.shortDayFormat = dateFormat(this.locale, { weekday: 'short', day: 'numeric', month: 'short' });
    const language = this.locale.split('-')[0].toLowerCase();
    const declared = itemsOf(valueOf(valueOf(this.root, 'event'), 'languages')).map(scalarText).filter((l): l is string => l !== undefined);
    this.languages = [language, ...declared];
    this.diagnostics = (options.diagnostics ?? [])
      .map((diagnostic) => ({ offset: parsed.lines.offsetAt(diagnostic.range.start), diagnostic }))
      .sort((a, b) => a.offset - b.offset);
    this.collectSessions();
  }

  build(): Outline {
    const days = this.days();
    const roots = pairOf(this.root, 'event') || this.sessions.length ? [this.event(days)] : [];
    const topics = this.topics();
    if (topics) roots.push(topics);
    const people = this.people();
    if (people) roots.push(people);
    this.attachSyntaxErrors(roots);
    for (const day of roots[0]?.kind === 'event' ? roots[0].children : []) {
      day.diagnostics = [...new Set(day.children.flatMap((child) => child.diagnostics))].sort(compareDiagnostics);
    }
    return {
      roots,
      days: days.map(([key, sessions]) => ({ key, label: this.dayLabel(key), sessions: sessions.length })),
    };
  }

  /**
   * A syntax error often sits just after the last value YAML could make sense of (a tab, a stray quote), outside
   * every node: it goes to the node that ends last before it, so that the broken session is marked.
   */
  private attachSyntaxErrors(roots: OutlineNode[]): void {
    if (!this.diagnostics.some(({ diagnostic }) => diagnostic.code === 'yaml-syntax')) return;
    const nodes = [...outlineNodes(roots)].filter((node) => node.kind !== 'day');
    const attached = new Set(nodes.flatMap((node) => node.diagnostics));
    for (const { diagnostic } of this.diagnostics) {
      if (diagnostic.code !== 'yaml-syntax' || attached.has(diagnostic)) continue;
      let before: OutlineNode | undefined;
      for (const node of nodes) {
        if (comparePositions(node.range.end, diagnostic.range.start) > 0) continue;
        if (!before || comparePositions(node.range.end, before.range.end) > 0) before = node;
      }
      if (!before) continue;
      before.diagnostics.push(diagnostic);
    }
  }

  private collectSessions(): void {
    const references = new Map<number, Reference[]>();
    for (const reference of this.entities.references) {
      if (reference.session === undefined) continue;
      const list = references.get(reference.session);
      if (list) list.push(reference);
      else references.set(reference.session, [reference]);
    }
    itemsOf(valueOf(this.root, 'sessions')).forEach((node, index) => {
      const span = contentSpan(node, this.parsed.text);
      if (!node || !span || (isScalar(node) && node.value === null)) return;
      const id = scalarText(valueOf(node, 'id'));
      const time = sessionTime(node);
      const room = textOf(valueOf(node, 'room'), this.languages);
      const title = this.text(valueOf(node, 'title')) ?? id ?? this.plain(node) ?? this.words.sessionNumber(index + 1);
      const info: SessionInfo = { index, node, title, time, day: time.date ?? '', span, rank: partRank(time), references: references.get(index) ?? [] };
      if (id !== undefined) info.id = id;
      if (room !== undefined) info.room = oneLine(room);
      this.sessions.push(info);
      for (const reference of info.references) {
        const key = `${reference.kind}\u0000${reference.id}`;
        const uses = this.uses.get(key) ?? new Map<SessionInfo, Reference[]>();
        this.uses.set(key, uses);
        uses.set(info, [...(uses.get(info) ?? []), reference]);
      }
    });
  }

  private text(node: Node | null | undefined): string | undefined {
    const text = textOf(node, this.languages);
    return text === undefined ? undefined : oneLine(text) || undefined;
  }

  /** A list entry written as plain text (`- Keynote`) rather than as a mapping. */
  private plain(node: Node | null | undefined): string | undefined {
    const text = scalarText(node);
    return text === undefined ? undefined : oneLine(text) || undefined;
  }

  private range(span: Span): Range {
    return this.parsed.lines.range(span[0], span[1]);
  }

  private diagnosticsIn(span: Span): Diagnostic[] {
    const [start, end] = span;
    let low = 0;
    let high = this.diagnostics.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.diagnostics[mid].offset < start) low = mid + 1;
      else high = mid;
    }
    const result: Diagnostic[] = [];
    for (let i = low; i < this.diagnostics.length; i++) {
      const { offset, diagnostic } = this.diagnostics[i];
      if (offset > end || (offset === end && end > start)) break;
      result.push(diagnostic);
    }
    return result;
  }

  private node(parent: OutlineNode | undefined, local: string, kind: OutlineKind, label: string, span: Span | undefined, fields: Partial<OutlineNode> = {}): OutlineNode {
    const base = parent ? `${parent.id}/${local}` : local;
    const id = this.ids.take(base);
    const node: OutlineNode = {
      id,
      kind,
      label,
      description: '',
      tooltip: label,
      range: this.range(span ?? [0, 0]),
      diagnostics: span ? this.diagnosticsIn(span) : [],
      children: [],
      ...fields,
    };
    if (parent) {
      node.parentId = parent.id;
      parent.children.push(node);
    }
    return node;
  }

  private pairSpan(key: string): Span | undefined {
    const pair = pairOf(this.root, key);
    const keySpan = contentSpan(pair?.key, this.parsed.text);
    if (!pair || !keySpan) return undefined;
    const valueSpan = contentSpan(pair.value, this.parsed.text);
    return [keySpan[0], Math.max(keySpan[1], valueSpan?.[1] ?? 0)];
  }

  private formatDate(key: string, format: Intl.DateTimeFormat): string {
    const cacheKey = `${format === this.dayFormat ? 'long' : 'short'}\u0000${key}`;
    let label = this.dayLabels.get(cacheKey);
    if (label === undefined) {
      const time = utcDate(key);
      label = time === undefined ? key : format.format(time);
      if (format === this.dayFormat) label = capitalize(label);
      this.dayLabels.set(cacheKey, label);
    }
    return label;
  }

  private dayLabel(key: string): string {
    return key ? this.formatDate(key, this.dayFormat) : this.words.noDate;
  }

  private shortDay(key: string): string {
    return this.formatDate(key, this.shortDayFormat);
  }

  private sessionClock(session: SessionInfo): string {
    const { start, end, part } = session.time;
    return start !== undefined ? clock(start, end) : part ? capitalize(this.words.part(part)) : '';
  }

  private days(): [string, SessionInfo[]][] {
    const byDay = new Map<string, SessionInfo[]>();
    for (const session of this.sessions) {
      const list = byDay.get(session.day);
      if (list) list.push(session);
      else byDay.set(session.day, [session]);
    }
    const order = this.options.sort === 'room' ? compareRoom : compareTime;
    return [...byDay.entries()]
      .sort(([a], [b]) => compareDays(a, b))
      .map(([key, sessions]) => [key, sessions.sort(order)]);
  }

  private shown(session: SessionInfo): boolean {
    return this.options.day === undefined || session.day === this.options.day;
  }

  private event(days: [string, SessionInfo[]][]): OutlineNode {
    const event = valueOf(this.root, 'event');
    const title = this.text(valueOf(event, 'title'));
    const label = this.text(valueOf(event, 'shortTitle')) ?? title ?? this.words.untitledEvent;
    const dates = this.eventDates(scalarText(valueOf(event, 'start')), scalarText(valueOf(event, 'end')));
    const venue = valueOf(event, 'venue');
    const place = [this.text(valueOf(venue, 'site')), this.text(valueOf(venue, 'city'))].filter(Boolean).join(', ');
    const city = this.text(valueOf(venue, 'city'));
    const tooltip = [title ?? label, this.text(valueOf(event, 'series')), this.text(valueOf(event, 'body')), dates, place].filter(Boolean).join('\n');
    const node = this.node(undefined, 'event', 'event', label, this.pairSpan('event'), {
      description: [dates, city].filter(Boolean).join(' · '),
      tooltip,
    });
    for (const [key, sessions] of days) {
      if (this.options.day !== undefined && key !== this.options.day) continue;
      this.day(node, key, sessions);
    }
    return node;
  }

  private eventDates(start: string | undefined, end: string | undefined): string {
    const from = start === undefined ? undefined : utcDate(start);
    const to = end === undefined ? undefined : utcDate(end);
    const format = dateFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric' });
    if (from !== undefined && to !== undefined && to >= from) return format.formatRange(from, to);
    return from !== undefined ? format.format(from) : '';
  }

  private day(event: OutlineNode, key: string, sessions: SessionInfo[]): void {
    const label = this.dayLabel(key);
    const spans = sessions.map((s) => s.span);
    const span: Span = spans.reduce<Span>(([start, end], s) => [Math.min(start, s[0]), Math.max(end, s[1])], spans[0]);
    const count = this.words.sessions(sessions.length);
    const rooms = [...new Set(sessions.map((s) => s.room).filter((r): r is string => !!r))];
    const day = this.node(event, `day:${key}`, 'day', label, span, {
      description: count,
      tooltip: [label, [count, rooms.join(', ')].filter(Boolean).join(' · ')].join('\n'),
    });
    for (const session of sessions) this.session(day, session);
  }

  private sessionRef(session: SessionInfo): OutlineSession {
    return session.id === undefined ? { index: session.index } : { index: session.index, id: session.id };
  }

  private session(day: OutlineNode, session: SessionInfo): void {
    const { node } = session;
    const formatValue = scalarText(valueOf(node, 'format'));
    const format = formatValue && this.words.format(formatValue);
    const statusValue = scalarText(valueOf(node, 'status'));
    const status = statusValue && statusValue !== 'confirmed' ? this.words.status(statusValue) : '';
    const when = [this.dayLabel(session.day), this.sessionClock(session)].filter(Boolean).join(', ');
    const part = session.time.start !== undefined && session.time.part ? ` (${this.words.part(session.time.part)})` : '';
    const people = ROLE_ORDER.map((role) => {
      const names = this.uniqueIds(session.references.filter((r) => r.role === role && r.path[2] !== 'items')).map((id) => this.personName(id));
      return names.length ? this.words.labelled(this.words.roleHeading(role), names.join(', ')) : '';
    });
    const topics = this.uniqueIds(session.references.filter((r) => r.role === 'topic')).map((id) => this.topicTitle(id));
    const description = this.text(valueOf(node, 'description'));
    const tooltip = [
      session.title,
      when + part,
      [session.room, format].filter(Boolean).join(' · '),
      ...people,
      topics.length ? this.words.labelled(this.words.topics, topics.join('; ')) : '',
      capitalize(status),
      description ? `\n${description}` : '',
    ].filter(Boolean).join('\n');
    const label = [this.sessionClock(session), session.title, session.room].filter(Boolean).join(' · ');
    const parent = this.node(day, session.id === undefined ? `session#${session.index}` : `session:${session.id}`, 'session', label, session.span, {
      description: [status, format].filter(Boolean).join(' · '),
      tooltip,
      session: this.sessionRef(session),
    });
    const inSession = session.references.filter((r) => r.path[2] !== 'items');
    for (const reference of inSession.filter((r) => r.role === 'topic')) this.topicRef(parent, reference, session);
    for (const role of ROLE_ORDER) {
      for (const reference of inSession.filter((r) => r.role === role)) this.personRef(parent, reference, session);
    }
    this.items(parent, session);
  }

  private uniqueIds(references: Reference[]): string[] {
    return [...new Set(references.map((r) => r.id))];
  }

  private target(kind: EntityKind, id: string): OutlineTarget {
    const definition = this.entities.byId[kind].get(id);
    const target: OutlineTarget = { kind, id };
    const span = contentSpan(definition?.node, this.parsed.text);
    if (definition && span) {
      target.range = this.range(span);
      target.idRange = this.range(definition.idSpan);
    }
    return target;
  }

  private topicTitle(id: string): string {
    const definition = this.entities.byId.topic.get(id);
    return (definition && this.text(valueOf(definition.node, 'title'))) ?? id;
  }

  private personName(id: string): string {
    let name = this.names.get(id);
    if (name === undefined) this.names.set(id, (name = this.readPersonName(id)));
    return name;
  }

  private readPersonName(id: string): string {
    const definition = this.entities.byId.person.get(id);
    const name = definition && this.text(valueOf(definition.node, 'name'));
    if (!definition || !name) return id;
    const honorific = this.text(valueOf(definition.node, 'honorific'));
    return honorific ? `${honorific} ${name}` : name;
  }

  private affiliation(id: string): string | undefined {
    const person = this.entities.byId.person.get(id);
    const organization = this.entities.byId.organization.get(scalarText(valueOf(person?.node, 'affiliation')) ?? '');
    return organization && (this.text(valueOf(organization.node, 'acronym')) ?? this.text(valueOf(organization.node, 'name')));
  }

  private topicTooltip(definition: Definition): string {
    const description = this.text(valueOf(definition.node, 'description'));
    return [this.topicTitle(definition.id), description].filter(Boolean).join('\n');
  }

  private personTooltip(definition: Definition): string {
    const person = definition.node;
    const organization = this.entities.byId.organization.get(scalarText(valueOf(person, 'affiliation')) ?? '');
    return [
      this.personName(definition.id),
      this.text(valueOf(person, 'position')),
      organization && this.text(valueOf(organization.node, 'name')),
      scalarText(valueOf(person, 'country')),
    ].filter(Boolean).join('\n');
  }

  private topicRef(parent: OutlineNode, reference: Reference, session: SessionInfo): void {
    const definition = this.entities.byId.topic.get(reference.id);
    this.node(parent, `topic:${reference.id}`, 'topicRef', this.topicTitle(reference.id), reference.span, {
      description: definition ? '' : this.words.notDefined(reference.id),
      tooltip: definition ? this.topicTooltip(definition) : this.words.topicNotDefined(reference.id),
      target: this.target('topic', reference.id),
      session: this.sessionRef(session),
    });
  }

  private personRef(parent: OutlineNode, reference: Reference, session: SessionInfo): void {
    const definition = this.entities.byId.person.get(reference.id);
    const role = reference.role;
    const affiliation = this.affiliation(reference.id);
    this.node(parent, `${role}:${reference.id}`, 'personRef', this.personName(reference.id), reference.span, {
      description: [this.words.role(role), definition ? affiliation : this.words.notDefined(reference.id)].filter(Boolean).join(' · '),
      tooltip: definition ? this.words.labelled(capitalize(this.words.role(role)), this.personTooltip(definition)) : this.words.personNotDefined(reference.id),
      target: this.target('person', reference.id),
      session: this.sessionRef(session),
      roles: [role],
    });
  }

  private items(parent: OutlineNode, session: SessionInfo): void {
    itemTimes(session.node, session.time.start).forEach((item, index) => {
      const span = contentSpan(item.node, this.parsed.text);
      if (!item.node || !span) return;
      const title = this.text(valueOf(item.node, 'title')) ?? this.plain(item.node) ?? this.words.itemNumber(index + 1);
      const time = clock(item.start, item.end);
      const kindValue = scalarText(valueOf(item.node, 'kind'));
      const kind = kindValue && this.words.kind(kindValue);
      const speakers = session.references.filter((r) => r.path[2] === 'items' && r.path[3] === index);
      const description = this.text(valueOf(item.node, 'description'));
      const node = this.node(parent, `item#${index}`, 'item', [time, title].filter(Boolean).join(' · '), span, {
        description: kind ?? '',
        tooltip: [
          title,
          [time, kind].filter(Boolean).join(' · '),
          speakers.length ? this.words.labelled(this.words.roleHeading('speaker'), this.uniqueIds(speakers).map((id) => this.personName(id)).join(', ')) : '',
          description ? `\n${description}` : '',
        ].filter(Boolean).join('\n'),
        session: this.sessionRef(session),
      });
      for (const reference of speakers) this.personRef(node, reference, session);
    });
  }

  private group(kind: 'topics' | 'people', label: string, definitions: Definition[], add: (group: OutlineNode, definition: Definition) => void): OutlineNode | undefined {
    const span = this.pairSpan(kind);
    if (!span && !definitions.length) return undefined;
    const group = this.node(undefined, kind, kind, label, span, { description: String(definitions.length), tooltip: this.words.labelled(label, String(definitions.length)) });
    for (const definition of definitions) add(group, definition);
    return group;
  }

  /** The sessions that refer to an id of a kind, in time order, each with the references it holds. */
  private sessionsReferring(kind: EntityKind, id: string): [SessionInfo, Reference[]][] {
    return [...(this.uses.get(`${kind}\u0000${id}`) ?? [])]
      .filter(([session]) => this.shown(session))
      .sort(([a], [b]) => compareDays(a.day, b.day) || compareTime(a, b));
  }

  private sessionUse(parent: OutlineNode, session: SessionInfo, references: Reference[], roles?: ReferenceRole[]): void {
    const when = [this.shortDay(session.day), this.sessionClock(session)].filter(Boolean).join(', ');
    const roleNames = roles?.map((role) => this.words.role(role)).join(', ') ?? '';
    const fields: Partial<OutlineNode> = {
      description: [when, roleNames].filter(Boolean).join(' · '),
      tooltip: [session.title, [this.dayLabel(session.day), this.sessionClock(session)].filter(Boolean).join(', '), session.room, capitalize(roleNames)]
        .filter(Boolean).join('\n'),
      session: this.sessionRef(session),
    };
    if (session.id !== undefined) fields.target = this.target('session', session.id);
    if (roles) fields.roles = roles;
    const local = session.id === undefined ? `session#${session.index}` : `session:${session.id}`;
    this.node(parent, local, 'sessionRef', session.title, references[0].span, fields);
  }

  private topics(): OutlineNode | undefined {
    return this.group('topics', this.words.topics, this.entities.definitions.topic, (group, definition) => {
      const uses = this.sessionsReferring('topic', definition.id);
      const topic = this.node(group, `topic:${definition.id}`, 'topic', this.topicTitle(definition.id), contentSpan(definition.node, this.parsed.text), {
        description: uses.length ? this.words.sessions(uses.length) : this.words.noSession,
        tooltip: [this.topicTooltip(definition), this.words.labelled(this.words.id, definition.id), uses.length ? this.words.coveredIn(uses.length) : this.words.notCovered].join('\n'),
      });
      for (const [session, references] of uses) this.sessionUse(topic, session, references);
    });
  }

  private people(): OutlineNode | undefined {
    return this.group('people', this.words.people, this.entities.definitions.person, (group, definition) => {
      const uses = this.sessionsReferring('person', definition.id);
      const affiliation = this.affiliation(definition.id);
      const person = this.node(group, `person:${definition.id}`, 'person', this.personName(definition.id), contentSpan(definition.node, this.parsed.text), {
        description: [affiliation, uses.length ? this.words.sessions(uses.length) : this.words.noSession].filter(Boolean).join(' · '),
        tooltip: [this.personTooltip(definition), this.words.labelled(this.words.id, definition.id), uses.length ? this.words.takesPartIn(uses.length) : this.words.notInAnySession].join('\n'),
      });
      for (const [session, references] of uses) {
        const roles = ROLE_ORDER.filter((role) => references.some((r) => r.role === role));
        this.sessionUse(person, session, references, roles);
      }
    });
  }
}

/** Dates in English are written the way the United Nations writes them ("Friday, 24 April 2020"). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale.toLowerCase() === 'en' ? 'en-GB' : locale, { ...options, timeZone: 'UTC' });
  } catch {
    return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
  }
}

/**
 * Builds the outline of a parsed agenda: the event, its days (in date order, labelled in `locale`), the sessions
 * of each day in time order (or by room), each with its topics, chair, moderators, speakers and timed items; then
 * every topic and every person with the sessions that name them. Works on whatever could be parsed of a broken
 * file, and never throws on any shape of YAML.
 */
export function buildOutline(parsed: ParsedAgenda, options: OutlineOptions = {}): Outline {
  return new OutlineBuilder(parsed, options).build();
}

/** Every node of an outline, depth first, parents before their children. */
export function* outlineNodes(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* outlineNodes(node.children);
  }
}

/**
 * The node that best matches a position in the text: the smallest range containing it; on a tie, the first in
 * the outline (the days and sessions come before the topics and people groups). Days are skipped: their range
 * spans sessions of other days when the file is not in date order.
 */
export function outlineNodeAt(outline: Outline, position: Position): OutlineNode | undefined {
  let best: OutlineNode | undefined;
  let bestSize: [number, number] | undefined;
  for (const node of outlineNodes(outline.roots)) {
    if (node.kind === 'day') continue;
    if (comparePositions(node.range.start, position) > 0 || comparePositions(position, node.range.end) > 0) continue;
    const size = rangeSize(node.range);
    if (!bestSize || size[0] < bestSize[0] || (size[0] === bestSize[0] && size[1] < bestSize[1])) {
      best = node;
      bestSize = size;
    }
  }
  return best;
}

/** A node and what is under it as indented plain text, one node a line: for copying into an e-mail or a note. */
export function outlineText(node: OutlineNode, indent = ''): string {
  const line = `${indent}${node.label}${node.description ? ` (${node.description})` : ''}`;
  return [line, ...node.children.map((child) => outlineText(child, `${indent}  `))].join('\n');
}

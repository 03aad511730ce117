import type { Node } from 'yaml';
import { UniqueIds } from '../base/ids';
import type { Diagnostic, Range } from '../base/model';
import { eventAgendaItems, sessionAgendaItems, type AgendaItemEntry, type EventAgendaItem } from '../parse/agendaItems';
import type { AgendaEntities, Definition, EntityKind, Reference, ReferenceRole } from '../parse/entities';
import { contentSpan, pairOf, scalarText, valueOf } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { compareSessions, programmeOf, type ModelSession } from '../programme/model';
import { declaredLanguages } from '../words/localize';
import { ENGLISH_OUTLINE_WORDS, type OutlineWords } from '../words/outlineWords';
import { DiagnosticIndex } from './diagnosticIndex';
import { capitalize, clock, OutlineTexts } from './texts';
import { comparePositions, outlineNodes, type Outline, type OutlineKind, type OutlineNode, type OutlineSession, type OutlineTarget } from './tree';

export type { Outline, OutlineDay, OutlineKind, OutlineNode, OutlineSession, OutlineTarget } from './tree';
export { outlineNodeAt, outlineNodes, outlineText } from './tree';

export type OutlineSort = 'time' | 'room';

export interface OutlineOptions {
  /** Diagnostics of the same text, to attach to the nodes they fall in. */
  diagnostics?: readonly Diagnostic[];
  /** BCP 47 locale for dates (default and plain `en`: `en-GB`). */
  locale?: string;
  /** Order of the sessions within a day (default `time`, the order of every face: see `compareSessions`). */
  sort?: OutlineSort;
  /** Show only this day (an `OutlineDay.key`). */
  day?: string;
  /** The words the outline adds, in the language of the interface (default: English). */
  words?: OutlineWords;
  /**
   * The agenda items its sessions take up, for an agenda that declares none of its own: those of the agenda it is
   * part of (in a programme of files).
   */
  agendaItems?: readonly EventAgendaItem[];
}

type Span = [number, number];

/** A session as the outline shows it: the model's session, its title and room in the outline's language, its span. */
interface SessionInfo {
  model: ModelSession;
  index: number;
  node: Node;
  id?: string;
  title: string;
  /** Its day (`OutlineDay.key`): the date, or `''` without a real one. */
  day: string;
  room?: string;
  span: Span;
  references: Reference[];
  /** How the outline's nodes under it and about it name it (one object shared by them). */
  ref: OutlineSession;
  /** Its `agendaItems` entries that have a number. */
  agendaItems: AgendaItemEntry[];
}
const ROLE_ORDER: ReferenceRole[] = ['chair', 'moderator', 'speaker'];

function compareTime(a: SessionInfo, b: SessionInfo): number {
  return compareSessions(a.model, b.model);
}

function compareRoom(a: SessionInfo, b: SessionInfo): number {
  if (!a.room || !b.room) return (a.room ? -1 : b.room ? 1 : 0) || compareTime(a, b);
  return a.room.localeCompare(b.room, undefined, { sensitivity: 'base', numeric: true }) || compareTime(a, b);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return comparePositions(a.range.start, b.range.start);
}

class OutlineBuilder {
  private readonly root: Node | null;
  private readonly entities: AgendaEntities;
  private readonly sessions: SessionInfo[] = [];
  private readonly ids = new UniqueIds('~');
  /** For each `kind\0id`, the sessions that refer to it and the references each holds. */
  private readonly uses = new Map<string, Map<SessionInfo, Reference[]>>();
  private readonly diagnostics: DiagnosticIndex;
  private readonly texts: OutlineTexts;
  private readonly words: OutlineWords;
  /** The ranges of the definition each id of a kind leads to (null for none), found once per outline and shared by its targets. */
  private readonly targets = new Map<EntityKind, Map<string, [Range, Range] | null>>();
  /** The range of each span the outline was given (a reference's), shared by the nodes at it. */
  private readonly ranges = new Map<Span, Range>();
  /** The agenda items the sessions see, by number, and whether the agenda declares them itself. */
  private readonly agendaItemNodes: Map<string, Node | null>;
  private readonly ownAgendaItems: boolean;
  /** What each session shows wherever the topics, people and agenda items list it (`sessionUseTexts`), by its notes. */
  private readonly sessionUses = new Map<SessionInfo, Map<string, [string, string]>>();
  /** The texts of each person in each role (`personRefTexts`), by `role\0id`. */
  private readonly personRefs = new Map<string, [string, string]>();

  constructor(private readonly parsed: ParsedAgenda, private readonly options: OutlineOptions) {
    this.root = parsed.doc.contents as Node | null;
    const model = programmeOf(parsed);
    this.entities = model.entities;
    this.words = options.words ?? ENGLISH_OUTLINE_WORDS;
    this.texts = new OutlineTexts(this.entities, this.words, options.locale ?? 'en-GB', declaredLanguages(parsed.value));
    this.diagnostics = new DiagnosticIndex(options.diagnostics ?? [], parsed.lines);
    const own = eventAgendaItems(this.root);
    this.ownAgendaItems = own.length > 0;
    this.agendaItemNodes = new Map();
    for (const item of own.length ? own : options.agendaItems ?? []) if (!this.agendaItemNodes.has(item.number)) this.agendaItemNodes.set(item.number, item.node);
    this.collectSessions(model.sessions);
  }

  build(): Outline {
    const days = this.days();
    const roots = pairOf(this.root, 'event') || this.sessions.length ? [this.event(days)] : [];
    const agendaItems = this.agendaItems();
    if (agendaItems) roots.push(agendaItems);
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
      days: days.map(([key, sessions]) => ({ key, label: this.texts.dayLabel(key), sessions: sessions.length })),
    };
  }

  /**
   * A syntax error often sits just after the last value YAML could make sense of (a tab, a stray quote), outside
   * every node: it goes to the node that ends last before it, so that the broken session is marked.
   */
  private attachSyntaxErrors(roots: OutlineNode[]): void {
    const diagnostics = this.diagnostics.all();
    if (!diagnostics.some((diagnostic) => diagnostic.code === 'yaml-syntax')) return;
    const nodes = [...outlineNodes(roots)].filter((node) => node.kind !== 'day');
    const attached = new Set(nodes.flatMap((node) => node.diagnostics));
    for (const diagnostic of diagnostics) {
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

  private collectSessions(sessions: readonly ModelSession[]): void {
    for (const model of sessions) {
      const { index, node, id } = model;
      const span = contentSpan(node, this.parsed.text);
      if (!span) continue;
      const room = this.texts.text(valueOf(node, 'room'));
      const title = this.texts.text(valueOf(node, 'title')) ?? id ?? this.texts.plain(node) ?? this.words.sessionNumber(index + 1);
      const agendaItems = sessionAgendaItems(node).filter((entry) => entry.number);
      const ref: OutlineSession = id === undefined ? { index } : { index, id };
      const info: SessionInfo = { model, index, node, title, day: model.time.day ?? '', span, references: model.references, agendaItems, ref };
      if (id !== undefined) info.id = id;
      if (room !== undefined) info.room = room;
      this.sessions.push(info);
      for (const reference of info.references) {
        const key = `${reference.kind}\u0000${reference.id}`;
        let uses = this.uses.get(key);
        if (!uses) this.uses.set(key, (uses = new Map<SessionInfo, Reference[]>()));
        const held = uses.get(info);
        if (held) held.push(reference);
        else uses.set(info, [reference]);
      }
    }
  }

  private range(span: Span): Range {
    return this.parsed.lines.range(span[0], span[1]);
  }

  /** The range of a reference's span: a session's node of it and the node of the session under what it names share it. */
  private referenceRange(span: Span): Range {
    let range = this.ranges.get(span);
    if (!range) this.ranges.set(span, (range = this.range(span)));
    return range;
  }

  private node(parent: OutlineNode | undefined, local: string, kind: OutlineKind, label: string, span: Span | undefined, fields: Partial<OutlineNode> = {}, range?: Range): OutlineNode {
    const base = parent ? `${parent.id}/${local}` : local;
    const id = this.ids.take(base);
    const node: OutlineNode = {
      id,
      kind,
      label,
      description: '',
      tooltip: label,
      range: range ?? this.range(span ?? [0, 0]),
      diagnostics: span ? this.diagnostics.startingIn(span) : [],
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

  /** The days in date order, the sessions of each in the order asked for. */
  private days(): [string, SessionInfo[]][] {
    const byDay = new Map<string, SessionInfo[]>();
    for (const session of [...this.sessions].sort(compareTime)) {
      const list = byDay.get(session.day);
      if (list) list.push(session);
      else byDay.set(session.day, [session]);
    }
    const days = [...byDay.entries()];
    if (this.options.sort === 'room') for (const [, sessions] of days) sessions.sort(compareRoom);
    return days;
  }

  private shown(session: SessionInfo): boolean {
    return this.options.day === undefined || session.day === this.options.day;
  }

  private event(days: [string, SessionInfo[]][]): OutlineNode {
    const event = valueOf(this.root, 'event');
    const title = this.texts.text(valueOf(event, 'title'));
    const label = this.texts.text(valueOf(event, 'shortTitle')) ?? title ?? this.words.untitledEvent;
    const dates = this.texts.eventDates(scalarText(valueOf(event, 'start')), scalarText(valueOf(event, 'end')));
    const venue = valueOf(event, 'venue');
    const place = [this.texts.text(valueOf(venue, 'site')), this.texts.text(valueOf(venue, 'city'))].filter(Boolean).join(', ');
    const city = this.texts.text(valueOf(venue, 'city'));
    const tooltip = [title ?? label, this.texts.text(valueOf(event, 'series')), this.texts.text(valueOf(event, 'body')), dates, place].filter(Boolean).join('\n');
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

  private day(event: OutlineNode, key: string, sessions: SessionInfo[]): void {
    const label = this.texts.dayLabel(key);
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
    return session.ref;
  }

  private session(day: OutlineNode, session: SessionInfo): void {
    const { node } = session;
    const formatValue = scalarText(valueOf(node, 'format'));
    const format = formatValue && this.words.format(formatValue);
    const statusValue = scalarText(valueOf(node, 'status'));
    const status = statusValue && statusValue !== 'confirmed' ? this.words.status(statusValue) : '';
    const sessionClock = this.texts.sessionClock(session.model.time);
    const when = [this.texts.dayLabel(session.day), sessionClock].filter(Boolean).join(', ');
    const part = session.model.time.start !== undefined && session.model.time.part ? ` (${this.words.part(session.model.time.part)})` : '';
    const inSession = session.references.filter((r) => r.path[2] !== 'items');
    const byRole = new Map<ReferenceRole, Reference[]>();
    for (const reference of inSession) {
      const list = byRole.get(reference.role);
      if (list) list.push(reference);
      else byRole.set(reference.role, [reference]);
    }
    const people = ROLE_ORDER.map((role) => {
      const names = this.uniqueIds(byRole.get(role) ?? []).map((id) => this.texts.personName(id));
      return names.length ? this.words.labelled(this.words.roleHeading(role), names.join(', ')) : '';
    });
    const topics = this.uniqueIds(session.references.filter((r) => r.role === 'topic')).map((id) => this.texts.topicTitle(id));
    const description = this.texts.text(valueOf(node, 'description'));
    const items = session.agendaItems.map((entry) => (entry.continued ? this.words.continuedItem(this.words.agendaItem(entry.number!)) : this.words.agendaItem(entry.number!)));
    const tooltip = [
      session.title,
      when + part,
      [session.room, format].filter(Boolean).join(' · '),
      ...items,
      ...people,
      topics.length ? this.words.labelled(this.words.topics, topics.join('; ')) : '',
      capitalize(status),
      description ? `\n${description}` : '',
    ].filter(Boolean).join('\n');
    const label = [sessionClock, session.title, session.room].filter(Boolean).join(' · ');
    const parent = this.node(day, session.id === undefined ? `session#${session.index}` : `session:${session.id}`, 'session', label, session.span, {
      description: [items.join(', '), status, format].filter(Boolean).join(' · '),
      tooltip,
      session: this.sessionRef(session),
    });
    for (const entry of session.agendaItems) this.agendaItemRef(parent, entry, session);
    for (const reference of byRole.get('topic') ?? []) this.topicRef(parent, reference, session);
    for (const role of ROLE_ORDER) {
      for (const reference of byRole.get(role) ?? []) this.personRef(parent, reference, session);
    }
    this.items(parent, session);
  }

  private uniqueIds(references: Reference[]): string[] {
    return [...new Set(references.map((r) => r.id))];
  }

  private target(kind: EntityKind, id: string): OutlineTarget {
    let ofKind = this.targets.get(kind);
    if (!ofKind) this.targets.set(kind, (ofKind = new Map()));
    let ranges = ofKind.get(id);
    if (ranges === undefined) {
      const definition = this.entities.byId[kind].get(id);
      const span = contentSpan(definition?.node, this.parsed.text);
      ranges = definition && span ? [this.range(span), this.range(definition.idSpan)] : null;
      ofKind.set(id, ranges);
    }
    const target: OutlineTarget = { kind, id };
    if (ranges) {
      target.range = ranges[0];
      target.idRange = ranges[1];
    }
    return target;
  }

  private topicRef(parent: OutlineNode, reference: Reference, session: SessionInfo): void {
    const definition = this.entities.byId.topic.get(reference.id);
    this.node(parent, `topic:${reference.id}`, 'topicRef', this.texts.topicTitle(reference.id), reference.span, {
      description: definition ? '' : this.words.notDefined(reference.id),
      tooltip: definition ? this.texts.topicTooltip(definition) : this.words.topicNotDefined(reference.id),
      target: this.target('topic', reference.id),
      session: this.sessionRef(session),
    }, this.referenceRange(reference.span));
  }

  /** An agenda item's title in the outline's languages, when the items the sessions see list its number. */
  private agendaItemTitle(number: string): string | undefined {
    const node = this.agendaItemNodes.get(number);
    return node === undefined ? undefined : this.texts.text(valueOf(node, 'title')) ?? '';
  }

  /** `Agenda item 6: Title`, or `Agenda item 6` without a title. */
  private agendaItemLabel(number: string): string {
    const title = this.agendaItemTitle(number);
    return title ? this.words.labelled(this.words.agendaItem(number), title) : this.words.agendaItem(number);
  }

  private agendaItemRef(parent: OutlineNode, entry: AgendaItemEntry, session: SessionInfo): void {
    const number = entry.number!;
    const listed = this.agendaItemNodes.has(number);
    const label = this.agendaItemLabel(number);
    const description = [entry.continued ? this.words.continued : '', listed ? '' : this.words.notDefined(number)].filter(Boolean).join(' · ');
    this.node(parent, `agendaItem:${number}`, 'agendaItemRef', label, contentSpan(entry.entry, this.parsed.text), {
      description,
      tooltip: listed ? (entry.continued ? this.words.continuedItem(label) : label) : this.words.agendaItemNotListed(number),
      session: this.sessionRef(session),
      agendaItem: { number, continued: entry.continued },
    });
  }

  /**
   * The agenda items with the sessions that take each up, in time order (continued ones marked): every item the
   * agenda declares, or, where it takes them from the agenda it is part of, those its sessions take up.
   */
  private agendaItems(): OutlineNode | undefined {
    const uses = new Map<string, [SessionInfo, AgendaItemEntry][]>();
    for (const session of [...this.sessions].filter((s) => this.shown(s)).sort(compareTime)) {
      for (const entry of session.agendaItems) {
        if (!this.agendaItemNodes.has(entry.number!)) continue;
        const list = uses.get(entry.number!) ?? [];
        list.push([session, entry]);
        uses.set(entry.number!, list);
      }
    }
    const numbers = this.ownAgendaItems ? [...this.agendaItemNodes.keys()] : [...this.agendaItemNodes.keys()].filter((number) => uses.has(number));
    if (!numbers.length) return undefined;
    const firstUse = (number: string) => contentSpan(uses.get(number)?.[0][1].entry, this.parsed.text);
    const declared = pairOf(valueOf(this.root, 'event'), 'agendaItems');
    const keySpan = contentSpan(declared?.key, this.parsed.text);
    const span: Span | undefined = this.ownAgendaItems && keySpan ? [keySpan[0], Math.max(keySpan[1], contentSpan(declared?.value, this.parsed.text)?.[1] ?? 0)] : firstUse(numbers[0]);
    const group = this.node(undefined, 'agendaItems', 'agendaItems', this.words.agendaItems, span, {
      description: String(numbers.length),
      tooltip: this.words.labelled(this.words.agendaItems, String(numbers.length)),
    });
    for (const number of numbers) {
      const taken = uses.get(number) ?? [];
      const title = this.agendaItemTitle(number);
      const itemSpan = this.ownAgendaItems ? contentSpan(this.agendaItemNodes.get(number), this.parsed.text) : firstUse(number);
      const item = this.node(group, `item:${number}`, 'agendaItem', this.agendaItemLabel(number), itemSpan, {
        description: taken.length ? this.words.sessions(taken.length) : this.words.noSession,
        tooltip: [this.words.agendaItem(number), title, taken.length ? this.words.takenUpIn(taken.length) : this.words.notTakenUp].filter(Boolean).join('\n'),
        agendaItem: { number },
      });
      for (const [session, entry] of taken) this.sessionUse(item, session, contentSpan(entry.entry, this.parsed.text), entry.continued ? [this.words.continued] : []);
    }
    return group;
  }

  private personRef(parent: OutlineNode, reference: Reference, session: SessionInfo): void {
    const role = reference.role;
    const [description, tooltip] = this.personRefTexts(role, reference.id);
    this.node(parent, `${role}:${reference.id}`, 'personRef', this.texts.personName(reference.id), reference.span, {
      description,
      tooltip,
      target: this.target('person', reference.id),
      session: this.sessionRef(session),
      roles: [role],
    }, this.referenceRange(reference.span));
  }

  /** The description and tooltip of a person named in a role: the same wherever the outline shows them in it. */
  private personRefTexts(role: ReferenceRole, id: string): [string, string] {
    const key = `${role}\u0000${id}`;
    let texts = this.personRefs.get(key);
    if (!texts) {
      const definition = this.entities.byId.person.get(id);
      texts = [
        [this.words.role(role), definition ? this.texts.affiliation(id) : this.words.notDefined(id)].filter(Boolean).join(' · '),
        definition ? this.words.labelled(capitalize(this.words.role(role)), this.texts.personTooltip(definition)) : this.words.personNotDefined(id),
      ];
      this.personRefs.set(key, texts);
    }
    return texts;
  }

  private items(parent: OutlineNode, session: SessionInfo): void {
    const inItems = new Map<unknown, Reference[]>();
    for (const reference of session.references) {
      if (reference.path[2] !== 'items') continue;
      const list = inItems.get(reference.path[3]);
      if (list) list.push(reference);
      else inItems.set(reference.path[3], [reference]);
    }
    session.model.time.items.forEach((item, index) => {
      const span = contentSpan(item.node, this.parsed.text);
      if (!item.node || !span) return;
      const title = this.texts.text(valueOf(item.node, 'title')) ?? this.texts.plain(item.node) ?? this.words.itemNumber(index + 1);
      const time = clock(item.start, item.end);
      const kindValue = scalarText(valueOf(item.node, 'kind'));
      const kind = kindValue && this.words.kind(kindValue);
      const speakers = inItems.get(index) ?? [];
      const description = this.texts.text(valueOf(item.node, 'description'));
      const node = this.node(parent, `item#${index}`, 'item', [time, title].filter(Boolean).join(' · '), span, {
        description: kind ?? '',
        tooltip: [
          title,
          [time, kind].filter(Boolean).join(' · '),
          speakers.length ? this.words.labelled(this.words.roleHeading('speaker'), this.uniqueIds(speakers).map((id) => this.texts.personName(id)).join(', ')) : '',
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
      .sort(([a], [b]) => compareTime(a, b));
  }

  /** A session under what it refers to (a topic, a person, an agenda item), with notes on how (roles, `continued`). */
  private sessionUse(parent: OutlineNode, session: SessionInfo, span: Span | undefined, notes: string[], roles?: ReferenceRole[], range?: Range): void {
    const [description, tooltip] = this.sessionUseTexts(session, notes.join(', '));
    const fields: Partial<OutlineNode> = {
      description,
      tooltip,
      session: this.sessionRef(session),
    };
    if (session.id !== undefined) fields.target = this.target('session', session.id);
    if (roles) fields.roles = roles;
    const local = session.id === undefined ? `session#${session.index}` : `session:${session.id}`;
    this.node(parent, local, 'sessionRef', session.title, span, fields, range);
  }

  /**
   * The description and tooltip of a session where a topic, a person or an agenda item lists it (with the notes on
   * how, `noted`): its day and time, short (`Fri 24 Apr, 10:00–11:00`) and in full, its title and room.
   */
  private sessionUseTexts(session: SessionInfo, noted: string): [string, string] {
    let texts = this.sessionUses.get(session);
    if (!texts) this.sessionUses.set(session, (texts = new Map()));
    let found = texts.get(noted);
    if (!found) {
      const clock = this.texts.sessionClock(session.model.time);
      const when = [this.texts.shortDay(session.day), clock].filter(Boolean).join(', ');
      const longWhen = [this.texts.dayLabel(session.day), clock].filter(Boolean).join(', ');
      found = [[when, noted].filter(Boolean).join(' · '), [session.title, longWhen, session.room, capitalize(noted)].filter(Boolean).join('\n')];
      texts.set(noted, found);
    }
    return found;
  }

  private topics(): OutlineNode | undefined {
    return this.group('topics', this.words.topics, this.entities.definitions.topic, (group, definition) => {
      const uses = this.sessionsReferring('topic', definition.id);
      const topic = this.node(group, `topic:${definition.id}`, 'topic', this.texts.topicTitle(definition.id), contentSpan(definition.node, this.parsed.text), {
        description: uses.length ? this.words.sessions(uses.length) : this.words.noSession,
        tooltip: [this.texts.topicTooltip(definition), this.words.labelled(this.words.id, definition.id), uses.length ? this.words.coveredIn(uses.length) : this.words.notCovered].join('\n'),
      });
      for (const [session, references] of uses) this.sessionUse(topic, session, references[0].span, [], undefined, this.referenceRange(references[0].span));
    });
  }

  private people(): OutlineNode | undefined {
    return this.group('people', this.words.people, this.entities.definitions.person, (group, definition) => {
      const uses = this.sessionsReferring('person', definition.id);
      const affiliation = this.texts.affiliation(definition.id);
      const person = this.node(group, `person:${definition.id}`, 'person', this.texts.personName(definition.id), contentSpan(definition.node, this.parsed.text), {
        description: [affiliation, uses.length ? this.words.sessions(uses.length) : this.words.noSession].filter(Boolean).join(' · '),
        tooltip: [this.texts.personTooltip(definition), this.words.labelled(this.words.id, definition.id), uses.length ? this.words.takesPartIn(uses.length) : this.words.notInAnySession].join('\n'),
      });
      for (const [session, references] of uses) {
        const roles = ROLE_ORDER.filter((role) => references.some((r) => r.role === role));
        this.sessionUse(person, session, references[0].span, roles.map((role) => this.words.role(role)), roles, this.referenceRange(references[0].span));
      }
    });
  }
}

/**
 * Builds the outline of a parsed agenda: the event, its days (in date order, labelled in `locale`), the sessions
 * of each day in time order (or by room), each with its agenda items, topics, chair, moderators, speakers and timed
 * items; then the agenda items with the sessions that take each up (continued ones marked), and every topic and
 * every person with the sessions that name them. Works on whatever could be parsed of a broken
 * file, and never throws on any shape of YAML.
 */
export function buildOutline(parsed: ParsedAgenda, options: OutlineOptions = {}): Outline {
  return new OutlineBuilder(parsed, options).build();
}


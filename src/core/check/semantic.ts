import type { Node } from 'yaml';
import { ID_PATTERN, slug } from '../base/ids';
import type { Diagnostic, DiagnosticCode, RelatedLocation, Severity } from '../base/model';
import { closest, editDistance, Suggester } from '../base/suggest';
import { ENTITY_LISTS, type AgendaEntities, type EntityKind, type Reference } from '../parse/entities';
import { continuedNotBegun, continuedSpan, eventAgendaItems, sessionAgendaItems } from '../parse/agendaItems';
import { itemsOf, pairOf, pairsOf, scalarText, valueOf, valueSpan } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { programmeOf, type ModelSession } from '../programme/model';
import { roomKey, roomName, roomReference, roomsOf } from '../programme/rooms';
import { dayPartOf, inDayPart, isDayPart } from '../time/dayParts';
import { extentsMeet, type Extent } from '../time/extent';
import { formatMinutes, isCalendarDate, sessionExtent, type SessionTime } from '../time/time';
import { ianaTimeZones } from '../time/timeZones';
import { withMessage } from '../messages/diagnosticText';
import { didYouMean, msg, type Message, type MessageId } from '../messages/messages';
import { translationDiagnostics } from './translations';

const UNKNOWN_CODE: Record<EntityKind, DiagnosticCode> = {
  organization: 'unknown-organization',
  person: 'unknown-person',
  topic: 'unknown-topic',
  track: 'unknown-track',
  document: 'unknown-document',
  session: 'unknown-topic',
};

const UNUSED_MESSAGE: Partial<Record<EntityKind, MessageId>> = {
  organization: 'semantic.unusedOrganization',
  person: 'semantic.unusedPerson',
  topic: 'semantic.unusedTopic',
  track: 'semantic.unusedTrack',
  document: 'semantic.unusedDocument',
};

/** The kinds of ids a scope resolves: what an agenda refers to by id. */
export type ScopedKind = Exclude<EntityKind, 'session'> | 'room';

/** The kinds an agenda refers to by id in its lists of references, in the order the checks take them. */
export const REFERENCED_KINDS = ['organization', 'person', 'topic', 'track', 'document'] as const satisfies readonly Exclude<EntityKind, 'session'>[];

/** Every kind a scope resolves: the referenced kinds, and rooms. */
export const SCOPED_KINDS = [...REFERENCED_KINDS, 'room'] as const satisfies readonly ScopedKind[];

/**
 * What an agenda's references resolve against: the ids it can see of each kind (its own, and in a programme of
 * files those of the agendas it is part of), and whether an id it defines is used (in a programme, by any file that
 * sees it). The checks that depend on it are those of {@link SCOPED_CODES}.
 */
export interface IdScope {
  known: Record<ScopedKind, ReadonlyMap<string, unknown>>;
  used(kind: Exclude<EntityKind, 'session'>, id: string): boolean;
}

/** The codes whose diagnostics depend on the ids an agenda sees and on what uses its ids: see {@link IdScope}. */
export const SCOPED_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['unknown-organization', 'unknown-person', 'unknown-topic', 'unknown-track', 'unknown-document', 'unknown-room', 'unused-id']);

/** The scope of an agenda alone: its own ids, used when it refers to them itself. */
export function ownScope(parsed: ParsedAgenda): IdScope {
  const { entities } = programmeOf(parsed);
  const used = new Map<EntityKind, Set<string>>();
  for (const { kind, id } of entities.references) {
    const ids = used.get(kind);
    if (ids) ids.add(id);
    else used.set(kind, new Set([id]));
  }
  return {
    known: { organization: entities.byId.organization, person: entities.byId.person, topic: entities.byId.topic, track: entities.byId.track, document: entities.byId.document, room: roomsOf(parsed).byId },
    used: (kind, id) => used.get(kind)?.has(id) ?? false,
  };
}

/** A session that holds its room and its people: dated, with a start, not cancelled. */
export interface TimedSession {
  index: number;
  node: Node;
  id: string;
  date: string;
  extent: Extent;
  /** The extent in minutes since the epoch's first day, so that sessions past midnight meet the next day's. */
  from: number;
  to: number;
}

/**
 * How the checks of {@link SCOPED_CODES} report: in full, or (`places`) only where an id is unknown, with its code
 * and no message or suggestion, for `checkParsed` to know where they are in a file whose ids a programme of files
 * resolves (see `checkParsedUnscoped`).
 */
export type ScopedMode = 'full' | 'places';

class SemanticReporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly root: Node | null;
  private readonly entities: AgendaEntities;

  constructor(private readonly parsed: ParsedAgenda, private readonly scope: IdScope = ownScope(parsed), private readonly mode: ScopedMode = 'full') {
    this.root = parsed.doc.contents as Node | null;
    this.entities = programmeOf(parsed).entities;
  }

  private add(span: [number, number] | undefined, severity: Severity, code: DiagnosticCode, message: Message, extra: Partial<Diagnostic> = {}): void {
    if (!span) return;
    this.diagnostics.push(Object.assign(withMessage({ range: this.parsed.lines.range(span[0], span[1]), severity, code }, message), extra));
  }

  /** In `places` mode, an unknown id: where it is and its code, without the words and suggestions nobody reads. */
  private place(span: [number, number], code: DiagnosticCode): void {
    this.diagnostics.push({ range: this.parsed.lines.range(span[0], span[1]), severity: 'error', code, message: '' });
  }

  private related(span: [number, number] | undefined, message: Message): RelatedLocation[] {
    return span ? [withMessage({ range: this.parsed.lines.range(span[0], span[1]) }, message)] : [];
  }

  run(): Diagnostic[] {
    this.duplicates();
    this.scoped();
    this.event();
    this.agendaItems();
    this.documentSymbols();
    const timed = this.sessions();
    this.overlaps(timed);
    this.unplaced(timed);
    return this.diagnostics;
  }

  /** The checks of {@link SCOPED_CODES}, against the scope. */
  scoped(): Diagnostic[] {
    this.references();
    this.rooms();
    this.unused();
    return this.diagnostics;
  }

  private duplicates(): void {
    for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
      for (const definition of this.entities.definitions[kind]) {
        const first = this.entities.byId[kind].get(definition.id);
        if (!first || first === definition) continue;
        const line = this.parsed.lines.positionAt(first.idSpan[0]).line + 1;
        this.add(definition.idSpan, 'error', 'duplicate-id', msg('semantic.duplicateId', { kind: kindName(kind), id: definition.id, line }),
          { related: this.related(first.idSpan, msg('semantic.firstId', { kind: kindName(kind), id: definition.id })) });
      }
    }
    const rooms = roomsOf(this.parsed);
    for (const definition of rooms.definitions) {
      const first = rooms.byId.get(definition.id);
      if (!first || first === definition) continue;
      const line = this.parsed.lines.positionAt(first.idSpan[0]).line + 1;
      this.add(definition.idSpan, 'error', 'duplicate-id', msg('semantic.duplicateId', { kind: msg('entity.room'), id: definition.id, line }),
        { related: this.related(first.idSpan, msg('semantic.firstId', { kind: msg('entity.room'), id: definition.id })) });
    }
  }

  /** Where the agenda sees a registry of rooms, each session's `room` must name one of them by id. */
  private rooms(): void {
    const known = this.scope.known.room;
    if (!known.size) return;
    let suggester: Suggester | undefined;
    for (const { node } of programmeOf(this.parsed).sessions) {
      const reference = roomReference(node);
      if (!reference || known.has(reference.id)) continue;
      if (this.mode === 'places') {
        this.place(reference.span, 'unknown-room');
        continue;
      }
      suggester ??= new Suggester(known.keys());
      const suggestions = suggester.closest(reference.id, 3);
      this.add(reference.span, 'error', 'unknown-room', msg('semantic.unknownRoom', { id: reference.id, hint: didYouMean(suggestions) }), suggestions.length ? { suggestions } : {});
    }
  }

  /**
   * Unknown ids, each with the known ids closest to it (from an index of them made once per kind), leaving out
   * those the same list already holds (the lists indexed at the first unknown id: a clean agenda needs none).
   */
  private references(): void {
    const suggesters = new Map<EntityKind, Suggester>();
    let lists: Map<string, Set<string>> | undefined;
    for (const reference of this.entities.references) {
      if (reference.kind === 'session') continue;
      const known = this.scope.known[reference.kind];
      if (known.has(reference.id)) continue;
      if (this.mode === 'places') {
        this.place(reference.span, UNKNOWN_CODE[reference.kind]);
        continue;
      }
      if (!ID_PATTERN.test(reference.id)) {
        this.notAnId(reference);
        continue;
      }
      let suggester = suggesters.get(reference.kind);
      if (!suggester) suggesters.set(reference.kind, (suggester = new Suggester(known.keys())));
      lists ??= this.referenceLists();
      const listed = lists.get(listKey(reference)) ?? new Set<string>();
      const suggestions = suggester.closest(reference.id, 3 + listed.size).filter((id) => !listed.has(id)).slice(0, 3);
      const list = ENTITY_LISTS[reference.kind];
      const message = known.size
        ? msg('semantic.unknown', { kind: kindName(reference.kind), id: reference.id, list, hint: didYouMean(suggestions) })
        : msg('semantic.unknownNone', { kind: kindName(reference.kind), id: reference.id, list });
      this.add(reference.span, 'error', UNKNOWN_CODE[reference.kind], message, suggestions.length ? { suggestions } : {});
    }
  }

  /**
   * A name, title or acronym written where an id belongs (`speakers: [Michele Pasin]`): one diagnostic, whose fix
   * is the id of the entry of that name, or else the id the text would make when an entry has it.
   */
  private notAnId(reference: Reference): void {
    const named = this.names(reference.kind).get(comparable(reference.id));
    const kind = kindName(reference.kind);
    const list = ENTITY_LISTS[reference.kind];
    if (named !== undefined) {
      this.add(reference.span, 'error', UNKNOWN_CODE[reference.kind], msg('semantic.nameNotId', { kind, name: reference.id, id: named }), { suggestions: [named] });
      return;
    }
    const made = slug(reference.id);
    const suggestions = this.entities.byId[reference.kind].has(made) ? [made] : [];
    const example = made || 'first-meeting';
    this.add(reference.span, 'error', UNKNOWN_CODE[reference.kind], msg('semantic.notAnId', { kind, value: reference.id, list, example, hint: didYouMean(suggestions) }), suggestions.length ? { suggestions } : {});
  }

  private readonly named = new Map<EntityKind, Map<string, string>>();

  /** The entries of a kind by their names, titles and acronyms in every language, compared without case or accents. */
  private names(kind: EntityKind): Map<string, string> {
    let names = this.named.get(kind);
    if (names) return names;
    names = new Map();
    for (const definition of this.entities.definitions[kind]) {
      for (const key of ['name', 'title', 'acronym']) {
        const value = valueOf(definition.node, key);
        const texts = [scalarText(value), ...pairsOf(value).map((pair) => scalarText(pair.value))];
        for (const text of texts) if (text !== undefined && !names.has(comparable(text))) names.set(comparable(text), definition.id);
      }
    }
    this.named.set(kind, names);
    return names;
  }

  /**
   * Each session's `agendaItems` against the numbers of `event.agendaItems` (compared as trimmed text, so `3` and
   * `"3"` are one), with the closest numbers for one that is not there; and each item a session says it continues
   * (`continued: true`) against the sessions before it in programme order, one of which must take the item up (a
   * cancelled session takes up nothing).
   */
  private agendaItems(): void {
    const numbers = eventAgendaItems(this.root).map((item) => item.number);
    const known = new Set(numbers);
    itemsOf(valueOf(this.root, 'sessions')).forEach((session, index) => {
      for (const { node, number } of sessionAgendaItems(session)) {
        if (!number || known.has(number)) continue;
        const { message, suggestions } = unknownAgendaItem(number, sessionName(session, index), numbers);
        this.add(valueSpan(node), 'error', 'unknown-agenda-item', message, suggestions.length ? { suggestions } : {});
      }
    });
    const sessions = programmeOf(this.parsed).days.flatMap((day) => day.sessions).map((session) => ({ session, entries: sessionAgendaItems(session.node), cancelled: isCancelled(session.node) }));
    for (const { session, entry } of continuedNotBegun(sessions, known)) {
      this.add(continuedSpan(entry.entry), 'warning', 'agenda-item-not-begun', msg('semantic.continuedNotBegun', { id: sessionName(session.node, session.index), number: entry.number! }));
    }
  }

  /** Every document `symbol` that is not in the form of a UN document symbol, with the symbol tidied when that makes one. */
  private documentSymbols(): void {
    const lists = [valueOf(this.root, 'documents'), valueOf(valueOf(this.root, 'event'), 'documents'), ...itemsOf(valueOf(this.root, 'sessions')).map((s) => valueOf(s, 'documents'))];
    for (const document of lists.flatMap(itemsOf)) {
      const node = valueOf(document, 'symbol');
      const symbol = scalarText(node);
      if (symbol === undefined || isDocumentSymbol(symbol)) continue;
      const fixed = tidySymbol(symbol);
      const suggestions = fixed !== undefined && isDocumentSymbol(fixed) ? [fixed] : [];
      const message = suggestions.length ? msg('semantic.symbolFix', { symbol, fixed: suggestions[0] }) : msg('semantic.symbol', { symbol });
      this.add(valueSpan(node), 'warning', 'document-symbol', message, suggestions.length ? { suggestions } : {});
    }
  }

  /** The ids each list of references holds (a session's speakers, its topics...), by `listKey`. */
  private referenceLists(): Map<string, Set<string>> {
    const lists = new Map<string, Set<string>>();
    for (const reference of this.entities.references) {
      const key = listKey(reference);
      const ids = lists.get(key);
      if (ids) ids.add(reference.id);
      else lists.set(key, new Set([reference.id]));
    }
    return lists;
  }

  private unused(): void {
    if (this.mode === 'places') return;
    for (const [kind, message] of Object.entries(UNUSED_MESSAGE) as [Exclude<EntityKind, 'session'>, MessageId][]) {
      for (const [id, definition] of this.entities.byId[kind]) {
        if (!this.scope.used(kind, id)) this.add(definition.idSpan, 'info', 'unused-id', msg(message, { id }));
      }
    }
  }

  private event(): void {
    const event = valueOf(this.root, 'event');
    const zoneNode = valueOf(event, 'timezone');
    const zone = scalarText(zoneNode);
    if (zone !== undefined && !isTimeZone(zone)) {
      const suggestions = closest(zone, ianaTimeZones());
      this.add(valueSpan(zoneNode), 'error', 'unknown-timezone', msg('semantic.timezone', { zone, hint: didYouMean(suggestions) }), suggestions.length ? { suggestions } : {});
    }
    const start = scalarText(valueOf(event, 'start'));
    const endNode = valueOf(event, 'end');
    const end = scalarText(endNode);
    if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
      this.add(valueSpan(endNode), 'error', 'time-order', msg('semantic.eventOrder', { end, start }), { suggestions: [start] });
    }
  }

  private sessions(): TimedSession[] {
    const event = valueOf(this.root, 'event');
    const first = scalarText(valueOf(event, 'start'));
    const last = scalarText(valueOf(event, 'end'));
    const dated = isCalendarDate(first) && isCalendarDate(last) && first <= last;
    const timed: TimedSession[] = [];
    for (const { index, node, id: written, time } of programmeOf(this.parsed).sessions) {
      const id = written ?? `${index + 1}`;
      if (dated && time.day !== undefined && (time.day < first || time.day > last)) {
        this.add(valueSpan(valueOf(node, 'date')), 'error', 'date-outside-event', msg('semantic.outsideEvent', { id, date: time.day, first, last }));
      }
      this.sessionClock(node, id, time);
      const session = timedSession({ index, node, time, ...(written === undefined ? {} : { id: written }) });
      if (session) timed.push(session);
    }
    return timed;
  }

  private sessionClock(node: Node, id: string, time: SessionTime): void {
    const endNode = valueOf(node, 'end');
    const durationNode = valueOf(node, 'duration');
    if (time.moment) {
      for (const [key, value] of [['end', endNode], ['duration', durationNode]] as const) {
        if (value) this.add(valueSpan(value), 'warning', 'time-mismatch', msg('semantic.momentLength', { what: msg('semantic.session', { id }), key, marked: '`format: moment`' }));
      }
      this.items(id, time);
      return;
    }
    if (pairOf(node, 'start') === undefined) {
      for (const [key, value] of [['end', endNode], ['duration', durationNode]] as const) {
        if (value) this.add(valueSpan(value), 'warning', 'time-mismatch', msg('semantic.noStart', { id, key }));
      }
    }
    const end = time.endFrom === 'end' ? time.end : undefined;
    if (time.start !== undefined && end !== undefined) {
      if (end <= time.start) {
        const message = end === time.start
          ? msg('semantic.endsWhenStarts', { id, time: formatMinutes(end) })
          : msg('semantic.endsBeforeStart', { id, end: formatMinutes(end), start: formatMinutes(time.start) });
        this.add(valueSpan(endNode), 'error', 'time-order', message);
      }
      const duration = Number(scalarText(durationNode));
      if (durationNode && Number.isInteger(duration) && duration > 0 && time.start + duration !== end) {
        this.add(valueSpan(durationNode), 'warning', 'time-mismatch',
          msg('semantic.durationMismatch', { id, duration, minutes: end - time.start }),
          end > time.start ? { suggestions: [String(end - time.start)] } : {});
      }
    }
    const partNode = valueOf(node, 'part');
    if (isDayPart(time.part) && time.start !== undefined && !inDayPart(time.start, time.part)) {
      this.add(valueSpan(partNode), 'warning', 'part-mismatch', msg('semantic.partMismatch', { id, time: formatMinutes(time.start), part: msg(`part.${time.part}` as MessageId) }), { suggestions: [dayPartOf(time.start)] });
    }
    this.items(id, time);
  }

  private items(id: string, time: SessionTime): void {
    let previousEnd: number | undefined;
    const written = time.endFrom === 'end' || time.endFrom === 'duration' ? time.end : undefined;
    time.items.forEach((item, i) => {
      const timeNode = valueOf(item.node, 'time');
      const anchor = valueSpan(timeNode) ?? valueSpan(pairOf(item.node, 'title')?.key) ?? valueSpan(item.node);
      const label = msg('semantic.item', { n: i + 1, id });
      if (item.moment) {
        for (const key of ['end', 'duration']) {
          const value = valueOf(item.node, key);
          if (value) this.add(valueSpan(value), 'warning', 'time-mismatch', msg('semantic.momentLength', { what: label, key, marked: '`kind: moment`' }));
        }
      }
      if (item.explicit && item.start !== undefined && previousEnd !== undefined && item.start < previousEnd) {
        this.add(anchor, 'warning', 'item-overlap', msg('semantic.itemOverlap', { item: label, start: formatMinutes(item.start), end: formatMinutes(previousEnd) }));
      } else if (item.start !== undefined && time.start !== undefined && item.start < time.start) {
        this.add(anchor, 'warning', 'time-outside-session', msg('semantic.itemBeforeSession', { item: label, start: formatMinutes(item.start), sessionStart: formatMinutes(time.start) }));
      }
      if (written !== undefined && time.start !== undefined && written > time.start) {
        if (item.end !== undefined && item.end > written) {
          const span = valueSpan(valueOf(item.node, 'duration')) ?? anchor;
          this.add(span, 'warning', 'time-outside-session', msg('semantic.itemAfterSession', { item: label, end: formatMinutes(item.end), sessionEnd: formatMinutes(written) }));
        } else if (item.end === undefined && item.start !== undefined && item.start >= written) {
          this.add(anchor, 'warning', 'time-outside-session', msg('semantic.itemAtSessionEnd', { item: label, start: formatMinutes(item.start), sessionEnd: formatMinutes(written) }));
        }
      }
      previousEnd = item.end ?? (item.start !== undefined && previousEnd !== undefined ? Math.max(previousEnd, item.start) : item.start);
    });
  }

  /**
   * Room clashes and people booked twice, by a sweep over each room's and each person's sessions in time order:
   * each session is compared with the one before it that ends last, so the work grows as n log n, whatever the
   * number of sessions at the same time. A session clashing with several earlier ones is reported once.
   */
  private overlaps(timed: TimedSession[]): void {
    const byRoom = new Map<string, TimedSession[]>();
    for (const session of timed) {
      const room = roomKey(valueOf(session.node, 'room'));
      if (room === undefined) continue;
      const sessions = byRoom.get(room);
      if (sessions) sessions.push(session);
      else byRoom.set(room, [session]);
    }
    for (const sessions of byRoom.values()) sweep(sessions, (earlier, later) => this.roomClash(earlier, later));
    const index = new Map(timed.map((session) => [session.index, session]));
    for (const [person, mentions] of this.sessionsByPerson()) {
      const sessions = mentions.flatMap(([i]) => index.get(i) ?? []);
      const spans = new Map(mentions);
      sweep(sessions, (earlier, later) => this.personClash(person, earlier, later, spans));
    }
  }

  /**
   * Sessions at the same time with neither a `room` nor a `track`: nobody can tell where each one is. Each is
   * reported once, on its `start`, beside the earlier one it meets.
   */
  private unplaced(timed: TimedSession[]): void {
    const model = new Map(programmeOf(this.parsed).sessions.map((session) => [session.index, session]));
    const nowhere = timed.filter((session) => {
      const own = model.get(session.index);
      return own !== undefined && own.roomKey === undefined && own.track === undefined && !own.time.moment;
    });
    sweep(nowhere, (earlier, later) => {
      const times = clock(later.extent);
      this.add(valueSpan(valueOf(later.node, 'start')), 'warning', 'unplaced-parallel',
        msg('semantic.unplaced', { id: later.id, other: earlier.id, times, otherTimes: clock(earlier.extent), date: later.date }),
        { related: this.related(valueSpan(valueOf(earlier.node, 'start')), msg('semantic.session', { id: earlier.id })) });
    });
  }

  private roomClash(earlier: TimedSession, later: TimedSession): void {
    const room = roomName(valueOf(earlier.node, 'room')) ?? '';
    const otherTimes = earlier.date === later.date ? clock(earlier.extent) : `${clock(earlier.extent)} on ${earlier.date}`;
    this.add(valueSpan(valueOf(later.node, 'start')), 'error', 'time-overlap',
      msg('semantic.roomClash', { id: later.id, times: clock(later.extent), other: earlier.id, otherTimes, room, date: later.date }),
      { related: this.related(valueSpan(valueOf(earlier.node, 'start')), msg('semantic.session', { id: earlier.id })) });
  }

  private personClash(person: string, earlier: TimedSession, later: TimedSession, spans: Map<number, [number, number]>): void {
    this.add(spans.get(later.index), 'warning', 'person-double-booked',
      msg('semantic.personClash', { person, other: earlier.id, times: clock(earlier.extent), date: earlier.date }),
      { related: this.related(spans.get(earlier.index), msg('semantic.personInSession', { person, other: earlier.id })) });
  }

  private sessionsByPerson(): Map<string, [number, [number, number]][]> {
    return sessionsByPerson(this.entities);
  }
}

/**
 * For each person, the sessions they are in (chair, moderators, speakers, items' speakers), with where each first
 * names them; the authors of a paper need not be there.
 */
export function sessionsByPerson(entities: AgendaEntities): Map<string, [number, [number, number]][]> {
  const result = new Map<string, [number, [number, number]][]>();
  for (const reference of entities.references) {
    if (reference.kind !== 'person' || reference.session === undefined || reference.role === 'author') continue;
    let sessions = result.get(reference.id);
    if (!sessions) result.set(reference.id, (sessions = []));
    if (sessions[sessions.length - 1]?.[0] !== reference.session) sessions.push([reference.session, reference.span]);
  }
  return result;
}

/**
 * A session as the clash checks see it, or undefined for one that holds no room or person: without a real date or
 * a start, or cancelled. Its id is the written one, else its number in `sessions`.
 */
export function timedSession({ index, node, id, time }: Pick<ModelSession, 'index' | 'node' | 'id' | 'time'>): TimedSession | undefined {
  const extent = sessionExtent(time);
  if (time.day === undefined || !extent || isCancelled(node)) return undefined;
  const day = Date.parse(`${time.day}T00:00:00Z`) / 60000;
  return { index, node, id: id ?? `${index + 1}`, date: time.day, extent, from: day + extent.start, to: day + extent.end };
}

/** The list a reference is an entry of (its path without its index); a reference alone is a list of one. */
function listKey(reference: Reference): string {
  const last = reference.path[reference.path.length - 1];
  return (typeof last === 'number' ? reference.path.slice(0, -1) : reference.path).join('\u0000');
}

/** A session as a message names it: its id, else its place in `sessions` (1-based). */
export function sessionName(session: unknown, index: number): string {
  return scalarText(valueOf(session, 'id')) ?? `${index + 1}`;
}

/** Whether a session is cancelled (`status: cancelled`): it takes up no agenda item. */
export function isCancelled(session: unknown): boolean {
  return scalarText(valueOf(session, 'status')) === 'cancelled';
}

/**
 * The `unknown-agenda-item` message for a number a session takes up that `numbers` (the agenda items it sees) do
 * not hold, with the closest numbers as suggestions.
 */
export function unknownAgendaItem(number: string, id: string, numbers: readonly string[]): { message: Message; suggestions: string[] } {
  const suggestions = closeNumbers(number, numbers);
  const message = numbers.length ? msg('semantic.unknownAgendaItem', { number, id, hint: didYouMean(suggestions) }) : msg('semantic.noAgendaItems', { number, id });
  return { message, suggestions };
}

/** A session's time as a message gives it: `10:00–11:30`, or `10:00` for a session without a known length. */
export function clock(extent: Extent): string {
  return extent.end === extent.start ? formatMinutes(extent.start) : `${formatMinutes(extent.start)}–${formatMinutes(extent.end)}`;
}

/**
 * Calls `clash` for each session that meets an earlier one (`extentsMeet`), naming the earlier session that ends
 * last, or one that starts at the same moment: one pass over the sessions in time order (then file order).
 */
export function sweep<T extends Pick<TimedSession, 'from' | 'to' | 'index'>>(sessions: T[], clash: (earlier: T, later: T) => void): void {
  const sorted = [...sessions].sort((a, b) => a.from - b.from || a.index - b.index);
  let latest: T | undefined;
  let previous: T | undefined;
  for (const session of sorted) {
    const meets = (other: T | undefined) => other !== undefined && extentsMeet({ start: other.from, end: other.to }, { start: session.from, end: session.to });
    const earlier = meets(latest) ? latest : meets(previous) ? previous : undefined;
    if (earlier) clash(earlier, session);
    if (!latest || session.to > latest.to) latest = session;
    previous = session;
  }
}

/**
 * The agenda item numbers closest to one that is not listed: the one written alike but for spaces and case
 * (`3(a)` for `3 (a)`), else the three fewest edits away.
 */
function closeNumbers(number: string, numbers: readonly string[]): string[] {
  const bare = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const alike = numbers.filter((n) => bare(n) === bare(number));
  if (alike.length) return alike;
  const near = closest(number, numbers, numbers.length);
  return near.map((n, i) => [n, editDistance(n, number), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).slice(0, 3).map(([n]) => n);
}

/** A name, title or id as compared with another: trimmed, in lower case, without accents, single spaces. */
function comparable(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A UN document symbol: components separated by `/` (the first a series such as `A`, `E`, `ST`, `CTOC`), each made
 * of parts separated by single dots (`CONF.213`, `L.1`, `Rev.1`, `WG.6`), with no space and no empty part:
 * `A/CONF.213/4`, `E/CN.15/2020/L.3/Rev.1`.
 */
const UN_SYMBOL = /^[A-Z][A-Za-z0-9()-]*(\.[A-Za-z0-9()-]+)*(\/[A-Za-z0-9()-]+(\.[A-Za-z0-9()-]+)*)+$/;

function isDocumentSymbol(symbol: string): boolean {
  return UN_SYMBOL.test(symbol);
}

/** A symbol with its slips undone: spaces, a dot before or after a slash, doubled slashes and dots, a trailing slash or dot. */
function tidySymbol(symbol: string): string | undefined {
  const tidy = symbol.trim().replace(/\s*([/.])\s*/g, '$1').replace(/\.+\//g, '/').replace(/\/\.+/g, '/').replace(/\/{2,}/g, '/').replace(/\.{2,}/g, '.').replace(/[/.]+$/, '');
  return tidy !== symbol && !/\s/.test(tidy) ? tidy : undefined;
}

/** A kind of entry in words: "person", «personne». */
function kindName(kind: EntityKind): Message {
  return msg(`entity.${kind}`);
}

/** The last zone asked about and the answer: an agenda names one zone, checked again on every edit. */
let lastZone: [string, boolean] | undefined;

function isTimeZone(zone: string): boolean {
  if (lastZone?.[0] !== zone) {
    try {
      if (!ianaTimeZones().includes(zone)) new Intl.DateTimeFormat('en', { timeZone: zone });
      lastZone = [zone, true];
    } catch {
      lastZone = [zone, false];
    }
  }
  return lastZone[1];
}

/**
 * Checks what a schema cannot: references, unique ids, dates and times, clashes of rooms and people, missing
 * translations. With `mode` `places`, the checks of {@link SCOPED_CODES} give only where unknown ids are (see
 * {@link ScopedMode}).
 */
export function semanticDiagnostics(parsed: ParsedAgenda, mode: ScopedMode = 'full'): Diagnostic[] {
  return [...new SemanticReporter(parsed, ownScope(parsed), mode).run(), ...translationDiagnostics(parsed)];
}

/**
 * The diagnostics of {@link SCOPED_CODES} against a scope other than the agenda's own: unknown ids and rooms, and
 * unused ids, as a programme of files sees them.
 */
export function scopedDiagnostics(parsed: ParsedAgenda, scope: IdScope): Diagnostic[] {
  return new SemanticReporter(parsed, scope).scoped();
}

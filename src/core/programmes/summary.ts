import type { Node } from 'yaml';
import type { Diagnostic } from '../base/model';
import { internalError } from '../check/check';
import { isCancelled, REFERENCED_KINDS, SCOPED_KINDS, sessionsByPerson, timedSession, type ScopedKind, type TimedSession } from '../check/semantic';
import { eventAgendaItems, sessionAgendaItems, type AgendaItemEntry } from '../parse/agendaItems';
import { pairOf, scalarText, valueOf, valueSpan } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { programmeOf, type ModelSession } from '../programme/model';
import { roomKey, roomName, roomsOf } from '../programme/rooms';
import { isCalendarDate } from '../time/time';

/** A written value and where it is (offsets in its file). */
export interface Spanned {
  value: string;
  span: [number, number];
}

/** A session as the cross-file checks see it. */
export interface SummarySession {
  /** Its position in `sessions`. */
  index: number;
  node: Node;
  /** The written id, with where it is. */
  id?: Spanned;
  /** The real date, with where it is written. */
  date?: Spanned;
  /** Its extent, when it holds its room and people (dated, with a start, not cancelled). */
  timed?: TimedSession;
  /** The room as every face tells rooms apart (`roomKey`), and as written. */
  roomKey?: string;
  room?: string;
  /** Where `start` is written, where room clashes are reported. */
  startSpan?: [number, number];
  /** The people in it, each once, with where it first names them. */
  people: [string, [number, number]][];
  /** The session as every face places it (its day and start, for the programme's order). */
  model: ModelSession;
  /** Its `agendaItems` entries, in the order written. */
  agendaItems: AgendaItemEntry[];
  cancelled: boolean;
}

/** The agenda items an event declares (`event.agendaItems`): where its key is, and each number with where it is written. */
export interface DeclaredAgendaItems {
  span: [number, number];
  numbers: Map<string, [number, number]>;
}

/**
 * What the programme of files needs of one agenda, computed once per parse: its parent, its event's dates, the ids
 * it defines and refers to, and its sessions with their extents, rooms and people.
 */
export interface FileSummary {
  parsed: ParsedAgenda;
  partOf?: Spanned;
  event: { start?: Spanned; end?: Spanned };
  /** The first definition of each id, by kind, with the span of its id. */
  definitions: Record<ScopedKind, Map<string, [number, number]>>;
  /** The names of its rooms (`rooms[].name`, its first translation for a language map), by id. */
  roomNames: Map<string, string>;
  /** The ids it refers to, by kind (organizations, people, topics, tracks, documents). */
  references: Record<Exclude<ScopedKind, 'room'>, Set<string>>;
  sessions: SummarySession[];
  /** Its event's agenda items, when it declares any. */
  agendaItems?: DeclaredAgendaItems;
  /** The ids it defines, as one string: when it is unchanged, nothing that depends on them needs a new look. */
  definitionsKey: string;
  /** For an agenda the core failed to read, the `internal-error` diagnostic (see {@link failedSummary}). */
  failure?: Diagnostic;
}

const summaries = new WeakMap<ParsedAgenda, FileSummary>();

function emptyDefinitions(): FileSummary['definitions'] {
  return Object.fromEntries(SCOPED_KINDS.map((kind) => [kind, new Map()])) as FileSummary['definitions'];
}

function emptyReferences(): FileSummary['references'] {
  return Object.fromEntries(REFERENCED_KINDS.map((kind) => [kind, new Set()])) as FileSummary['references'];
}

function spanned(node: Node | null | undefined): Spanned | undefined {
  const value = scalarText(node);
  const span = valueSpan(node);
  return value === undefined || !span ? undefined : { value, span };
}

function read(parsed: ParsedAgenda): FileSummary {
  const root = parsed.doc.contents as Node | null;
  const model = programmeOf(parsed);
  const { entities } = model;
  const event = valueOf(root, 'event');
  const start = spanned(valueOf(event, 'start'));
  const end = spanned(valueOf(event, 'end'));
  const byPerson = sessionsByPerson(entities);
  const people = new Map<number, [string, [number, number]][]>();
  for (const [person, mentions] of byPerson) {
    for (const [session, span] of mentions) {
      const list = people.get(session);
      if (list) list.push([person, span]);
      else people.set(session, [[person, span]]);
    }
  }
  const sessions = model.sessions.map((session): SummarySession => {
    const summary: SummarySession = {
      index: session.index,
      node: session.node,
      people: people.get(session.index) ?? [],
      model: session,
      agendaItems: sessionAgendaItems(session.node),
      cancelled: isCancelled(session.node),
    };
    const id = spanned(valueOf(session.node, 'id'));
    const date = spanned(valueOf(session.node, 'date'));
    const timed = timedSession(session);
    const roomNode = valueOf(session.node, 'room');
    const key = roomKey(roomNode);
    const startSpan = valueSpan(valueOf(session.node, 'start'));
    if (id) summary.id = id;
    if (date && isCalendarDate(date.value)) summary.date = date;
    if (timed) summary.timed = timed;
    if (key !== undefined) {
      summary.roomKey = key;
      summary.room = roomName(roomNode) ?? key;
    }
    if (startSpan) summary.startSpan = startSpan;
    return summary;
  });
  const definitions = emptyDefinitions();
  for (const kind of REFERENCED_KINDS) {
    for (const [id, definition] of entities.byId[kind]) definitions[kind].set(id, definition.idSpan);
  }
  const roomNames = new Map<string, string>();
  for (const [id, definition] of roomsOf(parsed).byId) {
    definitions.room.set(id, definition.idSpan);
    const name = roomName(valueOf(definition.node, 'name'));
    if (name !== undefined) roomNames.set(id, name);
  }
  const references = emptyReferences();
  for (const reference of entities.references) if (reference.kind !== 'session') references[reference.kind].add(reference.id);
  const summary: FileSummary = {
    parsed,
    event: {},
    definitions,
    roomNames,
    references,
    sessions,
    definitionsKey: (Object.keys(definitions) as ScopedKind[]).map((kind) => `${kind}:${[...definitions[kind].keys()].join(',')}`).join(';'),
  };
  const partOf = spanned(valueOf(root, 'partOf'));
  if (partOf && partOf.value.trim()) summary.partOf = partOf;
  if (start && isCalendarDate(start.value)) summary.event.start = start;
  if (end && isCalendarDate(end.value)) summary.event.end = end;
  const items = declaredAgendaItems(root);
  if (items) summary.agendaItems = items;
  return summary;
}

function declaredAgendaItems(root: Node | null): DeclaredAgendaItems | undefined {
  const key = pairOf(valueOf(root, 'event'), 'agendaItems')?.key.range;
  const span: [number, number] | undefined = key ? [key[0], key[1]] : undefined;
  const numbers = new Map<string, [number, number]>();
  for (const { number, node } of eventAgendaItems(root)) {
    const at = valueSpan(valueOf(node, 'number'));
    if (at && !numbers.has(number)) numbers.set(number, at);
  }
  return span && numbers.size ? { span, numbers } : undefined;
}

/**
 * The summary of a parsed agenda for the programme of files (see {@link FileSummary}): a pure function of the
 * parse, computed once per parse and kept while the parse is. Tolerant of any shape; never throws.
 */
export function summaryOf(parsed: ParsedAgenda): FileSummary {
  let summary = summaries.get(parsed);
  if (!summary) summaries.set(parsed, (summary = read(parsed)));
  return summary;
}

/** The summary of an agenda the core failed to read: no ids and no sessions, and the `internal-error` diagnostic. */
export function failedSummary(parsed: ParsedAgenda, error: unknown): FileSummary {
  return {
    parsed,
    event: {},
    definitions: emptyDefinitions(),
    roomNames: new Map(),
    references: emptyReferences(),
    sessions: [],
    definitionsKey: '',
    failure: internalError(error),
  };
}

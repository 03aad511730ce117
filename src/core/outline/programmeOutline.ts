import type { Diagnostic } from '../base/model';
import { compareSessions, compareSessionTimes, programmeOf, type ModelSession } from '../programme/model';
import type { ProgrammeOfFiles } from '../programmes/files';
import { relativePath } from '../programmes/paths';
import { summaryOf } from '../programmes/summary';
import { ENGLISH_OUTLINE_WORDS } from '../words/outlineWords';
import { buildOutline, type Outline, type OutlineDay, type OutlineNode, type OutlineOptions } from './outline';

/** How the whole programme's days are divided: straight into sessions, or into rooms first. */
export type ProgrammeGrouping = 'sessions' | 'rooms';

export interface ProgrammeOutlineOptions extends Omit<OutlineOptions, 'diagnostics' | 'sort'> {
  grouping?: ProgrammeGrouping;
  /** The label of the sessions of a day that name no room (default `No room`). */
  noRoom?: string;
  /** The diagnostics of each file, by its key, to attach to its nodes. */
  diagnostics?: (uri: string) => readonly Diagnostic[];
}

/** The outline of a programme of files, and the file each of its nodes comes from. */
export interface ProgrammeOutline extends Outline {
  /** The key of the file each node stands in, by node id (the programme's day and room nodes have none). */
  fileOf: Map<string, string>;
}

interface Placed {
  node: OutlineNode;
  model: ModelSession;
  fileIndex: number;
  room?: { key: string; name: string };
}

/** A node and those under it, with ids made unique over the files (the file's key before each) and the file noted. */
function adopted(node: OutlineNode, uri: string, fileOf: Map<string, string>): OutlineNode {
  const copy: OutlineNode = { ...node, id: `${uri}#${node.id}`, children: [] };
  copy.children = node.children.map((child) => ({ ...adopted(child, uri, fileOf), parentId: copy.id }));
  fileOf.set(copy.id, uri);
  return copy;
}

/**
 * The Agenda view's outline of a whole programme of files (the root and every agenda part of it, see
 * {@link ProgrammeOfFiles}): the root's event, its days across all the files, and under each day either its
 * sessions from every file in the order of every face (`compareSessions`; on a tie, the root's file first, then the
 * files in order), or its rooms (in the order their first session starts, sessions with no room last) with their
 * sessions. Each session is the node its own file's outline has (with its agenda items, items and people), described
 * with the file it comes from; then the agenda items with the sessions of every file that take each up (a file that
 * declares none takes up those of the agenda it is part of). Ids are stable across edits: the file's key before the node's own id.
 */
export function buildProgrammeOutline(programme: ProgrammeOfFiles, root: string, options: ProgrammeOutlineOptions = {}): ProgrammeOutline {
  const fileOf = new Map<string, string>();
  const members = programme.membersOf(root);
  const placed = new Map<string, Placed[]>();
  const agendaItems = new ProgrammeAgendaItems(`programme:${root}/agendaItems`, root, fileOf, options);
  const dayLabels = new Map<string, string>();
  let event: OutlineNode | undefined;
  members.forEach((uri, fileIndex) => {
    const summary = programme.summary(uri);
    if (!summary) return;
    const { parsed } = summary;
    const { diagnostics, grouping: _grouping, noRoom: _noRoom, day: _day, ...rest } = options;
    const seen = programme.agendaItemsOf(uri);
    const outline = buildOutline(parsed, { ...rest, diagnostics: diagnostics?.(uri) ?? [], ...(seen && seen.uri !== uri ? { agendaItems: seen.items } : {}) });
    const eventNode = outline.roots.find((node) => node.kind === 'event');
    const itemsNode = outline.roots.find((node) => node.kind === 'agendaItems');
    if (uri === root) event = eventNode;
    for (const day of outline.days) if (!dayLabels.has(day.key)) dayLabels.set(day.key, day.label);
    const models = programmeOf(parsed).sessions;
    const sessions = summaryOf(parsed).sessions;
    const name = relativePath(root, uri);
    if (itemsNode) agendaItems.add(adopted(itemsNode, uri, fileOf), uri, name, fileIndex, models);
    for (const day of eventNode?.children ?? []) {
      const key = day.id.slice(`${eventNode!.id}/day:`.length);
      for (const session of day.children) {
        const index = session.session?.index;
        const model = index === undefined ? undefined : models.find((m) => m.index === index);
        if (!model) continue;
        const node = adopted(session, uri, fileOf);
        if (uri !== root) node.description = [node.description, name].filter(Boolean).join(' · ');
        const item: Placed = { node, model, fileIndex };
        const written = sessions.find((s) => s.index === index);
        if (written?.roomKey !== undefined) {
          const definer = programme.definitionOf(uri, 'room', written.roomKey)?.uri;
          item.room = { key: written.roomKey, name: (definer && programme.summary(definer)?.roomNames.get(written.roomKey)) ?? written.room ?? written.roomKey };
        }
        const list = placed.get(key) ?? [];
        list.push(item);
        placed.set(key, list);
      }
    }
  });
  const order = (a: Placed, b: Placed) => compareSessions(a.model, b.model) || a.fileIndex - b.fileIndex;
  const keys = [...placed.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const rootId = `programme:${root}`;
  const days: OutlineDay[] = [];
  const dayNodes = keys.filter((key) => options.day === undefined || options.day === key).map((key): OutlineNode => {
    const sessions = placed.get(key)!.sort(order);
    const id = `${rootId}/day:${key}`;
    const children = options.grouping === 'rooms' ? roomNodes(sessions, id, options.noRoom ?? 'No room', options) : sessions.map((s) => ({ ...s.node, parentId: id }));
    return {
      id, parentId: rootId, kind: 'day', label: dayLabels.get(key) ?? key, description: sessionCount(options, sessions.length),
      tooltip: dayLabels.get(key) ?? key, range: sessions[0]!.node.range, diagnostics: [...new Set(sessions.flatMap((s) => s.node.diagnostics))], children,
    };
  });
  for (const key of keys) days.push({ key, label: dayLabels.get(key) ?? key, sessions: placed.get(key)!.length });
  const top: OutlineNode = event
    ? { ...event, id: rootId, children: dayNodes }
    : { id: rootId, kind: 'event', label: relativePath(root, root), description: '', tooltip: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, diagnostics: [], children: dayNodes };
  fileOf.set(rootId, root);
  const itemsGroup = agendaItems.group();
  return { roots: itemsGroup ? [top, itemsGroup] : [top], days, fileOf };
}

/**
 * The agenda items of a programme as one group: the items of each file's outline (the root's first), each with the
 * sessions of every file that take it up, in the order of every face (on a tie, the files in order); a session of
 * another file than the root named with its file, as the days name it.
 */
class ProgrammeAgendaItems {
  private first: OutlineNode | undefined;
  private readonly items = new Map<string, OutlineNode>();
  private readonly order = new Map<OutlineNode, [ModelSession | undefined, number]>();

  constructor(private readonly id: string, private readonly root: string, private readonly fileOf: Map<string, string>, private readonly options: ProgrammeOutlineOptions) {}

  add(group: OutlineNode, uri: string, name: string, fileIndex: number, models: readonly ModelSession[]): void {
    if (!this.first) {
      this.first = group;
      this.fileOf.set(this.id, uri);
    }
    for (const item of group.children) {
      const number = item.agendaItem?.number;
      if (number === undefined) continue;
      let into = this.items.get(number);
      if (!into) {
        this.items.set(number, (into = { ...item, id: `${this.id}/item:${number}`, children: [] }));
        this.fileOf.set(into.id, uri);
      }
      for (const use of item.children) {
        const model = models.find((m) => m.index === use.session?.index);
        if (this.options.day !== undefined && (model?.time.day ?? '') !== this.options.day) continue;
        const node: OutlineNode = { ...use, parentId: into.id };
        if (uri !== this.root) node.description = [node.description, name].filter(Boolean).join(' · ');
        this.order.set(node, [model, fileIndex]);
        into.children.push(node);
      }
    }
  }

  group(): OutlineNode | undefined {
    if (!this.first) return undefined;
    const words = this.options.words ?? ENGLISH_OUTLINE_WORDS;
    const children = [...this.items.values()].map((item): OutlineNode => {
      item.children.sort((a, b) => {
        const [modelA, fileA] = this.order.get(a)!;
        const [modelB, fileB] = this.order.get(b)!;
        return (modelA && modelB ? compareSessionTimes(modelA, modelB) : 0) || fileA - fileB || (modelA?.index ?? 0) - (modelB?.index ?? 0);
      });
      const count = item.children.length;
      const tooltip = [...item.tooltip.split('\n').slice(0, -1), count ? words.takenUpIn(count) : words.notTakenUp].join('\n');
      return { ...item, parentId: this.id, description: count ? words.sessions(count) : words.noSession, tooltip };
    });
    const count = String(children.length);
    return { ...this.first, id: this.id, description: count, tooltip: words.labelled(words.agendaItems, count), children };
  }
}

function sessionCount(options: ProgrammeOutlineOptions, count: number): string {
  return (options.words ?? ENGLISH_OUTLINE_WORDS).sessions(count);
}

/** A day's sessions by room: each room in the order its first session comes, sessions with no room last. */
function roomNodes(sessions: Placed[], dayId: string, noRoom: string, options: ProgrammeOutlineOptions): OutlineNode[] {
  const rooms = new Map<string, { name: string; sessions: Placed[] }>();
  for (const session of sessions) {
    const key = session.room?.key ?? '';
    const room = rooms.get(key) ?? { name: session.room?.name ?? noRoom, sessions: [] };
    room.sessions.push(session);
    rooms.set(key, room);
  }
  const entries = [...rooms.entries()].sort(([a], [b]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0));
  return entries.map(([key, room]) => {
    const id = `${dayId}/room:${key}`;
    return {
      id, parentId: dayId, kind: 'room', label: room.name, description: sessionCount(options, room.sessions.length),
      tooltip: room.name, range: room.sessions[0]!.node.range, diagnostics: [...new Set(room.sessions.flatMap((s) => s.node.diagnostics))],
      children: room.sessions.map((s) => ({ ...s.node, parentId: id })),
    };
  });
}

import { isMap, isSeq, Pair, stringify, visit, type Document, type Node } from 'yaml';
import type { ScopedKind } from '../check/semantic';
import { scalarText, valueOf, type PathSegment } from '../parse/nodes';
import { parseAgenda, type ParsedAgenda } from '../parse/parse';
import { programmeOf } from '../programme/model';
import { setSessionSources, type SessionSource } from '../programme/sessionSources';
import type { ProgrammeOfFiles } from './files';
import { relativePath } from './paths';

type Entry = Record<string, unknown>;

/** The top-level lists that define ids, with the kind of id each defines. */
const REGISTRIES: readonly (readonly [string, ScopedKind])[] = [
  ['organizations', 'organization'],
  ['people', 'person'],
  ['topics', 'topic'],
  ['tracks', 'track'],
  ['documents', 'document'],
  ['rooms', 'room'],
];

function entries(value: unknown, key: string): unknown[] {
  const list = (value as Entry | null)?.[key];
  return Array.isArray(list) ? list : [];
}

function idOf(entry: unknown): string | undefined {
  const id = entry !== null && typeof entry === 'object' ? (entry as Entry).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

function definitionKey(file: string, kind: ScopedKind, id: string): string {
  return `${file}\u0000${kind}\u0000${id}`;
}

/** A deep copy of a plain value (an agenda's JavaScript value). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
  return value;
}

/** Sets the value at a path of a plain value, when every step but the last is there. */
function setAt(value: unknown, path: readonly PathSegment[], replacement: string): void {
  let at = value as Entry | unknown[] | null;
  for (const segment of path.slice(0, -1)) {
    at = at !== null && typeof at === 'object' ? ((at as Entry)[segment] as Entry | unknown[] | null) : null;
  }
  if (at !== null && typeof at === 'object') (at as Entry)[path[path.length - 1]] = replacement;
}

/**
 * The id each file's definition of an id takes in the merged agenda: its own, unless a file before it in `order`
 * defines the same id, then the id with `-2`, `-3`... (the first free), so that no two entries share an id.
 */
function mergedIds(programme: ProgrammeOfFiles, order: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [, kind] of REGISTRIES) {
    const taken = new Set<string>();
    for (const file of order) {
      for (const id of programme.summary(file)?.definitions[kind].keys() ?? []) {
        let merged = id;
        for (let n = 2; taken.has(merged); n++) merged = `${id}-${n}`;
        taken.add(merged);
        ids.set(definitionKey(file, kind, id), merged);
      }
    }
  }
  return ids;
}

/** A file's agenda with its ids as the merged agenda gives them, and the ids (`kind\0id`) its references name there. */
interface Rewritten {
  value: Entry;
  used: Set<string>;
}

/**
 * A copy of a file's agenda in which every id it defines and every reference it makes is the merged agenda's id of
 * the definition the reference resolves to in the programme (its own, else the nearest agenda it is part of): a
 * session of a file that defines `p1` again names that file's `p1`, whatever the root's is called.
 */
function rewrite(programme: ProgrammeOfFiles, file: string, ids: Map<string, string>): Rewritten {
  const parsed = programme.summary(file)!.parsed;
  const raw = copy(parsed.value);
  const value = (raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Entry;
  const used = new Set<string>();
  const resolve = (kind: ScopedKind, id: string): string => {
    const at = programme.definitionOf(file, kind, id);
    const merged = (at && ids.get(definitionKey(at.uri, kind, id))) ?? id;
    used.add(`${kind}\u0000${merged}`);
    return merged;
  };
  for (const reference of programmeOf(parsed).entities.references) {
    if (reference.kind === 'session') continue;
    const merged = resolve(reference.kind, reference.id);
    if (merged !== reference.id) setAt(value, reference.path, merged);
  }
  for (const session of entries(value, 'sessions')) {
    const room = (session as Entry | null)?.room;
    if (typeof room !== 'string') continue;
    const merged = resolve('room', room);
    if (merged !== room) (session as Entry).room = merged;
  }
  for (const [list, kind] of REGISTRIES) {
    for (const entry of entries(value, list)) {
      const id = idOf(entry);
      const merged = id === undefined ? undefined : ids.get(definitionKey(file, kind, id));
      if (merged !== undefined && merged !== id) (entry as Entry).id = merged;
    }
  }
  return { value, used };
}

/** How to merge the files of a programme into one agenda. */
interface MergeSpec {
  /** The files whose registries the agenda holds: an id defined in several keeps its name in the first. */
  registriesFrom: readonly string[];
  /** The files whose sessions it holds, in this order. */
  sessionsFrom: readonly string[];
  /** The file whose `event` and other top-level keys it takes. */
  eventFrom: string;
  /** Whether a session from a file other than `eventFrom` is marked with the file it comes from. */
  markSources: boolean;
  /** Keep only the entries of files other than `eventFrom` that the agenda uses (and every room: the free rooms matter). */
  onlyUsed: boolean;
}

/** An entry of a registry of the merged agenda, with the file it comes from. */
interface MergedEntry {
  file: string;
  entry: unknown;
}

/** The files' agendas rewritten for the merged agenda, and its registries (each list's entries, from every file of `registriesFrom`). */
interface Merged {
  rewritten: Map<string, Rewritten>;
  lists: Map<string, MergedEntry[]>;
}

function mergeRegistries(programme: ProgrammeOfFiles, spec: MergeSpec): Merged {
  const ids = mergedIds(programme, spec.registriesFrom);
  const files = [...new Set([...spec.registriesFrom, ...spec.sessionsFrom, spec.eventFrom])];
  const rewritten = new Map(files.filter((file) => programme.summary(file)).map((file) => [file, rewrite(programme, file, ids)]));
  const used = new Set<string>();
  for (const file of [spec.eventFrom, ...spec.sessionsFrom]) for (const id of rewritten.get(file)?.used ?? []) used.add(id);
  const lists = new Map<string, MergedEntry[]>();
  for (const [list, kind] of [...REGISTRIES].sort(([, a], [, b]) => Number(b === 'person') - Number(a === 'person'))) {
    const seen = new Set<string>();
    const kept = spec.registriesFrom.flatMap((file) => entries(rewritten.get(file)?.value, list).flatMap((entry) => {
      const id = idOf(entry);
      if (id !== undefined) {
        if (seen.has(id)) return [];
        seen.add(id);
        if (spec.onlyUsed && kind !== 'room' && file !== spec.eventFrom && !used.has(`${kind}\u0000${id}`)) return [];
      }
      return [{ file, entry }];
    }));
    if (kind === 'person') {
      for (const { entry } of kept) {
        const affiliation = (entry as Entry | null)?.affiliation;
        if (typeof affiliation === 'string') used.add(`organization\u0000${affiliation}`);
      }
    }
    lists.set(list, kept);
  }
  return { rewritten, lists };
}

function merge(programme: ProgrammeOfFiles, spec: MergeSpec): ParsedAgenda {
  const { rewritten, lists } = mergeRegistries(programme, spec);
  const own = rewritten.get(spec.eventFrom)?.value ?? {};
  const merged: Entry = {};
  const registryKeys = REGISTRIES.map(([list]) => list);
  for (const [key, value] of Object.entries(own)) if (key !== 'partOf' && key !== 'sessions' && !registryKeys.includes(key)) merged[key] = value;
  for (const [list] of REGISTRIES) if (lists.get(list)?.length) merged[list] = lists.get(list)!.map(({ entry }) => entry);
  const sources: (SessionSource | undefined)[] = [];
  merged.sessions = spec.sessionsFrom.flatMap((file) => {
    const sessions = entries(rewritten.get(file)?.value, 'sessions');
    const source = spec.markSources && file !== spec.eventFrom ? { event: valueOf(programme.summary(file)?.parsed.doc.contents, 'event'), file: relativePath(spec.eventFrom, file) } : undefined;
    for (let i = 0; i < sessions.length; i++) sources.push(source);
    return sessions;
  });
  const parsed = parseAgenda(stringify(merged, { lineWidth: 0 }));
  setSessionSources(parsed, sources);
  return parsed;
}

/**
 * The whole programme of a root as one agenda, for the outputs (the printed programme, the calendar,
 * schedule.json): the root's event, the registries of every file, parents before children, and the sessions of
 * every file, the root's first, then each file's in the programme's order; each session of another file knows the
 * agenda it comes from (`sessionSource`), whose event the outputs name. Every reference means what it means in its
 * own file: an id a file defines again (shadowing its parent's) is renamed in the merged agenda (`p1-2`), and that
 * file's sessions name its own entry. Every output reads it through the one programme model, so they agree with
 * each other and with a single agenda written out in full.
 */
export function programmeAgenda(programme: ProgrammeOfFiles, root: string): ParsedAgenda {
  const members = programme.membersOf(root);
  return merge(programme, { registriesFrom: members, sessionsFrom: members, eventFrom: root, markSources: true, onlyUsed: false });
}

/**
 * A file's own parse with its `partOf` left out and the entries of other files added at the end of its registries:
 * its own nodes are its text's, so that what is shown of them keeps its lines (the preview's scroll and
 * click-to-source), and the added ones stand at its `partOf` (they come from there); its event takes `zone` when it
 * names no time zone of its own. A file whose top level is not a mapping is itself.
 */
function withEntries(parsed: ParsedAgenda, file: string, lists: ReadonlyMap<string, readonly MergedEntry[]>, zone: string | undefined): ParsedAgenda {
  const doc = parsed.doc.clone() as Document.Parsed;
  const root = doc.contents;
  const own = parsed.value;
  if (!isMap(root) || own === null || typeof own !== 'object' || Array.isArray(own)) return parsed;
  const value: Entry = { ...(own as Entry) };
  const at = valueOf(root, 'partOf')?.range ?? [0, 0, 0];
  const placed = <T extends Node>(node: T): T => {
    visit(node, { Node: (_key, inner) => void (inner.range = [at[0], at[1], at[2]]) });
    return node;
  };
  doc.delete('partOf');
  delete value.partOf;
  for (const [list, kept] of lists) {
    const added = kept.filter((entry) => entry.file !== file).map(({ entry }) => entry);
    if (!added.length) continue;
    const seq = doc.get(list, true);
    if (isSeq(seq)) seq.items.push(...added.map((entry) => placed(doc.createNode(entry))));
    else root.items.push(new Pair(placed(doc.createNode(list)), placed(doc.createNode(added))) as (typeof root.items)[number]);
    value[list] = [...(isSeq(seq) && Array.isArray(value[list]) ? (value[list] as unknown[]) : []), ...added];
  }
  const event = root.get('event', true);
  if (zone !== undefined && isMap(event) && !event.has('timezone') && typeof value.event === 'object' && value.event !== null) {
    event.items.push(new Pair(placed(doc.createNode('timezone')), placed(doc.createNode(zone))) as (typeof event.items)[number]);
    value.event = { ...(value.event as Entry), timezone: zone };
  }
  return { ...parsed, doc, value };
}

/**
 * One file of a programme as a single agenda, for its own outputs: its event and sessions, its registries, the
 * entries it uses of the agendas it is part of (nearest first; an id it defines again is its own), and their rooms,
 * used or not (the timetable's columns and schedule.json's rooms are the venue's); without a time zone of its own,
 * the nearest one above it names (`event.timezone`: its times are the congress's, as in the whole programme). Its
 * own entries, event and sessions are its parse's nodes, with their places in its text (the preview's lines). The
 * file itself, as parsed, when it is part of no agenda in the programme.
 */
export function fileAgenda(programme: ProgrammeOfFiles, file: string): ParsedAgenda | undefined {
  return withAncestors(programme, file, true);
}

/**
 * What a file of a programme may refer to, for the help while writing it (completion, hover): as
 * {@link fileAgenda}, with every entry of the agendas it is part of, used or not.
 */
export function fileScope(programme: ProgrammeOfFiles, file: string): ParsedAgenda | undefined {
  return withAncestors(programme, file, false);
}

function withAncestors(programme: ProgrammeOfFiles, file: string, onlyUsed: boolean): ParsedAgenda | undefined {
  const summary = programme.summary(file);
  if (!summary) return undefined;
  const ancestors = programme.ancestorsOf(file).filter((uri) => uri !== file);
  if (!ancestors.length) return summary.parsed;
  const { lists } = mergeRegistries(programme, { registriesFrom: [file, ...ancestors], sessionsFrom: [file], eventFrom: file, markSources: false, onlyUsed });
  const zone = ancestors.map((uri) => scalarText(valueOf(valueOf(programme.summary(uri)?.parsed.doc.contents, 'event'), 'timezone'))).find((name) => name !== undefined);
  return withEntries(summary.parsed, file, lists, zone);
}

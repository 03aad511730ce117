import { stringify } from 'yaml';
import type { ScopedKind } from '../check/semantic';
import { valueOf, type PathSegment } from '../parse/nodes';
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

function merge(programme: ProgrammeOfFiles, spec: MergeSpec): ParsedAgenda {
  const ids = mergedIds(programme, spec.registriesFrom);
  const files = [...new Set([...spec.registriesFrom, ...spec.sessionsFrom, spec.eventFrom])];
  const rewritten = new Map(files.filter((file) => programme.summary(file)).map((file) => [file, rewrite(programme, file, ids)]));
  const own = rewritten.get(spec.eventFrom)?.value ?? {};
  const merged: Entry = {};
  const registryKeys = REGISTRIES.map(([list]) => list);
  for (const [key, value] of Object.entries(own)) if (key !== 'partOf' && key !== 'sessions' && !registryKeys.includes(key)) merged[key] = value;
  const used = new Set<string>();
  for (const file of [spec.eventFrom, ...spec.sessionsFrom]) for (const id of rewritten.get(file)?.used ?? []) used.add(id);
  const lists = new Map<string, unknown[]>();
  for (const [list, kind] of [...REGISTRIES].sort(([, a], [, b]) => Number(b === 'person') - Number(a === 'person'))) {
    const seen = new Set<string>();
    const kept = spec.registriesFrom.flatMap((file) => entries(rewritten.get(file)?.value, list).filter((entry) => {
      const id = idOf(entry);
      if (id === undefined) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return !spec.onlyUsed || kind === 'room' || file === spec.eventFrom || used.has(`${kind}\u0000${id}`);
    }));
    if (kind === 'person') {
      for (const person of kept) {
        const affiliation = (person as Entry | null)?.affiliation;
        if (typeof affiliation === 'string') used.add(`organization\u0000${affiliation}`);
      }
    }
    lists.set(list, kept);
  }
  for (const [list] of REGISTRIES) if (lists.get(list)?.length) merged[list] = lists.get(list);
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
 * One file of a programme as a single agenda, for its own outputs: its event and sessions, its registries, the
 * entries it uses of the agendas it is part of (nearest first; an id it defines again is its own), and their rooms,
 * used or not (the timetable's columns and schedule.json's rooms are the venue's). The file itself,
 * as parsed, when it is part of no agenda in the programme.
 */
export function fileAgenda(programme: ProgrammeOfFiles, file: string): ParsedAgenda | undefined {
  const summary = programme.summary(file);
  if (!summary) return undefined;
  const ancestors = programme.ancestorsOf(file).filter((uri) => uri !== file);
  if (!ancestors.length) return summary.parsed;
  return merge(programme, { registriesFrom: [file, ...ancestors], sessionsFrom: [file], eventFrom: file, markSources: false, onlyUsed: true });
}

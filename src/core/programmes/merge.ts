import { stringify } from 'yaml';
import { parseAgenda, type ParsedAgenda } from '../parse/parse';
import type { ProgrammeOfFiles } from './files';

type Entry = Record<string, unknown>;

const REGISTRIES = ['organizations', 'people', 'topics', 'tracks', 'documents', 'rooms'] as const;

function entries(value: unknown, key: string): unknown[] {
  const list = (value as Entry | null)?.[key];
  return Array.isArray(list) ? list : [];
}

function idOf(entry: unknown): unknown {
  return entry !== null && typeof entry === 'object' ? (entry as Entry).id : undefined;
}

/**
 * The whole programme of a root as one agenda, for the outputs (the printed programme, the calendar,
 * schedule.json): the root's event, the registries of every file (an id a file defines again is the first
 * definition's, parents before children), and the sessions of every file, the root's first, then each file's in the
 * programme's order. Every output reads it through the one programme model, so they agree with each other and with
 * a single agenda written out in full.
 */
export function programmeAgenda(programme: ProgrammeOfFiles, root: string): ParsedAgenda {
  const members = programme.membersOf(root);
  const values = members.map((uri) => programme.summary(uri)?.parsed.value);
  const rootValue = (values[0] ?? {}) as Entry;
  const merged: Entry = {};
  for (const [key, value] of Object.entries(rootValue)) if (key !== 'partOf' && key !== 'sessions' && !(REGISTRIES as readonly string[]).includes(key)) merged[key] = value;
  for (const key of REGISTRIES) {
    const seen = new Set<unknown>();
    const list = values.flatMap((value) => entries(value, key)).filter((entry) => {
      const id = idOf(entry);
      if (id === undefined) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (list.length) merged[key] = list;
  }
  merged.sessions = values.flatMap((value) => entries(value, 'sessions'));
  return parseAgenda(stringify(merged, { lineWidth: 0 }));
}

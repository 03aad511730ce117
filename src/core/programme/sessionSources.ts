import type { Node } from 'yaml';
import type { ParsedAgenda } from '../parse/parse';

/** Where a session of a merged programme comes from: the `event` of the agenda file that holds it. */
export interface SessionSource {
  /** That agenda's `event` (its node, in that file's document). */
  event: Node | null | undefined;
  /** The path of that file from the root agenda's folder (`workshops/w1.agenda.yaml`). */
  file: string;
}

const sources = new WeakMap<ParsedAgenda, readonly (SessionSource | undefined)[]>();

/** Records, for an agenda merged from several files, the file each session comes from (by position in `sessions`). */
export function setSessionSources(parsed: ParsedAgenda, list: readonly (SessionSource | undefined)[]): void {
  sources.set(parsed, list);
}

/** The file a session of a merged agenda comes from; undefined for a session of the root, or of a single agenda. */
export function sessionSource(parsed: ParsedAgenda, index: number): SessionSource | undefined {
  return sources.get(parsed)?.[index];
}

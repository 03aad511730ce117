import type { Node } from 'yaml';
import type { Position, Range } from '../base/model';
import { collectEntities, type EntityKind } from '../parse/entities';
import type { ParsedAgenda } from '../parse/parse';
import type { ProgrammeOfFiles } from '../programmes/files';
import { relativePath } from '../programmes/paths';
import { writtenSpan } from './edits';
import { entityAt, type EntityHit } from './navigation';
import { ID_PATTERN } from '../base/ids';

/** A range in one file of a programme, named by its key in the {@link ProgrammeOfFiles}. */
export interface ProgrammeLocation {
  uri: string;
  range: Range;
}

/** An edit of one file of a programme. */
export interface ProgrammeEdit extends ProgrammeLocation {
  newText: string;
}

/** The edits of a rename over the files of a programme, or why it was refused. */
export type ProgrammeRenameResult = { edits: ProgrammeEdit[] } | { error: string };

/** The id under the cursor, and the file whose entry it resolves to (the file itself, or an agenda it is part of). */
interface Resolved {
  hit: EntityHit;
  parsed: ParsedAgenda;
  kind: Exclude<EntityKind, 'session'>;
  definer: string | undefined;
}

/** The id at a position of a file of the programme, when it is one the files share (sessions stay in their file). */
function resolve(programme: ProgrammeOfFiles, uri: string, position: Position): Resolved | undefined {
  const parsed = programme.summary(uri)?.parsed;
  const hit = parsed && entityAt(parsed, position);
  if (!parsed || !hit || hit.kind === 'session') return undefined;
  const definer = hit.definition ? uri : programme.definitionOf(uri, hit.kind, hit.id)?.uri;
  return { hit, parsed, kind: hit.kind, definer };
}

function rangeIn(programme: ProgrammeOfFiles, uri: string, span: [number, number]): ProgrammeLocation | undefined {
  const parsed = programme.summary(uri)?.parsed;
  return parsed && { uri, range: parsed.lines.range(span[0], span[1]) };
}

/** The spans where an id resolving to `definer`'s entry is used (and there defined), file by file. */
function occurrences(programme: ProgrammeOfFiles, resolved: Resolved & { definer: string }, includeDefinition: boolean): { uri: string; parsed: ParsedAgenda; spans: [number, number][] }[] {
  const { kind, hit, definer } = resolved;
  return programme.filesSeeing(definer, kind, hit.id).flatMap((uri) => {
    const parsed = programme.summary(uri)?.parsed;
    if (!parsed) return [];
    const entities = collectEntities(parsed.doc.contents as Node | null);
    const spans = entities.references.filter((r) => r.kind === kind && r.id === hit.id).map((r) => r.span);
    if (includeDefinition && uri === definer) spans.push(...entities.definitions[kind].filter((d) => d.id === hit.id).map((d) => d.idSpan));
    return spans.length ? [{ uri, parsed, spans: spans.sort((a, b) => a[0] - b[0]) }] : [];
  });
}

/**
 * Go to Definition in a programme of files: where the organisation, person or topic id at a position is defined,
 * in the file itself or in the nearest agenda it is part of; undefined for a session id, or an id defined nowhere
 * (the single-file `definitionAt` answers those).
 */
export function programmeDefinitionAt(programme: ProgrammeOfFiles, uri: string, position: Position): ProgrammeLocation | undefined {
  const resolved = resolve(programme, uri, position);
  if (!resolved?.definer) return undefined;
  const place = resolved.hit.definition ? { uri, span: resolved.hit.definition.idSpan } : programme.definitionOf(uri, resolved.kind, resolved.hit.id);
  return place && rangeIn(programme, place.uri, place.span);
}

/**
 * Find All References in a programme of files: every place, in every file that sees the same entry (the defining
 * file and the files part of it that do not define the id again), where the id at a position is used, and with
 * `includeDefinition` defined; in file order, then by position. Undefined where the single-file `referencesAt`
 * answers (a session id, an id defined nowhere).
 */
export function programmeReferencesAt(programme: ProgrammeOfFiles, uri: string, position: Position, includeDefinition = true): ProgrammeLocation[] | undefined {
  const resolved = resolve(programme, uri, position);
  if (!resolved?.definer) return undefined;
  return occurrences(programme, { ...resolved, definer: resolved.definer }, includeDefinition).flatMap(({ uri: file, parsed, spans }) => spans.map(([start, end]) => ({ uri: file, range: parsed.lines.range(start, end) })));
}

/**
 * Rename in a programme of files: the shared id at a position, its definition and every use in the files that see
 * it, as one set of edits over those files. Refuses an invalid id, or one any of those files already sees (its own,
 * or its parents'). Undefined where the single-file `renameAt` answers (a session id, an id defined nowhere).
 */
export function programmeRenameAt(programme: ProgrammeOfFiles, uri: string, position: Position, newId: string): ProgrammeRenameResult | undefined {
  const resolved = resolve(programme, uri, position);
  if (!resolved?.definer) return undefined;
  const { hit, kind, definer } = resolved;
  const id = newId.trim();
  if (!ID_PATTERN.test(id)) return { error: `\`${id}\` is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.` };
  if (id === hit.id) return { edits: [] };
  for (const file of programme.filesSeeing(definer, kind, hit.id)) {
    const taken = programme.definitionOf(file, kind, id);
    const parsed = taken && programme.summary(taken.uri)?.parsed;
    if (taken && parsed) {
      const line = parsed.lines.positionAt(taken.span[0]).line + 1;
      const where = taken.uri === uri ? `line ${line}` : `\`${relativePath(uri, taken.uri)}\`, line ${line}`;
      return { error: `The ${kind} id \`${id}\` is already taken (${where}).` };
    }
  }
  const edits = occurrences(programme, { ...resolved, definer }, true).flatMap(({ uri: file, parsed, spans }) =>
    spans.map((span) => {
      const [from, to] = writtenSpan(parsed.text, span);
      return { uri: file, range: parsed.lines.range(from, to), newText: id };
    }));
  return { edits };
}

import type { Node } from 'yaml';
import { ID_PATTERN } from '../base/ids';
import type { Position, Range } from '../base/model';
import { collectEntities, ENTITY_LISTS, type AgendaEntities, type Definition, type EntityKind } from '../parse/entities';
import type { ParsedAgenda } from '../parse/parse';
import { writtenSpan, type TextEdit } from './edits';

/** An id under the cursor: where a topic, person, organisation or session is defined, or a reference to one. */
export interface EntityHit {
  kind: EntityKind;
  id: string;
  span: [number, number];
  /** True on the `id:` of the definition itself. */
  isDefinition: boolean;
  /** The first definition of the id, if there is one. */
  definition?: Definition;
  entities: AgendaEntities;
}

const within = (span: [number, number], offset: number) => span[0] <= offset && offset <= span[1];

/** The id at a position: on a definition's `id:` value or on a reference to it (ends included). */
export function entityAt(parsed: ParsedAgenda, position: Position): EntityHit | undefined {
  const offset = parsed.lines.offsetAt(position);
  const entities = collectEntities(parsed.doc.contents as Node | null);
  const hit = (kind: EntityKind, id: string, span: [number, number], isDefinition: boolean): EntityHit => {
    const result: EntityHit = { kind, id, span, isDefinition, entities };
    const definition = entities.byId[kind].get(id);
    if (definition) result.definition = definition;
    return result;
  };
  for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
    const definition = entities.definitions[kind].find((d) => within(d.idSpan, offset));
    if (definition) return hit(kind, definition.id, definition.idSpan, true);
  }
  const reference = entities.references.find((r) => within(r.span, offset));
  return reference ? hit(reference.kind, reference.id, reference.span, false) : undefined;
}

/** Where the id at a position is defined (its first definition), for Go to Definition. */
export function definitionAt(parsed: ParsedAgenda, position: Position): Range | undefined {
  const definition = entityAt(parsed, position)?.definition;
  return definition ? parsed.lines.range(definition.idSpan[0], definition.idSpan[1]) : undefined;
}

/** The spans where an id is used (and, with `includeDefinition`, defined), in document order. */
function occurrences(hit: EntityHit, includeDefinition: boolean): [number, number][] {
  const spans = hit.entities.references.filter((r) => r.kind === hit.kind && r.id === hit.id).map((r) => r.span);
  const definitions = includeDefinition ? hit.entities.definitions[hit.kind].filter((d) => d.id === hit.id).map((d) => d.idSpan) : [];
  return spans.concat(definitions).sort((a, b) => a[0] - b[0]);
}

/** Every place the id at a position is referred to, and (with `includeDefinition`) defined, for Find All References. */
export function referencesAt(parsed: ParsedAgenda, position: Position, includeDefinition = true): Range[] {
  const hit = entityAt(parsed, position);
  return hit ? occurrences(hit, includeDefinition).map(([start, end]) => parsed.lines.range(start, end)) : [];
}

/** An occurrence of the id under the cursor, for highlighting: `write` where it is defined, `read` where it is used. */
export interface Highlight {
  range: Range;
  kind: 'read' | 'write';
}

/** Every occurrence of the id at a position, the whole id each time (an editor's word highlight stops at hyphens). */
export function highlightsAt(parsed: ParsedAgenda, position: Position): Highlight[] {
  const hit = entityAt(parsed, position);
  if (!hit) return [];
  const definitions = new Set(hit.entities.definitions[hit.kind].filter((d) => d.id === hit.id).map((d) => d.idSpan[0]));
  return occurrences(hit, true).map(([start, end]) => ({ range: parsed.lines.range(start, end), kind: definitions.has(start) ? 'write' : 'read' }));
}

/** What renaming can start from: the id's range and text, or why nothing can be renamed here. */
export type RenameTarget = { range: Range; placeholder: string } | { error: string };

/** Checks that the cursor is on an id that can be renamed, and gives its range without quotes. */
export function prepareRenameAt(parsed: ParsedAgenda, position: Position): RenameTarget {
  const hit = entityAt(parsed, position);
  if (!hit) return { error: 'Only the id of a topic, person, organisation or session can be renamed here.' };
  const [start, end] = writtenSpan(parsed.text, hit.span);
  return { range: parsed.lines.range(start, end), placeholder: hit.id };
}

/** The result of a rename: the edits that make it (one per occurrence), or why it was refused. */
export type RenameResult = { edits: TextEdit[] } | { error: string };

/**
 * Renames the id at a position everywhere in the agenda: its definition and every reference, as one set of
 * edits. Refuses a new id that is not a valid id or that another entry of the same kind already has.
 */
export function renameAt(parsed: ParsedAgenda, position: Position, newId: string): RenameResult {
  const hit = entityAt(parsed, position);
  if (!hit) return { error: 'Only the id of a topic, person, organisation or session can be renamed here.' };
  const id = newId.trim();
  if (!ID_PATTERN.test(id)) return { error: `\`${id}\` is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.` };
  if (id === hit.id) return { edits: [] };
  const taken = hit.entities.byId[hit.kind].get(id);
  if (taken) {
    const line = parsed.lines.positionAt(taken.idSpan[0]).line + 1;
    return { error: `The ${hit.kind} id \`${id}\` is already taken (line ${line}).` };
  }
  return {
    edits: occurrences(hit, true).map(([start, end]) => {
      const [from, to] = writtenSpan(parsed.text, [start, end]);
      return { range: parsed.lines.range(from, to), newText: id };
    }),
  };
}


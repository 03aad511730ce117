import type { Node } from 'yaml';
import { isTextSchema, propertySchema, resolve, schemaAt } from '../base/agendaSchema';
import type { Position, Range } from '../base/model';
import { collectEntities, ENTITY_LISTS, type AgendaEntities, type Definition } from '../parse/entities';
import { scalarText, type PathSegment } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { list, msg, render } from '../messages/messages';
import { schemaDocumentation } from '../messages/schemaText';
import { codeName, entityMarkdown, escapeMarkdown, unknownEntityMarkdown } from './entityInfo';
import { entityAt, type EntityHit } from './navigation';
import { scalarAt } from './walk';

/** What to show when the pointer rests on something: Markdown, and the range it is about. */
export interface HoverResult {
  markdown: string;
  range: Range;
}

function keyMarkdown(path: readonly PathSegment[], key: string, locale?: string): string | undefined {
  const parentPath = path.slice(0, -1);
  const parent = schemaAt(parentPath);
  if (isTextSchema(parent) && !parent?.properties) {
    const name = codeName('languages', key, locale);
    return name ? `\`${key}\`: ${escapeMarkdown(name)}` : undefined;
  }
  const property = propertySchema(parentPath, key);
  const documentation = schemaDocumentation(property, locale);
  if (!property || !documentation) return undefined;
  const required = parent?.required?.includes(key) ? ` (${render(msg('info.required'), locale)})` : '';
  const values = resolve(property)?.enum;
  const choices = values && values.length <= 12 ? `\n\n${render(msg('info.oneOf', { values: list(values.map((v) => `\`${String(v)}\``), 'comma') }), locale)}` : '';
  return `**${key}**${required}\n\n${documentation}${choices}`;
}

function codeMarkdown(path: readonly PathSegment[], value: string, locale?: string): string | undefined {
  const schema = schemaAt(path);
  if (!schema?.enum?.includes(value)) return undefined;
  const name = codeName(path.filter((s) => typeof s === 'string').pop(), value, locale);
  return name ? `\`${value}\`: ${escapeMarkdown(name)}` : undefined;
}

/** The definition of an id a file refers to but does not define, among what it may refer to in its programme. */
function scopedDefinition(scope: ParsedAgenda, entity: EntityHit): { entities: AgendaEntities; definition: Definition } | undefined {
  const entities = collectEntities(scope.doc.contents as Node | null);
  const definition = entities.byId[entity.kind].get(entity.id);
  return definition && { entities, definition };
}

/**
 * The hover at a position: a key's documentation from the schema; for a topic, person, organisation or session
 * id (defined or referred to), what it is and the sessions it appears in; for a language or country code, its name.
 * Its words, and the schema's documentation of a key, are in `locale`'s language (`fr`, `ar`, `zh-cn`...; English by
 * default). In a programme of files, `scope` (`fileScope`) describes the ids the file takes from the agendas it is part of.
 */
export function hoverAt(parsed: ParsedAgenda, position: Position, locale?: string, scope?: ParsedAgenda): HoverResult | undefined {
  const root = parsed.doc.contents as Node | null;
  const entity = entityAt(parsed, position);
  if (entity?.definition) {
    return { markdown: entityMarkdown(root, entity.entities, entity.definition, locale), range: parsed.lines.range(entity.span[0], entity.span[1]) };
  }
  const inScope = entity && scope && scopedDefinition(scope, entity);
  if (entity && inScope) {
    return { markdown: entityMarkdown(scope!.doc.contents as Node | null, inScope.entities, inScope.definition, locale), range: parsed.lines.range(entity.span[0], entity.span[1]) };
  }
  if (entity) {
    const markdown = unknownEntityMarkdown(entity.kind, entity.id, ENTITY_LISTS[entity.kind], locale);
    return { markdown, range: parsed.lines.range(entity.span[0], entity.span[1]) };
  }
  const hit = scalarAt(root, parsed.lines.offsetAt(position));
  const text = scalarText(hit?.node);
  if (!hit?.node.range || text === undefined) return undefined;
  const markdown = hit.isKey ? keyMarkdown(hit.path, text, locale) : codeMarkdown(hit.path, text, locale);
  return markdown ? { markdown, range: parsed.lines.range(hit.node.range[0], hit.node.range[1]) } : undefined;
}

import type { Node } from 'yaml';
import { documentationOf, isTextSchema, propertySchema, resolve, schemaAt } from '../base/agendaSchema';
import type { Position, Range } from '../base/model';
import { ENTITY_LISTS } from '../parse/entities';
import { scalarText, type PathSegment } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { codeName, entityMarkdown, escapeMarkdown } from './entityInfo';
import { entityAt } from './navigation';
import { scalarAt } from './walk';

/** What to show when the pointer rests on something: Markdown, and the range it is about. */
export interface HoverResult {
  markdown: string;
  range: Range;
}

function keyMarkdown(path: readonly PathSegment[], key: string): string | undefined {
  const parentPath = path.slice(0, -1);
  const parent = schemaAt(parentPath);
  if (isTextSchema(parent) && !parent?.properties) {
    const name = codeName('languages', key);
    return name ? `\`${key}\`: ${escapeMarkdown(name)}` : undefined;
  }
  const property = propertySchema(parentPath, key);
  const documentation = documentationOf(property);
  if (!property || !documentation) return undefined;
  const required = parent?.required?.includes(key) ? ' (required)' : '';
  const values = resolve(property)?.enum;
  const list = values && values.length <= 12 ? `\n\nOne of: ${values.map((v) => `\`${String(v)}\``).join(', ')}.` : '';
  return `**${key}**${required}\n\n${documentation}${list}`;
}

function codeMarkdown(path: readonly PathSegment[], value: string): string | undefined {
  const schema = schemaAt(path);
  if (!schema?.enum?.includes(value)) return undefined;
  const name = codeName(path.filter((s) => typeof s === 'string').pop(), value);
  return name ? `\`${value}\`: ${escapeMarkdown(name)}` : undefined;
}

/**
 * The hover at a position: a key's documentation from the schema; for a topic, person, organisation or session
 * id (defined or referred to), what it is and the sessions it appears in; for a language or country code, its name.
 */
export function hoverAt(parsed: ParsedAgenda, position: Position): HoverResult | undefined {
  const root = parsed.doc.contents as Node | null;
  const entity = entityAt(parsed, position);
  if (entity?.definition) {
    return { markdown: entityMarkdown(root, entity.entities, entity.definition), range: parsed.lines.range(entity.span[0], entity.span[1]) };
  }
  if (entity) {
    const markdown = `Unknown ${entity.kind} \`${entity.id}\`: nothing under \`${ENTITY_LISTS[entity.kind]}\` has this id.`;
    return { markdown, range: parsed.lines.range(entity.span[0], entity.span[1]) };
  }
  const hit = scalarAt(root, parsed.lines.offsetAt(position));
  const text = scalarText(hit?.node);
  if (!hit?.node.range || text === undefined) return undefined;
  const markdown = hit.isKey ? keyMarkdown(hit.path, text) : codeMarkdown(hit.path, text);
  return markdown ? { markdown, range: parsed.lines.range(hit.node.range[0], hit.node.range[1]) } : undefined;
}

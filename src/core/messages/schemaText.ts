import { agendaSchema, schemaDefinition, type SchemaNode } from '../base/agendaSchema';
import { ar } from './schemaCatalog/ar';
import { es } from './schemaCatalog/es';
import { fr } from './schemaCatalog/fr';
import { ru } from './schemaCatalog/ru';
import { zh } from './schemaCatalog/zh';
import { catalogLanguage } from './messages';

/**
 * A schema node's two descriptions in one language, by the node's key (`session.title`): `[description,
 * markdownDescription]`, or one text for both where the English gives one text for both.
 */
export type SchemaCatalog = Readonly<Record<string, string | readonly [string, string]>>;

/** Which of a node's descriptions: the one-line `description`, or the `markdownDescription` of a hover. */
export type DescriptionField = 'description' | 'markdownDescription';

/** The schema's descriptions in the languages the core speaks besides English. */
const SCHEMA_CATALOGS: Readonly<Record<string, SchemaCatalog>> = { ar, es, fr, ru, zh };

/**
 * The key of a schema node from its place in the schema: `agenda` for the root, `agenda.event` for a key of the root,
 * `session.title` for a key of a definition, `[]` for the items of a list, `x-` for a key of one's own.
 */
function keyOf(pointer: readonly string[]): string {
  const parts = pointer[0] === 'definitions' ? pointer.slice(1) : ['agenda', ...pointer];
  let key = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === 'properties' || part === 'patternProperties') key += `.${parts[++i].replace(/^\^/, '')}`;
    else if (part === 'items') key += '[]';
    else if (/^\d+$/.test(part)) key += `|${part}`;
    else key += key ? `/${part}` : part;
  }
  return key;
}

function collectKeys(node: unknown, pointer: string[], keys: Map<SchemaNode, string>): void {
  if (!node || typeof node !== 'object') return;
  const schema = node as SchemaNode & Record<string, unknown>;
  if (schema.description !== undefined || schema.markdownDescription !== undefined) {
    const key = keyOf(pointer);
    if ([...keys.values()].includes(key)) throw new Error(`Two schema nodes have the key ${key}`);
    keys.set(schema, key);
  }
  for (const [name, child] of Object.entries(schema)) {
    if (name === 'properties' || name === 'patternProperties' || name === 'definitions') {
      for (const [property, sub] of Object.entries(child as Record<string, unknown>)) collectKeys(sub, [...pointer, name, property], keys);
    } else if (name === 'items' || name === 'additionalProperties' || name === 'propertyNames') collectKeys(child, [...pointer, name], keys);
    else if (name === 'anyOf' || name === 'oneOf' || name === 'allOf') (child as unknown[]).forEach((sub, i) => collectKeys(sub, [...pointer, name, String(i)], keys));
  }
}

let nodeKeys: Map<SchemaNode, string> | undefined;

/** The key of every schema node that has a description, by node. */
export function describedSchemaNodes(): ReadonlyMap<SchemaNode, string> {
  if (!nodeKeys) {
    nodeKeys = new Map();
    collectKeys(agendaSchema, [], nodeKeys);
  }
  return nodeKeys;
}

/** The node whose `field` a schema shows: its own, or that of the definition it refers to (as `resolve` merges them). */
function describingNode(node: SchemaNode | undefined, field: DescriptionField): SchemaNode | undefined {
  if (!node || node[field] !== undefined) return node?.[field] !== undefined ? node : undefined;
  return node.$ref ? describingNode(schemaDefinition(node.$ref.replace('#/definitions/', '')), field) : undefined;
}

/** A schema catalog's text for a key and field, if it has one. */
export function catalogText(catalog: SchemaCatalog | undefined, key: string, field: DescriptionField): string | undefined {
  const entry = catalog?.[key];
  return typeof entry === 'string' || entry === undefined ? entry : entry[field === 'description' ? 0 : 1];
}

/**
 * A schema's `description` (or `markdownDescription`) in a locale's language (`fr`, `ar`, `zh-cn`...): the
 * translation of the node that gives it, or the schema's English where the locale or the node has none.
 */
export function schemaDescription(node: SchemaNode | undefined, field: DescriptionField, locale?: string): string | undefined {
  const source = describingNode(node, field);
  const english = source?.[field];
  if (!source || english === undefined) return undefined;
  const language = catalogLanguage(locale);
  if (language === 'en') return english;
  return catalogText(SCHEMA_CATALOGS[language], describedSchemaNodes().get(source) ?? '', field) ?? english;
}

/** The Markdown that documents a schema in a locale: its `markdownDescription`, or else its `description`. */
export function schemaDocumentation(node: SchemaNode | undefined, locale?: string): string | undefined {
  return schemaDescription(node, 'markdownDescription', locale) ?? schemaDescription(node, 'description', locale);
}

/** Every schema catalog but English, by language. */
export function schemaCatalogs(): Readonly<Record<string, SchemaCatalog>> {
  return SCHEMA_CATALOGS;
}

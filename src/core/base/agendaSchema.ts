import schemaJson from '../../../schemas/agenda.schema.json';

/** A step of a path into the agenda: a mapping key or a list index. */
type PathSegment = string | number;

/** The parts of a JSON schema (draft-07) that the core reads: the one walker of the agenda schema. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  pattern?: string;
  format?: string;
  anyOf?: SchemaNode[];
  patternProperties?: Record<string, SchemaNode>;
}

const ROOT = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

/** The agenda schema's root. */
export const agendaSchema: SchemaNode = ROOT;

/** A definition of the agenda schema by name (`time`, `endTime`, `id`...). */
export function schemaDefinition(name: string): SchemaNode | undefined {
  return ROOT.definitions[name];
}

/** A schema with its `$ref` followed; the referring node's own description and examples win over the target's. */
export function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  const name = node.$ref.replace('#/definitions/', '');
  const target = resolve(ROOT.definitions[name]);
  const { $ref: _ref, ...own } = node;
  return { ...target, ...own };
}

/** Whether a schema is the shared `id` definition (or refers to it). */
export function isIdSchema(node: SchemaNode | undefined): boolean {
  return node?.$ref === '#/definitions/id';
}

/**
 * Whether a schema is one of the fields that take a string or a map from language code to a string: text, and web
 * addresses given per language.
 */
export function isTextSchema(node: SchemaNode | undefined): boolean {
  const resolved = resolve(node);
  const type = resolved?.type;
  return Array.isArray(type) && type.includes('string') && type.includes('object') && resolved?.propertyNames !== undefined;
}

/** Whether values of this schema are written as a block mapping (an object that is not a text field). */
export function isObjectSchema(node: SchemaNode | undefined): boolean {
  const resolved = resolve(node);
  return resolved?.type === 'object' || (!!resolved?.properties && !isTextSchema(resolved));
}

/** The schema that applies at a path into the agenda, or undefined where the schema says nothing. */
export function schemaAt(path: readonly PathSegment[]): SchemaNode | undefined {
  let node = resolve(ROOT);
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = resolve(node.items);
    else if (node.properties?.[segment]) node = resolve(node.properties[segment]);
    else node = typeof node.additionalProperties === 'object' ? resolve(node.additionalProperties) : undefined;
  }
  return node;
}

/** The schema of the key `key` of the object at `path` (unresolved, so that `isIdSchema` still works). */
export function propertySchema(path: readonly PathSegment[], key: string): SchemaNode | undefined {
  return schemaAt(path)?.properties?.[key];
}

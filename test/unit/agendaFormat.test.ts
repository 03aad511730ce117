import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { readFixture, REPO } from './findings';

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  definitions?: Record<string, SchemaNode>;
}

const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/agenda.schema.json'), 'utf8')) as SchemaNode;

function resolve(node: SchemaNode): SchemaNode {
  return node.$ref ? resolve(schema.definitions![node.$ref.split('/').pop()!]) : node;
}

/** Every key path of the format (`event.venue.city`, `sessions[].items[].kind`), from the schema. */
function keyPaths(node: SchemaNode, prefix: string): string[] {
  const resolved = resolve(node);
  if (resolved.items) return keyPaths(resolved.items, `${prefix}[]`);
  return Object.entries(resolved.properties ?? {}).flatMap(([key, child]) => {
    const here = prefix ? `${prefix}.${key}` : key;
    return [here, ...keyPaths(child, here)];
  });
}

/** Whether a value has something at a key path, in any entry of its lists. */
function has(value: unknown, keyPath: string): boolean {
  const [head, ...rest] = keyPath.split('.');
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const child = (value as Record<string, unknown> | null)?.[key];
  if (child === undefined) return false;
  if (!rest.length) return true;
  return list ? Array.isArray(child) && child.some((entry) => has(entry, rest.join('.'))) : has(child, rest.join('.'));
}

interface Described {
  description?: unknown;
  markdownDescription?: unknown;
  properties?: Record<string, Described>;
  additionalProperties?: unknown;
  patternProperties?: Record<string, unknown>;
}

/** Every schema object below `node` (definitions, items, branches of anyOf...) with where it is. */
function schemaObjects(node: unknown, where: string): [string, Described][] {
  if (!node || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((child, i) => schemaObjects(child, `${where}/${i}`));
  return [[where, node as Described], ...Object.entries(node).flatMap(([key, child]) => schemaObjects(child, `${where}/${key}`))];
}

describe('the agenda format', () => {
  const paths = keyPaths(schema, '');

  it('has the key paths the issue fixes', () => {
    for (const fixed of ['version', 'event.agendaItems[].number', 'event.venue.country', 'people[].honorific', 'sessions[].documents[].symbol', 'sessions[].items[].kind']) {
      assert.ok(paths.includes(fixed), fixed);
    }
  });

  it('describes every property in words and in Markdown, for hovers and completion', () => {
    const objects = schemaObjects(schema, '#');
    const properties = objects.flatMap(([where, node]) => Object.entries(node.properties ?? {}).map(([key, p]) => [`${where}/properties/${key}`, p] as const));
    assert.ok(properties.length >= 70, `${properties.length} properties`);
    const written = (text: unknown) => typeof text === 'string' && /^\S[\s\S]*\S$/.test(text);
    assert.deepStrictEqual(properties.filter(([, p]) => !written(p.description)).map(([where]) => where), []);
    assert.deepStrictEqual(properties.filter(([, p]) => !written(p.markdownDescription)).map(([where]) => where), []);
  });

  it('closes every object to unknown keys, so that a typo is caught', () => {
    const open = schemaObjects(schema, '#').filter(([, node]) => node.properties && node.additionalProperties !== false);
    assert.deepStrictEqual(open.map(([where]) => where), []);
  });

  it('lets every mapping with keys of the format hold keys of your own, starting with `x-`, and no other pattern', () => {
    const objects = schemaObjects(schema, '#').filter(([, node]) => node.properties);
    const own = (node: Described) => JSON.stringify(Object.keys(node.patternProperties ?? {}));
    assert.ok(objects.length >= 12, `${objects.length} mappings`);
    assert.deepStrictEqual(objects.filter(([, node]) => own(node) !== '["^x-"]').map(([where]) => where), []);
  });

  it('is used in full by the valid fixture every-key.agenda.yaml', () => {
    const value = parse(readFixture('valid/every-key.agenda.yaml')) as unknown;
    assert.deepStrictEqual(paths.filter((p) => !has(value, p)), []);
  });

  it('names every key in the README', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## The agenda format'), readme.indexOf('## Diagnostics'));
    const keys = [...new Set(paths.map((p) => p.split('.').pop()!.replace('[]', '')))];
    assert.deepStrictEqual(keys.filter((key) => !section.includes(`\`${key}\``)), []);
  });
});

import * as assert from 'assert';
import { isPair, type Document } from 'yaml';
import { readBlockSubset } from '../../../src/core/parse/blockSubset';
import { parseYaml } from '../../../src/core/parse/parse';

/** A node tree as plain data: each node's class and own fields (range, value, source, type, comments, flow...). */
function tree(node: unknown): unknown {
  if (node === null || node === undefined) return node;
  if (isPair(node)) return { pair: [tree(node.key), tree(node.value)] };
  const fields: Record<string, unknown> = { class: (node as object).constructor.name };
  for (const [key, value] of Object.entries(node as object)) if (key !== 'items') fields[key] = value;
  const items = (node as { items?: unknown[] }).items;
  if (items) fields.items = items.map(tree);
  return fields;
}

function documentOf(doc: Document.Parsed): unknown {
  const { yaml, docStart } = doc.directives as unknown as { yaml: unknown; docStart: unknown };
  return { contents: tree(doc.contents), range: doc.range, comment: doc.comment, commentBefore: doc.commentBefore, errors: doc.errors, warnings: doc.warnings, directives: { yaml, docStart } };
}

/**
 * How the fast reader's parse of a text differs from `yaml`'s: undefined when it does not take the text, empty when
 * its document (node for node) and value are `yaml`'s, else what differs.
 */
export function difference(text: string): string | undefined {
  const fast = readBlockSubset(text);
  if (!fast) return undefined;
  const { doc } = parseYaml(text);
  if (doc.errors.length || doc.warnings.length) return `taken, but yaml reports ${doc.errors.concat(doc.warnings).map((e) => e.message).join('; ')}`;
  try {
    assert.deepStrictEqual(documentOf(fast.doc), documentOf(doc));
    assert.deepStrictEqual(fast.value, doc.toJS());
  } catch (error) {
    return String((error as Error).message).slice(0, 2000);
  }
  return '';
}

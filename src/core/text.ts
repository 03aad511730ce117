import type { Node } from 'yaml';
import { pairsOf, scalarText } from './nodes';

/** Text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text of a `text` field: a plain string, or from a map of language codes the first of `languages` it has,
 * else its first entry. Undefined when the node holds no text.
 */
export function textOf(node: Node | null | undefined, languages: readonly string[] = []): string | undefined {
  const plain = scalarText(node);
  if (plain !== undefined) return plain;
  const pairs = pairsOf(node);
  for (const language of languages) {
    const text = scalarText(pairs.find((pair) => scalarText(pair.key) === language)?.value);
    if (text !== undefined) return text;
  }
  for (const pair of pairs) {
    const text = scalarText(pair.value);
    if (text !== undefined) return text;
  }
  return undefined;
}

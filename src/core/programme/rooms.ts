import type { Node } from 'yaml';
import { pairsOf, scalarText } from '../parse/nodes';

/** A room as written: its text, or for a language map its first translation. */
export function roomName(node: Node | null | undefined): string | undefined {
  return scalarText(node) ?? scalarText(pairsOf(node)[0]?.value);
}

function normal(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A session's room as a key for telling rooms apart, the same in every face (the clash checks, completion, the
 * move fix, schedule.json): its text trimmed, in lower case with single spaces; for a language map, the
 * translation of the first language code in alphabetical order, so that the order the translations are written
 * in does not matter.
 */
export function roomKey(node: Node | null | undefined): string | undefined {
  const plain = scalarText(node);
  if (plain !== undefined) return normal(plain) || undefined;
  const translations = pairsOf(node)
    .map((pair): [string | undefined, string | undefined] => [scalarText(pair.key), scalarText(pair.value)])
    .filter((entry): entry is [string, string] => entry[0] !== undefined && entry[1] !== undefined && normal(entry[1]) !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return translations.length ? normal(translations[0][1]) : undefined;
}

import type { Node } from 'yaml';
import { pairsOf, scalarText } from '../parse/nodes';
import { pickText } from './localize';

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
  const translations: Record<string, string> = {};
  for (const pair of pairsOf(node)) {
    const language = scalarText(pair.key);
    const text = scalarText(pair.value);
    if (language !== undefined && text !== undefined && !(language in translations)) translations[language] = text;
  }
  return pickText(translations, undefined, languages);
}

/** The text of a `text` field on one line (see `textOf` and `oneLine`); undefined when it holds no text or only blanks. */
export function textLine(node: Node | null | undefined, languages: readonly string[] = []): string | undefined {
  const text = textOf(node, languages);
  return text === undefined ? undefined : oneLine(text) || undefined;
}

/** Text as a reader compares it: without case, compatibility forms or runs of spaces. */
function normalised(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether two texts read the same: without case, compatibility forms or runs of spaces. */
export function sameText(a: string, b: string): boolean {
  return normalised(a) === normalised(b);
}

/** Whether a text names another as whole words ("UN" is not in "Community"). */
export function namesText(text: string, part: string): boolean {
  const whole = normalised(text);
  const wanted = normalised(part);
  for (let at = whole.indexOf(wanted); at >= 0 && wanted; at = whole.indexOf(wanted, at + 1)) {
    const before = whole.slice(0, at);
    const after = whole.slice(at + wanted.length);
    if (!/[\p{L}\p{N}]$/u.test(before) && !/^[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

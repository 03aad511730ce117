import { isCollection, isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { dealias } from './aliases';

/** A segment of a path into the agenda: a mapping key or a list index. */
export type PathSegment = string | number;

/** What a path leads to: the node (if present), and the key node when the last step was a mapping key. */
export interface Located {
  node: Node | null;
  key: Node | null;
  /** The nearest enclosing pair's key, for underlining an object that has no key of its own. */
  parentKey: Node | null;
}

/** The string form of a scalar key or value (an alias of one included), or undefined for anything else. */
export function scalarText(raw: unknown): string | undefined {
  const node = dealias(raw as Node | null | undefined);
  if (!isScalar(node)) return undefined;
  const value = node.value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** The pair of a mapping (or of an alias of one) whose key is `key`, compared as text. */
export function pairOf(raw: unknown, key: string): Pair<Node, Node | null> | undefined {
  const map = dealias(raw as Node | null | undefined);
  if (!isMap(map)) return undefined;
  for (const pair of (map as YAMLMap<Node, Node | null>).items) {
    const text = (pair as { key?: { value?: unknown } } | null)?.key?.value;
    if (typeof text === 'string' && text !== key) continue;
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const value = pair.key.value;
    if (value === key || (typeof value !== 'string' && scalarText(pair.key) === key)) return pair;
  }
  return undefined;
}

/** The value node under `key` in a mapping. */
export function valueOf(map: unknown, key: string): Node | null | undefined {
  return pairOf(map, key)?.value;
}

/** The items of a sequence node (or of an alias of one), or an empty list for anything else. */
export function itemsOf(raw: unknown): (Node | null)[] {
  const seq = dealias(raw as Node | null | undefined);
  return isSeq(seq) ? (seq as YAMLSeq<Node | null>).items : [];
}

/** The pairs of a mapping node (or of an alias of one), or an empty list for anything else. */
export function pairsOf(raw: unknown): Pair<Node, Node | null>[] {
  const map = dealias(raw as Node | null | undefined);
  return isMap(map) ? (map as YAMLMap<Node, Node | null>).items.filter((p) => isPair(p)) : [];
}

/** Follows a path of keys and indices from a root node as far as it goes. */
export function locate(root: Node | null, path: readonly PathSegment[]): Located {
  let node: Node | null = root;
  let key: Node | null = null;
  let parentKey: Node | null = null;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = pairOf(node, String(segment));
      if (!pair) return { node: null, key: null, parentKey: key ?? parentKey };
      parentKey = key ?? parentKey;
      key = pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = (node as YAMLSeq<Node | null>).items[Number(segment)];
      if (item === undefined) return { node: null, key: null, parentKey: key ?? parentKey };
      parentKey = key ?? parentKey;
      key = null;
      node = item;
    } else {
      return { node: null, key: null, parentKey: key ?? parentKey };
    }
  }
  return { node, key, parentKey };
}

/** The offsets a node's value covers (`range[0]..range[1]`), leaving trailing comments out. */
export function valueSpan(node: Node | null | undefined): [number, number] | undefined {
  const range = node?.range;
  return range ? [range[0], range[1]] : undefined;
}

function lastEnd(node: Node): number {
  if ((isMap(node) || isSeq(node)) && !node.flow) {
    const items = (node as YAMLMap<Node, Node | null> | YAMLSeq<Node | null>).items;
    const last: unknown = items[items.length - 1];
    if (isPair(last)) {
      const value = last.value as Node | null;
      if (value?.range) return lastEnd(value);
      if ((last.key as Node | null)?.range) return lastEnd(last.key as Node);
    } else if (last && (last as Node).range) return lastEnd(last as Node);
  }
  return node.range ? node.range[1] : 0;
}

/**
 * The offsets a node's content covers: from its first character to the end of its last value, leaving out
 * trailing comments, blank lines and line breaks (which `range[1]` of a block collection or block scalar keeps).
 */
export function contentSpan(node: Node | null | undefined, text: string): [number, number] | undefined {
  if (!node?.range) return undefined;
  const start = node.range[0];
  let end = Math.max(start, lastEnd(node));
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return [start, end];
}

/**
 * The offsets to underline for a node in `text`: its value without trailing blanks or line breaks; for a block
 * mapping or list (which may run over many lines), only its first line. Undefined for a missing or empty node.
 */
export function underlineSpan(node: Node | null | undefined, text: string): [number, number] | undefined {
  const span = valueSpan(node);
  if (!span) return undefined;
  let [start, end] = span;
  if (isCollection(node) && !node.flow) {
    const lineBreak = text.slice(start, end).search(/[\r\n]/);
    if (lineBreak >= 0) end = start + lineBreak;
  }
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : undefined;
}

/** The innermost mapping or list under `root` whose value covers an offset, or undefined. */
export function collectionAt(root: Node | null, offset: number): Node | undefined {
  let found: Node | undefined;
  let node: Node | null | undefined = root;
  while (isCollection(node)) {
    const span = valueSpan(node);
    if (!span || offset < span[0] || offset > span[1]) break;
    found = node;
    const children: (Node | null)[] = isMap(node) ? pairsOf(node).flatMap((pair) => [pair.key, pair.value]) : itemsOf(node);
    node = children.find((child) => {
      const range = valueSpan(child);
      return !!range && isCollection(child) && offset >= range[0] && offset <= range[1];
    });
  }
  return found;
}

import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { itemsOf, pairsOf, scalarText, type PathSegment } from '../parse/nodes';

/** A scalar of the document with where it sits: its path, and whether it is a mapping key. */
export interface ScalarHit {
  node: Node;
  /** For a key: the path of the value it names. For a value: its own path. */
  path: PathSegment[];
  isKey: boolean;
  /** The pair the scalar belongs to, as key or value. */
  pair?: Pair<Node, Node | null>;
}

/**
 * Visits every scalar key and value under `root` with its path, depth first in document order; stops when
 * `visit` returns true and gives back that scalar.
 */
export function findScalar(root: Node | null | undefined, visit: (hit: ScalarHit) => boolean): ScalarHit | undefined {
  const walk = (node: Node | null | undefined, path: PathSegment[], pair?: Pair<Node, Node | null>): ScalarHit | undefined => {
    if (isScalar(node)) {
      const hit: ScalarHit = pair ? { node, path, isKey: false, pair } : { node, path, isKey: false };
      return visit(hit) ? hit : undefined;
    }
    if (isMap(node)) {
      for (const entry of pairsOf(node)) {
        const key = scalarText(entry.key);
        if (key === undefined) continue;
        const keyHit: ScalarHit = { node: entry.key, path: [...path, key], isKey: true, pair: entry };
        if (visit(keyHit)) return keyHit;
        const found = walk(entry.value, [...path, key], entry);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      const items = itemsOf(node);
      for (let i = 0; i < items.length; i++) {
        const found = walk(items[i], [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(root, []);
}

/** The scalar (key or value) whose source covers `offset`, ends included, so that a cursor just after a word finds it. */
export function scalarAt(root: Node | null | undefined, offset: number): ScalarHit | undefined {
  return findScalar(root, ({ node }) => !!node.range && node.range[0] <= offset && offset <= node.range[1]);
}

import { isAlias, visit, type Document, type Node } from 'yaml';

/** For each alias node (`*name`) of a parsed document, the node its anchor (`&name`) marks. */
const targets = new WeakMap<Node, Node>();

/**
 * Records what every alias of a document stands for: the node of the last anchor of its name before it, as YAML
 * says. One pass over the document, so that reading an alias later costs a look-up, not a search.
 */
export function resolveAliases(doc: Document.Parsed): void {
  const anchors = new Map<string, Node>();
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) anchors.set(node.anchor, node);
      return undefined;
    },
  });
}

/**
 * The node a value stands for: an alias's anchored node (never itself an alias), anything else as it is. Faces
 * read values through it, so `date: *day` is the date the anchor holds. It does not descend into what it returns,
 * so an alias inside its own anchor (`&t [*t]`) cannot make a reader loop.
 */
export function dealias<T extends Node | null | undefined>(node: T): T | Node {
  return isAlias(node) ? (targets.get(node) ?? node) : node;
}

import type { Diagnostic, Position, Range } from '../base/model';
import type { EntityKind, ReferenceRole } from '../parse/entities';

/** What an outline node stands for; the extension picks icons and menus by it. */
export type OutlineKind =
  | 'event'
  | 'day'
  | 'room'
  | 'session'
  | 'item'
  | 'topics'
  | 'people'
  | 'topic'
  | 'person'
  | 'topicRef'
  | 'personRef'
  | 'sessionRef'
  | 'agendaItems'
  | 'agendaItem'
  | 'agendaItemRef';

/** The definition a reference points to. */
export interface OutlineTarget {
  kind: EntityKind;
  id: string;
  /** The range of the defining entry; absent when nothing defines the id. */
  range?: Range;
  /** The range of the defining entry's `id` value. */
  idRange?: Range;
}

/** The session a node is, lies in or points to. */
export interface OutlineSession {
  /** Its position in `sessions`. */
  index: number;
  id?: string;
}

/** One node of the outline: plain data, no cycles, safe to send anywhere. */
export interface OutlineNode {
  /** Stable across edits that do not touch what the node stands for (built from ids, dates and roles). */
  id: string;
  parentId?: string;
  kind: OutlineKind;
  label: string;
  description: string;
  /** Plain text, several lines. */
  tooltip: string;
  /** The YAML the node stands for, from its first character to the end of its last value (comments left out). */
  range: Range;
  /** The diagnostics that start in `range` (for a day: those of its sessions). */
  diagnostics: Diagnostic[];
  children: OutlineNode[];
  target?: OutlineTarget;
  session?: OutlineSession;
  /** For a person in a session: how they take part. */
  roles?: ReferenceRole[];
  /** For an agenda item, and a session's entry of one: its number, and whether the session continues it. */
  agendaItem?: { number: string; continued?: boolean };
}

/** A day of the programme, for choosing one to show. */
export interface OutlineDay {
  /** The session `date` as written (`2020-04-24`), or `''` for sessions without one. */
  key: string;
  label: string;
  sessions: number;
}

/** The outline of an agenda: the event with its days and sessions, then the topics and the people. */
export interface Outline {
  roots: OutlineNode[];
  /** Every day of the programme, in order, whatever `day` filter was applied. */
  days: OutlineDay[];
}

/** Orders two positions: negative when `a` comes first. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function rangeSize(range: Range): [number, number] {
  return [range.end.line - range.start.line, range.end.character - range.start.character];
}

/** Every node of an outline, depth first, parents before their children. */
export function* outlineNodes(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* outlineNodes(node.children);
  }
}

/**
 * The node that best matches a position in the text: the smallest range containing it; on a tie, the first in
 * the outline (the days and sessions come before the topics and people groups). Days are skipped: their range
 * spans sessions of other days when the file is not in date order.
 */
export function outlineNodeAt(outline: Outline, position: Position): OutlineNode | undefined {
  let best: OutlineNode | undefined;
  let bestSize: [number, number] | undefined;
  for (const node of outlineNodes(outline.roots)) {
    if (node.kind === 'day') continue;
    if (comparePositions(node.range.start, position) > 0 || comparePositions(position, node.range.end) > 0) continue;
    const size = rangeSize(node.range);
    if (!bestSize || size[0] < bestSize[0] || (size[0] === bestSize[0] && size[1] < bestSize[1])) {
      best = node;
      bestSize = size;
    }
  }
  return best;
}

/** A node and what is under it as indented plain text, one node a line: for copying into an e-mail or a note. */
export function outlineText(node: OutlineNode, indent = ''): string {
  const line = `${indent}${node.label}${node.description ? ` (${node.description})` : ''}`;
  return [line, ...node.children.map((child) => outlineText(child, `${indent}  `))].join('\n');
}

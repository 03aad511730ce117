import { isAlias, isCollection, isScalar, type Node } from 'yaml';
import { contentSpan, itemsOf, pairsOf } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';

/** A foldable block of lines (0-based, both included); `comment` for a run of comment lines. */
export interface FoldingRange {
  start: number;
  end: number;
  kind?: 'comment';
}

/**
 * The folding ranges of an agenda: every key or list entry whose value spans lines (each section, each
 * session, each item, each block of text), and every run of comment lines.
 */
export function foldingRanges(parsed: ParsedAgenda): FoldingRange[] {
  const { lines, text } = parsed;
  const ranges: FoldingRange[] = [];
  const add = (from: number, node: Node | null | undefined) => {
    if (!node?.range || !(isCollection(node) || isScalar(node))) return;
    const start = lines.positionAt(from).line;
    const end = lines.positionAt(contentSpan(node, text)![1]).line;
    if (end > start) ranges.push({ start, end });
  };
  const visit = (node: Node | null | undefined) => {
    if (isAlias(node)) return;
    for (const pair of pairsOf(node)) {
      if (pair.key?.range) add(pair.key.range[0], pair.value);
      visit(pair.value);
    }
    for (const item of itemsOf(node)) {
      if (item?.range && isCollection(item)) add(item.range[0], item);
      visit(item);
    }
  };
  visit(parsed.doc.contents as Node | null);
  let run = -1;
  for (let line = 0; line <= lines.lineCount; line++) {
    const comment = line < lines.lineCount && /^\s*#/.test(lines.lineText(line));
    if (comment && run < 0) run = line;
    if (!comment && run >= 0) {
      if (line - 1 > run) ranges.push({ start: run, end: line - 1, kind: 'comment' });
      run = -1;
    }
  }
  return ranges.sort((a, b) => a.start - b.start || b.end - a.end);
}

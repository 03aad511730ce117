import { isAlias, isMap, isNode, isPair, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { LineIndex } from '../base/lines';
import type { CheckOptions, Diagnostic } from '../base/model';
import { countParse, parseAgenda, parsePiece, type ParsedAgenda } from '../parse/parse';
import { checkWith } from './check';

/**
 * One top-level entry of an agenda's text: an entry of a top-level list (a session, a person, a topic...) or a
 * top-level key with its value (`event`). It runs from the blank lines and comments before it to the end of its last
 * line, so that the text between two entries belongs to exactly one of them.
 */
interface Entry {
  start: number;
  end: number;
  /** The index of its pair in the root mapping. */
  pair: number;
  /** Its index in the pair's list, or -1 when the entry is the whole pair. */
  item: number;
  /** The column of the list's dashes, or 0 for a top-level key. */
  indent: number;
}

/** How the last text given to an {@link IncrementalChecker} was parsed. */
export type ParseKind = 'full' | 'entry' | 'unchanged';

/** A line of a text seen by the entry rules: its indentation, whether it is blank or a comment. */
interface LineShape {
  indent: number;
  blank: boolean;
  comment: boolean;
}

function shapeOf(text: string, start: number, end: number): LineShape {
  let i = start;
  while (i < end && text.charCodeAt(i) === 32) i++;
  const first = i < end ? text.charCodeAt(i) : -1;
  return { indent: i - start, blank: first === -1, comment: first === 35 };
}

/** Blank lines, and comments no deeper than a list's dashes, belong to the entry after them. */
function isLead(shape: LineShape, indent: number): boolean {
  return shape.blank || (shape.comment && shape.indent <= indent);
}

/** The first of the lines just above `line` that lead into the next entry (or `line` itself when there are none). */
function leadStart(lines: LineIndex, line: number, indent: number): number {
  let first = line;
  while (first > 0) {
    const above = first - 1;
    if (!isLead(shapeOf(lines.text, lines.lineStart(above), lines.lineEnd(above)), indent)) break;
    first = above;
  }
  return first;
}

function offsetOfLine(lines: LineIndex, line: number): number {
  return line >= lines.lineCount ? lines.text.length : lines.lineStart(line);
}

/** The line a boundary offset starts; the end of the text counts as the line after the last. */
function boundaryLine(lines: LineIndex, offset: number): number {
  return offset >= lines.text.length ? lines.lineCount : lines.positionAt(offset).line;
}

/** Whether a line starts a list entry at `indent`: that many spaces, a dash, then a space or the end of the line. */
function isDashLine(text: string, start: number, end: number, indent: number): boolean {
  for (let i = start; i < start + indent; i++) if (text.charCodeAt(i) !== 32) return false;
  const dash = start + indent;
  return text.charCodeAt(dash) === 45 && (dash + 1 === end || text.charCodeAt(dash + 1) === 32);
}

/**
 * Whether the text of an entry, as the user left it, still parses alone exactly as it does inside the whole
 * agenda: the lines before its first are blank or shallow comments (none for the first entry), the first line
 * starts it at its column, the lines after are deeper than that column (or blank, or comments), and it ends with
 * such a deeper line and a line break (or the end of the text).
 */
function keepsShape(text: string, entry: Entry, first: boolean, atEnd: boolean): boolean {
  if (UNSAFE_TEXT.test(text)) return false;
  const bounds: [number, number][] = [];
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length : newline + 1;
    const end = newline < 0 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    bounds.push([start, end]);
    start = next;
  }
  if (!atEnd && !/\n$/.test(text)) return false;
  let line = 0;
  while (line < bounds.length && isLead(shapeOf(text, ...bounds[line]), entry.indent)) line++;
  if (line === bounds.length || (first && line > 0)) return false;
  const [start, end] = bounds[line];
  if (entry.item >= 0 ? !isDashLine(text, start, end, entry.indent) : shapeOf(text, start, end).indent > 0 || /^[-#%?:[{&*!|>'"@`,\]}]/.test(text.slice(start, end))) return false;
  for (let i = line + 1; i < bounds.length; i++) {
    const shape = shapeOf(text, ...bounds[i]);
    if (!shape.blank && !shape.comment && shape.indent <= entry.indent) return false;
  }
  return !isLead(shapeOf(text, ...bounds[bounds.length - 1]), entry.indent);
}

/**
 * Text that entries cannot be cut around: a lone carriage return (a line break for the editor, not for YAML), and
 * a block scalar that keeps its trailing blank lines (`|+`), which would take in the blank lines before an entry.
 */
const UNSAFE_TEXT = /\r(?!\n)|[|>][1-9]?\+/;

/** Whether a parse can be updated entry by entry: clean, a block mapping at the left margin, no anchors or tags. */
function isReusable(parsed: ParsedAgenda): boolean {
  const { doc, lines, diagnostics } = parsed;
  const root = doc.contents;
  if (diagnostics.length || !isMap(root) || root.flow || !root.range || lines.positionAt(root.range[0]).character !== 0) return false;
  if (doc.directives?.yaml.explicit || Object.keys(doc.directives?.tags ?? {}).length > 2 || UNSAFE_TEXT.test(parsed.text)) return false;
  if (!root.items.every((pair) => isScalar(pair.key) && typeof pair.key.value === 'string' && pair.key.range)) return false;
  let plain = true;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor || node.tag) {
        plain = false;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return plain && typeof parsed.value === 'object' && parsed.value !== null;
}

function lastBefore(count: number, offset: number, startOf: (index: number) => number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The entry whose text holds `offset`, or undefined for the lines around the entries (a list's key line, a gap). */
function entryAt(parsed: ParsedAgenda, offset: number): Entry | undefined {
  const { lines } = parsed;
  const length = lines.text.length;
  const holds = (start: number, end: number) => start <= offset && (offset < end || (offset === end && end === length));
  const pairs = (parsed.doc.contents as YAMLMap<Node, Node | null>).items;
  const keyLine = (i: number) => lines.positionAt((pairs[i].key as Node).range![0]).line;
  const pairStart = (i: number) => (i === 0 ? lines.lineStart(keyLine(0)) : offsetOfLine(lines, leadStart(lines, keyLine(i), 0)));
  let p = lastBefore(pairs.length, offset, (i) => (pairs[i].key as Node).range![0]);
  if (p + 1 < pairs.length && pairStart(p + 1) <= offset) p++;
  const start = pairStart(p);
  const end = p + 1 < pairs.length ? pairStart(p + 1) : offsetOfLine(lines, leadStart(lines, lines.lineCount, 0));
  if (!holds(start, end)) return undefined;
  const seq = pairs[p].value;
  if (!isSeq(seq) || seq.flow || !seq.items.length || !seq.range) return p > 0 ? { start, end, pair: p, item: -1, indent: 0 } : undefined;
  const items = (seq as YAMLSeq<unknown>).items;
  const indent = lines.positionAt(seq.range[0]).character;
  const itemOffset = (j: number) => {
    const item = items[j];
    return isNode(item) && item.range ? item.range[0] : -1;
  };
  const dashLine = (j: number) => lines.positionAt(itemOffset(j)).line;
  const itemStart = (j: number) => (j === 0 ? lines.lineStart(dashLine(0)) : offsetOfLine(lines, leadStart(lines, dashLine(j), indent)));
  let j = lastBefore(items.length, offset, itemOffset);
  if (j + 1 < items.length && itemStart(j + 1) <= offset) j++;
  for (const i of [j, j + 1]) {
    if (i >= items.length) continue;
    if (itemOffset(i) < 0 || !isDashLine(lines.text, lines.lineStart(dashLine(i)), lines.lineEnd(dashLine(i)), indent)) return undefined;
  }
  const itemEnd = j + 1 < items.length ? itemStart(j + 1) : offsetOfLine(lines, leadStart(lines, boundaryLine(lines, end), indent));
  const from = itemStart(j);
  return holds(from, itemEnd) ? { start: from, end: itemEnd, pair: p, item: j, indent } : undefined;
}

/** Moves a node and everything in it by `delta` characters, in place (each node of a parse has its own range). */
function shift(node: unknown, delta: number): void {
  if (delta === 0) return;
  if (isPair(node)) {
    shift(node.key, delta);
    shift(node.value, delta);
    return;
  }
  if (!isNode(node)) return;
  const range = node.range;
  if (range) {
    range[0] += delta;
    range[1] += delta;
    range[2] += delta;
  }
  if (isMap(node) || isSeq(node)) for (const item of (node as YAMLSeq<unknown>).items) shift(item, delta);
}

/** Moves a collection's end after one of its children changed: to the new last child's end when that was the one. */
function refit(node: { range?: [number, number, number] | null }, lastEnd: number | undefined, delta: number): void {
  if (!node.range) return;
  const [start, valueEnd, end] = node.range;
  const newValueEnd = lastEnd ?? valueEnd + delta;
  node.range = [start, newValueEnd, end === valueEnd ? newValueEnd : end + delta];
}

function hasProps(node: unknown): boolean {
  let found = false;
  visit(node as Node, {
    Node(_key, n) {
      if (isAlias(n) || n.anchor || n.tag) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function withProperty(object: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...object };
  Object.defineProperty(copy, key, { value, writable: true, enumerable: true, configurable: true });
  return copy;
}

/** How many characters two texts share at their start, and then at their end (compared in blocks, then one by one). */
function commonEnds(a: string, b: string): [number, number] {
  const shorter = Math.min(a.length, b.length);
  const block = 256;
  let prefix = 0;
  while (prefix + block <= shorter && a.slice(prefix, prefix + block) === b.slice(prefix, prefix + block)) prefix += block;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = shorter - prefix;
  let suffix = 0;
  while (suffix + block <= room && a.slice(a.length - suffix - block, a.length - suffix) === b.slice(b.length - suffix - block, b.length - suffix)) suffix += block;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return [prefix, suffix];
}

/**
 * The parse of `text`, made from the parse of an earlier text by parsing again only the one entry an edit fell in;
 * undefined when the edit is not inside one entry or could change how the text around it parses. The result is the
 * same as `parseAgenda(text)`: same values, same node offsets, same comments. The earlier parse's document is
 * updated in place and must not be used any more.
 */
function reparseEntry(previous: ParsedAgenda, text: string): ParsedAgenda | undefined {
  const old = previous.text;
  const [prefix, suffix] = commonEnds(old, text);
  const entry = entryAt(previous, prefix);
  if (!entry || old.length - suffix > entry.end) return undefined;
  const delta = text.length - old.length;
  const source = text.slice(entry.start, entry.end + delta);
  if (!keepsShape(source, entry, entry.item === 0, entry.end === old.length)) return undefined;

  const root = previous.doc.contents as YAMLMap<Node, Node | null>;
  const pair = root.items[entry.pair] as Pair<Node, Node | null>;
  const key = (pair.key as { value: string }).value;
  const dummy = entry.item >= 0 ? `${' '.repeat(entry.indent)}- 0\n` : `${key === '_' ? '__' : '_'}: 0\n`;
  const part = parsePiece(dummy + source);
  const partRoot = part.doc.contents;
  if (part.diagnostics.length || part.value === undefined || !isNode(partRoot) || !(isMap(partRoot) || isSeq(partRoot)) || partRoot.flow) return undefined;
  const partItems = (partRoot as YAMLSeq<unknown>).items;
  if (partItems.length !== 2 || hasProps(partItems[1])) return undefined;
  const offset = entry.start - dummy.length;
  const rootValue = previous.value as Record<string, unknown>;
  let value: Record<string, unknown>;
  let lastEnd: number | undefined;

  if (entry.item >= 0) {
    const seq = pair.value as YAMLSeq<unknown>;
    const node = partItems[1];
    if (!isSeq(partRoot) || !isNode(node) || !node.range) return undefined;
    shift(node, offset);
    seq.items.slice(entry.item + 1).forEach((item) => shift(item, delta));
    const last = entry.item === seq.items.length - 1;
    seq.items[entry.item] = node;
    refit(seq, last ? node.range[2] : undefined, delta);
    const list = [...(rootValue[key] as unknown[])];
    list[entry.item] = (part.value as unknown[])[1];
    value = withProperty(rootValue, key, list);
    if (entry.pair === root.items.length - 1) lastEnd = seq.range![2];
  } else {
    const replacement = partItems[1];
    if (!isMap(partRoot) || !isPair(replacement) || !isScalar(replacement.key) || replacement.key.value !== key) return undefined;
    shift(replacement, offset);
    root.items[entry.pair] = replacement as Pair<Node, Node | null>;
    value = withProperty(rootValue, key, (part.value as Record<string, unknown>)[key]);
    if (entry.pair === root.items.length - 1) lastEnd = ((replacement.value ?? replacement.key) as Node).range![2];
  }
  root.items.slice(entry.pair + 1).forEach((later) => shift(later, delta));
  refit(root, lastEnd, delta);
  const doc = previous.doc as Document.Parsed;
  doc.range = [doc.range[0], root.range![2], doc.range[2] + delta];
  return { text, doc, lines: new LineIndex(text), value, diagnostics: [] };
}

/**
 * Checks successive versions of one agenda, as an editor does while someone types. Each call gives exactly the
 * diagnostics `check` gives for the same text, but when an edit stays inside one entry (a session, a person, the
 * event...) only that entry is parsed again; the rest of the parse is reused. Cross-references, overlaps and
 * duplicates are still checked over the whole agenda. One checker per document; the `parsed` it exposes is
 * replaced (and the one before updated in place) by the next call.
 */
export class IncrementalChecker {
  private current: ParsedAgenda | undefined;
  private reusable = false;
  private lastText: string | undefined;
  private lastDiagnostics: Diagnostic[] = [];
  /** How the last text was parsed: in full, by reparsing one entry, or not at all (the text had not changed). */
  lastParse: ParseKind = 'full';
  /** What the core threw while checking the last text (reported as `internal-error`), or undefined. */
  lastFailure: unknown;

  constructor(private readonly options: CheckOptions = {}) {}

  /** The parse of the text last checked (undefined before the first check or when the text was too large). */
  get parsed(): ParsedAgenda | undefined {
    return this.current;
  }

  /** Checks the agenda's current text; the same as `check(text, options)`, only faster after a small edit. */
  check(text: string): Diagnostic[] {
    if (text !== this.lastText) {
      const previous = this.current;
      this.current = undefined;
      this.lastFailure = undefined;
      this.lastDiagnostics = checkWith(text, this.options, (next) => this.parse(next, previous), (error) => {
        this.lastFailure = error;
        this.reusable = false;
      });
      this.lastText = text;
    } else {
      this.lastParse = 'unchanged';
    }
    return this.lastDiagnostics.slice();
  }

  private parse(text: string, previous: ParsedAgenda | undefined): ParsedAgenda {
    let parsed: ParsedAgenda | undefined;
    if (previous && this.reusable) {
      try {
        parsed = reparseEntry(previous, text);
      } catch {
        parsed = undefined;
      }
    }
    this.lastParse = parsed ? 'entry' : 'full';
    if (parsed) countParse();
    else {
      parsed = parseAgenda(text);
      this.reusable = isReusable(parsed);
    }
    this.current = parsed;
    return parsed;
  }
}

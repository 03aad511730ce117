import { Composer, isMap, isNode, isScalar, isSeq, Lexer, Parser, Scalar, type CST, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { agendaSchema, resolve, type SchemaNode } from '../base/agendaSchema';
import { LineIndex } from '../base/lines';
import { MAX_ALIAS_COUNT, parseYaml, withLineFeeds } from '../parse/parse';
import { msg, render } from '../messages/messages';
import type { TextEdit } from './edits';

/** A formatted agenda, or why it is left alone. */
export type FormatResult = { text: string; changed: boolean } | { problem: string };

const TIME_REF = '#/definitions/time';
const PLACEHOLDER = 'agendaFormatKeep';

/** A value kept as it was written: where it was, and what stands for it while the rest is printed. */
interface Kept {
  source: string;
  /** The indentation of the line the value starts on, in the original. */
  indent: number;
  /** For a block of text, the indentation of its content in the original: it is written two spaces in from its line. */
  content?: number;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * The text of a value as written, without the line breaks a block scalar's range ends with (but the blank lines
 * that a kept block, `|+`, holds); undefined where nothing was written.
 */
function writtenSource(text: string, node: Node): string | undefined {
  if (!node.range) return undefined;
  const source = text.slice(node.range[0], node.range[1]);
  if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
    return /^[|>][1-9]?\+/.test(source) ? source.replace(/\n$/, '') : source.replace(/\n+$/, '');
  }
  return source;
}

/**
 * Keeps the comment above a block mapping's first entry at the top of the mapping, whichever entry comes first once
 * ordered: it heads the file, or the list entry the mapping is.
 */
function hoistLeadingComment(map: YAMLMap): void {
  const first = map.items[0] as Pair | undefined;
  if (!first || !isNode(first.key) || !first.key.commentBefore) return;
  map.commentBefore = map.commentBefore ? `${map.commentBefore}\n${first.key.commentBefore}` : first.key.commentBefore;
  first.key.commentBefore = undefined;
}

class Formatter {
  readonly kept: Kept[] = [];

  constructor(private readonly text: string, private readonly lines: LineIndex) {}

  /** A placeholder scalar that stands for a value to be written back as it was, with the value's anchor, tag and comments. */
  private keep(node: Node): Node {
    const source = writtenSource(this.text, node);
    if (source === undefined || !node.range) return node;
    const start = this.lines.positionAt(node.range[0]);
    const line = this.text.slice(this.lines.offsetAt({ line: start.line, character: 0 }), node.range[0]);
    const content = isScalar(node) && /^[|>][+-]?(\s|$)/.test(source) ? source.split('\n').slice(1).find((l) => l.trim()) : undefined;
    this.kept.push({ source, indent: indentOf(line), ...(content === undefined ? {} : { content: indentOf(content) }) });
    const placeholder = new Scalar(`${PLACEHOLDER}${this.kept.length - 1}`);
    placeholder.type = 'PLAIN';
    for (const prop of ['anchor', 'comment', 'commentBefore', 'spaceBefore'] as const) {
      if (node[prop] !== undefined) (placeholder as unknown as Record<string, unknown>)[prop] = node[prop];
    }
    if (node.tag && !node.tag.startsWith('tag:yaml.org,2002:')) placeholder.tag = node.tag;
    return placeholder;
  }

  /** The value to print for a node: block collections are walked, everything else is kept as written (times quoted). */
  value(node: unknown, schema: SchemaNode | undefined): unknown {
    if (!isNode(node)) return node;
    if ((isMap(node) || isSeq(node)) && !node.flow) {
      if (isMap(node)) {
        hoistLeadingComment(node);
        this.map(node.items as Pair[], resolve(schema));
      }
      else {
        const items = resolve(schema)?.items;
        node.items = node.items.map((item) => this.value(item, items));
      }
      return node;
    }
    if (isScalar(node) && schema?.$ref === TIME_REF && node.type === 'PLAIN' && typeof node.value === 'string' && !node.value.includes('\n')) {
      node.type = 'QUOTE_DOUBLE';
      return node;
    }
    return this.keep(node);
  }

  /** Orders a block mapping's entries as the schema lists its keys (others after them, as they were) and walks their values. */
  private map(items: Pair[], schema: SchemaNode | undefined): void {
    const order = Object.keys(schema?.properties ?? {});
    const rank = (pair: Pair) => {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      const index = typeof key === 'string' ? order.indexOf(key) : -1;
      return index < 0 ? order.length : index;
    };
    const sorted = items.map((pair, index) => ({ pair, index })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.index - b.index);
    if (sorted.some((entry, index) => entry.index !== index) && items.length) {
      const first = items[0];
      if (isNode(first.key) && first.key.spaceBefore) first.key.spaceBefore = false;
    }
    items.splice(0, items.length, ...sorted.map((entry) => entry.pair));
    for (const pair of items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      const child = typeof key === 'string' ? schema?.properties?.[key] : undefined;
      pair.value = this.value(pair.value, child);
    }
  }

  /** The printed text with each placeholder replaced by the value as written, its later lines moved with its line. */
  restore(printed: string): string {
    return printed.replace(new RegExp(`^(.*?)${PLACEHOLDER}(\\d+)`, 'gm'), (_match, before: string, n: string) => {
      const kept = this.kept[Number(n)];
      if (!kept.source) return before.trimEnd();
      const delta = kept.content === undefined ? indentOf(before) - kept.indent : indentOf(before) + 2 - kept.content;
      const [first, ...rest] = kept.source.split('\n');
      const moved = rest.map((line) => {
        if (!line.trim()) return '';
        return delta >= 0 ? ' '.repeat(delta) + line : line.slice(Math.min(-delta, indentOf(line)));
      });
      return before + [first, ...moved].join('\n');
    });
  }
}

/** The comments of a text, trimmed and sorted, to compare two texts' comments whatever their order. */
function comments(text: string): string[] {
  return [...new Lexer().lex(text)].filter((token) => token.startsWith('#')).map((token) => token.trimEnd()).sort();
}

/** A printed text read back: its document, and its comments as {@link comments} gives them, from one pass of the lexer. */
function readBack(text: string): { doc: Document.Parsed; comments: string[] } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  const found: string[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme.startsWith('#')) found.push(lexeme.trimEnd());
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  const [doc] = new Composer({ schema: 'core', uniqueKeys: false, logLevel: 'error' }).compose(tokens, true, text.length);
  return { doc, comments: found.sort() };
}

/** A value as JSON with the keys of every object in name order, so that two values compare whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : v));
}

/** The value of a document, or undefined when it cannot be built (an alias to nothing, too many aliases, a cycle). */
function valueOf(doc: Document.Parsed): { value: unknown } | undefined {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch {
    return undefined;
  }
}

/** Whether a printed text reads back as the value and the comments of the text it was printed from. */
function readsAsWritten(printed: string, text: string, value: unknown): boolean {
  const again = readBack(printed);
  if (again.doc.errors.length) return false;
  const printedValue = valueOf(again.doc);
  return !!printedValue && canonical(printedValue.value) === canonical(value) && again.comments.join('\n') === comments(text).join('\n');
}

/** The document printed in the agenda's layout, or undefined when the printer fails on it (a tag it cannot print). */
function reprint(text: string, doc: Document.Parsed): string | undefined {
  try {
    const formatter = new Formatter(text, new LineIndex(text));
    doc.contents = formatter.value(doc.contents, agendaSchema) as typeof doc.contents;
    return formatter.restore(doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 }));
  } catch {
    return undefined;
  }
}

/**
 * Formats an agenda: the keys of every block mapping in the order the schema lists them (keys it does not know after
 * them, as they were), two spaces of indentation, times in double quotes; comments and blank lines between entries
 * stay, and everything else is written as it was (flow maps, text in its quotes or blocks, numbers, anchors). Line
 * breaks and a byte-order mark are kept. Formatting twice gives the text of formatting once, and the agenda's value
 * never changes: a text whose format would change it, or that cannot be parsed, is left alone, with the reason (in
 * the words of `locale`, English when none is given).
 */
export function formatAgenda(original: string, locale?: string): FormatResult {
  const bom = original.startsWith('\ufeff') ? '\ufeff' : '';
  const eol = /\r\n/.test(original) ? '\r\n' : '\n';
  const text = withLineFeeds(original.slice(bom.length)).replace(/\r\n/g, '\n');
  const { doc, tooDeep } = parseYaml(text);
  const value = tooDeep || doc.errors.length ? undefined : valueOf(doc);
  if (value === undefined) return { problem: render(msg('format.invalid'), locale) };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { text: original, changed: false };
  const marker = text.search(/^---(\s|$)/m);
  if (marker > 0 && /^%/m.test(text.slice(0, marker))) return { problem: render(msg('format.directives'), locale) };
  const printed = reprint(text, doc);
  if (printed === undefined) return { problem: render(msg('format.cannotKeep'), locale) };
  if (printed !== text && !readsAsWritten(printed, text, value.value)) return { problem: render(msg('format.cannotKeep'), locale) };
  const result = bom + (eol === '\n' ? printed : printed.replace(/\n/g, eol));
  return { text: result, changed: result !== original };
}

/**
 * The format of an agenda as one edit of the part that changes (the common beginning and end left out), so that an
 * editor keeps its cursor and undo has one step; no edits when nothing changes; why not, in `locale`'s words.
 */
export function formatEdits(original: string, locale?: string): TextEdit[] | { problem: string } {
  const result = formatAgenda(original, locale);
  if ('problem' in result) return result;
  if (!result.changed) return [];
  const formatted = result.text;
  let start = 0;
  while (start < original.length && start < formatted.length && original[start] === formatted[start]) start++;
  let end = 0;
  while (end < original.length - start && end < formatted.length - start && original[original.length - 1 - end] === formatted[formatted.length - 1 - end]) end++;
  const lines = new LineIndex(original);
  return [{ range: lines.range(start, original.length - end), newText: formatted.slice(start, formatted.length - end) }];
}

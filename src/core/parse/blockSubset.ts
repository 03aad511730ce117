import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * A reader for the block subset of YAML that agendas are written in: block mappings with plain keys, block lists of
 * `- ` entries, plain and quoted one-line scalars, one-line flow lists and mappings of scalars, `|` and `>` block
 * scalars, comments and blank lines. It builds the same document `yaml`'s `parseDocument` builds for such a text
 * (the same node classes, values, types, ranges, comments and blank-line marks) in a single pass over the lines,
 * and gives up (undefined) on anything else, or on anything `yaml` would report as an error or a warning, so that
 * the caller reads that text with `yaml` whole. Where it gives up is deliberately wide: anchors, aliases, tags,
 * directives, document markers, explicit and complex keys, multi-line plain and quoted scalars, multi-line or nested
 * flow collections, empty values, tabs, carriage returns and control characters all go to `yaml`.
 */

/** A lexical token of the trivia between values, as `yaml`'s parser gives it: what comment placement depends on. */
interface Token {
  type: 'space' | 'comment' | 'newline' | 'indicator';
  offset: number;
  end: number;
  /** The column the line's content starts at (for a comment: how deep it is indented). */
  indent: number;
}

/** A value node and its plain JavaScript value. */
interface Read {
  node: Node;
  value: unknown;
}

/** What a collection left behind when it ended: the trivia before the next line, unless it kept them as its own comment. */
type Trailing = Token[];

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, uniqueKeys: true, logLevel: 'error', schema: 'core' };

/** The deepest nesting the reader follows before giving the text to `yaml` (which refuses nesting deeper than 100). */
const MAX_DEPTH = 60;

/** The longest key the reader accepts: `yaml` refuses an implicit key of more than 1024 characters. */
const MAX_KEY = 1000;

/** Thrown (and caught at the top) where the text leaves the subset or is not certain to parse without error. */
class Unsure extends Error {}

function unsure(): never {
  throw new Unsure();
}

/** Characters the reader never accepts anywhere: tabs, carriage returns, control characters, byte-order marks, NEL, LS, PS. */
const REFUSED = /[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]/;

/** A plain mapping key the reader accepts, up to its `:`. */
const KEY = /[A-Za-z_$][\w$.-]*/y;

/** The characters a plain scalar must not start with (some start quoted or flow values, which are read before). */
const INDICATORS = new Set([...'-?:,[]{}#&*!|>\'"%@`']);

/**
 * A plain scalar starting with a letter other than those of `null`, `true` and `false` is a string under the core
 * schema (numbers start with a digit, a sign or a dot, null with `~` or `n`): no tag needs testing.
 */
const STRING_START = /^[A-EG-MO-SU-Za-eg-mo-su-z$_]/;

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

const NO_PROPS = { comment: '', spaceBefore: false };

/** No tokens (shared: token lists are never changed once made). */
const NO_TOKENS = Object.freeze([]) as unknown as Token[];

/** `yaml`'s resolveProps reduced to trivia: the comment and blank-line mark a node takes from the tokens before it. */
function props(tokens: readonly Token[], text: string, seqItem: boolean): { comment: string; spaceBefore: boolean } {
  if (!tokens.length) return NO_PROPS;
  let spaceBefore = false;
  let atNewline = true;
  let comment = '';
  let commentSep = '';
  let found = false;
  for (const token of tokens) {
    if (token.type === 'comment') {
      const cb = text.slice(token.offset + 1, token.end) || ' ';
      comment = comment ? comment + commentSep + cb : cb;
      commentSep = '';
      atNewline = false;
    } else if (token.type === 'newline') {
      if (atNewline) {
        if (comment) comment += '\n';
        else if (!found || !seqItem) spaceBefore = true;
      } else commentSep += '\n';
      atNewline = true;
    } else if (token.type === 'indicator') {
      found = true;
      atNewline = seqItem;
    }
  }
  return { comment, spaceBefore };
}

/** `yaml`'s resolveEnd: the comment of the tokens after a value. */
function endComment(tokens: readonly Token[], text: string): string {
  let comment = '';
  let sep = '';
  for (const token of tokens) {
    if (token.type === 'comment') {
      const cb = text.slice(token.offset + 1, token.end) || ' ';
      comment = comment ? comment + sep + cb : cb;
      sep = '';
    } else if (token.type === 'newline' && comment) sep += '\n';
  }
  return comment;
}

/** `yaml`'s parsePrelude: the comment of the lines before the document, and whether a blank line ends them. */
function prelude(tokens: readonly Token[], text: string): { comment: string; afterEmptyLine: boolean } {
  let comment = '';
  let atComment = false;
  let afterEmptyLine = false;
  for (const token of tokens) {
    if (token.type === 'comment') {
      comment += (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') + (text.slice(token.offset + 1, token.end) || ' ');
      atComment = true;
      afterEmptyLine = false;
    } else if (token.type === 'newline') {
      if (!atComment) afterEmptyLine = true;
      atComment = false;
    }
  }
  return { comment, afterEmptyLine };
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function setComment(node: Node, comment: string, before: boolean): void {
  if (!comment) return;
  if (before) node.commentBefore = comment;
  else node.comment = comment;
}

class Reader {
  /** Where reading is: always the start of a line between the steps of the block structure. */
  private pos = 0;
  private readonly doc: Document.Parsed;

  constructor(private readonly text: string) {
    this.doc = new Document(undefined, OPTIONS) as Document.Parsed;
  }

  /** The last line end found, and the offset it was looked for from: every offset between them has that line end. */
  private foundEnd = -1;
  private foundFrom = -1;

  private lineEnd(from: number): number {
    if (from >= this.foundFrom && from <= this.foundEnd) return this.foundEnd;
    const end = this.text.indexOf('\n', from);
    this.foundFrom = from;
    this.foundEnd = end < 0 ? this.text.length : end;
    return this.foundEnd;
  }

  /**
   * The blank and comment lines from `pos` on, as tokens, and the column of the next content line (-1 at the end of
   * the text); `pos` is left at that line's start.
   */
  private trivia(): { tokens: Token[]; indent: number; lineStart: number } {
    const text = this.text;
    let tokens = NO_TOKENS;
    while (this.pos < text.length) {
      const start = this.pos;
      let i = start;
      while (text.charCodeAt(i) === 32) i++;
      const indent = i - start;
      const end = this.lineEnd(i);
      if (i < end && text.charCodeAt(i) !== 35) return { tokens, indent, lineStart: start };
      if (tokens === NO_TOKENS) tokens = [];
      if (indent) tokens.push({ type: 'space', offset: start, end: i, indent });
      if (i < end) tokens.push({ type: 'comment', offset: i, end, indent });
      if (end < text.length) tokens.push({ type: 'newline', offset: end, end: end + 1, indent });
      this.pos = end < text.length ? end + 1 : end;
    }
    return { tokens, indent: -1, lineStart: text.length };
  }

  /**
   * The tokens after a value on its line (spaces, a comment, the line break), or none when there is no comment and
   * `all` is not asked; `pos` moves to the next line (where the value's `range[2]` ends).
   */
  private lineRest(from: number, all = false): Token[] {
    const text = this.text;
    let i = from;
    while (text.charCodeAt(i) === 32) i++;
    const end = this.lineEnd(i);
    const comment = i < end;
    if (comment && (text.charCodeAt(i) !== 35 || i === from)) unsure();
    this.pos = end < text.length ? end + 1 : end;
    if (!comment && !all) return NO_TOKENS;
    const tokens: Token[] = [];
    if (i > from) tokens.push({ type: 'space', offset: from, end: i, indent: 0 });
    if (comment) tokens.push({ type: 'comment', offset: i, end, indent: 0 });
    if (end < text.length) tokens.push({ type: 'newline', offset: end, end: end + 1, indent: 0 });
    return tokens;
  }

  private scalar(value: unknown, source: string, type: Scalar.Type, range: [number, number, number]): Scalar {
    const node = new Scalar(value);
    node.range = range;
    node.source = source;
    node.type = type;
    return node;
  }

  /** A plain scalar resolved as `yaml` resolves it under the core schema (null, booleans, numbers, or a string). */
  private plain(source: string, range: [number, number, number]): Scalar {
    if (STRING_START.test(source)) return this.scalar(source, source, Scalar.PLAIN, range);
    const schema = this.doc.schema;
    const tags = schema.tags;
    let tag: (typeof tags)[number] | undefined;
    for (const t of tags) {
      if (t.default === true && 'test' in t && t.test?.test(source)) {
        tag = t;
        break;
      }
    }
    if (!tag) return this.scalar(source, source, Scalar.PLAIN, range);
    let failed = false;
    const resolved = (tag as { resolve: (value: string, onError: (message: string) => void, options: unknown) => unknown }).resolve(source, () => (failed = true), this.doc.options);
    if (failed) unsure();
    const node = resolved instanceof Scalar ? resolved : new Scalar(resolved);
    node.range = range;
    node.source = source;
    node.type = Scalar.PLAIN;
    if (tag.format) node.format = tag.format;
    return node;
  }

  /** A double- or single-quoted scalar starting at `start` on one line; its closing quote's offset + 1 is `range[1]`. */
  private quoted(start: number, lineEnd: number): { value: string; end: number } {
    const text = this.text;
    const mark = text[start];
    if (mark === "'") {
      let i = start + 1;
      for (;;) {
        const close = text.indexOf("'", i);
        if (close < 0 || close >= lineEnd) unsure();
        if (text[close + 1] === "'") i = close + 2;
        else return { value: text.slice(start + 1, close).replace(/''/g, "'"), end: close + 1 };
      }
    }
    let value = '';
    let i = start + 1;
    for (;;) {
      const close = text.indexOf('"', i);
      if (close < 0 || close >= lineEnd) unsure();
      let slash = i;
      while (slash < close && text.charCodeAt(slash) !== 92) slash++;
      if (slash === close) return { value: value + text.slice(i, close), end: close + 1 };
      value += text.slice(i, slash);
      const code = text[slash + 1];
      if (code === 'u') {
        const hex = text.slice(slash + 2, slash + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) unsure();
        value += String.fromCodePoint(parseInt(hex, 16));
        i = slash + 6;
      } else {
        const escaped = ESCAPES[code];
        if (escaped === undefined || slash + 1 >= lineEnd) unsure();
        value += escaped;
        i = slash + 2;
      }
    }
  }

  /** A scalar inside a one-line flow collection, from `start`; `pos` is not moved. */
  private flowScalar(start: number, lineEnd: number, inMap: boolean, atKey: boolean): { read: Read; end: number } {
    const text = this.text;
    const first = text[start];
    if (first === '"' || first === "'") {
      if (atKey) unsure();
      const { value, end } = this.quoted(start, lineEnd);
      return { read: { node: this.scalar(value, value, first === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, [start, end, end]), value }, end };
    }
    if (INDICATORS.has(first)) unsure();
    let i = start;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 44 || c === 93 || c === 125 || c === 91 || c === 123) break;
      if (c === 35 && text.charCodeAt(i - 1) === 32) unsure();
      if (c === 58) {
        const next = text.charCodeAt(i + 1);
        if (next === 32 || next === 44 || next === 93 || next === 125 || i + 1 === lineEnd) {
          if (!atKey || !inMap) unsure();
          break;
        }
      }
    }
    let end = i;
    while (text.charCodeAt(end - 1) === 32) end--;
    if (end === start) unsure();
    const source = text.slice(start, end);
    if (atKey && !/^[A-Za-z_$][\w$.-]*$/.test(source)) unsure();
    const node = this.plain(source, [start, end, end]);
    if (atKey && typeof node.value !== 'string') unsure();
    return { read: { node, value: node.value }, end };
  }

  /** Spaces from `i`, for the end of a flow item: moves the item's `range[2]` past them. */
  private skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === 32) i++;
    return i;
  }

  /** A one-line flow list or mapping of scalars starting at `start`, through the end of its line. */
  private flow(start: number): { read: Read; rest: Token[] } {
    const text = this.text;
    const lineEnd = this.lineEnd(start);
    const isMap = text[start] === '{';
    const close = isMap ? 125 : 93;
    const coll = isMap ? new YAMLMap(this.doc.schema) : new YAMLSeq(this.doc.schema);
    coll.flow = true;
    const object: Record<string, unknown> = {};
    const list: unknown[] = [];
    let i = this.skipSpaces(start + 1);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (i >= lineEnd) unsure();
        if (isMap) {
          const key = this.flowScalar(i, lineEnd, true, true);
          if (text.charCodeAt(key.end) !== 58 || text.charCodeAt(key.end + 1) !== 32) unsure();
          const name = key.read.value as string;
          if (hasOwn(object, name) || name === '__proto__' || name === '<<') unsure();
          const valueStart = this.skipSpaces(key.end + 1);
          const value = this.flowScalar(valueStart, lineEnd, true, false);
          i = this.skipSpaces(value.end);
          value.read.node.range![2] = i;
          (coll as YAMLMap).items.push(new Pair(key.read.node, value.read.node));
          if (name in object) Object.defineProperty(object, name, { value: value.read.value, writable: true, enumerable: true, configurable: true });
          else object[name] = value.read.value;
        } else {
          const item = this.flowScalar(i, lineEnd, false, false);
          i = this.skipSpaces(item.end);
          item.read.node.range![2] = i;
          (coll as YAMLSeq).items.push(item.read.node);
          list.push(item.read.value);
        }
        const c = text.charCodeAt(i);
        if (c === close) break;
        if (c !== 44) unsure();
        i = this.skipSpaces(i + 1);
        if (text.charCodeAt(i) === close || text.charCodeAt(i) === 44) unsure();
      }
    }
    const valueEnd = i + 1;
    const rest = this.lineRest(valueEnd);
    coll.range = [start, valueEnd, this.pos];
    const comment = endComment(rest, text);
    if (comment) coll.comment = comment;
    return { read: { node: coll, value: isMap ? object : list }, rest };
  }

  /**
   * A block scalar whose header (`|`, `>`, `|-`, `>-`) starts at `start`, in a collection indented `indent`; `pos`
   * moves to the line after its last line with content.
   */
  private blockScalar(start: number, indent: number): Read {
    const text = this.text;
    let h = start + 1;
    const chomp = text[h] === '-' ? '-' : '';
    if (chomp) h++;
    const headerEnd = this.lineEnd(h);
    if (h !== headerEnd || headerEnd >= text.length) unsure();
    const literal = text[start] === '|';
    let at = headerEnd + 1;
    let trimIndent = -1;
    let end = at;
    const lines: [number, string][] = [];
    while (at < text.length) {
      let i = at;
      while (text.charCodeAt(i) === 32) i++;
      const lineEnd = this.lineEnd(i);
      const spaces = i - at;
      if (i === lineEnd) {
        if (trimIndent < 0 ? spaces > indent : spaces > trimIndent) unsure();
        lines.push([spaces, '']);
      } else {
        if (spaces <= indent) break;
        if (trimIndent < 0) trimIndent = spaces;
        else if (spaces < trimIndent) unsure();
        lines.push([spaces, text.slice(i, lineEnd)]);
        end = lineEnd < text.length ? lineEnd + 1 : lineEnd;
      }
      at = lineEnd < text.length ? lineEnd + 1 : lineEnd;
    }
    if (trimIndent < 0) unsure();
    while (lines.length && lines[lines.length - 1][1] === '') lines.pop();
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    let started = false;
    for (const [spaces, content] of lines) {
      if (!started && content === '') {
        value += '\n';
        continue;
      }
      started = true;
      if (literal) {
        value += sep + ' '.repeat(Math.max(0, spaces - trimIndent)) + content;
        sep = '\n';
      } else if (spaces > trimIndent) {
        if (sep === ' ') sep = '\n';
        else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
        value += sep + ' '.repeat(spaces - trimIndent) + content;
        sep = '\n';
        prevMoreIndented = true;
      } else if (content === '') {
        if (sep === '\n') value += '\n';
        else sep = '\n';
      } else {
        value += sep + content;
        sep = ' ';
        prevMoreIndented = false;
      }
    }
    if (!chomp) value += '\n';
    this.pos = end;
    const node = this.scalar(value, value, literal ? Scalar.BLOCK_LITERAL : Scalar.BLOCK_FOLDED, [start, end, end]);
    return { node, value };
  }

  /**
   * The value that starts at `start` on a key's or a dash's line, in a collection indented `indent`: a quoted or
   * plain scalar, a flow collection or a block scalar. `pos` moves past it and the line (or lines) it takes.
   */
  private inline(start: number, indent: number): { read: Read; rest?: Token[] } {
    const text = this.text;
    const c = text[start];
    const lineEnd = this.lineEnd(start);
    if (c === '[' || c === '{') return this.flow(start);
    if (c === '|' || c === '>') return { read: this.blockScalar(start, indent) };
    let node: Scalar;
    let value: unknown;
    let valueEnd: number;
    if (c === '"' || c === "'") {
      const q = this.quoted(start, lineEnd);
      valueEnd = q.end;
      value = q.value;
      node = this.scalar(q.value, q.value, c === '"' ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE, [start, valueEnd, valueEnd]);
    } else {
      if (INDICATORS.has(c)) unsure();
      let end = lineEnd;
      for (let i = start + 1; i < lineEnd; i++) {
        const code = text.charCodeAt(i);
        if (code === 35 && text.charCodeAt(i - 1) === 32) {
          end = i;
          break;
        }
        if (code === 58 && text.charCodeAt(i + 1) === 32) unsure();
      }
      while (text.charCodeAt(end - 1) === 32) end--;
      const source = text.slice(start, end);
      if (source.endsWith(':')) unsure();
      valueEnd = end;
      node = this.plain(source, [start, end, end]);
      value = node.value;
    }
    const rest = this.lineRest(valueEnd);
    node.range![2] = this.pos;
    const comment = endComment(rest, text);
    if (comment) node.comment = comment;
    return { read: { node, value }, rest };
  }

  /**
   * After a value with an end of its own (a scalar or a flow collection) in a collection indented `indent`: the
   * comment lines indented deeper that follow it with only blank lines between are its comment (as `yaml` reads
   * them). Returns the trivia left for the next item and the next content line's column.
   */
  private afterValue(node: Node, rest: Token[] | undefined, indent: number): { tokens: Token[]; indent: number } {
    const { tokens, indent: next } = this.trivia();
    if (!rest) return { tokens, indent: next };
    let taken = 0;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k];
      if (token.type === 'comment') {
        if (token.indent <= indent || tokens.slice(taken, k).some((t) => t.type === 'comment')) break;
        taken = k + 1;
        if (tokens[k + 1]?.type === 'newline') taken = k + 2;
      }
    }
    if (taken) {
      const absorbed = tokens.slice(0, taken);
      node.comment = endComment(rest.concat(absorbed), this.text);
      node.range![2] = absorbed[absorbed.length - 1].end;
    }
    return { tokens: taken ? tokens.slice(taken) : tokens, indent: next };
  }

  /** What a collection indented `indent` does with the trivia before the line that ends it (`yaml`'s pop). */
  private close(node: YAMLMap | YAMLSeq, indent: number, tokens: Token[], next: number, isMap: boolean): Trailing {
    if (!tokens.length) return tokens;
    if (indent === 0 || tokens.every((t) => t.type !== 'comment' || t.indent < indent)) return tokens;
    const { comment } = props(tokens, this.text, false);
    if (comment) node.comment = isMap && node.comment ? `${node.comment}\n${comment}` : comment;
    node.range![2] = next >= 0 ? this.pos + next : tokens[tokens.length - 1].end;
    return [];
  }

  /** Whether the line content at `at` is a mapping key the reader accepts (`key:` then a space or the line's end). */
  private keyAt(at: number): number {
    KEY.lastIndex = at;
    if (!KEY.test(this.text)) return -1;
    const end = KEY.lastIndex;
    if (this.text.charCodeAt(end) !== 58 || end - at > MAX_KEY) return -1;
    const after = this.text.charCodeAt(end + 1);
    return after === 32 || after === 10 || end + 1 === this.text.length ? end : -1;
  }

  private isDash(at: number): boolean {
    return this.text.charCodeAt(at) === 45 && this.text.charCodeAt(at + 1) === 32;
  }

  /** A block collection whose first line's content is at `at` (column `indent`), after the trivia `start`. */
  private collection(at: number, indent: number, start: Token[], depth: number): { read: Read; trailing: Trailing; next: number } {
    if (depth > MAX_DEPTH) unsure();
    if (this.isDash(at)) return this.blockSeq(at, indent, start, depth);
    if (this.keyAt(at) >= 0) return this.blockMap(at, indent, start, depth);
    return unsure();
  }

  /**
   * The value of a key whose line ends after its `:` (with spaces and a comment perhaps): a block collection on the
   * lines below. `sep` are the tokens from the `:` on.
   */
  private below(mapIndent: number, sep: Token[], depth: number): { read: Read; trailing: Trailing; next: number } {
    const { tokens, indent } = this.trivia();
    if (indent < 0) unsure();
    const at = this.pos + indent;
    if (indent < mapIndent || (indent === mapIndent && (!this.isDash(at) || tokens.some((t) => t.type !== 'space')))) unsure();
    const all = sep.concat(tokens);
    const result = this.collection(at, indent, [], depth + 1);
    const { comment, spaceBefore } = props(all, this.text, false);
    setComment(result.read.node, comment, true);
    if (spaceBefore) result.read.node.spaceBefore = true;
    return result;
  }

  private blockMap(first: number, indent: number, start: Token[], depth: number): { read: Read; trailing: Trailing; next: number } {
    const text = this.text;
    const map = new YAMLMap(this.doc.schema);
    const object: Record<string, unknown> = {};
    let at = first;
    let pending = start;
    for (;;) {
      const keyEnd = this.keyAt(at);
      if (keyEnd < 0) unsure();
      const key = this.plain(text.slice(at, keyEnd), [at, keyEnd, keyEnd]);
      const name = key.value;
      if (typeof name !== 'string' || hasOwn(object, name) || name === '__proto__' || name === '<<') unsure();
      const keyProps = props(pending, text, false);
      setComment(key, keyProps.comment, true);
      if (keyProps.spaceBefore) key.spaceBefore = true;
      let valueStart = keyEnd + 1;
      while (text.charCodeAt(valueStart) === 32) valueStart++;
      const lineEnd = this.lineEnd(valueStart);
      let value: Read;
      let next: { tokens: Token[]; indent: number };
      if (valueStart === lineEnd || text.charCodeAt(valueStart) === 35) {
        this.pos = keyEnd + 1;
        const sep: Token[] = [{ type: 'indicator', offset: keyEnd, end: keyEnd + 1, indent }, ...this.lineRest(keyEnd + 1, true)];
        const below = this.below(indent, sep, depth);
        value = below.read;
        next = { tokens: below.trailing, indent: below.next };
        if (below.next >= 0 && below.next > indent) unsure();
      } else {
        const { read, rest } = this.inline(valueStart, indent);
        value = read;
        next = this.afterValue(read.node, rest, indent);
      }
      map.items.push(new Pair(key, value.node));
      if (name in object) Object.defineProperty(object, name, { value: value.value, writable: true, enumerable: true, configurable: true });
      else object[name] = value.value;
      const valueRange = value.node.range!;
      if (next.indent === indent) {
        at = this.pos + indent;
        if (this.isDash(at)) unsure();
        pending = next.tokens;
        continue;
      }
      if (next.indent > indent) unsure();
      map.range = [first, valueRange[2], valueRange[2]];
      return { read: { node: map, value: object }, trailing: this.close(map, indent, next.tokens, next.indent, true), next: next.indent };
    }
  }

  private blockSeq(first: number, indent: number, start: Token[], depth: number): { read: Read; trailing: Trailing; next: number } {
    const text = this.text;
    const seq = new YAMLSeq(this.doc.schema);
    const list: unknown[] = [];
    let at = first;
    let pending = start;
    for (;;) {
      let itemStart = at + 2;
      while (text.charCodeAt(itemStart) === 32) itemStart++;
      const lineEnd = this.lineEnd(itemStart);
      if (itemStart === lineEnd || text.charCodeAt(itemStart) === 35 || this.isDash(itemStart)) unsure();
      const itemProps = props(pending, text, true);
      let read: Read;
      let next: { tokens: Token[]; indent: number };
      const column = itemStart - (at - indent);
      if (this.keyAt(itemStart) >= 0) {
        const inner = this.blockMap(itemStart, column, [], depth + 1);
        read = inner.read;
        next = { tokens: inner.trailing, indent: inner.next };
      } else {
        const inline = this.inline(itemStart, indent);
        read = inline.read;
        next = this.afterValue(read.node, inline.rest, indent);
      }
      setComment(read.node, itemProps.comment, true);
      if (itemProps.spaceBefore) read.node.spaceBefore = true;
      seq.items.push(read.node);
      list.push(read.value);
      const itemRange = read.node.range!;
      if (next.indent === indent && this.isDash(this.pos + indent)) {
        at = this.pos + indent;
        pending = next.tokens;
        continue;
      }
      if (next.indent > indent) unsure();
      seq.range = [first, itemRange[2], itemRange[2]];
      return { read: { node: seq, value: list }, trailing: this.close(seq, indent, next.tokens, next.indent, false), next: next.indent };
    }
  }

  read(): { doc: Document.Parsed; value: unknown } {
    const text = this.text;
    const { tokens, indent, lineStart } = this.trivia();
    if (indent < 0) unsure();
    const root = this.collection(lineStart + indent, indent, [], 0);
    if (root.next >= 0) unsure();
    const doc = this.doc;
    const node = root.read.node;
    doc.contents = node as Document.Parsed['contents'];
    const contentEnd = node.range![2];
    const comment = endComment(root.trailing, text);
    if (comment) doc.comment = comment;
    doc.range = [lineStart, contentEnd, root.trailing.length ? root.trailing[root.trailing.length - 1].end : contentEnd];
    const before = prelude(tokens.filter((t) => t.type !== 'space'), text);
    if (before.comment) {
      if (before.afterEmptyLine) doc.commentBefore = before.comment;
      else {
        const items = (node as YAMLMap | YAMLSeq).items as unknown[];
        const firstItem = items[0] instanceof Pair ? (items[0].key as Node) : (items[0] as Node);
        firstItem.commentBefore = firstItem.commentBefore ? `${before.comment}\n${firstItem.commentBefore}` : before.comment;
      }
    }
    return { doc, value: root.read.value };
  }
}

/**
 * Reads an agenda's text if it is written in the block subset agendas use, with exactly the document (nodes, values,
 * ranges, comments) and plain value `yaml`'s `parseDocument` gives; undefined for any other text (which the caller
 * reads with `yaml`), including every text `yaml` reports an error or a warning in.
 */
export function readBlockSubset(text: string): { doc: Document.Parsed; value: unknown } | undefined {
  if (REFUSED.test(text)) return undefined;
  try {
    return new Reader(text).read();
  } catch (error) {
    if (error instanceof Unsure) return undefined;
    throw error;
  }
}

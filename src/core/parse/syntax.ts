import { isAlias, isCollection, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { LineIndex } from '../base/lines';
import type { Diagnostic } from '../base/model';
import { withMessage } from '../messages/diagnosticText';
import { msg, type Message } from '../messages/messages';
import { pairsOf, scalarText } from './nodes';

type Span = [number, number];

/** What a YAML error means for an organiser: where to underline, what to say, and the fix if there is one. */
interface Explained {
  span: Span;
  message: Message;
  suggestions?: string[];
  related?: { span: Span; message: Message };
}

/** The text of a value put in double quotes, so that `:`, `#` or a leading `@` lose their YAML meaning. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Reads the `yaml` library's errors against the document, to point at the place a person must edit. */
class SyntaxExplainer {
  private readonly text: string;

  constructor(private readonly doc: Document.Parsed, private readonly lines: LineIndex) {
    this.text = lines.text;
  }

  /** From an offset to the end of its line, without trailing blanks; at least one character when there is one. */
  private restOfLine(offset: number): Span {
    const line = this.lines.positionAt(offset).line;
    const end = this.lines.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
    return this.trimmed([offset, end]);
  }

  /** The whole content of the line an offset is on, from its first non-blank character. */
  private lineContent(offset: number): Span {
    const line = this.lines.positionAt(offset).line;
    const start = this.lines.lineStart(line);
    const indent = /^[ \t]*/.exec(this.lines.lineText(line))?.[0].length ?? 0;
    return this.restOfLine(start + indent);
  }

  /** The offset of the first line after the one an offset is on that holds more than blanks or a comment. */
  private nextContentLine(offset: number): number | undefined {
    for (let line = this.lines.positionAt(offset).line + 1; line < this.lines.lineCount; line++) {
      if (!/^\s*(#.*)?$/.test(this.lines.lineText(line))) return this.lines.lineStart(line);
    }
    return undefined;
  }

  /** A span cut to its first line and stripped of trailing blanks. */
  private trimmed([start, end]: Span): Span {
    const line = this.lines.positionAt(start).line;
    let stop = Math.min(end, this.lines.lineEnd(line));
    while (stop > start && /\s/.test(this.text[stop - 1])) stop--;
    return stop > start ? [start, stop] : [start, Math.min(start + 1, this.lines.lineEnd(line))];
  }

  /** The innermost flow collection opened with `open` before an offset and never closed. */
  private unclosedFlow(open: '[' | '{', before: number): Node | undefined {
    const close = open === '[' ? ']' : '}';
    let found: Node | undefined;
    visit(this.doc, {
      Node: (_key, node) => {
        if (!isCollection(node) || !node.flow || !node.range) return;
        const [start, end] = node.range;
        if (start < before && this.text[start] === open && !this.text.slice(start, end).trimEnd().endsWith(close)) found = node;
      },
    });
    return found;
  }

  /** The quoted scalar that runs into an offset (where its missing closing quote was expected). */
  private unclosedQuote(at: number): Node | undefined {
    let found: Node | undefined;
    visit(this.doc, {
      Scalar: (_key, node) => {
        const range = node.range;
        if (range && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && range[0] < at && range[1] >= at) found = node;
      },
    });
    return found;
  }

  /** The key node that starts at an offset, and the earlier key of the same name in its mapping. */
  private duplicateKey(at: number): { key: Node; first?: Node } | undefined {
    let found: { key: Node; first?: Node } | undefined;
    visit(this.doc, {
      Map: (_key, map) => {
        const pairs = pairsOf(map);
        const index = pairs.findIndex((pair) => pair.key?.range?.[0] === at);
        if (index < 0) return undefined;
        const name = scalarText(pairs[index].key);
        const first = pairs.slice(0, index).find((pair) => name !== undefined && scalarText(pair.key) === name)?.key;
        found = first ? { key: pairs[index].key, first } : { key: pairs[index].key };
        return visit.BREAK;
      },
    });
    return found;
  }

  explain(error: YAMLError): Explained {
    const raw = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
    const [start, end] = error.pos;
    const here = this.trimmed([start, Math.max(end, start + 1)]);
    let match: RegExpExecArray | null;

    if (error.code === 'TAB_AS_INDENT') return { span: here, message: msg('syntax.tabIndent') };
    if (error.code === 'DUPLICATE_KEY') {
      const found = this.duplicateKey(start);
      const name = scalarText(found?.key);
      const span = found?.key.range ? this.trimmed([found.key.range[0], found.key.range[1]]) : here;
      const explained: Explained = { span, message: name !== undefined ? msg('syntax.duplicateKey', { name }) : msg('syntax.duplicateKeyUnnamed') };
      if (found?.first?.range) explained.related = { span: [found.first.range[0], found.first.range[1]], message: msg('syntax.firstKey', { name: name ?? 'key' }) };
      return explained;
    }
    if (error.code === 'MULTIPLE_DOCS') {
      return { span: this.trimmed([start, end]), message: msg('syntax.multipleDocs') };
    }
    if ((match = /^Missing closing (["'])quote/.exec(raw))) {
      const mark = match[1];
      const node = this.unclosedQuote(start);
      const span = node?.range ? this.restOfLine(node.range[0]) : here;
      return { span, message: msg('syntax.unclosedQuote', { mark }) };
    }
    if ((match = /^Flow (sequence|map) (?:in block collection must be sufficiently indented and end|must end) with a ([\]}])/.exec(raw))) {
      const open = match[2] === ']' ? '[' : '{';
      const node = this.unclosedFlow(open, start);
      const span = node?.range ? this.restOfLine(node.range[0]) : here;
      return { span, message: msg(open === '[' ? 'syntax.unclosedList' : 'syntax.unclosedMap') };
    }
    if (/^Missing , (or : )?between flow (sequence|map) items/.test(raw)) {
      return { span: here, message: msg('syntax.missingComma') };
    }
    if (/^Nested mappings are not allowed in compact mappings/.test(raw)) {
      const span = this.restOfLine(start);
      const value = this.text.slice(span[0], span[1]);
      if (/:(\s|$)/.test(value)) {
        const fix = quoted(value);
        return { span, message: msg('syntax.colonInValue', { fix }), suggestions: [fix] };
      }
      const below = this.nextContentLine(start);
      if (below === undefined) return { span, message: msg('syntax.indentedBelow') };
      return { span: this.lineContent(below), message: msg('syntax.indentedFurther') };
    }
    if (/^Implicit keys need to be on a single line/.test(raw) || /^Implicit map keys need to be followed by map values/.test(raw)) {
      return { span: this.restOfLine(start), message: msg('syntax.noColon') };
    }
    if (/^All mapping items must start at the same column/.test(raw)) {
      return { span: this.lineContent(end), message: msg('syntax.keyAlignment') };
    }
    if (/^All sequence items must start at the same column/.test(raw) || /^A block sequence may not be used as an implicit map key/.test(raw)) {
      return { span: this.lineContent(end), message: msg('syntax.entryAlignment') };
    }
    if (/^Sequence item without - indicator/.test(raw)) {
      return { span: this.lineContent(end), message: msg('syntax.entryLine') };
    }
    if ((match = /^Plain value cannot start with (?:reserved character |block scalar indicator |directive indicator character )?(\S+)/.exec(raw))) {
      const span = this.restOfLine(start);
      const fix = quoted(this.text.slice(span[0], span[1]));
      return { span, message: msg('syntax.reservedStart', { mark: match[1], fix }), suggestions: [fix] };
    }
    if (/^Unexpected scalar at node end/.test(raw) && /["']\s*$/.test(this.text.slice(this.lines.lineStart(this.lines.positionAt(start).line), start))) {
      return { span: this.restOfLine(start), message: msg('syntax.afterQuote') };
    }
    if (/^Unexpected \S+ at node end/.test(raw)) {
      return { span: this.restOfLine(start), message: msg('syntax.afterValue') };
    }
    if ((match = /^Unexpected flow-(seq|map)-end token/.exec(raw))) {
      const [open, close] = match[1] === 'seq' ? ['[', ']'] : ['{', '}'];
      return { span: here, message: msg('syntax.unopened', { close, open }) };
    }
    if (/^Unexpected , in flow/.test(raw)) {
      return { span: here, message: msg('syntax.strayComma') };
    }
    if ((match = /^Unexpected \S+ token in YAML stream: "(.*)"/.exec(raw))) {
      return { span: here, message: msg('syntax.unexpected', { text: match[1] }) };
    }
    if (/^Unexpected block-seq-ind on same line with key/.test(raw)) {
      return { span: here, message: msg('syntax.listOnKeyLine') };
    }
    if (/^Block collections are not allowed within flow collections/.test(raw)) {
      return { span: here, message: msg('syntax.blockInFlow') };
    }
    if (/^Comments must be separated from other tokens by white space/.test(raw)) {
      return { span: here, message: msg('syntax.commentSpace') };
    }
    if ((match = /^Invalid escape sequence (.*)/.exec(raw))) {
      return { span: here, message: msg('syntax.badEscape', { escape: match[1] }) };
    }
    if ((match = /^Unresolved tag: (.*)/.exec(raw))) {
      return { span: here, message: msg('syntax.tag', { tag: match[1] }) };
    }
    if ((match = /^Unknown directive (.*)/.exec(raw))) {
      return { span: here, message: msg('syntax.directive', { directive: match[1] }) };
    }
    return { span: here, message: msg('syntax.other', { text: `${raw.charAt(0).toUpperCase()}${raw.slice(1)}${/[.!?]$/.test(raw) ? '' : '.'}` }) };
  }

  diagnostic(error: YAMLError, severity: 'error' | 'warning'): Diagnostic {
    const explained = this.explain(error);
    const range = this.lines.range(explained.span[0], explained.span[1]);
    const diagnostic = withMessage({ range, severity, code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning' }, explained.message);
    if (explained.suggestions) diagnostic.suggestions = explained.suggestions;
    if (explained.related) {
      diagnostic.related = [withMessage({ range: this.lines.range(explained.related.span[0], explained.related.span[1]) }, explained.related.message)];
    }
    return diagnostic;
  }

  /** A second `%YAML` directive, which the `yaml` library accepts but the YAML specification forbids. */
  repeatedVersionDirective(): Diagnostic | undefined {
    let seen = false;
    for (let line = 0; line < this.lines.lineCount; line++) {
      const text = this.lines.lineText(line);
      if (/^---(\s|$)/.test(text) || (!text.startsWith('%') && !/^\s*(#|$)/.test(text))) return undefined;
      if (!/^%YAML(\s|$)/.test(text)) continue;
      if (seen) {
        const start = this.lines.lineStart(line);
        return withMessage({ range: this.lines.range(start, start + text.trimEnd().length), severity: 'error', code: 'yaml-syntax' }, msg('syntax.repeatedVersion'));
      }
      seen = true;
    }
    return undefined;
  }

  /** Aliases (`*name`) with no anchor (`&name`) before them: building the value would fail on them. */
  unresolvedAliases(): Diagnostic[] {
    const found: Diagnostic[] = [];
    visit(this.doc, {
      Alias: (_key, node) => {
        if (!isAlias(node) || !node.range || node.resolve(this.doc)) return;
        found.push(withMessage({ range: this.lines.range(node.range[0], node.range[1]), severity: 'error', code: 'yaml-syntax' }, msg('syntax.unresolvedAlias', { name: node.source })));
      },
    });
    return found;
  }
}

/**
 * The YAML syntax errors and warnings of a document as diagnostics an organiser can act on: each at the place to
 * edit (the unclosed quote or bracket, the whole duplicate key), in plain words, with a fix where one is certain.
 * One diagnostic per mistake: further errors the parser reports on the same line or at the same place are left out,
 * and so are the stray tokens it finds after losing track of the document's structure.
 */
export function syntaxDiagnostics(doc: Document.Parsed, lines: LineIndex): Diagnostic[] {
  const explainer = new SyntaxExplainer(doc, lines);
  const rawLines = new Set<number>();
  const places = new Set<string>();
  const errors: Diagnostic[] = [];
  let lost = false;
  for (const error of doc.errors) {
    const rawLine = lines.positionAt(error.pos[0]).line;
    const diagnostic = explainer.diagnostic(error, 'error');
    const place = `${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
    const stray = / token in YAML stream/.test(error.message);
    if (rawLines.has(rawLine) || places.has(place) || (stray && lost)) continue;
    lost ||= stray;
    rawLines.add(rawLine);
    places.add(place);
    errors.push(diagnostic);
  }
  const directive = explainer.repeatedVersionDirective();
  if (directive) errors.push(directive);
  return errors.concat(explainer.unresolvedAliases(), doc.warnings.map((e) => explainer.diagnostic(e, 'warning')));
}

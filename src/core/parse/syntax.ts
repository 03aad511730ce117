import { isAlias, isCollection, visit, type Document, type Node, type YAMLError } from 'yaml';
import type { LineIndex } from '../base/lines';
import type { Diagnostic, RelatedLocation } from '../base/model';
import { pairsOf, scalarText } from './nodes';

type Span = [number, number];

/** What a YAML error means for an organiser: where to underline, what to say, and the fix if there is one. */
interface Explained {
  span: Span;
  message: string;
  suggestions?: string[];
  related?: { span: Span; message: string };
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

    if (error.code === 'TAB_AS_INDENT') return { span: here, message: 'Tabs cannot indent YAML; indent with spaces.' };
    if (error.code === 'DUPLICATE_KEY') {
      const found = this.duplicateKey(start);
      const name = scalarText(found?.key);
      const span = found?.key.range ? this.trimmed([found.key.range[0], found.key.range[1]]) : here;
      const explained: Explained = { span, message: name !== undefined ? `The key \`${name}\` appears twice in this mapping; keep one.` : 'This key appears twice in the same mapping; keep one.' };
      if (found?.first?.range) explained.related = { span: [found.first.range[0], found.first.range[1]], message: `First \`${name ?? 'key'}\`` };
      return explained;
    }
    if (error.code === 'MULTIPLE_DOCS') {
      return { span: this.trimmed([start, end]), message: 'An agenda file holds one YAML document; remove the second `---` and what follows, or move it to its own file.' };
    }
    if ((match = /^Missing closing (["'])quote/.exec(raw))) {
      const mark = match[1];
      const node = this.unclosedQuote(start);
      const span = node?.range ? this.restOfLine(node.range[0]) : here;
      return { span, message: `This text opens a \`${mark}\` quote that is never closed; add the closing \`${mark}\` at its end.` };
    }
    if ((match = /^Flow (sequence|map) (?:in block collection must be sufficiently indented and end|must end) with a ([\]}])/.exec(raw))) {
      const open = match[2] === ']' ? '[' : '{';
      const node = this.unclosedFlow(open, start);
      const span = node?.range ? this.restOfLine(node.range[0]) : here;
      const what = open === '[' ? 'list' : 'mapping';
      return { span, message: `This ${what} opens with \`${open}\` but never closes; add \`${match[2]}\` at its end.` };
    }
    if (/^Missing , (or : )?between flow (sequence|map) items/.test(raw)) {
      return { span: here, message: 'A comma is missing between two entries here.' };
    }
    if (/^Nested mappings are not allowed in compact mappings/.test(raw)) {
      const span = this.restOfLine(start);
      const value = this.text.slice(span[0], span[1]);
      if (/:(\s|$)/.test(value)) {
        const fix = quoted(value);
        return { span, message: `This value contains \`: \`, which starts another key; put the whole value in quotes: \`${fix}\`.`, suggestions: [fix] };
      }
      const below = this.nextContentLine(start);
      if (below === undefined) return { span, message: 'The line below is indented further than this value, so it reads as part of it; line it up with the keys above.' };
      return { span: this.lineContent(below), message: 'This line is indented further than the key above it, so it reads as part of its value; line it up with the keys above.' };
    }
    if (/^Implicit keys need to be on a single line/.test(raw) || /^Implicit map keys need to be followed by map values/.test(raw)) {
      return { span: this.restOfLine(start), message: 'This line has no `:`; write `key: value`, or start a list entry with `- `.' };
    }
    if (/^All mapping items must start at the same column/.test(raw)) {
      return { span: this.lineContent(end), message: 'This key is not lined up with the keys above it; indent it by the same number of spaces.' };
    }
    if (/^All sequence items must start at the same column/.test(raw) || /^A block sequence may not be used as an implicit map key/.test(raw)) {
      return { span: this.lineContent(end), message: 'This list entry is not lined up with the entries above it; start its `-` in the same column.' };
    }
    if (/^Sequence item without - indicator/.test(raw)) {
      return { span: this.lineContent(end), message: "This line does not line up with the entry above it; indent it like the entry's other keys, or start a new entry with `- `." };
    }
    if ((match = /^Plain value cannot start with (?:reserved character |block scalar indicator |directive indicator character )?(\S+)/.exec(raw))) {
      const span = this.restOfLine(start);
      const fix = quoted(this.text.slice(span[0], span[1]));
      return { span, message: `A value cannot start with \`${match[1]}\` unless it is in quotes: write \`${fix}\`.`, suggestions: [fix] };
    }
    if (/^Unexpected scalar at node end/.test(raw) && /["']\s*$/.test(this.text.slice(this.lines.lineStart(this.lines.positionAt(start).line), start))) {
      return { span: this.restOfLine(start), message: 'Text goes on after the closing quote. To use a `"` inside quoted text write `\\"`, or quote the text with `\'` instead.' };
    }
    if (/^Unexpected \S+ at node end/.test(raw)) {
      return { span: this.restOfLine(start), message: 'Unexpected text after this value; check the indentation of this line, or put the whole value in quotes.' };
    }
    if ((match = /^Unexpected flow-(seq|map)-end token/.exec(raw))) {
      const [open, close] = match[1] === 'seq' ? ['[', ']'] : ['{', '}'];
      return { span: here, message: `This \`${close}\` closes nothing opened with \`${open}\`; remove it.` };
    }
    if (/^Unexpected , in flow/.test(raw)) {
      return { span: here, message: 'This comma has no entry before or after it; remove it.' };
    }
    if ((match = /^Unexpected \S+ token in YAML stream: "(.*)"/.exec(raw))) {
      return { span: here, message: `Unexpected \`${match[1]}\` here; check the indentation of this line.` };
    }
    if (/^Unexpected block-seq-ind on same line with key/.test(raw)) {
      return { span: here, message: 'A `- ` list cannot start on the same line as its key; start it on the next line, indented.' };
    }
    if (/^Block collections are not allowed within flow collections/.test(raw)) {
      return { span: here, message: 'Inside `[ ]` or `{ }`, separate entries with commas; a `- ` list or a `key: value` line cannot go there.' };
    }
    if (/^Comments must be separated from other tokens by white space/.test(raw)) {
      return { span: here, message: 'A `#` starts a comment only after a space; add the space, or put the whole value in quotes if `#` is part of it.' };
    }
    if ((match = /^Invalid escape sequence (.*)/.exec(raw))) {
      return { span: here, message: `\`${match[1]}\` is not a valid escape in double-quoted text; write \`\\\\\` for a backslash, or quote the text with \`'\` instead.` };
    }
    if ((match = /^Unresolved tag: (.*)/.exec(raw))) {
      return { span: here, message: `Agenda files do not use YAML tags such as \`${match[1]}\`; remove it.` };
    }
    if ((match = /^Unknown directive (.*)/.exec(raw))) {
      return { span: here, message: `\`${match[1]}\` is not a YAML directive; agenda files need none, so remove this line.` };
    }
    return { span: here, message: `${raw.charAt(0).toUpperCase()}${raw.slice(1)}${/[.!?]$/.test(raw) ? '' : '.'}` };
  }

  diagnostic(error: YAMLError, severity: 'error' | 'warning'): Diagnostic {
    const explained = this.explain(error);
    const diagnostic: Diagnostic = {
      range: this.lines.range(explained.span[0], explained.span[1]),
      severity,
      code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning',
      message: explained.message,
    };
    if (explained.suggestions) diagnostic.suggestions = explained.suggestions;
    if (explained.related) {
      const related: RelatedLocation = { range: this.lines.range(explained.related.span[0], explained.related.span[1]), message: explained.related.message };
      diagnostic.related = [related];
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
        return { range: this.lines.range(start, start + text.trimEnd().length), severity: 'error', code: 'yaml-syntax', message: 'The `%YAML` directive may appear only once; remove this line.' };
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
        found.push({
          range: this.lines.range(node.range[0], node.range[1]),
          severity: 'error',
          code: 'yaml-syntax',
          message: `\`*${node.source}\` refers to an anchor \`&${node.source}\` that is not defined above it.`,
        });
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

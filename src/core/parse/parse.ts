import { Composer, isAlias, visit, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';
import { LineIndex } from '../base/lines';
import { resolveAliases } from './aliases';
import { readBlockSubset } from './blockSubset';
import type { Diagnostic } from '../base/model';
import { MAX_NESTING, parseTokens, type TooDeep } from './nesting';
import { syntaxDiagnostics } from './syntax';
import { withMessage } from '../messages/diagnosticText';
import { msg } from '../messages/messages';

/** A parsed agenda: the YAML document with its nodes and offsets, its plain value, and the syntax diagnostics. */
export interface ParsedAgenda {
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
  /** The plain JavaScript value of the document (undefined when it could not be built). */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** How many alias expansions building the value may take before it is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

function firstAliasSpan(doc: Document.Parsed): [number, number] {
  let span: [number, number] = [0, 0];
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        span = [node.range[0], node.range[1]];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return span;
}

/**
 * Every agenda is read with YAML 1.2's core schema, whatever its `%YAML` directive says: under YAML 1.1's a date
 * would become a timestamp object and `no` a boolean, and the format has neither.
 */
const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = { prettyErrors: false, uniqueKeys: true, logLevel: 'error', schema: 'core' };

/**
 * The text with each lone carriage return (a line break in YAML, and in the editor) written as a line feed, which
 * is all the parser knows: one character for one, so that every offset still lands where it did.
 */
export function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

/**
 * The first document of a text, as `yaml`'s `parseDocument` gives it, unless its lists and mappings nest too deep
 * to compose safely: then an empty document, and where the nesting crosses the limit.
 */
export function parseYaml(source: string): { doc: Document.Parsed; tooDeep?: TooDeep } {
  const text = withLineFeeds(source);
  const { tokens, tooDeep } = parseTokens(text);
  const composer = new Composer(OPTIONS);
  if (tooDeep) return { doc: [...composer.compose([], true, 0)][0], tooDeep };
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return { doc: doc! };
}

let parses = 0;

/**
 * How many agenda texts this copy of the core has parsed: each `parseAgenda`, and each text an `IncrementalChecker`
 * parsed by one of its entries. The extension's tests count them to prove one parse per change.
 */
export function parseCount(): number {
  return parses;
}

/** Counts a text parsed in pieces (one entry of an edited text) as one parse. */
export function countParse(): void {
  parses++;
}

/** Parses agenda text; never throws. Syntax errors and warnings come back as diagnostics with their ranges. */
export function parseAgenda(text: string): ParsedAgenda {
  parses++;
  return parsePiece(text);
}

/**
 * {@link parseAgenda} without counting a parse: for a piece of a text. A text in the block subset agendas are
 * written in is read by the fast reader (./blockSubset.ts), which gives the same document and value `yaml` gives and
 * no diagnostics (it takes no text `yaml` finds a mistake in); any other text is read by `yaml`.
 */
export function parsePiece(text: string): ParsedAgenda {
  const lines = new LineIndex(text);
  const fast = readBlockSubset(text);
  if (fast) return { text, doc: fast.doc, lines, value: fast.value, diagnostics: [] };
  return parseWithYaml(text, lines);
}

/** {@link parsePiece} by `yaml` alone, whatever the text: the reference the fast reader is tested against. */
export function parseWithYaml(text: string, lines = new LineIndex(text)): ParsedAgenda {
  const { doc, tooDeep: deep } = parseYaml(text);
  if (deep) {
    return {
      text, doc, lines, value: undefined,
      diagnostics: [withMessage({ range: lines.range(deep.offset, deep.offset + 1), severity: 'error', code: 'yaml-too-deep' }, msg('parse.tooDeep', { max: MAX_NESTING }))],
    };
  }
  resolveAliases(doc);
  const diagnostics = syntaxDiagnostics(doc, lines);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith('Unresolved alias')) {
      const [start, end] = firstAliasSpan(doc);
      diagnostics.push(withMessage({ range: lines.range(start, end), severity: 'error', code: 'yaml-alias-limit' }, msg('parse.aliasLimit')));
    }
  }
  return { text, doc, lines, value, diagnostics };
}

import { isAlias, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { LineIndex } from './lines';
import type { Diagnostic } from './model';

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
const MAX_ALIAS_COUNT = 1000;

const FRIENDLY: Partial<Record<string, string>> = {
  TAB_AS_INDENT: 'Tabs cannot indent YAML; indent with spaces.',
  DUPLICATE_KEY: 'This key appears twice in the same mapping; keep one.',
  MULTIPLE_DOCS: 'An agenda file holds one YAML document; remove the second `---` and what follows, or move it to its own file.',
  MISSING_CHAR: 'A closing quote or bracket is missing.',
  BAD_INDENT: 'The indentation here does not match the lines around it.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; a `:` may be missing at the end of the line before.',
  BLOCK_AS_IMPLICIT_KEY: 'A list or mapping cannot be used as a key; a `:` may be missing or misplaced.',
  UNEXPECTED_TOKEN: 'Unexpected text here.',
};

function syntaxMessage(error: YAMLError): string {
  const raw = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
  const friendly = FRIENDLY[error.code];
  return friendly && friendly !== raw ? `${friendly} (YAML: ${raw})` : raw;
}

function syntaxDiagnostic(lines: LineIndex, error: YAMLError, severity: 'error' | 'warning'): Diagnostic {
  const [start, end] = error.pos;
  const range = lines.range(start, Math.max(end, Math.min(start + 1, lines.text.length)));
  return { range, severity, code: severity === 'error' ? 'yaml-syntax' : 'yaml-warning', message: syntaxMessage(error) };
}

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

/** Parses agenda text; never throws. Syntax errors and warnings come back as diagnostics with their ranges. */
export function parseAgenda(text: string): ParsedAgenda {
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const diagnostics = [
    ...doc.errors.map((e) => syntaxDiagnostic(lines, e, 'error')),
    ...doc.warnings.map((e) => syntaxDiagnostic(lines, e, 'warning')),
  ];
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const [start, end] = firstAliasSpan(doc);
    diagnostics.push({
      range: lines.range(start, end),
      severity: 'error',
      code: 'yaml-alias-limit',
      message: `The aliases in this file expand to too much data to check (${error instanceof Error ? error.message : String(error)}).`,
    });
  }
  return { text, doc, lines, value, diagnostics };
}

import { isAlias, parseDocument, visit, type Document } from 'yaml';
import { LineIndex } from './lines';
import type { Diagnostic } from './model';
import { syntaxDiagnostics } from './syntax';

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
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const diagnostics = syntaxDiagnostics(doc, lines);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith('Unresolved alias')) {
      const [start, end] = firstAliasSpan(doc);
      diagnostics.push({
        range: lines.range(start, end),
        severity: 'error',
        code: 'yaml-alias-limit',
        message: `The aliases (\`*name\`) in this file expand to too much data to check; write the repeated parts out instead.`,
      });
    }
  }
  return { text, doc, lines, value, diagnostics };
}

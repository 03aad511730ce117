import type { CheckOptions, Diagnostic } from './model';
import { parseAgenda, type ParsedAgenda } from './parse';
import { schemaDiagnostics } from './schema';
import { semanticDiagnostics } from './semantic';
import { withoutIgnored } from './suppress';

/** The largest text checked by default (5 MB): beyond it, `check` reports `file-too-large` and stops. */
export const DEFAULT_MAX_LENGTH = 5 * 1024 * 1024;

function compare(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * Checks a parsed agenda: YAML syntax, then the schema (on what could be parsed), then what a schema cannot
 * express. Schema complaints on lines that already have a syntax error are left out: they are echoes of it.
 * Lines marked `# agenda-ignore` (or `# agenda-ignore: code`) keep their diagnostics to themselves.
 */
export function checkParsed(parsed: ParsedAgenda, options: CheckOptions = {}): Diagnostic[] {
  const result = [...parsed.diagnostics];
  if (parsed.doc.contents === null && !parsed.diagnostics.length) {
    return [{
      range: parsed.lines.range(0, 0),
      severity: 'error',
      code: 'schema-required',
      message: 'The agenda is empty: it needs at least `version: 1`, an `event` and a list of `sessions`.',
    }];
  }
  const broken = new Set(parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.range.start.line));
  if (options.schema !== false) {
    result.push(...schemaDiagnostics(parsed).filter((d) => !broken.has(d.range.start.line)));
  }
  if (options.semantic !== false) result.push(...semanticDiagnostics(parsed));
  return withoutIgnored(result, parsed.lines).sort(compare);
}

/**
 * Checks the text of an agenda and returns every problem found, sorted by position. Never throws: any input,
 * however broken, gives diagnostics.
 */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  if (text.length > maxLength) {
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'warning',
      code: 'file-too-large',
      message: `This file is too large to check as you type (${Math.round(text.length / 1024)} KB, limit ${Math.round(maxLength / 1024)} KB); run \`agenda check\` on it instead.`,
    }];
  }
  try {
    return checkParsed(parseAgenda(text), options);
  } catch (error) {
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'error',
      code: 'yaml-syntax',
      message: `This file could not be checked: ${error instanceof Error ? error.message : String(error)}.`,
    }];
  }
}

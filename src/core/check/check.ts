import type { Node } from 'yaml';
import type { CheckOptions, Diagnostic } from '../base/model';
import { collectionAt } from '../parse/nodes';
import { parseAgenda, type ParsedAgenda } from '../parse/parse';
import { localizeDiagnostics, withMessage } from '../messages/diagnosticText';
import { msg, type Message } from '../messages/messages';
import { schemaDiagnostics } from './schema';
import { semanticDiagnostics, SCOPED_CODES, type ScopedMode } from './semantic';
import { withoutIgnored } from './suppress';

/**
 * The largest text checked by default (1 MB, some 25,000 lines of agenda): beyond it, `check` reports
 * `file-too-large` and stops. Checking takes time and memory in proportion to the text (up to about 4 seconds and
 * 600 MB per MB for a long flow list `[1,1,...]` on a busy machine), which the editor cannot spend as you type.
 */
export const DEFAULT_MAX_LENGTH = 1024 * 1024;

/** A length in characters as a person reads it, rounded up so that a text over a limit never reads as the limit: `1.1 MB`, `12 KB`, `100 characters`. */
function size(length: number): Message {
  if (length >= 1024 * 1024) return msg('size.mb', { n: Math.ceil((10 * length) / (1024 * 1024)) / 10 });
  if (length >= 1024) return msg('size.kb', { n: Math.ceil(length / 1024) });
  return msg('size.characters', { n: length });
}

/** The first character of a file, where a diagnostic about the whole file goes. */
function top(): Diagnostic['range'] {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/** Where a diagnostic is, as a key. */
function where(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}`;
}

function compare(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/**
 * The lines a syntax error leaves uncertain: its own, and those of the mapping or list it broke (unless that is the
 * whole document), where the parser's recovery builds values nobody wrote.
 */
function brokenLines(parsed: ParsedAgenda, errors: readonly Diagnostic[]): Set<number> {
  const lines = new Set<number>();
  const root = parsed.doc.contents as Node | null;
  for (const d of errors) {
    let first = d.range.start.line;
    let last = d.range.end.line;
    const collection = collectionAt(root, parsed.lines.offsetAt(d.range.start));
    if (collection && collection !== root && collection.range) {
      first = Math.min(first, parsed.lines.positionAt(collection.range[0]).line);
      last = Math.max(last, parsed.lines.positionAt(collection.range[1]).line);
    }
    for (let line = first; line <= last; line++) lines.add(line);
  }
  return lines;
}

let checks = 0;

/**
 * How many parsed agendas this copy of the core has checked (`checkParsed`, which `check` and the incremental
 * checker call too): the extension's tests count them to prove one check per change.
 */
export function checkCount(): number {
  return checks;
}

/**
 * Checks a parsed agenda: YAML syntax, then the schema (on what could be parsed), then what a schema cannot
 * express. Complaints about what a syntax error broke are left out, as echoes of it: diagnostics on the lines it
 * left uncertain, and missing keys (the key may be in the text the parser could not read). A name written where
 * an id belongs gets one diagnostic, the reference check's (which knows the id it should be), not the id pattern's too.
 * Lines marked `# agenda-ignore` (or `# agenda-ignore: code`) keep their diagnostics to themselves. Messages are
 * in the words of `options.locale` (English by default).
 */
export function checkParsed(parsed: ParsedAgenda, options: CheckOptions = {}): Diagnostic[] {
  checks++;
  return localizeDiagnostics(checkParsedEnglish(parsed, options), options.locale);
}

/**
 * Diagnostics found apart from `checkParsed` (those a programme of files adds), as `checkParsed` keeps its own:
 * without those on lines a syntax error left uncertain or marked `# agenda-ignore`, merged with `diagnostics` and
 * sorted by position.
 */
export function mergeDiagnostics(parsed: ParsedAgenda, diagnostics: readonly Diagnostic[], added: readonly Diagnostic[]): Diagnostic[] {
  if (!added.length) return diagnostics.slice();
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  const broken = brokenLines(parsed, errors);
  const kept = withoutIgnored(added.filter((d) => !broken.has(d.range.start.line)), parsed.lines);
  return [...diagnostics, ...kept].sort(compare);
}

/**
 * `checkParsed`'s diagnostics (in English) but those of `SCOPED_CODES`: what a programme of files keeps of a file's
 * own check, since it resolves the file's ids against the agendas it is part of and counts their uses over the
 * programme. The same as leaving those codes out of `checkParsed`'s, without building them: only where unknown ids
 * are is found, for the echoes they silence. It counts as a check (`checkCount`).
 */
export function checkParsedUnscoped(parsed: ParsedAgenda, options: Omit<CheckOptions, 'locale'> = {}): Diagnostic[] {
  checks++;
  return checkParsedEnglish(parsed, options, 'places');
}

function checkParsedEnglish(parsed: ParsedAgenda, options: CheckOptions, scoped: ScopedMode = 'full'): Diagnostic[] {
  let result = parsed.diagnostics.slice();
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  if (parsed.value === null && !errors.length) {
    result.push(withMessage({ range: parsed.lines.range(0, 0), severity: 'error', code: 'schema-required' }, msg('check.empty')));
    return withoutIgnored(result, parsed.lines).sort(compare);
  }
  const broken = brokenLines(parsed, errors);
  const sound = (d: Diagnostic) => !broken.has(d.range.start.line);
  const echo = (d: Diagnostic) => errors.length > 0 && (d.code === 'schema-required' || d.code === 'schema-alternative');
  const semantic = options.semantic !== false ? semanticDiagnostics(parsed, scoped).filter(sound) : [];
  const references = new Set(withoutIgnored(semantic, parsed.lines).filter((d) => d.code.startsWith('unknown-')).map(where));
  const told = (d: Diagnostic) => d.code === 'schema-pattern' && references.has(where(d));
  if (options.schema !== false && parsed.value !== undefined) result = result.concat(schemaDiagnostics(parsed).filter((d) => sound(d) && !echo(d) && !told(d)));
  result = result.concat(scoped === 'full' ? semantic : semantic.filter((d) => !SCOPED_CODES.has(d.code)));
  return withoutIgnored(result, parsed.lines).sort(compare);
}

/**
 * The `file-too-large` diagnostic for a text longer than `maxLength` (by default {@link DEFAULT_MAX_LENGTH}), at
 * the top of the file; undefined for a text that can be checked. Whatever serves a text as you type (checking,
 * outline, preview) asks this first. Only the length is read, so an editor can pass `{ length }` without the text.
 */
export function tooLargeToCheck(text: { readonly length: number }, maxLength = DEFAULT_MAX_LENGTH): Diagnostic | undefined {
  if (text.length <= maxLength) return undefined;
  return withMessage({ range: top(), severity: 'warning', code: 'file-too-large' }, msg('check.tooLarge', { size: size(text.length), limit: size(maxLength) }));
}

/**
 * Checks the text of an agenda and returns every problem found, sorted by position. Never throws: any input,
 * however broken, gives diagnostics.
 */
export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  return checkWith(text, options, parseAgenda);
}

/**
 * `check` with its parse step given: the incremental checker passes one that reuses what it parsed before. A
 * failure of the core becomes the one `internal-error` diagnostic, and is given to `failed` (for its stack).
 */
export function checkWith(text: string, options: CheckOptions, parse: (text: string) => ParsedAgenda, failed?: (error: unknown) => void): Diagnostic[] {
  const tooLarge = tooLargeToCheck(text, options.maxLength);
  if (tooLarge) return localizeDiagnostics([tooLarge], options.locale);
  try {
    return checkParsed(parse(text), options);
  } catch (error) {
    failed?.(error);
    return localizeDiagnostics([internalError(error)], options.locale);
  }
}

/**
 * The `internal-error` diagnostic for a failure of the core itself (an exception, never the file's fault), at the
 * top of the file: what failed, and that it should be reported. No setting hides it.
 */
export function internalError(error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return withMessage({ range: top(), severity: 'error', code: 'internal-error' }, msg('check.internalError', { what }));
}

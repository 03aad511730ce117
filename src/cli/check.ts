import * as path from 'path';
import type { Diagnostic } from '../core';
import { decodeAgenda } from './decode';
import type { CliIo } from './io';
import { cliProgramme } from './programme';
import { formatGithub, formatText, sarifLog, type ReportFormat } from './reports';

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/**
 * The largest file the command line reads (2 MB, some 50,000 lines of agenda). Checking needs memory in proportion
 * to the text, up to about 500 MB a megabyte for a long flow list (`[1,1,...]`); past this a hostile or mistaken
 * file could exhaust Node's heap and kill the process instead of getting a clear message.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

const AGENDA_FILE = /\.agenda\.ya?ml$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

/** A place in a file as the outputs show it: 1-based lines and columns. */
export interface CliPlace {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Another place that explains a diagnostic: in the same file, or in another file of the programme. */
export interface CliRelated extends CliPlace {
  message: string;
}

/** One diagnostic as the JSON output shows it: 1-based lines and columns. */
export interface CliDiagnostic extends CliPlace {
  severity: Diagnostic['severity'];
  code: string;
  message: string;
  related?: CliRelated[];
}

/** A file to check: its name as shown, and its text or why it cannot be read. */
export interface Source {
  file: string;
  text?: string;
  problem?: string;
}

/** Why a file or folder cannot be read, from the error reading it failed with. */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'ELOOP') return 'cannot be read: its symbolic links lead round in a loop';
  return code === 'EISDIR' ? 'is a directory' : `cannot be read (${code ?? String(error)})`;
}

/**
 * The agenda files under a folder, in name order, each folder searched once; a folder that cannot be listed and a
 * named pipe, socket or device with an agenda's name come back as problems (reading those may never end).
 */
function agendaFiles(io: CliIo, dir: string, visited: Set<string>): Source[] {
  const real = io.realPath?.(dir) ?? dir;
  if (visited.has(real)) return [];
  visited.add(real);
  let names: string[];
  try {
    names = io.readDirectory(dir).sort();
  } catch (error) {
    return [{ file: dir, problem: unreadable(error) }];
  }
  let found: Source[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    const kind = io.kind(full);
    if (kind === 'directory' && !SKIPPED_DIRECTORIES.has(name)) found = found.concat(agendaFiles(io, full, visited));
    else if (kind === 'file' && AGENDA_FILE.test(name)) found.push({ file: full });
    else if (kind === 'special' && AGENDA_FILE.test(name)) found.push({ file: full, problem: 'is a named pipe, socket or device, not a file; skipped' });
  }
  return found;
}

/** Reads one named file (or `-` for standard input) as agenda text. */
export async function readSource(io: CliIo, file: string): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin(MAX_INPUT_BYTES) : io.readFile(path.resolve(io.cwd, file), MAX_INPUT_BYTES);
  } catch (error) {
    return { file, problem: unreadable(error) };
  }
  if (bytes.length > MAX_INPUT_BYTES) return { file, problem: 'is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)' };
  const decoded = decodeAgenda(bytes);
  return 'text' in decoded ? { file, text: decoded.text } : { file, problem: decoded.problem };
}

/** The line that says why a source cannot be checked: `agenda: notes.agenda.yaml is a binary file, not agenda text`. */
export function problemLine(source: Source): string {
  return `agenda: ${source.file === '-' ? 'standard input' : source.file} ${source.problem}\n`;
}

/**
 * Expands the command line's files and folders into the sources to check, each once: folders give the agenda
 * files under them (symbolic links are followed, each folder is searched once). A file named on the command line is
 * read whatever it is (`<(generate)` is a pipe); one found in a folder only if it is a regular file.
 */
export async function collectSources(io: CliIo, args: string[]): Promise<Source[]> {
  const sources: Source[] = [];
  const seen = new Set<string>();
  const visited = new Set<string>();
  const add = async (file: string) => {
    const key = file === '-' ? '-' : path.resolve(io.cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    sources.push(await readSource(io, file));
  };
  for (const arg of args) {
    if (arg === '-') {
      await add('-');
      continue;
    }
    const kind = io.kind(path.resolve(io.cwd, arg));
    if (kind === undefined) sources.push({ file: arg, problem: 'does not exist' });
    else if (kind === 'directory') {
      const dir = path.resolve(io.cwd, arg);
      if (visited.has(io.realPath?.(dir) ?? dir)) continue;
      const found = agendaFiles(io, dir, visited).map((f) => ({ ...f, file: path.relative(io.cwd, f.file) || f.file }));
      if (!found.length) sources.push({ file: arg, problem: 'holds no agenda files (*.agenda.yaml)' });
      for (const source of found) {
        if (source.problem === undefined) await add(source.file);
        else sources.push(source);
      }
    } else await add(arg);
  }
  return sources;
}

function place(file: string, range: Diagnostic['range']): CliPlace {
  return { file, line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/**
 * Converts the core's 0-based diagnostics to the CLI's 1-based form; a related location in another file of the
 * programme is named by `shownOf` its key.
 */
export function toCliDiagnostic(file: string, d: Diagnostic, shownOf: (key: string) => string = (key) => key): CliDiagnostic {
  const result: CliDiagnostic = { ...place(file, d.range), severity: d.severity, code: d.code, message: d.message };
  if (d.related?.length) result.related = d.related.map((r) => ({ ...place(r.uri === undefined ? file : shownOf(r.uri), r.range), message: r.message }));
  return result;
}

/** A source that could be read: its name as the command line shows it (`<stdin>` for `-`), and its text. */
export interface Readable {
  source: Source;
  shown: string;
  text: string;
}

/**
 * The sources the command line's files and folders name (the current folder when none), each that can be read, and
 * how many cannot, each said on standard error. Standard input is shown as `stdinPath` when given (`--stdin-path`),
 * which is also where its `partOf` is resolved from.
 */
export async function readableSources(io: CliIo, files: string[], stdinPath?: string): Promise<{ readable: Readable[]; unreadable: number }> {
  const readable: Readable[] = [];
  let unreadable = 0;
  for (const source of await collectSources(io, files.length ? files : ['.'])) {
    if (source.problem !== undefined || source.text === undefined) {
      unreadable++;
      io.stderr(problemLine(source));
    } else readable.push({ source, shown: source.file === '-' ? stdinPath ?? '<stdin>' : source.file, text: source.text });
  }
  return { readable, unreadable };
}

/** `1 file`, `2 files`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `agenda check [files or folders...] [--format text|json|github|sarif] [--locale CODE]`: the diagnostics on standard
 * output, their messages in the locale's words, and for `text` and `github` a summary on standard error.
 */
export async function runCheck(io: CliIo, files: string[], format: ReportFormat, locale?: string, stdinPath?: string): Promise<number> {
  const { readable, unreadable } = await readableSources(io, files, stdinPath);
  const { diagnosticsOf, shownOf } = await cliProgramme(io, readable);
  let results: CliDiagnostic[] = [];
  for (const source of readable) results = results.concat(diagnosticsOf(source, locale).map((d) => toCliDiagnostic(source.shown, d, shownOf)));
  const errors = results.filter((d) => d.severity === 'error').length;
  const warnings = results.filter((d) => d.severity === 'warning').length;
  if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(sarifLog(results, io.cwd, locale), null, 2) + '\n');
  else {
    for (const d of results) io.stdout((format === 'github' ? formatGithub(d) : formatText(d)) + '\n');
    io.stderr(`${plural(readable.length, 'file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
  }
  if (unreadable) return EXIT_USAGE;
  return errors ? EXIT_ERRORS : EXIT_CLEAN;
}

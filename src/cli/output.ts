import * as path from 'path';
import { fileAgenda, languageName, languageTag, parseAgenda, produceOutput, programmeAgenda, type Diagnostic, type OutputFormat, type OutputNote, type OutputOptions, type OutputResult } from '../core';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, problemLine, readableSources, readSource, toCliDiagnostic, type Source } from './check';
import { cliProgramme } from './programme';
import { formatText } from './reports';
import type { CliIo } from './io';
import { version } from '../../package.json';

/** What `agenda render` or `agenda export` was asked to write. */
export interface OutputCommand {
  file: string;
  format: OutputFormat;
  /** Where to write; standard output when undefined or `-`. */
  output?: string;
  /** Write even when the agenda has errors. */
  force: boolean;
  /** The language to write texts given in several languages, in its canonical form (`fr`, `fr-CA`). */
  language?: string;
  /** `render --lang en,fr`: the languages printed side by side (the first is also `language`). */
  languages?: string[];
  /** `export --ics --include-breaks`: keep breaks and meals in the calendar. */
  includeBreaks?: boolean;
  /** `export --schedule-json --items-as-events`: each timed item an event of its own. */
  itemsAsEvents?: boolean;
  /** `render --timetable`: add the timetable to the programme. */
  timetable?: boolean;
  /** `--stdin-path PATH`: the path the agenda on standard input stands for (its name, and where `partOf` is resolved from). */
  stdinPath?: string;
}

/**
 * `--stdin-path PATH`: the path an agenda read from standard input (`-`) stands for, from which its `partOf` is
 * resolved and by which it is named (as eslint's `--stdin-filename`); what is wrong with it, if anything.
 */
export function stdinPathProblem(positional: readonly string[], options: Map<string, string | true>): string | undefined | { problem: string } {
  const value = options.get('--stdin-path');
  if (value === undefined) return undefined;
  if (value === true || value === '') return { problem: '--stdin-path needs the path the agenda on standard input stands for' };
  if (!positional.includes('-')) return { problem: '--stdin-path is for an agenda read from standard input (-)' };
  return value;
}

/** What each output is called in messages. */
const OUTPUT_NAMES: Record<OutputFormat, string> = { html: 'programme', ics: 'calendar', 'schedule-json': 'schedule.json' };

/** The options of `render` and `export` that take a value. */
export const OUTPUT_VALUED_OPTIONS = ['-o', '--output', '--lang', '--stdin-path'] as const;

/**
 * The `render` or `export` command from parsed arguments, or what is wrong with them: one set of rules for both
 * (`-o FILE`, `--lang CODE`, `--force`); `render` takes several languages to print side by side (`--lang en,fr`);
 * `export` takes one of `--ics` (with `--include-breaks`) or `--schedule-json` (with `--items-as-events`).
 */
export function outputRequest(command: 'render' | 'export', { positional, options }: { positional: string[]; options: Map<string, string | true> }): OutputCommand | string {
  const formats = command === 'render' ? ['html' as const] : (['ics', 'schedule-json'] as const).filter((f) => options.has(`--${f}`));
  const allowed = [...OUTPUT_VALUED_OPTIONS, '--force', ...(command === 'export' ? ['--ics', '--schedule-json', '--include-breaks', '--items-as-events'] : ['--timetable'])];
  const unknown = [...options.keys()].find((k) => !allowed.includes(k));
  const output = options.get('-o') ?? options.get('--output');
  const language = options.get('--lang');
  if (unknown !== undefined) return `unknown option ${unknown}`;
  if (positional.length !== 1) return `${command} takes one agenda file, or a folder of a programme`;
  if (formats.length !== 1) return 'export needs one of --ics or --schedule-json';
  if (output === '' || output === true) return '-o needs a file name (or - for standard output)';
  if (language === '' || language === true) return '--lang needs a language code such as fr or fr-CA';
  const codes = language === undefined ? [] : language.split(',').map((code) => code.trim());
  const tags = codes.map(languageTag);
  const wrong = codes.find((_, i) => tags[i] === undefined);
  if (wrong !== undefined) return `--lang takes a language code such as fr or fr-CA, not ${JSON.stringify(wrong)}`;
  if (tags.length > 1 && command === 'export') return '--lang takes one language for export (several side by side, such as en,fr, are for render)';
  if (options.has('--include-breaks') && formats[0] !== 'ics') return '--include-breaks is for the calendar (--ics)';
  if (options.has('--items-as-events') && formats[0] !== 'schedule-json') return '--items-as-events is for schedule.json (--schedule-json)';
  const stdinPath = stdinPathProblem(positional, options);
  if (typeof stdinPath === 'object') return stdinPath.problem;
  const languages = [...new Set(tags as string[])];
  return {
    ...(stdinPath === undefined ? {} : { stdinPath }),
    file: positional[0],
    format: formats[0],
    force: options.has('--force'),
    ...(options.has('--timetable') ? { timetable: true } : {}),
    ...(output === undefined || output === '-' ? {} : { output }),
    ...(languages.length ? { language: languages[0] } : {}),
    ...(languages.length > 1 ? { languages } : {}),
    ...(options.has('--include-breaks') ? { includeBreaks: true } : {}),
    ...(options.has('--items-as-events') ? { itemsAsEvents: true } : {}),
  };
}

/** The name of a source in messages and diagnostics (standard input's is `--stdin-path`'s, else `<stdin>`). */
export function shownName(source: Source, stdinPath?: string): string {
  return source.file === '-' ? stdinPath ?? '<stdin>' : source.file;
}

function noteLine(shown: string, format: OutputFormat, note: OutputNote): string {
  if (note.kind === 'no-text-in-language') return `agenda: ${shown} has no text in ${languageName(note.language)} (${note.language}); its other languages stand in.\n`;
  return `agenda: session ${note.session} is left out of ${OUTPUT_NAMES[format]}: ${note.reason}.\n`;
}

/** Writes text to a file named on the command line (or standard output when `output` is undefined), saying so; returns the exit code. */
export function writeOutput(io: CliIo, output: string | undefined, text: string): number {
  if (output === undefined) {
    io.stdout(text);
    return EXIT_CLEAN;
  }
  try {
    io.writeFile(path.resolve(io.cwd, output), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(`agenda: cannot write ${output} (${code === 'ELOOP' ? 'its symbolic links lead round in a loop' : code ?? String(error)})\n`);
    return EXIT_USAGE;
  }
  io.stderr(`Wrote ${output}\n`);
  return EXIT_CLEAN;
}

/**
 * Whether an output named on the command line is the source file itself, under any name (a symbolic or hard link to
 * it, `./` before it), or the file standard input stands for (`--stdin-path`).
 */
export function overwritesSource(io: CliIo, source: Source, output: string | undefined, stdinPath?: string): boolean {
  if (output === undefined) return false;
  const target = path.resolve(io.cwd, output);
  if (source.file === '-' && stdinPath !== undefined && io.sameFile(path.resolve(io.cwd, stdinPath), target)) return true;
  return io.sameFile(source.file === '-' ? '-' : path.resolve(io.cwd, source.file), target);
}

/**
 * `agenda render` and `agenda export`, one pipeline: read the agenda (with the agendas it is part of, read from disk
 * for the ids it uses of theirs), refuse to write over it, check it and print
 * its diagnostics, refuse it when it has errors (exit 1) unless forced, write the output in the language asked for
 * and say what is worth knowing (no text in that language, sessions left out).
 */
export async function runOutput(io: CliIo, command: OutputCommand): Promise<number> {
  if (command.file !== '-' && io.kind(path.resolve(io.cwd, command.file)) === 'directory') return runProgrammeOutput(io, command);
  const source = await readSource(io, command.file);
  if (source.problem !== undefined || source.text === undefined) {
    io.stderr(problemLine(source));
    return EXIT_USAGE;
  }
  if (overwritesSource(io, source, command.output, command.stdinPath)) {
    io.stderr(`agenda: refusing to write the ${OUTPUT_NAMES[command.format]} over the agenda itself (${command.output})\n`);
    return EXIT_USAGE;
  }
  const shown = shownName(source, command.stdinPath);
  const readable = { source, shown, text: source.text };
  const { programme, keyOf, shownOf } = await cliProgramme(io, [readable]);
  const key = keyOf.get(readable);
  const parsed = (key === undefined ? undefined : fileAgenda(programme, key)) ?? parseAgenda(source.text);
  const result = produceOutput(parsed, command.format, outputOptions(command, key === undefined ? undefined : programme.diagnostics(key)));
  for (const d of result.diagnostics) io.stderr(formatText(toCliDiagnostic(shown, d, shownOf)) + '\n');
  return finish(io, command, shown, result);
}

/** The options of `produceOutput` a command asks for. */
function outputOptions(command: OutputCommand, diagnostics?: readonly Diagnostic[]): OutputOptions {
  return {
    force: command.force,
    ...(command.timetable ? { timetable: true } : {}),
    generator: { name: 'agenda-author', version },
    ...(command.language === undefined ? {} : { language: command.language }),
    ...(command.languages === undefined ? {} : { languages: command.languages }),
    ...(command.includeBreaks ? { includeBreaks: true } : {}),
    ...(command.itemsAsEvents ? { itemsAsEvents: true } : {}),
    ...(diagnostics === undefined ? {} : { diagnostics }),
  };
}

/** Says why an output was refused (exit 1), or what is worth knowing about it and writes it. */
function finish(io: CliIo, command: OutputCommand, shown: string, result: OutputResult): number {
  if ('refused' in result) {
    io.stderr(result.refused === 'errors'
      ? `agenda: ${shown} has ${result.errors === 1 ? 'an error' : `${result.errors} errors`}; nothing written (--force writes it anyway).\n`
      : `agenda: ${shown}: ${result.problem}\n`);
    return EXIT_ERRORS;
  }
  for (const note of result.notes) io.stderr(noteLine(shown, command.format, note));
  return writeOutput(io, command.output, result.text);
}

/**
 * `agenda render DIR` and `agenda export DIR`: the whole programme of the agenda files under a folder (one root and
 * the files part of it, with the agendas they are part of read from disk if outside it), checked together (every
 * file's diagnostics on standard error, refused on errors unless forced), written as one agenda would be.
 */
async function runProgrammeOutput(io: CliIo, command: OutputCommand): Promise<number> {
  const { readable, unreadable } = await readableSources(io, [command.file]);
  if (unreadable) return EXIT_USAGE;
  const { programme, keyOf, shownOf } = await cliProgramme(io, readable);
  const roots = [...new Set([...keyOf.values()].map((key) => programme.rootOf(key)).filter((root): root is string => root !== undefined))]
    .filter((root) => programme.membersOf(root).length > 1 || readable.length === 1);
  if (roots.length !== 1) {
    io.stderr(roots.length
      ? `agenda: ${command.file} holds ${roots.length} programmes (${roots.map(shownOf).join(', ')}); name the folder or root agenda of one\n`
      : `agenda: ${command.file} holds no programme: no agenda file there is the root of the others (see partOf)\n`);
    return EXIT_USAGE;
  }
  const members = programme.membersOf(roots[0]);
  const target = command.output === undefined ? undefined : path.resolve(io.cwd, command.output);
  const overwritten = target === undefined ? undefined : members.find((key) => io.sameFile(path.resolve(io.cwd, shownOf(key)), target));
  if (overwritten !== undefined) {
    io.stderr(`agenda: refusing to write the ${OUTPUT_NAMES[command.format]} over an agenda of the programme (${command.output})\n`);
    return EXIT_USAGE;
  }
  for (const source of readable) {
    const key = keyOf.get(source);
    if (key === undefined || !members.includes(key)) io.stderr(`agenda: ${source.shown} is not part of the programme of ${shownOf(roots[0])}; left out\n`);
  }
  const diagnostics = members.flatMap((key) => programme.diagnostics(key));
  for (const key of members) for (const d of programme.diagnostics(key)) io.stderr(formatText(toCliDiagnostic(shownOf(key), d, shownOf)) + '\n');
  const result = produceOutput(programmeAgenda(programme, roots[0]), command.format, outputOptions(command, diagnostics));
  return finish(io, command, `the programme of ${shownOf(roots[0])}`, result);
}

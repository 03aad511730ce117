import * as path from 'path';
import { availableLanguages, checkParsed, languageName, parseAgenda, toICalendar, toScheduleJson } from '../core';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, formatText, problemLine, readSource, toCliDiagnostic } from './check';
import type { CliIo } from './io';
import { version } from '../../package.json';

/** The formats `agenda export` writes. */
export type ExportFormat = 'ics' | 'schedule-json';

export interface ExportOptions {
  format: ExportFormat;
  /** Where to write; standard output when undefined. */
  output?: string;
  language?: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * `agenda export FILE --ics|--schedule-json [-o OUT] [--lang CODE]`: writes the agenda as an iCalendar file or a
 * frab/c3voc schedule.json. Refuses (exit 1, with the diagnostics) an agenda that has errors.
 */
export async function runExport(io: CliIo, file: string, options: ExportOptions): Promise<number> {
  if (options.language !== undefined && !LANGUAGE_TAG.test(options.language)) {
    io.stderr(`agenda: --lang takes a language code such as fr or es, not ${JSON.stringify(options.language)}\n`);
    return EXIT_USAGE;
  }
  if (options.output === '') {
    io.stderr('agenda: -o needs a file name (or - for standard output)\n');
    return EXIT_USAGE;
  }
  const target = options.output === undefined || options.output === '-' ? undefined : path.resolve(io.cwd, options.output);
  if (target !== undefined && file !== '-' && target === path.resolve(io.cwd, file)) {
    io.stderr(`agenda: refusing to write the export over the agenda itself (${options.output})\n`);
    return EXIT_USAGE;
  }
  const source = await readSource(io, file);
  if (source.problem !== undefined || source.text === undefined) {
    io.stderr(problemLine(source));
    return EXIT_USAGE;
  }
  const shown = file === '-' ? '<stdin>' : file;
  const parsed = parseAgenda(source.text);
  const errors = checkParsed(parsed).filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const d of errors) io.stderr(formatText(toCliDiagnostic(shown, d)) + '\n');
    io.stderr(`agenda: ${shown} has ${errors.length} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} before exporting.\n`);
    return EXIT_ERRORS;
  }
  const language = options.language;
  if (language !== undefined && !availableLanguages(parsed.value).includes(language)) {
    io.stderr(`agenda: ${shown} has no text in ${languageName(language)} (${language}); its other languages stand in.\n`);
  }
  let text: string;
  if (options.format === 'ics') text = toICalendar(parsed, { language });
  else {
    const result = toScheduleJson(parsed, { language, generator: { name: 'agenda-author', version } });
    if ('problem' in result) {
      io.stderr(`agenda: ${shown}: ${result.problem}\n`);
      return EXIT_ERRORS;
    }
    for (const skipped of result.skipped) io.stderr(`agenda: session ${skipped.id} is left out of schedule.json: ${skipped.reason}.\n`);
    text = JSON.stringify(result.json, null, 2) + '\n';
  }
  if (target === undefined) {
    io.stdout(text);
    return EXIT_CLEAN;
  }
  try {
    io.writeFile(target, text);
  } catch (error) {
    io.stderr(`agenda: cannot write ${options.output} (${(error as NodeJS.ErrnoException).code ?? String(error)})\n`);
    return EXIT_USAGE;
  }
  io.stderr(`Wrote ${options.output}\n`);
  return EXIT_CLEAN;
}

import * as path from 'path';
import { checkParsed, parseAgenda, renderStandalone } from '../core';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, formatText, problemLine, readSource, toCliDiagnostic } from './check';
import type { CliIo } from './io';

/** What `agenda render` was asked to do. */
export interface RenderCommand {
  file: string;
  /** Where to write the HTML; standard output when undefined. */
  output?: string;
  /** Render even when the agenda has errors. */
  force: boolean;
  /** The language to print texts given in several languages. */
  language?: string;
}

/** The options of `agenda render` that take a value. */
export const RENDER_VALUED_OPTIONS = ['-o', '--output', '--lang'] as const;

const LANGUAGE_CODE = /^[a-z]{2}(-[A-Za-z0-9]+)*$/;

/** The render command from parsed arguments, or what is wrong with them. */
export function renderRequest({ positional, options }: { positional: string[]; options: Map<string, string | true> }): RenderCommand | string {
  const unknown = [...options.keys()].filter((k) => !(RENDER_VALUED_OPTIONS as readonly string[]).includes(k) && k !== '--force');
  const output = options.get('-o') ?? options.get('--output');
  const language = options.get('--lang');
  if (unknown.length) return `unknown option ${unknown[0]}`;
  if (positional.length !== 1) return 'render takes one agenda file';
  if (output === '' || output === true) return '-o needs a file name';
  if (language !== undefined && (language === true || !LANGUAGE_CODE.test(language))) return '--lang needs a language code such as en or fr';
  const command: RenderCommand = { file: positional[0], force: options.has('--force') };
  if (output !== undefined) command.output = output;
  if (language !== undefined) command.language = language;
  return command;
}

/**
 * `agenda render FILE [-o out.html] [--force] [--lang xx]`: writes the standalone programme. An agenda with errors
 * is not rendered (exit 1, diagnostics on standard error) unless `--force` is given; its warnings are printed but
 * do not stop it.
 */
export async function runRender(io: CliIo, command: RenderCommand): Promise<number> {
  const source = await readSource(io, command.file);
  if (source.problem !== undefined || source.text === undefined) {
    io.stderr(problemLine(source));
    return EXIT_USAGE;
  }
  const shown = source.file === '-' ? '<stdin>' : source.file;
  const target = command.output === undefined || command.output === '-' ? undefined : path.resolve(io.cwd, command.output);
  if (target !== undefined && source.file !== '-' && target === path.resolve(io.cwd, source.file)) {
    io.stderr(`agenda: refusing to write the programme over the agenda itself (${command.output})\n`);
    return EXIT_USAGE;
  }
  const parsed = parseAgenda(source.text);
  const diagnostics = checkParsed(parsed).map((d) => toCliDiagnostic(shown, d));
  for (const d of diagnostics) io.stderr(formatText(d) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors && !command.force) {
    io.stderr(`agenda: ${shown} has ${errors === 1 ? 'an error' : `${errors} errors`}; nothing rendered (--force renders it anyway).\n`);
    return EXIT_ERRORS;
  }
  const output = renderStandalone(parsed, command.language === undefined ? {} : { language: command.language });
  if (target === undefined) io.stdout(output);
  else {
    try {
      io.writeFile(target, output);
    } catch (error) {
      io.stderr(`agenda: cannot write ${command.output}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`Wrote ${command.output}\n`);
  }
  return EXIT_CLEAN;
}

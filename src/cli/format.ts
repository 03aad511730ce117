import { formatAgenda } from '../core';
import { collectSources, EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, plural, problemLine } from './check';
import type { CliIo } from './io';
import { writeOutput } from './output';

/**
 * `agenda format [--check] [files or folders...]`: formats agendas in place (standard input to standard output with
 * `-`), or with `--check` writes nothing and lists the files that would change. Exit 1 when, with `--check`, a file
 * would change, or when a file cannot be formatted (it is left alone, with the reason); 2 for what cannot be read.
 */
export async function runFormat(io: CliIo, files: string[], checkOnly: boolean): Promise<number> {
  const sources = await collectSources(io, files.length ? files : ['.']);
  let unreadable = 0;
  let failed = 0;
  const changed: string[] = [];
  for (const source of sources) {
    if (source.problem !== undefined || source.text === undefined) {
      unreadable++;
      io.stderr(problemLine(source));
      continue;
    }
    const shown = source.file === '-' ? '<stdin>' : source.file;
    const result = formatAgenda(source.text);
    if ('problem' in result) {
      failed++;
      io.stderr(`agenda: ${shown} is not formatted: ${result.problem}.\n`);
      if (source.file === '-' && !checkOnly) io.stdout(source.text);
      continue;
    }
    if (result.changed) changed.push(shown);
    if (checkOnly) continue;
    if (source.file === '-') io.stdout(result.text);
    else if (result.changed && writeOutput(io, source.file, result.text) !== EXIT_CLEAN) unreadable++;
  }
  if (checkOnly) for (const file of changed) io.stdout(`${file}\n`);
  const formatted = sources.length - unreadable - failed;
  const verb = checkOnly ? 'would be reformatted' : 'reformatted';
  io.stderr(`${plural(formatted + failed, 'file')}: ${changed.length} ${verb}, ${formatted - changed.length} already formatted${failed ? `, ${failed} left as ${failed === 1 ? 'it is' : 'they are'}` : ''}.\n`);
  if (unreadable) return EXIT_USAGE;
  return failed || (checkOnly && changed.length) ? EXIT_ERRORS : EXIT_CLEAN;
}

import { formatAgenda } from '../core';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, plural, readableSources } from './check';
import type { CliIo } from './io';
import { writeOutput } from './output';

/**
 * `agenda format [--check] [files or folders...]`: formats agendas in place (standard input to standard output with
 * `-`), or with `--check` writes nothing and lists the files that would change. Exit 1 when, with `--check`, a file
 * would change, or when a file cannot be formatted (it is left alone, with the reason); 2 for what cannot be read.
 */
export async function runFormat(io: CliIo, files: string[], checkOnly: boolean): Promise<number> {
  const { readable, unreadable } = await readableSources(io, files);
  let unwritten = 0;
  let failed = 0;
  const changed: string[] = [];
  for (const { source, shown, text } of readable) {
    const result = formatAgenda(text);
    if ('problem' in result) {
      failed++;
      io.stderr(`agenda: ${shown} is not formatted: ${result.problem}.\n`);
      if (source.file === '-' && !checkOnly) io.stdout(text);
      continue;
    }
    if (result.changed) changed.push(shown);
    if (checkOnly) continue;
    if (source.file === '-') io.stdout(result.text);
    else if (result.changed && writeOutput(io, source.file, result.text) !== EXIT_CLEAN) unwritten++;
  }
  if (checkOnly) for (const file of changed) io.stdout(`${file}\n`);
  const verb = checkOnly ? 'would be reformatted' : 'reformatted';
  io.stderr(`${plural(readable.length, 'file')}: ${changed.length} ${verb}, ${readable.length - failed - changed.length} already formatted${failed ? `, ${failed} left as ${failed === 1 ? 'it is' : 'they are'}` : ''}.\n`);
  if (unreadable || unwritten) return EXIT_USAGE;
  return failed || (checkOnly && changed.length) ? EXIT_ERRORS : EXIT_CLEAN;
}

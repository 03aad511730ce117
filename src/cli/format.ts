import { formatAgenda, msg, renderMessage as render, type Message } from '../core';
import { EXIT_CLEAN, EXIT_ERRORS, EXIT_USAGE, readableSources } from './check';
import type { CliIo } from './io';
import { writeOutput } from './output';

/** "3 files: 1 reformatted, 2 already formatted." in a locale's words. */
function summary(files: number, changed: number, failed: number, checkOnly: boolean): Message {
  const left = failed === 0 ? '' : failed === 1 ? msg('format.leftOne') : msg('format.leftMany', { n: failed });
  return msg(checkOnly ? 'format.summaryCheck' : 'format.summary', {
    files: files === 1 ? msg('format.oneFile') : msg('format.files', { n: files }),
    changed,
    same: files - failed - changed,
    left,
  });
}

/**
 * `agenda format [--check] [--locale CODE] [files or folders...]`: formats agendas in place (standard input to
 * standard output with `-`), or with `--check` writes nothing and lists the files that would change. Exit 1 when,
 * with `--check`, a file would change, or when a file cannot be formatted (it is left alone, with the reason, in the
 * locale's words); 2 for what cannot be read.
 */
export async function runFormat(io: CliIo, files: string[], checkOnly: boolean, locale?: string): Promise<number> {
  const { readable, unreadable } = await readableSources(io, files);
  let unwritten = 0;
  let failed = 0;
  const changed: string[] = [];
  for (const { source, shown, text } of readable) {
    const result = formatAgenda(text, locale);
    if ('problem' in result) {
      failed++;
      io.stderr(`agenda: ${render(msg('format.notFormatted', { file: shown, problem: result.problem }), locale)}\n`);
      if (source.file === '-' && !checkOnly) io.stdout(text);
      continue;
    }
    if (result.changed) changed.push(shown);
    if (checkOnly) continue;
    if (source.file === '-') io.stdout(result.text);
    else if (result.changed && writeOutput(io, source.file, result.text) !== EXIT_CLEAN) unwritten++;
  }
  if (checkOnly) for (const file of changed) io.stdout(`${file}\n`);
  io.stderr(`${render(summary(readable.length, changed.length, failed, checkOnly), locale)}\n`);
  if (unreadable || unwritten) return EXIT_USAGE;
  return failed || (checkOnly && changed.length) ? EXIT_ERRORS : EXIT_CLEAN;
}

import * as path from 'path';
import { check, parseAgenda, ProgrammeOfFiles, resolvePartOf, type Diagnostic } from '../core';
import { readSource, type Readable } from './check';
import type { CliIo } from './io';

/** The programme of the files the command line reads, and how its keys and the names it shows correspond. */
export interface CliProgramme {
  programme: ProgrammeOfFiles;
  /** The key of each readable source in the programme. */
  keyOf: Map<Readable, string>;
  /** The name shown for each key (the command line's name; a parent read from disk by its path). */
  shownOf(key: string): string;
  /** A source's diagnostics in the programme, in the words of `locale`. */
  diagnosticsOf(source: Readable, locale?: string): Diagnostic[];
}

/** A file's key in the programme: its path from the current folder with `/`, or the path as given when absolute. */
function keyFor(io: CliIo, shown: string): string {
  if (shown === '<stdin>') return shown;
  const relative = path.relative(io.cwd, path.resolve(io.cwd, shown));
  return (path.isAbsolute(relative) ? relative : relative || shown).split(path.sep).join('/');
}

/**
 * The programme of files the readable sources make, with the agendas they are part of read from disk when the
 * command line did not name them (so that checking one workshop sees its congress); their own diagnostics are not
 * reported. A parent that cannot be read stays missing (`parent-not-found`), and when it is there but unreadable
 * standard error says why; standard input without `--stdin-path` has no place to resolve `partOf` from, which
 * standard error says too. A text the core fails to parse is
 * checked alone, as `check` reports that (`internal-error`).
 */
export async function cliProgramme(io: CliIo, readable: readonly Readable[]): Promise<CliProgramme> {
  const programme = new ProgrammeOfFiles();
  const keyOf = new Map<Readable, string>();
  const shown = new Map<string, string>();
  const add = (key: string, text: string): boolean => {
    try {
      programme.set(key, parseAgenda(text));
      return true;
    } catch {
      return false;
    }
  };
  for (const source of readable) {
    const key = keyFor(io, source.shown);
    shown.set(key, source.shown);
    if (add(key, source.text)) keyOf.set(source, key);
  }
  const tried = new Set<string>();
  for (let added = true; added;) {
    added = false;
    for (const key of programme.uris()) {
      const partOf = programme.summary(key)?.partOf;
      if (!partOf || tried.has(key)) continue;
      if (key === '<stdin>') {
        tried.add(key);
        io.stderr(`agenda: <stdin> is part of ${partOf.value} (partOf), which cannot be found from standard input; give --stdin-path PATH, the path the agenda stands for, to read it\n`);
        continue;
      }
      const parent = resolvePartOf(key, partOf.value);
      if (programme.has(parent) || tried.has(parent)) continue;
      tried.add(parent);
      const source = await readSource(io, parent);
      if (source.problem !== undefined && io.kind(path.resolve(io.cwd, parent)) !== undefined) {
        io.stderr(`agenda: ${shown.get(key) ?? key} is part of ${parent.split('/').join(path.sep)}, which ${source.problem}\n`);
      }
      if (source.text === undefined || !add(parent, source.text)) continue;
      shown.set(parent, parent.split('/').join(path.sep));
      added = true;
    }
  }
  return {
    programme,
    keyOf,
    shownOf: (key) => shown.get(key) ?? key,
    diagnosticsOf: (source, locale) => {
      const key = keyOf.get(source);
      return key === undefined ? check(source.text, { maxLength: Infinity, locale }) : programme.diagnostics(key, locale);
    },
  };
}

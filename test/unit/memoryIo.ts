import * as path from 'path';
import type { CliIo } from '../../src/cli/io';

/** A file held in memory: its text or bytes, or the error code reading it fails with (`EACCES`...). */
export type MemoryFile = string | Uint8Array | { error: string };

/** A command line's world held in memory: files, standard input, and what it printed and wrote. */
export interface MemoryIo extends CliIo {
  out: string;
  err: string;
  written: Map<string, string>;
}

function failure(code: string, file: string): Error {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/**
 * An in-memory CliIo over absolute POSIX paths. Folders exist where files are under them; `links` maps a folder
 * path to the folder it is a symbolic link to.
 */
export function memoryIo(files: Record<string, MemoryFile>, options: { cwd?: string; stdin?: string | Uint8Array; links?: Record<string, string> } = {}): MemoryIo {
  const links = options.links ?? {};
  const resolveLinks = (file: string): string => {
    for (const [link, target] of Object.entries(links)) {
      if (file === link || file.startsWith(`${link}/`)) return resolveLinks(target + file.slice(link.length));
    }
    return file;
  };
  const isDirectory = (dir: string) => {
    const real = resolveLinks(dir);
    return real === '/' || Object.keys(files).some((file) => file.startsWith(`${real}/`));
  };
  const io: MemoryIo = {
    cwd: options.cwd ?? '/work',
    out: '',
    err: '',
    written: new Map(),
    readFile(file) {
      const real = resolveLinks(file);
      const entry = files[real];
      if (entry === undefined) throw failure(isDirectory(real) ? 'EISDIR' : 'ENOENT', file);
      if (typeof entry === 'object' && 'error' in entry) throw failure(entry.error, file);
      return typeof entry === 'string' ? Buffer.from(entry, 'utf8') : entry;
    },
    kind(file) {
      const real = resolveLinks(file);
      if (real in files) return 'file';
      return isDirectory(real) ? 'directory' : undefined;
    },
    readDirectory(dir) {
      const real = resolveLinks(dir);
      const prefix = real === '/' ? '/' : `${real}/`;
      const names = new Set<string>();
      for (const file of Object.keys(files)) if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0]);
      for (const link of Object.keys(links)) if (path.dirname(link) === real) names.add(path.basename(link));
      return [...names];
    },
    realPath: resolveLinks,
    sameFile: (a, b) => a !== '-' && resolveLinks(a) in files && resolveLinks(a) === resolveLinks(b),
    writeFile(file, text) {
      io.written.set(file, text);
    },
    readStdin: async () => (typeof options.stdin === 'object' ? options.stdin : Buffer.from(options.stdin ?? '', 'utf8')),
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
  };
  return io;
}

import * as fs from 'fs';
import * as path from 'path';

/** Everything the command-line tool does to the outside world, so that tests can run it without a disk. */
export interface CliIo {
  cwd: string;
  /** The environment, for the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`); none means English. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The bytes of a file; with a limit, at most `limit + 1` of them (enough to tell that it is over). */
  readFile(file: string, limit?: number): Uint8Array;
  /**
   * `file`, `directory`, `special` (a named pipe, socket or device: reading one may never end), or undefined when
   * nothing is there (what cannot be looked at counts as a file, so that reading it says why).
   */
  kind(file: string): 'file' | 'directory' | 'special' | undefined;
  readDirectory(dir: string): string[];
  /** The path with symbolic links resolved, so that a folder search visits each folder once; the path itself if absent. */
  realPath?(file: string): string;
  /**
   * Whether two names lead to one file (the same path once links are resolved, or the same device and inode: a hard
   * link); `-` names standard input. False when either does not exist.
   */
  sameFile(a: string, b: string): boolean;
  /**
   * Writes a file whole or not at all (through a temporary file beside it), making its folder if need be. A symbolic
   * link is followed: the file it leads to is written (made, when the link leads nowhere yet), the link stays. A file
   * with hard links is written in place, so that every name of it has the new text.
   */
  writeFile(file: string, text: string): void;
  /** Standard input to its end; with a limit, at most `limit + 1` bytes of it. Fails with EISDIR on a folder. */
  readStdin(limit?: number): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** How many symbolic links in a row a write follows before it calls them a loop, as Linux does (`MAXSYMLINKS`). */
const MAX_LINKS = 40;

/**
 * The file a name leads to through symbolic links, whether that file exists or not (a link that leads nowhere yet
 * leads to where the file is to be made); the name itself when it is no link. A loop fails with `ELOOP`.
 */
function linkTarget(file: string): string {
  let current = file;
  for (let followed = 0; followed <= MAX_LINKS; followed++) {
    let link: string;
    try {
      link = fs.readlinkSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EINVAL' || code === 'ENOENT') return current;
      throw error;
    }
    current = path.resolve(path.dirname(current), link);
  }
  throw Object.assign(new Error(`ELOOP: too many symbolic links: ${file}`), { code: 'ELOOP' });
}

/** Whether a file has other names (hard links), which replacing it by a new file would leave with the old text. */
function hardLinked(file: string): boolean {
  try {
    return fs.statSync(file).nlink > 1;
  } catch {
    return false;
  }
}

/** The real world: the file system, standard input and output. */
export const nodeIo: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  readFile(file, limit = Infinity) {
    const fd = fs.openSync(file, 'r');
    try {
      const chunks: Buffer[] = [];
      let total = 0;
      while (total <= limit) {
        const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
        const read = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (read === 0) break;
        chunks.push(chunk.subarray(0, read));
        total += read;
      }
      return Buffer.concat(chunks);
    } finally {
      fs.closeSync(fd);
    }
  },
  kind(file) {
    try {
      const stat = fs.statSync(file);
      return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'special';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : 'file';
    }
  },
  readDirectory: (dir) => fs.readdirSync(dir),
  realPath: (file) => fs.realpathSync(file),
  sameFile(a, b) {
    try {
      const [first, second] = [a === '-' ? fs.fstatSync(0) : fs.statSync(a), fs.statSync(b)];
      if (a !== '-' && fs.realpathSync(a) === fs.realpathSync(b)) return true;
      return first.ino !== 0 && first.dev === second.dev && first.ino === second.ino;
    } catch {
      return false;
    }
  },
  writeFile(name, text) {
    const file = linkTarget(name);
    if (hardLinked(file)) {
      fs.writeFileSync(file, text);
      return;
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      fs.writeFileSync(temp, text);
      fs.renameSync(temp, file);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
  },
  async readStdin(limit = Infinity) {
    if (fs.fstatSync(0).isDirectory()) throw Object.assign(new Error('EISDIR: standard input is a directory'), { code: 'EISDIR' });
    if (process.stdin.isTTY) process.stderr.write('agenda: reading an agenda from standard input; end it with Ctrl-D\n');
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      total += (chunk as Buffer).length;
      if (total > limit) break;
    }
    return Buffer.concat(chunks);
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

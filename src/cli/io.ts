import * as fs from 'fs';
import * as path from 'path';

/** Everything the command-line tool does to the outside world, so that tests can run it without a disk. */
export interface CliIo {
  cwd: string;
  readFile(file: string): Uint8Array;
  /** `file`, `directory`, or undefined when nothing is there. */
  kind(file: string): 'file' | 'directory' | undefined;
  readDirectory(dir: string): string[];
  /** The path with symbolic links resolved, so that a folder search visits each folder once; the path itself if absent. */
  realPath?(file: string): string;
  writeFile(file: string, text: string): void;
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The real world: the file system, standard input and output. */
export const nodeIo: CliIo = {
  cwd: process.cwd(),
  readFile: (file) => fs.readFileSync(file),
  kind(file) {
    try {
      const stat = fs.statSync(file);
      return stat.isDirectory() ? 'directory' : 'file';
    } catch {
      return undefined;
    }
  },
  readDirectory: (dir) => fs.readdirSync(dir),
  realPath: (file) => fs.realpathSync(file),
  writeFile(file, text) {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    fs.writeFileSync(temp, text);
    fs.renameSync(temp, file);
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

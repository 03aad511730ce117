import * as vscode from 'vscode';
import FILES from 'agenda-workspace-files';

/** The scheme of the virtual workspace the web suite opens (see {@link activate}). */
export const MEMFS_SCHEME = 'agenda-memfs';

/**
 * A file system in memory, as VS Code's memfs sample has it: folders and files under `/`, every change announced.
 * Nothing in it is a `file:` path, so the extension meets it as it meets github.dev's repositories.
 */
class MemoryFileSystem implements vscode.FileSystemProvider {
  private readonly files = new Map<string, { bytes: Uint8Array; mtime: number }>();
  private readonly folders = new Set<string>(['/']);
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  constructor(seed: Record<string, string>) {
    for (const [path, text] of Object.entries(seed)) {
      this.files.set(path, { bytes: new TextEncoder().encode(text), mtime: Date.now() });
      for (let folder = parent(path); folder !== '/'; folder = parent(folder)) this.folders.add(folder);
    }
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (this.folders.has(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: file.mtime, mtime: file.mtime, size: file.bytes.length };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    const below = (path: string) => path.startsWith(prefix) && path !== prefix && !path.slice(prefix.length).includes('/');
    return [
      ...[...this.folders].filter(below).map((path): [string, vscode.FileType] => [path.slice(prefix.length), vscode.FileType.Directory]),
      ...[...this.files.keys()].filter(below).map((path): [string, vscode.FileType] => [path.slice(prefix.length), vscode.FileType.File]),
    ];
  }

  createDirectory(uri: vscode.Uri): void {
    this.folders.add(uri.path);
    this.changes.fire([{ type: vscode.FileChangeType.Created, uri }]);
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file.bytes;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array, options: { create: boolean; overwrite: boolean }): void {
    const exists = this.files.has(uri.path);
    if (!exists && !options.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (exists && !options.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.folders.has(parent(uri.path))) throw vscode.FileSystemError.FileNotFound(uri);
    this.files.set(uri.path, { bytes: content.slice(), mtime: Date.now() });
    this.changes.fire([{ type: exists ? vscode.FileChangeType.Changed : vscode.FileChangeType.Created, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri }]);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { overwrite: boolean }): void {
    const file = this.files.get(from.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(from);
    if (this.files.has(to.path) && !options.overwrite) throw vscode.FileSystemError.FileExists(to);
    this.files.delete(from.path);
    this.files.set(to.path, file);
    this.changes.fire([{ type: vscode.FileChangeType.Deleted, uri: from }, { type: vscode.FileChangeType.Created, uri: to }]);
  }
}

function parent(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/**
 * Serves the virtual workspace of the web worker host's virtual-workspace run: the launcher opens the workbench on
 * `agenda-memfs:/agendas`, a scheme nothing serves until the suite's runner registers this file system in memory, with
 * the test workspace's agendas in it, before any test runs. VS Code has decided by then that the workspace is
 * virtual, and started only the extensions that declare support for virtual workspaces.
 */
export function registerMemoryWorkspace(): vscode.Disposable {
  return vscode.workspace.registerFileSystemProvider(MEMFS_SCHEME, new MemoryFileSystem(FILES), { isCaseSensitive: true });
}

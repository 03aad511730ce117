import * as vscode from 'vscode';
import type { Diagnostic, ParsedAgenda } from '../../core';
import { isAgendaDocument } from '../agendaDocuments';
import { core } from '../core';
import type { AgendaStore } from '../documents/agendaStore';

/** The agenda files of the workspace, as `findFiles` and the file watcher see them. */
export const AGENDA_FILES_GLOB = '**/*.agenda.{yaml,yml}';

/** Bytes past which a file cannot hold an agenda small enough to check (4 bytes per character at most in UTF-8). */
const UTF8_BYTES_PER_CHARACTER = 4;

/** One agenda file of the workspace as the index knows it: from its open document, else from the disk. */
export interface AgendaFile {
  readonly uri: vscode.Uri;
  /** Goes up each time its text changes. */
  readonly generation: number;
  /** Its text, or undefined when it cannot be read (too large, not UTF-8, gone). */
  readonly text: string | undefined;
  /** Whether the text is that of an open document (which wins over the disk). */
  readonly open: boolean;
}

interface Entry extends AgendaFile {
  generation: number;
  text: string | undefined;
  open: boolean;
  /** The open document whose text the entry holds. */
  document: vscode.TextDocument | undefined;
  /** The parse of `text`, once asked for (undefined: cannot be parsed; null: not parsed yet). */
  parsed: ParsedAgenda | undefined | null;
  /** Counts reads from the disk, so that a slow read does not overwrite a newer one. */
  reads: number;
}

function key(uri: vscode.Uri): string {
  return uri.toString();
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Every agenda file of the workspace, the unopened ones too: found with `findFiles`, read through
 * `vscode.workspace.fs` (no Node.js: it runs in the web worker host and on virtual file systems), kept current by a
 * file watcher (created, changed, deleted) and by the open documents, whose text wins over the disk. Each text is
 * parsed once, when first asked for: an open document's parse is the store's. It starts on the first call of
 * {@link ready}, not at activation.
 */
export class AgendaFiles implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private started: Promise<void> | undefined;
  private disposed = false;
  /** Fires with the files whose text changed, appeared or went away (after {@link ready}). */
  readonly onDidChange = this.changed.event;

  constructor(private readonly store: AgendaStore, private readonly log: vscode.LogOutputChannel) {}

  /** Resolves once every agenda file of the workspace has been found and read; the first call starts the index. */
  ready(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /** Every agenda file known, in no particular order. */
  files(): AgendaFile[] {
    return [...this.entries.values()];
  }

  /** The file at an address, if it is a known agenda file. */
  file(uri: vscode.Uri): AgendaFile | undefined {
    return this.entries.get(key(uri));
  }

  /**
   * The parse of a file's current text: the store's for an open document, else parsed now if it has not been since
   * it last changed; undefined for a file that is unknown or cannot be read.
   */
  parsed(uri: vscode.Uri): ParsedAgenda | undefined {
    return this.checked(uri)?.parsed;
  }

  /**
   * A file's current parse ({@link parsed}), and for an open document the diagnostics of the store's check of it:
   * once per version, with the user's settings (YAML syntax included, as the store's `diagnostics`). An unopened
   * file's parse comes alone.
   */
  checked(uri: vscode.Uri): { parsed: ParsedAgenda; diagnostics?: readonly Diagnostic[] } | undefined {
    const entry = this.entries.get(key(uri));
    if (!entry) return undefined;
    const document = entry.document && !entry.document.isClosed ? entry.document : this.servedDocument(uri);
    if (document) {
      const snapshot = this.store.get(document);
      this.take(entry, document, snapshot?.parsed);
      return snapshot?.parsed && { parsed: snapshot.parsed, diagnostics: snapshot.diagnostics };
    }
    if (entry.parsed === null) entry.parsed = entry.text === undefined || core().tooLargeToCheck(entry.text) ? undefined : core().parseAgenda(entry.text);
    return entry.parsed && { parsed: entry.parsed };
  }

  /** The open document at an address that the store serves (its text wins), before the index has heard of it. */
  private servedDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    if (!this.store.holds(uri)) return undefined;
    return vscode.workspace.textDocuments.find((document) => key(document.uri) === key(uri) && !document.isClosed);
  }

  private async start(): Promise<void> {
    const watcher = vscode.workspace.createFileSystemWatcher(AGENDA_FILES_GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => this.readLater(uri)),
      watcher.onDidChange((uri) => this.readLater(uri)),
      watcher.onDidDelete((uri) => this.deleted(uri)),
      this.store.onDidUpdate(({ document, snapshot }) => this.fromDocument(document, snapshot.parsed)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && !this.store.holds(event.document.uri)) this.edited(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.closed(document)),
      this.store.onDidForget((uri) => this.forgotten(uri)),
    );
    const found = await this.findAll();
    await Promise.all(found.map((uri) => this.read(uri, false)));
    this.log.debug(`Agenda files of the workspace: ${this.entries.size} found`);
  }

  /**
   * The agenda files of the workspace: by `findFiles` in the folders of the disk (or the remote disk of a web
   * workbench), by listing the folders of any other file system, for which no search provider may ever answer
   * (`findFiles` then waits for one).
   */
  private async findAll(): Promise<vscode.Uri[]> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const found = await Promise.all(folders.map((folder) => {
      if (!SEARCHED_SCHEMES.has(folder.uri.scheme)) return this.list(folder.uri);
      return Promise.resolve(vscode.workspace.findFiles(new vscode.RelativePattern(folder, AGENDA_FILES_GLOB))).catch((error: unknown) => {
        this.log.debug(`findFiles failed in ${folder.uri.toString(true)} (${String(error)}); listing it instead`);
        return this.list(folder.uri);
      });
    }));
    return found.flat();
  }

  /** Every agenda file below a folder, by listing it (for a file system no search provider serves). */
  private async list(folder: vscode.Uri): Promise<vscode.Uri[]> {
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => [] as [string, vscode.FileType][]);
    const below = await Promise.all(entries.map(async ([name, type]): Promise<vscode.Uri[]> => {
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) return name.startsWith('.') || name === 'node_modules' ? [] : this.list(uri);
      return /\.agenda\.ya?ml$/i.test(name) ? [uri] : [];
    }));
    return below.flat();
  }

  private entryFor(uri: vscode.Uri): Entry {
    let entry = this.entries.get(key(uri));
    if (!entry) {
      entry = { uri, generation: 0, text: undefined, open: false, document: undefined, parsed: null, reads: 0 };
      this.entries.set(key(uri), entry);
    }
    return entry;
  }

  private readLater(uri: vscode.Uri): void {
    void this.read(uri, true);
  }

  /** Reads a file from the disk, unless an open document holds its text; tells of a changed text when `announce`. */
  private async read(uri: vscode.Uri, announce: boolean): Promise<void> {
    const entry = this.entryFor(uri);
    if (entry.document && !entry.document.isClosed) return;
    const document = vscode.workspace.textDocuments.find((d) => key(d.uri) === key(uri));
    if (document && (document.isDirty || this.store.holds(uri))) {
      this.useDocument(entry, document);
      if (announce) this.changed.fire([uri]);
      return;
    }
    const read = ++entry.reads;
    const text = await this.readText(uri);
    if (this.disposed || read !== entry.reads || (entry.document && !entry.document.isClosed)) return;
    if (text === null) {
      if (announce) this.deleted(uri);
      else this.entries.delete(key(uri));
      return;
    }
    entry.open = false;
    entry.document = undefined;
    if (text === entry.text && entry.generation > 0) return;
    this.setText(entry, text, null);
    if (announce) this.changed.fire([uri]);
  }

  /** A file's text from the disk: undefined when it is too large or not UTF-8, null when it is gone. */
  private async readText(uri: vscode.Uri): Promise<string | undefined | null> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return null;
      if (stat.size > UTF8_BYTES_PER_CHARACTER * core().DEFAULT_MAX_LENGTH) return undefined;
      return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return null;
      if (error instanceof TypeError) return undefined;
      this.log.debug(`Could not read ${uri.toString(true)}: ${String(error)}`);
      return undefined;
    }
  }

  private setText(entry: Entry, text: string | undefined, parsed: ParsedAgenda | undefined | null): void {
    entry.text = text;
    entry.parsed = parsed;
    entry.generation++;
  }

  /** A new snapshot of an open document from the store: its text and its parse, which the index takes as they are. */
  private fromDocument(document: vscode.TextDocument, parsed: ParsedAgenda | undefined): void {
    const entry = this.entries.get(key(document.uri));
    if (entry && this.take(entry, document, parsed)) this.changed.fire([entry.uri]);
  }

  /** Takes an open document's parse into an entry; whether its text changed. */
  private take(entry: Entry, document: vscode.TextDocument, parsed: ParsedAgenda | undefined): boolean {
    entry.document = document;
    entry.open = true;
    entry.reads++;
    const text = parsed?.text;
    if (entry.parsed === parsed) return false;
    if (text !== undefined && text === entry.text) {
      entry.parsed = parsed;
      return false;
    }
    this.setText(entry, text, parsed);
    return true;
  }

  /** An edit of an open agenda the store does not serve (a rename's edit of a file in no tab): parsed when asked for. */
  private edited(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document.uri));
    if (!entry || !isAgendaDocument(document)) return;
    this.useDocument(entry, document);
    this.changed.fire([entry.uri]);
  }

  private useDocument(entry: Entry, document: vscode.TextDocument): void {
    entry.document = document;
    entry.open = true;
    entry.reads++;
    entry.text = document.getText();
    entry.parsed = null;
    entry.generation++;
  }

  /** A document closed: its file is what the disk holds again. */
  private closed(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document.uri));
    if (entry?.document !== document) return;
    entry.document = undefined;
    entry.open = false;
    this.readLater(entry.uri);
  }

  /**
   * The store let a document go (its last tab closed; the document may stay open a while): an unsaved text stays,
   * else the file is what the disk holds (the store's last check may be of a text the tab's revert undid).
   */
  private forgotten(uri: vscode.Uri): void {
    const entry = this.entries.get(key(uri));
    const document = entry?.document;
    if (!entry || !document) return;
    if (!document.isClosed && document.isDirty) {
      this.useDocument(entry, document);
      this.changed.fire([uri]);
    } else this.closed(document);
  }

  private deleted(uri: vscode.Uri): void {
    const entry = this.entries.get(key(uri));
    if (!entry || (entry.document && !entry.document.isClosed && entry.document.isDirty)) return;
    entry.reads++;
    this.entries.delete(key(uri));
    this.changed.fire([uri]);
  }

  dispose(): void {
    this.disposed = true;
    this.entries.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Schemes whose workspace folders `findFiles` searches (the disk, and the remote disk of a web workbench). */
const SEARCHED_SCHEMES: ReadonlySet<string> = new Set(['file', 'vscode-remote', 'vscode-vfs']);

import * as vscode from 'vscode';
import { agendaSettings, isAgendaDocument, messageLocale, redHatMatchesName, shownInTab } from '../agendaDocuments';
import { core } from '../core';
import { DocumentCheck, type AgendaSnapshot, type DocumentSource } from './documentCheck';

/** A new snapshot of an agenda document. */
export interface AgendaUpdate {
  readonly document: vscode.TextDocument;
  readonly snapshot: AgendaSnapshot;
}

interface Entry {
  document: vscode.TextDocument;
  check: DocumentCheck;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * What a check reads of a document. Its length comes from its last line, not its text: VS Code joins a document's
 * lines anew on every `getText()`, which takes a fifty-megabyte file hundreds of milliseconds.
 */
function source(document: vscode.TextDocument): DocumentSource {
  const end = document.lineAt(document.lineCount - 1).range.end;
  return { version: document.version, length: document.offsetAt(end), text: () => document.getText() };
}

function fileName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri);
}

/**
 * The agendas the extension serves, each read once per change: its parse, its check and its diagnostics, kept per
 * document and given to every face (the diagnostics, the Agenda view, the preview, the authoring help, the exports),
 * none of which parses or checks on its own. An agenda shown in a tab is checked when it opens and a moment after
 * each edit (`agenda.validate.delay`); a face asking for a version not checked yet has it checked at once, and the
 * pending check then finds nothing to do. `onDidUpdate` tells of each new snapshot, after the call that made it.
 */
export class AgendaStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly updated = new vscode.EventEmitter<AgendaUpdate>();
  private readonly forgotten = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fires with each new snapshot of a document. */
  readonly onDidUpdate = this.updated.event;
  /** Fires when the store lets a document go: its last tab closed, it was closed, deleted or renamed, or is no longer an agenda. */
  readonly onDidForget = this.forgotten.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.updated,
      this.forgotten,
      vscode.workspace.onDidOpenTextDocument((document) => this.opened(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length) this.changed(event.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.window.tabGroups.onDidChangeTabs((event) => this.tabsChanged(event)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.forget(uri))),
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.forget(oldUri))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda') || event.affectsConfiguration('yaml.validate') || event.affectsConfiguration('yaml.schemaStore')) this.refreshAll();
      }),
      vscode.extensions.onDidChange(() => this.refreshAll()),
    );
  }

  /**
   * The snapshot of a document's current version, checked now if it has not been yet (a request right after an
   * edit, before the pause in typing); undefined for a document that is not an agenda.
   */
  get(document: vscode.TextDocument): AgendaSnapshot | undefined {
    if (document.isClosed || !isAgendaDocument(document)) return undefined;
    return this.update(this.entryFor(document));
  }

  /** Whether the store serves the document at an address (an agenda shown in a tab, or one a face asked for). */
  holds(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  /** Checks every agenda shown in a tab, and every document the store holds, again if the settings changed. */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.opened(document);
    for (const entry of [...this.entries.values()]) this.update(entry);
  }

  /** For tests: the next check of this document fails as a fault of the core would (see {@link DocumentCheck.failNextCheck}). */
  failNextCheck(document: vscode.TextDocument, error: unknown): void {
    this.entryFor(document).check.failNextCheck(error);
  }

  private opened(document: vscode.TextDocument): void {
    if (!isAgendaDocument(document)) this.forget(document.uri);
    else if (shownInTab(document.uri)) this.update(this.entryFor(document));
  }

  private changed(document: vscode.TextDocument): void {
    const held = this.entries.has(document.uri.toString());
    if (!isAgendaDocument(document)) {
      if (held) this.forget(document.uri);
      return;
    }
    if (!held && !shownInTab(document.uri)) return;
    const entry = this.entryFor(document);
    clearTimeout(entry.timer);
    const delay = agendaSettings(document).delay;
    if (delay === 0) this.update(entry);
    else entry.timer = setTimeout(() => this.update(entry), delay);
  }

  private tabsChanged(event: vscode.TabChangeEvent): void {
    const uris = (tabs: readonly vscode.Tab[]) => tabs.flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : []));
    const opened = new Set(uris(event.opened));
    const closed = new Set(uris(event.closed));
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (opened.has(key)) this.opened(document);
      else if (closed.has(key) && !shownInTab(document.uri)) this.forget(document.uri);
    }
  }

  private entryFor(document: vscode.TextDocument): Entry {
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (entry?.document !== document) {
      if (entry) clearTimeout(entry.timer);
      entry = { document, check: new DocumentCheck(core()) };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** Brings an entry to its document's version and settings (checking at most once), and tells the faces of a new snapshot. */
  private update(entry: Entry): AgendaSnapshot | undefined {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    const { document } = entry;
    if (document.isClosed) return undefined;
    const settings = agendaSettings(document);
    const snapshot = entry.check.update(source(document), { schema: settings.schema, redHatValidates: settings.redHatValidates, redHatMatchesName: redHatMatchesName(document), semantic: settings.semantic, yamlSyntax: settings.yamlSyntax, locale: messageLocale() });
    if (snapshot) {
      this.logCheck(document, snapshot);
      queueMicrotask(() => {
        if (entry.check.snapshot === snapshot && this.entries.get(document.uri.toString()) === entry) this.updated.fire({ document, snapshot });
      });
    }
    return entry.check.snapshot;
  }

  private logCheck(document: vscode.TextDocument, snapshot: AgendaSnapshot): void {
    const name = fileName(document.uri);
    if (snapshot.failure !== undefined) {
      const failure = snapshot.failure;
      this.log.error(`Agenda Author failed to check ${name} (version ${snapshot.version}): ${failure instanceof Error ? failure.stack ?? failure.message : String(failure)}`);
    }
    this.log.debug(`Checked ${name} (version ${snapshot.version}, parse: ${snapshot.parse}) in ${snapshot.ms.toFixed(1)} ms: ${snapshot.diagnostics.length} diagnostics, ${snapshot.shown.length} shown`);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.entries.delete(key);
    this.forgotten.fire(uri);
  }

  dispose(): void {
    for (const entry of this.entries.values()) clearTimeout(entry.timer);
    this.entries.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

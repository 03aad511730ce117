import * as vscode from 'vscode';
import type { CheckOptions, Diagnostic as AgendaDiagnostic, IncrementalChecker, Range as AgendaRange } from '../core';
import { agendaSettings, checkOptions, isAgendaDocument, messageLocale, shownInTab, tooLargeToServe } from './agendaDocuments';
import { core } from './core';

const SEVERITY: Record<AgendaDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** A range of the core as a VS Code range. */
export function toRange(range: AgendaRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/**
 * A message as the language of the messages reads it: in a right-to-left language (Arabic), isolated right to left
 * (U+2067 RIGHT-TO-LEFT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE), so that a message starting with a key or an id
 * in Latin letters still reads from the right in the hover and the Problems panel.
 */
export function inReadingOrder(message: string): string {
  return core().textDirection(messageLocale()) === 'rtl' ? `\u2067${message}\u2069` : message;
}

/** A diagnostic of the core as a VS Code diagnostic, with `source: "agenda"` and the core's stable code. */
export function toDiagnostic(d: AgendaDiagnostic, uri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(d.range), inReadingOrder(d.message), SEVERITY[d.severity]);
  diagnostic.source = 'agenda';
  diagnostic.code = d.code;
  if (d.related?.length) {
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), inReadingOrder(r.message)));
  }
  return diagnostic;
}

/**
 * Checks agenda documents when a tab shows them and, after a short pause in typing, on change; clears them when their
 * last tab closes (documents outlive their tabs, so closing a document is not the moment the user closes the file).
 * Each document has its own incremental checker, so an edit inside one session parses only that session again.
 */
class DiagnosticsManager implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('agenda');
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly checkers = new Map<string, { options: string; checker: IncrementalChecker }>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor() {
    this.subscriptions.push(
      this.collection,
      vscode.workspace.onDidOpenTextDocument((document) => this.refresh(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length) this.refresh(event.document, agendaSettings(event.document).delay);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.window.tabGroups.onDidChangeTabs((event) => this.tabsChanged(event)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.forget(uri))),
      vscode.workspace.onDidRenameFiles((event) => event.files.forEach(({ oldUri }) => this.forget(oldUri))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda') || event.affectsConfiguration('yaml.validate')) this.refreshAll();
      }),
      vscode.extensions.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.refresh(document, 0);
  }

  private tabsChanged(event: vscode.TabChangeEvent): void {
    const uris = (tabs: readonly vscode.Tab[]) => tabs.flatMap((tab) => (tab.input instanceof vscode.TabInputText ? [tab.input.uri.toString()] : []));
    const opened = new Set(uris(event.opened));
    const closed = new Set(uris(event.closed));
    for (const document of vscode.workspace.textDocuments) {
      const key = document.uri.toString();
      if (opened.has(key)) this.refresh(document, 0);
      else if (closed.has(key) && !shownInTab(document.uri)) this.forget(document.uri);
    }
  }

  private refresh(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.pending.get(key));
    if (!isAgendaDocument(document) || !shownInTab(document.uri)) {
      this.forget(document.uri);
      return;
    }
    const version = document.version;
    const run = () => {
      this.pending.delete(key);
      if (document.isClosed || document.version !== version) return;
      this.collection.set(document.uri, this.diagnose(document));
    };
    if (delay === 0) run();
    else this.pending.set(key, setTimeout(run, delay));
  }

  private diagnose(document: vscode.TextDocument): vscode.Diagnostic[] {
    const settings = agendaSettings(document);
    const tooLarge = tooLargeToServe(document);
    let found: AgendaDiagnostic[];
    if (tooLarge) found = [tooLarge];
    else {
      const text = document.getText();
      found = this.checkerFor(document.uri, checkOptions(settings, text)).check(text);
    }
    return found
      .filter((d) => settings.yamlSyntax || (d.code !== 'yaml-syntax' && d.code !== 'yaml-warning'))
      .map((d) => toDiagnostic(d, document.uri));
  }

  /** The document's checker; a new one when the settings it checks with have changed. */
  private checkerFor(uri: vscode.Uri, options: CheckOptions): IncrementalChecker {
    const key = uri.toString();
    const wanted = JSON.stringify(options);
    let entry = this.checkers.get(key);
    if (entry?.options !== wanted) {
      entry = { options: wanted, checker: new (core().IncrementalChecker)(options) };
      this.checkers.set(key, entry);
    }
    return entry.checker;
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.pending.get(key));
    this.pending.delete(key);
    this.checkers.delete(key);
    if (this.collection.has(uri)) this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
    this.checkers.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** Starts checking agenda documents while the user types. */
export function registerDiagnostics(): vscode.Disposable {
  return new DiagnosticsManager();
}

import * as vscode from 'vscode';
import type { Diagnostic as AgendaDiagnostic, Range as AgendaRange } from '../core';
import { messageLocale, shownInTab } from './agendaDocuments';
import { core } from './core';
import type { AgendaStore } from './documents/agendaStore';
import type { AgendaSnapshot } from './documents/documentCheck';
import type { Programme } from './workspace/programme';

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
 * A message as the interface's language reads it: in a right-to-left language (Arabic), isolated right to left
 * (U+2067 RIGHT-TO-LEFT ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE), so that a message starting with a key or an id
 * in Latin letters still reads from the right in the hover and the Problems panel.
 */
export function inReadingOrder(message: string): string {
  return core().textDirection(messageLocale()) === 'rtl' ? `\u2067${message}\u2069` : message;
}

/** Letters of the scripts written from right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms). */
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/**
 * A line of a hover or a completion as the interface's language reads it: in a right-to-left language, isolated right
 * to left as {@link inReadingOrder} isolates a message when it is written in it; a line without a right-to-left letter
 * (a time, a title in Latin letters, a line of the schema's documentation in a language without a translation) is
 * left to read from the left.
 */
export function textInReadingOrder(text: string): string {
  return RIGHT_TO_LEFT_LETTER.test(text) ? inReadingOrder(text) : text;
}

/**
 * Markdown as {@link textInReadingOrder} puts each of its lines, after a list item's dash so that it stays a list;
 * code blocks are left as they are.
 */
export function markdownInReadingOrder(markdown: string): string {
  let code = false;
  return markdown.split('\n').map((line) => {
    if (line.startsWith('```')) code = !code;
    if (code) return line;
    const item = /^- /.test(line) ? '- ' : '';
    return `${item}${textInReadingOrder(line.slice(item.length))}`;
  }).join('\n');
}

/**
 * A diagnostic of the core as a VS Code diagnostic, with `source: "agenda"` and the core's stable code; a failure of
 * the core also says where its details are.
 */
export function toDiagnostic(d: AgendaDiagnostic, uri: vscode.Uri): vscode.Diagnostic {
  const message = d.code === 'internal-error' ? `${d.message} ${vscode.l10n.t('The details are in the Agenda Author output (View > Output).')}` : d.message;
  const diagnostic = new vscode.Diagnostic(toRange(d.range), inReadingOrder(message), SEVERITY[d.severity]);
  diagnostic.source = 'agenda';
  diagnostic.code = d.code;
  if (d.related?.length) {
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(r.uri === undefined ? uri : vscode.Uri.parse(r.uri, true), toRange(r.range)), inReadingOrder(r.message)));
  }
  return diagnostic;
}

/** The key a file's text must hold to name a parent: such a file waits for its programme before its diagnostics show. */
const PART_OF = 'partOf';

/**
 * The Problems panel's share of the store and the programmes of files: the diagnostics of each agenda shown in a tab,
 * as the store checked them, cleared when the store lets the document go (its last tab closed: documents outlive
 * their tabs); for an agenda of a programme (it names a parent, or a file names it), the programme's diagnostics
 * instead, for every file of it, open or not, each published again when a change anywhere in the programme changes
 * them. The first agenda checked starts the programmes (the workspace's agenda files are read then).
 */
export function registerDiagnostics(store: AgendaStore, programme: Programme): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('agenda');
  const published = new WeakMap<vscode.TextDocument, AgendaSnapshot>();
  const publishLocal = (document: vscode.TextDocument, snapshot: AgendaSnapshot) => {
    if (shownInTab(document.uri)) collection.set(document.uri, snapshot.shown.map((d) => toDiagnostic(d, document.uri)));
    else if (collection.has(document.uri)) collection.delete(document.uri);
  };
  const publishProgramme = (uri: vscode.Uri) => {
    const found = programme.diagnostics(uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const snapshot = document && store.holds(uri) ? store.get(document) : undefined;
    if (found) collection.set(uri, shownOf(found, snapshot).map((d) => toDiagnostic(d, uri)));
    else if (document && snapshot) publishLocal(document, snapshot);
    else if (collection.has(uri)) collection.delete(uri);
  };
  const subscriptions = vscode.Disposable.from(
    collection,
    store.onDidUpdate(({ document, snapshot }) => {
      if (published.get(document) === snapshot) return;
      published.set(document, snapshot);
      void programme.ready().then(undefined, () => undefined);
      const namesParent = !!snapshot.parsed?.text.includes(PART_OF);
      if (programme.isReady && (namesParent || programme.has(document.uri))) {
        programme.update([document.uri]);
        if (programme.has(document.uri)) return;
      }
      if (!programme.isReady && namesParent) return;
      publishLocal(document, snapshot);
    }),
    programme.onDidChange((uris) => uris.forEach(publishProgramme)),
    store.onDidForget((uri) => {
      if (collection.has(uri) && !programme.has(uri)) collection.delete(uri);
    }),
  );
  store.refreshAll();
  return subscriptions;
}

/**
 * What the Problems panel shows of a file's programme diagnostics: for an open document, without the YAML syntax
 * problems its settings leave to another extension (as the store's `shown`).
 */
function shownOf(diagnostics: readonly AgendaDiagnostic[], snapshot: AgendaSnapshot | undefined): readonly AgendaDiagnostic[] {
  if (!snapshot || snapshot.shown.length === snapshot.diagnostics.length) return diagnostics;
  const hidden = new Set(snapshot.diagnostics.filter((d) => !snapshot.shown.includes(d)).map((d) => d.code));
  return diagnostics.filter((d) => !hidden.has(d.code));
}

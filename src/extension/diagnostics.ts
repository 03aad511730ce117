import * as vscode from 'vscode';
import type { Diagnostic as AgendaDiagnostic, Range as AgendaRange } from '../core';
import { messageLocale, shownInTab } from './agendaDocuments';
import { core } from './core';
import type { AgendaStore } from './documents/agendaStore';
import type { AgendaSnapshot } from './documents/documentCheck';

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
 * (the schema's English documentation, a time, a title in Latin letters) is left to read from the left.
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
    diagnostic.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(r.range)), inReadingOrder(r.message)));
  }
  return diagnostic;
}

/**
 * The Problems panel's share of the store: the diagnostics of each agenda shown in a tab, as the store checked them,
 * cleared when the store lets the document go (its last tab closed: documents outlive their tabs).
 */
export function registerDiagnostics(store: AgendaStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('agenda');
  const published = new WeakMap<vscode.TextDocument, AgendaSnapshot>();
  const subscriptions = vscode.Disposable.from(
    collection,
    store.onDidUpdate(({ document, snapshot }) => {
      if (published.get(document) === snapshot) return;
      published.set(document, snapshot);
      if (shownInTab(document.uri)) collection.set(document.uri, snapshot.shown.map((d) => toDiagnostic(d, document.uri)));
      else if (collection.has(document.uri)) collection.delete(document.uri);
    }),
    store.onDidForget((uri) => {
      if (collection.has(uri)) collection.delete(uri);
    }),
  );
  store.refreshAll();
  return subscriptions;
}

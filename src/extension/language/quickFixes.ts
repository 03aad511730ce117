import * as vscode from 'vscode';
import type { Diagnostic as AgendaDiagnostic } from '../../core';
import { messageLocale } from '../agendaDocuments';
import { core } from '../core';
import type { AgendaStore } from '../documents/agendaStore';
import { AGENDA_SELECTOR, toWorkspaceEdit } from './agendaSource';

function sameRange(a: vscode.Range, b: AgendaDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Quick fixes for the diagnostics of Agenda Author: the editor's diagnostics are those the store published (VS Code
 * gives providers copies, so they are found again by code and range), whose core diagnostics carry the
 * suggestions; each fix comes as one undoable edit. A failure of the core gets none: it is not the file's to fix.
 */
export function registerQuickFixes(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(AGENDA_SELECTOR, {
    provideCodeActions(document, _range, context) {
      const ours = context.diagnostics.filter((d) => d.source === 'agenda' && d.code !== 'internal-error');
      const snapshot = ours.length ? store.get(document) : undefined;
      if (!snapshot?.parsed) return undefined;
      const matched = new Map<AgendaDiagnostic, vscode.Diagnostic>();
      for (const diagnostic of ours) {
        const twin = snapshot.shown.find((d) => d.code === diagnostic.code && sameRange(diagnostic.range, d.range) && !matched.has(d));
        if (twin) matched.set(twin, diagnostic);
      }
      return core().quickFixes(snapshot.parsed, [...matched.keys()], messageLocale()).map((fix) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix.edits);
        action.diagnostics = [matched.get(fix.diagnostic)!];
        if (fix.preferred) action.isPreferred = true;
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

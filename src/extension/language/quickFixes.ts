import * as vscode from 'vscode';
import type { Diagnostic as AgendaDiagnostic } from '../../core';
import { agendaSettings, checkOptions, messageLocale } from '../agendaDocuments';
import { core } from '../core';
import { agendaOf, AGENDA_SELECTOR, toWorkspaceEdit } from './agendaSource';

function sameRange(a: vscode.Range, b: AgendaDiagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Quick fixes for the diagnostics of Agenda Author: the editor's diagnostics are matched (by code and range) to
 * the core's, which carry the suggestions, and each fix comes as one undoable edit.
 */
export function registerQuickFixes(): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(AGENDA_SELECTOR, {
    provideCodeActions(document, _range, context) {
      const ours = context.diagnostics.filter((d) => d.source === 'agenda');
      const parsed = ours.length ? agendaOf(document) : undefined;
      if (!parsed) return undefined;
      const found = core().checkParsed(parsed, checkOptions(agendaSettings(document), document.getText()));
      const matched = new Map<AgendaDiagnostic, vscode.Diagnostic>();
      for (const diagnostic of ours) {
        const twin = found.find((d) => d.code === diagnostic.code && sameRange(diagnostic.range, d.range) && !matched.has(d));
        if (twin) matched.set(twin, diagnostic);
      }
      return core().quickFixes(parsed, [...matched.keys()], messageLocale()).map((fix) => {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document.uri, fix.edits);
        action.diagnostics = [matched.get(fix.diagnostic)!];
        if (fix.preferred) action.isPreferred = true;
        return action;
      });
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

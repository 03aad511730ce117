import * as vscode from 'vscode';
import { agendaSettings, DEFAULT_AGENDA_FILES, isAgendaDocument, messageLocale, tooLargeToServe } from '../agendaDocuments';
import { core } from '../core';
import { toRange } from '../diagnostics';

/** The agenda files by their names (`agenda.files`), so that the formatter is offered for them and no other YAML. */
function agendaFiles(): vscode.DocumentSelector {
  return [...new Set([...DEFAULT_AGENDA_FILES, ...agendaSettings().files])].map((pattern) => ({ language: 'yaml', pattern }));
}

const provider: vscode.DocumentFormattingEditProvider = {
  provideDocumentFormattingEdits(document) {
    if (!isAgendaDocument(document) || tooLargeToServe(document)) return [];
    const edits = core().formatEdits(document.getText(), messageLocale());
    if ('problem' in edits) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} is not formatted: {1}.', vscode.workspace.asRelativePath(document.uri), edits.problem));
      return [];
    }
    return edits.map((edit) => vscode.TextEdit.replace(toRange(edit.range), edit.newText));
  },
};

/**
 * Format Document for agenda files only: the core's formatter (keys in the schema's order, two spaces, quoted times,
 * comments and flow maps kept) as one edit of the part that changes, which VS Code applies and undoes in one step.
 * Registered again when `agenda.files` changes.
 */
export function registerFormatter(): vscode.Disposable {
  let registration = vscode.languages.registerDocumentFormattingEditProvider(agendaFiles(), provider);
  const settings = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration('agenda.files')) return;
    registration.dispose();
    registration = vscode.languages.registerDocumentFormattingEditProvider(agendaFiles(), provider);
  });
  return new vscode.Disposable(() => {
    registration.dispose();
    settings.dispose();
  });
}

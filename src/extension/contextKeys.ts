import * as vscode from 'vscode';
import { isAgendaDocument } from './agendaDocuments';

const values = new Map<string, unknown>();

/** Sets a context key of the workbench (for `when` clauses) and remembers its value, which the workbench cannot be asked for. */
export function setContextKey(key: string, value: unknown): void {
  values.set(key, value);
  void vscode.commands.executeCommand('setContext', key, value);
}

/** The value this extension last gave a context key. */
export function contextKey(key: string): unknown {
  return values.get(key);
}

/**
 * Keeps `agenda.agendaEditorActive` true while the active editor shows an agenda file, false otherwise: the `when`
 * clause of every command that acts on the agenda being edited.
 */
export function registerAgendaEditorContext(): vscode.Disposable {
  const update = (editor: vscode.TextEditor | undefined) => setContextKey('agenda.agendaEditorActive', editor !== undefined && isAgendaDocument(editor.document));
  update(vscode.window.activeTextEditor);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('agenda.files')) update(vscode.window.activeTextEditor);
    }),
  );
}

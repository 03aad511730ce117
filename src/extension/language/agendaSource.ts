import * as vscode from 'vscode';
import type { ParsedAgenda, Position, ProgrammeEdit, TextEdit } from '../../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';

/** The documents the authoring features serve: YAML of any scheme; each provider then keeps to agenda files. */
export const AGENDA_SELECTOR: vscode.DocumentSelector = { language: 'yaml' };

/**
 * The parsed agenda of a document's current text, from the store (which parses each version once, whoever asks
 * first); undefined for a document that is not an agenda or is too large to serve as you type.
 */
export function agendaOf(store: AgendaStore, document: vscode.TextDocument): ParsedAgenda | undefined {
  return store.get(document)?.parsed;
}

/** A VS Code position as a position of the core. */
export function toPosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

/** Edits of the core as VS Code text edits. */
export function toTextEdits(edits: readonly TextEdit[]): vscode.TextEdit[] {
  return edits.map((edit) => new vscode.TextEdit(toRange(edit.range), edit.newText));
}

/** Edits of the core to one document as a workspace edit (one undoable step when applied). */
export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, toTextEdits(edits));
  return edit;
}

/** Edits of the core over the files of a programme (each named by its URI) as one workspace edit: one undoable step. */
export function toProgrammeWorkspaceEdit(edits: readonly ProgrammeEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { uri, range, newText } of edits) edit.replace(vscode.Uri.parse(uri, true), toRange(range), newText);
  return edit;
}

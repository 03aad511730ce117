import * as vscode from 'vscode';
import type { ParsedAgenda, Position, TextEdit } from '../../core';
import { isAgendaDocument, tooLargeToServe } from '../agendaDocuments';
import { core } from '../core';
import { toRange } from '../diagnostics';

/** The documents the authoring features serve: YAML of any scheme; each provider then keeps to agenda files. */
export const AGENDA_SELECTOR: vscode.DocumentSelector = { language: 'yaml' };

const parsedByDocument = new WeakMap<vscode.TextDocument, { version: number; parsed: ParsedAgenda }>();

/**
 * The parsed agenda of a document, shared by every provider until the document changes; undefined for a
 * document that is not an agenda or is too large to serve as you type.
 */
export function agendaOf(document: vscode.TextDocument): ParsedAgenda | undefined {
  if (!isAgendaDocument(document)) return undefined;
  const cached = parsedByDocument.get(document);
  if (cached?.version === document.version) return cached.parsed;
  if (tooLargeToServe(document)) return undefined;
  const parsed = core().parseAgenda(document.getText());
  parsedByDocument.set(document, { version: document.version, parsed });
  return parsed;
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

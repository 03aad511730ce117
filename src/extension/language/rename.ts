import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR, toPosition, toWorkspaceEdit } from './agendaSource';

/**
 * Rename of a topic, person, organisation or session id: the definition and every reference in one undoable
 * edit. An invalid id, or one already taken, is refused with the reason.
 */
export function registerRename(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerRenameProvider(AGENDA_SELECTOR, {
    prepareRename(document, position) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      const target = core().prepareRenameAt(parsed, toPosition(position));
      if ('error' in target) throw new Error(target.error);
      return { range: toRange(target.range), placeholder: target.placeholder };
    },
    provideRenameEdits(document, position, newName) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      const result = core().renameAt(parsed, toPosition(position), newName);
      if ('error' in result) throw new Error(result.error);
      return toWorkspaceEdit(document.uri, result.edits);
    },
  });
}

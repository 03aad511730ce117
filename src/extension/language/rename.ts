import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf, AGENDA_SELECTOR, toPosition, toProgrammeWorkspaceEdit, toWorkspaceEdit } from './agendaSource';
import { programmeWith } from './programmeSource';

/**
 * Rename of a topic, person, organisation or session id: the definition and every reference in one undoable
 * edit; in a programme of files, over every file that sees the same entry (one edit of them all). An invalid id, or
 * one already taken, is refused with the reason.
 */
export function registerRename(store: AgendaStore, programme: Programme): vscode.Disposable {
  return vscode.languages.registerRenameProvider(AGENDA_SELECTOR, {
    prepareRename(document, position) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      const target = core().prepareRenameAt(parsed, toPosition(position));
      if ('error' in target) throw new Error(target.error);
      return { range: toRange(target.range), placeholder: target.placeholder };
    },
    provideRenameEdits(document, position, newName) {
      const files = programmeWith(store, programme, document);
      const shared = files && core().programmeRenameAt(files, document.uri.toString(), toPosition(position), newName);
      if (shared && 'error' in shared) throw new Error(shared.error);
      if (shared) return toProgrammeWorkspaceEdit(shared.edits);
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      const result = core().renameAt(parsed, toPosition(position), newName);
      if ('error' in result) throw new Error(result.error);
      return toWorkspaceEdit(document.uri, result.edits);
    },
  });
}

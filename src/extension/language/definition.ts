import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';
import { programmeWith, toLocation } from './programmeSource';

/**
 * Go to Definition from a topic, person, organisation or session id to the entry that defines it: in a programme of
 * files, in the file itself or in the nearest agenda it is part of (`partOf`).
 */
export function registerDefinition(store: AgendaStore, programme: Programme): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(AGENDA_SELECTOR, {
    provideDefinition(document, position) {
      const files = programmeWith(store, programme, document);
      const shared = files && core().programmeDefinitionAt(files, document.uri.toString(), toPosition(position));
      if (shared) return toLocation(shared);
      const parsed = agendaOf(store, document);
      const range = parsed && core().definitionAt(parsed, toPosition(position));
      return range ? new vscode.Location(document.uri, toRange(range)) : undefined;
    },
  });
}

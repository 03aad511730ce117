import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';
import { programmeWith, toLocation } from './programmeSource';

/**
 * Find All References of a topic, person, organisation or session id in its agenda; in a programme of files, in
 * every file that sees the same entry.
 */
export function registerReferences(store: AgendaStore, programme: Programme): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(AGENDA_SELECTOR, {
    provideReferences(document, position, context) {
      const files = programmeWith(store, programme, document);
      const shared = files && core().programmeReferencesAt(files, document.uri.toString(), toPosition(position), context.includeDeclaration);
      if (shared) return shared.map(toLocation);
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().referencesAt(parsed, toPosition(position), context.includeDeclaration).map((range) => new vscode.Location(document.uri, toRange(range)));
    },
  });
}

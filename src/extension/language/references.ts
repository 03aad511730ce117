import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';

/** Find All References of a topic, person, organisation or session id in its agenda. */
export function registerReferences(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerReferenceProvider(AGENDA_SELECTOR, {
    provideReferences(document, position, context) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().referencesAt(parsed, toPosition(position), context.includeDeclaration).map((range) => new vscode.Location(document.uri, toRange(range)));
    },
  });
}

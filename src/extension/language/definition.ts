import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';

/** Go to Definition from a topic, person, organisation or session id to the entry that defines it. */
export function registerDefinition(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider(AGENDA_SELECTOR, {
    provideDefinition(document, position) {
      const parsed = agendaOf(store, document);
      const range = parsed && core().definitionAt(parsed, toPosition(position));
      return range ? new vscode.Location(document.uri, toRange(range)) : undefined;
    },
  });
}

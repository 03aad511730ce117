import * as vscode from 'vscode';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';

/** Highlights every occurrence of the topic, person, organisation or session id under the cursor, hyphens and all. */
export function registerHighlights(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerDocumentHighlightProvider(AGENDA_SELECTOR, {
    provideDocumentHighlights(document, position) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().highlightsAt(parsed, toPosition(position)).map((h) =>
        new vscode.DocumentHighlight(toRange(h.range), h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
    },
  });
}

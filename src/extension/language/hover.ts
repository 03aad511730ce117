import * as vscode from 'vscode';
import { core } from '../core';
import { messageLocale } from '../agendaDocuments';
import { markdownInReadingOrder, toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';
import { authoringScope } from './programmeSource';

/** Hovers in agenda files: the schema's documentation of a key; what an id names (one of a programme's too) and the sessions it is in; in the language of the messages. */
export function registerHover(store: AgendaStore, programme: Programme): vscode.Disposable {
  return vscode.languages.registerHoverProvider(AGENDA_SELECTOR, {
    provideHover(document, position) {
      const parsed = agendaOf(store, document);
      const hover = parsed && core().hoverAt(parsed, toPosition(position), messageLocale(), authoringScope(store, programme, document)?.agenda);
      return hover ? new vscode.Hover(new vscode.MarkdownString(markdownInReadingOrder(hover.markdown)), toRange(hover.range)) : undefined;
    },
  });
}

import * as vscode from 'vscode';
import type { DocumentLink } from '../../core';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR } from './agendaSource';

const TOOLTIPS: Record<DocumentLink['kind'], () => string> = {
  web: () => vscode.l10n.t('Open the web page'),
  email: () => vscode.l10n.t('Write an e-mail'),
  document: () => vscode.l10n.t('Open the document on undocs.org'),
};

/** Clickable `url` and `email` values, and UN document symbols opening on undocs.org. */
export function registerDocumentLinks(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerDocumentLinkProvider(AGENDA_SELECTOR, {
    provideDocumentLinks(document) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().documentLinks(parsed).map((link) => {
        const result = new vscode.DocumentLink(toRange(link.range), vscode.Uri.parse(link.target));
        result.tooltip = TOOLTIPS[link.kind]();
        return result;
      });
    },
  });
}

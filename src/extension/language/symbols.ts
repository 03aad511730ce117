import * as vscode from 'vscode';
import type { AgendaSymbol, AgendaSymbolKind } from '../../core';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR } from './agendaSource';

const KINDS: Record<AgendaSymbolKind, vscode.SymbolKind> = {
  event: vscode.SymbolKind.Module,
  section: vscode.SymbolKind.Namespace,
  organization: vscode.SymbolKind.Class,
  person: vscode.SymbolKind.Variable,
  topic: vscode.SymbolKind.Key,
  session: vscode.SymbolKind.Event,
  item: vscode.SymbolKind.Field,
  document: vscode.SymbolKind.File,
};

function toSymbol(symbol: AgendaSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, KINDS[symbol.kind], toRange(symbol.range), toRange(symbol.selectionRange));
  result.children = symbol.children.map(toSymbol);
  return result;
}

/** The Outline and breadcrumbs of an agenda: the event, the lists, each session with its items and documents. */
export function registerDocumentSymbols(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(AGENDA_SELECTOR, {
    provideDocumentSymbols(document) {
      const parsed = agendaOf(store, document);
      return parsed ? core().documentSymbols(parsed).map(toSymbol) : undefined;
    },
  }, { label: vscode.l10n.t('Agenda') });
}

import * as vscode from 'vscode';
import type { CompletionEntry, CompletionKind } from '../../core';
import { core } from '../core';
import { messageLocale } from '../agendaDocuments';
import { markdownInReadingOrder, textInReadingOrder, toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf, AGENDA_SELECTOR, toPosition } from './agendaSource';
import { authoringScope } from './programmeSource';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  enum: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  date: vscode.CompletionItemKind.Value,
  time: vscode.CompletionItemKind.Value,
};

function toItem(entry: CompletionEntry): vscode.CompletionItem {
  const item = new vscode.CompletionItem(entry.label, KINDS[entry.kind]);
  item.insertText = entry.snippet ? new vscode.SnippetString(entry.insertText) : entry.insertText;
  item.range = toRange(entry.range);
  item.sortText = entry.sortText;
  if (entry.filterText !== undefined) item.filterText = entry.filterText;
  if (entry.detail !== undefined) item.detail = textInReadingOrder(entry.detail);
  if (entry.documentation !== undefined) item.documentation = new vscode.MarkdownString(markdownInReadingOrder(entry.documentation));
  if (entry.preselect) item.preselect = true;
  if (entry.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: vscode.l10n.t('Suggest values') };
  return item;
}

/** Completion in agenda files: keys, enum values, ids of topics, people and organisations (a programme's too), dates and times. */
export function registerCompletion(store: AgendaStore, programme: Programme): vscode.Disposable {
  return vscode.languages.registerCompletionItemProvider(AGENDA_SELECTOR, {
    provideCompletionItems(document, position) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().completionsAt(document.getText(), toPosition(position), parsed, messageLocale(), authoringScope(store, programme, document)).map(toItem);
    },
  }, ' ', ':', '[', ',', '"', '-');
}

import * as vscode from 'vscode';
import { core } from '../core';
import type { AgendaStore } from '../documents/agendaStore';
import { agendaOf, AGENDA_SELECTOR } from './agendaSource';

/** Folding of an agenda by section, session, item and block of text, and of runs of comment lines. */
export function registerFolding(store: AgendaStore): vscode.Disposable {
  return vscode.languages.registerFoldingRangeProvider(AGENDA_SELECTOR, {
    provideFoldingRanges(document) {
      const parsed = agendaOf(store, document);
      if (!parsed) return undefined;
      return core().foldingRanges(parsed).map((range) => new vscode.FoldingRange(range.start, range.end, range.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined));
    },
  });
}

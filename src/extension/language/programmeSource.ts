import * as vscode from 'vscode';
import type { AuthoringScope, ProgrammeLocation, ProgrammeOfFiles } from '../../core';
import { core } from '../core';
import { toRange } from '../diagnostics';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import { agendaOf } from './agendaSource';

/**
 * The programme of files a document is part of, holding the document's current text (a request right after an
 * edit has the store check it now, and the programme take it); undefined for an agenda in no programme.
 */
export function programmeWith(store: AgendaStore, programme: Programme, document: vscode.TextDocument): ProgrammeOfFiles | undefined {
  if (!agendaOf(store, document) || !programme.has(document.uri)) return undefined;
  programme.update([document.uri]);
  return programme.core;
}

/** A location in a file of a programme (named by its URI) as a VS Code location. */
export function toLocation(location: ProgrammeLocation): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(location.uri, true), toRange(location.range));
}

/**
 * What a document may refer to beyond its own text in the programme it is part of, for completion and hover: the
 * ids of the agendas above it and the agenda items it takes up; undefined for an agenda in no programme.
 */
export function authoringScope(store: AgendaStore, programme: Programme, document: vscode.TextDocument): AuthoringScope | undefined {
  const files = programmeWith(store, programme, document);
  if (!files) return undefined;
  const uri = document.uri.toString();
  const agenda = core().fileScope(files, uri);
  const items = files.agendaItemsOf(uri)?.items;
  return { ...(agenda ? { agenda } : {}), ...(items ? { agendaItems: items } : {}) };
}

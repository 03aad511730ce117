import * as vscode from 'vscode';
import { contextKey, registerAgendaEditorContext } from './contextKeys';
import { core, coreLoaded } from './core';
import { registerDiagnostics } from './diagnostics';
import { AgendaStore } from './documents/agendaStore';
import { registerExportCommands } from './exportCommands';
import { registerNewFileCommand } from './newFile';
import { registerCompletion } from './language/completion';
import { registerDefinition } from './language/definition';
import { registerFolding } from './language/folding';
import { registerFormatter } from './language/format';
import { registerHighlights } from './language/highlights';
import { registerHover } from './language/hover';
import { registerDocumentLinks } from './language/links';
import { registerQuickFixes } from './language/quickFixes';
import { registerReferences } from './language/references';
import { registerRename } from './language/rename';
import { registerSnippets } from './language/snippets';
import { registerDocumentSymbols } from './language/symbols';
import { registerPreview } from './preview/previewManager';
import { registerAgendaTree } from './tree/registerAgendaTree';
import { registerStatusBar, type AgendaStatus } from './statusBar';
import type { AgendaTree } from './tree/treeCommands';
import { AgendaFiles } from './workspace/agendaFiles';
import { Programme } from './workspace/programme';
import { ProgrammeScope } from './workspace/programmeScope';

/** What the extension gives other extensions and its integration tests. */
export interface AgendaAuthorApi {
  agendaTree: AgendaTree;
  /** The agendas as the extension has read them: one snapshot per version, for every face. */
  documents: AgendaStore;
  /** Every agenda file of the workspace, the unopened ones too, each parsed once per change when asked for. */
  agendaFiles: AgendaFiles;
  /** The programmes of files of the workspace (`partOf`), with their cross-file diagnostics. */
  programme: Programme;
  /** How many agenda texts the checking core has parsed so far (none before it is set up): one per change. */
  parseCount(): number;
  /** How many parsed agenda texts the checking core has checked so far (none before it is set up): one per change. */
  checkCount(): number;
  /** The value the extension last gave a context key of the workbench (which `when` clauses read). */
  contextKey(key: string): unknown;
  /** Whether the checking core has been set up yet (it is on the first agenda, not at activation). */
  coreLoaded(): boolean;
  /** What the status bar item of the active agenda shows. */
  status(): AgendaStatus;
}

/** Wires the features of Agenda Author; each registration returns a Disposable. Nothing heavy runs here. */
export function activate(context: vscode.ExtensionContext): AgendaAuthorApi {
  const log = vscode.window.createOutputChannel('Agenda Author', { log: true });
  const documents = new AgendaStore(log);
  const agendaFiles = new AgendaFiles(documents, log);
  const programme = new Programme(agendaFiles);
  const scope = new ProgrammeScope(context.workspaceState);
  const agendaTree = registerAgendaTree(context, documents, programme, scope);
  const statusBar = registerStatusBar();
  context.subscriptions.push(
    log,
    documents,
    agendaFiles,
    programme,
    scope,
    registerAgendaEditorContext(),
    registerNewFileCommand(context.extensionUri),
    registerExportCommands({ store: documents, programme, log, version: String(context.extension.packageJSON.version) }),
    registerPreview(context.extensionUri, documents, log, programme, scope),
    registerCompletion(documents, programme),
    registerSnippets(context.extensionUri),
    registerHover(documents, programme),
    registerDefinition(documents, programme),
    registerReferences(documents, programme),
    registerHighlights(documents),
    registerRename(documents, programme),
    registerFormatter(),
    registerDocumentSymbols(documents),
    registerFolding(documents),
    registerDocumentLinks(documents),
    registerQuickFixes(documents),
    agendaTree,
    statusBar,
    registerDiagnostics(documents, programme),
  );
  return { agendaTree, documents, agendaFiles, programme, parseCount: () => (coreLoaded() ? core().parseCount() : 0), checkCount: () => (coreLoaded() ? core().checkCount() : 0), contextKey, coreLoaded, status: () => statusBar.status() };
}

export function deactivate(): void {}

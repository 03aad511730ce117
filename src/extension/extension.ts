import * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { registerExportCommands } from './exportCommands';
import { registerNewFileCommand } from './newFile';
import { registerPreview } from './preview/previewManager';

/** Wires the features of Agenda Author; each registration returns a Disposable. Nothing heavy runs here. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerDiagnostics(),
    registerNewFileCommand(context.extensionUri),
    registerExportCommands(String(context.extension.packageJSON.version)),
    registerPreview(context.extensionUri),
  );
}

export function deactivate(): void {}

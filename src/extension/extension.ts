import * as vscode from 'vscode';
import { registerDiagnostics } from './diagnostics';
import { registerNewFileCommand } from './newFile';

/** Wires the features of Agenda Author; each registration returns a Disposable. Nothing heavy runs here. */
export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    registerDiagnostics(),
    registerNewFileCommand(context.extensionUri),
  );
}

export function deactivate(): void {}

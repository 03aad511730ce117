import * as vscode from 'vscode';
import { diagnosticsWhen, workspaceFile } from './workbench';

/**
 * Leaves the workbench as an organiser sees a mistake, for the run's closing screenshot: the example agenda open with
 * a misspelt part of the day underlined, and the Problems panel open on it. Changes only the run's workspace copy,
 * and only in the editor (unsaved).
 */
export async function showMistake(): Promise<void> {
  const uri = workspaceFile('kyoto-2020-workshop-4.agenda.yaml');
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const offset = editor.document.getText().indexOf('part: morning') + 'part: '.length;
  const start = editor.document.positionAt(offset);
  const shown = diagnosticsWhen(uri, 'the showcased mistake', (d) => d.length > 0);
  await editor.edit((builder) => builder.replace(new vscode.Range(start, start.translate(0, 'morning'.length)), 'mornin'));
  await shown;
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('editor.action.showHover');
}

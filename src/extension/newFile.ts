import * as vscode from 'vscode';
import { readSnippets } from './language/snippets';

/** The snippet that makes a whole agenda. */
const TEMPLATE = 'New agenda';

/** The body of the "New agenda" snippet, as a snippet string with its tab stops. */
async function template(extensionUri: vscode.Uri): Promise<vscode.SnippetString> {
  const snippet = (await readSnippets(extensionUri)).find((s) => s.name === TEMPLATE);
  return new vscode.SnippetString(snippet?.body ?? '');
}

/** `Agenda: New Agenda File`: an untitled `*.agenda.yaml` filled from the template, ready to tab through. */
export function registerNewFileCommand(extensionUri: vscode.Uri): vscode.Disposable {
  return vscode.commands.registerCommand('agenda.newFile', async () => {
    let name = 'programme.agenda.yaml';
    for (let n = 2; vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'untitled' && d.uri.path === name); n++) {
      name = `programme-${n}.agenda.yaml`;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: name }));
    const editor = await vscode.window.showTextDocument(document);
    if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
    await editor.insertSnippet(await template(extensionUri), new vscode.Position(0, 0));
    return document;
  });
}

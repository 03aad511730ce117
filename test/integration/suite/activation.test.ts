import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { activateExtension, agendaDiagnostics, closeAllEditors, diagnosticsWhen, workspaceFile } from '../workbench';

/** Whether the extension has set its checking core (the YAML parser, the compiled schema) up yet. */
function coreLoaded(extension: vscode.Extension<unknown>): boolean {
  return (extension.exports as AgendaAuthorApi).coreLoaded();
}

/**
 * Suites run in the order of their file names, and this one first: the workbench has started on a workspace of
 * agendas, which activates the extension, but no editor has shown one yet.
 */
describe('activation', function () {
  this.timeout(30_000);

  after(closeAllEditors);

  it('leaves the checking core unloaded until an agenda is shown, even with other YAML open and used, then checks it', async () => {
    const extension = await activateExtension();
    const shown = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText);
    assert.deepStrictEqual(shown.map((tab) => tab.label), [], 'no editor is open yet');
    assert.strictEqual(coreLoaded(extension), false, 'the core is not set up at activation');

    const notes = workspaceFile('notes.yaml');
    await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('title: Not an agenda\nitems: [a, b]\n'));
    const editor = await vscode.window.showTextDocument(notes);
    assert.strictEqual(editor.document.languageId, 'yaml');
    const position = new vscode.Position(0, 3);
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', notes, position);
    await vscode.commands.executeCommand('vscode.executeHoverProvider', notes, position);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', notes);
    assert.deepStrictEqual(agendaDiagnostics(notes), []);
    assert.strictEqual(coreLoaded(extension), false, 'a YAML file that is not an agenda does not set the core up');
    await closeAllEditors();
    await vscode.workspace.fs.delete(notes);

    const uri = workspaceFile('schema-version.agenda.yaml');
    const checked = diagnosticsWhen(uri, 'the diagnostics of the first agenda shown', (d) => d.length > 0);
    await vscode.window.showTextDocument(uri);
    await checked;
    assert.deepStrictEqual(agendaDiagnostics(uri).map((d) => d.code), ['schema-version']);
    assert.strictEqual(coreLoaded(extension), true, 'the core is set up for the first agenda');
  });
});

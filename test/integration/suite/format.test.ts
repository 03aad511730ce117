import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { filesWrittenBySuite, until, workspaceFile } from '../workbench';

/** The repository, seen from `out/test/integration/suite/` where the compiled suite runs. */
const REPO = path.resolve(__dirname, '../../../..');
const MESSY = fs.readFileSync(path.join(REPO, 'test/fixtures/format/messy.agenda.yaml'), 'utf8');
const TIDY = fs.readFileSync(path.join(REPO, 'test/fixtures/format/tidy.agenda.yaml'), 'utf8');

describe('Format Document', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = workspaceFile(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    written.push(uri);
    return vscode.window.showTextDocument(uri, { preview: false });
  }

  it('formats a messy agenda in one edit, and undo gives the text back, the file on disk untouched', async () => {
    const editor = await open('messy.agenda.yaml', MESSY);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await until('the formatted text', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText() === TIDY);
    assert.strictEqual(editor.document.getText(), TIDY);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(editor.document.uri)), MESSY);
    await vscode.commands.executeCommand('undo');
    await until('the text before formatting', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText() === MESSY);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('offers its edits for agenda files only: none for a formatted agenda, an agenda it cannot parse or other YAML', async () => {
    const provided = async (name: string, text: string) => {
      const editor = await open(name, text);
      return vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', editor.document.uri, { tabSize: 2, insertSpaces: true });
    };
    const edits = await provided('again.agenda.yaml', MESSY);
    assert.strictEqual(edits?.length, 1);
    assert.strictEqual(edits[0].newText.length > 100, true);
    assert.deepStrictEqual(await provided('tidy.agenda.yaml', TIDY), []);
    assert.deepStrictEqual(await provided('broken.agenda.yaml', 'version: 1\nevent: [\n'), []);
    assert.ok(!(await provided('docker-compose.yaml', 'services:\n    web:\n        image: nginx\n'))?.length, 'no edits for YAML that is not an agenda');
  });
});

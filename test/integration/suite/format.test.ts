import * as assert from 'assert';
import * as vscode from 'vscode';
import { filesWrittenBySuite, repoText, until, workspaceFile } from '../workbench';

describe('Format Document', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();
  let messy = '';
  let tidy = '';

  before(async () => {
    [messy, tidy] = await Promise.all([repoText('test/fixtures/format/messy.agenda.yaml'), repoText('test/fixtures/format/tidy.agenda.yaml')]);
  });

  async function open(name: string, text: string): Promise<vscode.TextEditor> {
    const uri = workspaceFile(name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    written.push(uri);
    return vscode.window.showTextDocument(uri, { preview: false });
  }

  it('formats a messy agenda in one edit, and undo gives the text back, the file on disk untouched', async () => {
    const editor = await open('messy.agenda.yaml', messy);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    await until('the formatted text', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText() === tidy);
    assert.strictEqual(editor.document.getText(), tidy);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(editor.document.uri)), messy);
    await vscode.commands.executeCommand('undo');
    await until('the text before formatting', [vscode.workspace.onDidChangeTextDocument], () => editor.document.getText() === messy);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('offers its edits for agenda files only: none for a formatted agenda, an agenda it cannot parse or other YAML', async () => {
    /** The text the formatting edits VS Code gets for a file would make of it (it splits our one edit into minimal ones). */
    const formatted = async (name: string, text: string) => {
      const { document } = await open(name, text);
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true }) ?? [];
      return [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))
        .reduce((result, edit) => result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end)), text);
    };
    assert.strictEqual(await formatted('again.agenda.yaml', messy), tidy);
    assert.strictEqual(await formatted('tidy.agenda.yaml', tidy), tidy);
    assert.strictEqual(await formatted('broken.agenda.yaml', 'version: 1\nevent: [\n'), 'version: 1\nevent: [\n');
    const compose = 'services:\n    web:\n        image: nginx\n';
    assert.strictEqual(await formatted('docker-compose.yaml', compose), compose, 'no edits for YAML that is not an agenda');
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { activateExtension, closeAllEditors, until, workspaceFile } from '../workbench';

const encoder = new TextEncoder();

function agenda(title: string): string {
  return `version: 1\nevent:\n  title: ${title}\n  start: 2020-03-07\n  end: 2020-03-12\nsessions:\n  - id: opening\n    title: Opening\n    date: 2020-03-07\n`;
}

describe('the workspace index of agenda files', function () {
  this.timeout(60_000);
  let api: AgendaAuthorApi;
  const folder = () => workspaceFile('index-test');

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
    await api.agendaFiles.ready();
  });

  afterEach(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder(), { recursive: true }).then(undefined, () => undefined);
  });

  /** Resolves once the index has told of a change of `uri` and `ready` accepts the file it then holds. */
  function indexed(uri: vscode.Uri, what: string, ready: (text: string | undefined, open: boolean) => boolean): Promise<true> {
    const index = api.agendaFiles;
    return until(what, [index.onDidChange as vscode.Event<unknown>], () => ready(index.file(uri)?.text, !!index.file(uri)?.open) || undefined, 15_000, () => index.file(uri));
  }

  it('knows every agenda of the workspace, unopened ones too, and parses none until asked', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const onDisk = (await vscode.workspace.fs.readDirectory(root)).filter(([name]) => /\.agenda\.ya?ml$/.test(name)).map(([name]) => vscode.Uri.joinPath(root, name).toString());
    const known = new Set(api.agendaFiles.files().map((file) => file.uri.toString()));
    assert.ok(onDisk.length > 20, `the workspace has its fixtures (${onDisk.length})`);
    assert.deepStrictEqual(onDisk.filter((uri) => !known.has(uri)), []);
    // Earlier tests opened some of them, and VS Code keeps a closed editor's document for a while (in the web worker
    // host, until after this test): one that no document holds.
    const documents = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const unopened = onDisk.find((uri) => !documents.has(uri));
    assert.ok(unopened, 'a fixture no document holds');
    const file = api.agendaFiles.file(vscode.Uri.parse(unopened));
    assert.ok(file && !file.open, `${unopened} is indexed, as not open`);
    assert.strictEqual(file.text, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(unopened))));
  });

  it('follows the file watcher: a file created, changed and deleted, each text parsed once when asked for', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'watched.agenda.yaml');
    const created = indexed(uri, 'the index to hold the created file', (text) => text === agenda('Created'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Created')));
    await created;
    const first = api.agendaFiles.file(uri)!.generation;
    const before = api.parseCount();
    const parsed = api.agendaFiles.parsed(uri);
    assert.strictEqual(parsed?.text, agenda('Created'));
    assert.strictEqual(api.agendaFiles.parsed(uri), parsed, 'asked again, the same parse');
    assert.strictEqual(api.parseCount() - before, 1, 'one parse');

    const changed = indexed(uri, 'the index to hold the changed file', (text) => text === agenda('Changed'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Changed')));
    await changed;
    assert.strictEqual(api.agendaFiles.file(uri)!.generation, first + 1);
    assert.strictEqual(api.agendaFiles.parsed(uri)?.text, agenda('Changed'));

    const deleted = until('the index to let the deleted file go', [api.agendaFiles.onDidChange as vscode.Event<unknown>], () => !api.agendaFiles.file(uri));
    await vscode.workspace.fs.delete(uri);
    await deleted;
    assert.strictEqual(api.agendaFiles.parsed(uri), undefined);
  });

  it("takes an open document's text over the disk, with the store's parse, and the disk's again once it is closed", async () => {
    const uri = vscode.Uri.joinPath(folder(), 'open.agenda.yaml');
    const created = indexed(uri, 'the index to hold the file', (text) => text === agenda('On disk'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('On disk')));
    await created;
    const editor = await vscode.window.showTextDocument(uri);
    const edited = indexed(uri, 'the index to hold the edited text', (text) => text === agenda('In the editor'));
    assert.ok(await editor.edit((builder) => builder.replace(editor.document.lineAt(2).range, '  title: In the editor')));
    await edited;
    const file = api.agendaFiles.file(uri)!;
    assert.strictEqual(file.open, true);
    const before = api.parseCount();
    assert.strictEqual(api.agendaFiles.parsed(uri), api.documents.get(editor.document)?.parsed, "the store's parse");
    assert.strictEqual(api.parseCount(), before, 'no parse of its own');

    const changedOnDisk = new Promise<void>((resolve) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder(), '*.agenda.yaml'));
      watcher.onDidChange(() => {
        watcher.dispose();
        resolve();
      });
      void vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Written meanwhile')));
    });
    await changedOnDisk;
    assert.strictEqual(api.agendaFiles.file(uri)?.text, agenda('In the editor'), 'the open text still wins');

    const closed = indexed(uri, "the index to hold the disk's text once the editor is closed", (text, open) => text === agenda('Written meanwhile') && !open);
    await closeAllEditors();
    await closed;
  });

  it('holds the text of an edit to a file in no tab (as a rename across files makes)', async () => {
    const uri = vscode.Uri.joinPath(folder(), 'no-tab.agenda.yaml');
    const created = indexed(uri, 'the index to hold the file', (text) => text === agenda('Before'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Before')));
    await created;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(2, 9, 2, 15), 'After');
    const edited = indexed(uri, 'the index to hold the edited text', (text) => text === agenda('After'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await edited;
    assert.strictEqual(api.agendaFiles.file(uri)!.open, true);
    assert.strictEqual(api.agendaFiles.parsed(uri)?.text, agenda('After'));
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), agenda('Before'), 'the disk is unchanged');
  });
});

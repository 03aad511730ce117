import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../../src/core';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { requestScreenshot, webviewRect, webviewText } from '../hooks';
import { activateExtension, agendaDiagnostics, closeAllEditors, diagnosticData, diagnosticsWhen, poll, until } from '../workbench';

const EXAMPLE = 'kyoto-2020-workshop-4.agenda.yaml';
const EVENT_TITLE = 'Current crime trends, recent developments and emerging solutions, in particular new technologies as means for and tools against crime';

/** A file of the virtual workspace (the test extension's file system in memory, see ../web/memfs.ts). */
function virtualFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * The virtual-workspace run of the web worker host: the workspace folder is `agenda-memfs:/agendas`, served from
 * memory by the tests' web extension, as github.dev serves a repository. VS Code starts only extensions that declare
 * `virtualWorkspaces` support there; Agenda Author must work with no `file:` path anywhere.
 */
describe('a virtual workspace in the web worker host', function () {
  this.timeout(30_000);
  let api: AgendaAuthorApi;

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
  });

  afterEach(closeAllEditors);

  it('is open, served by a file system that is not the disk, and the extension runs in it', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.strictEqual(folder?.uri.toString(), 'agenda-memfs:/agendas');
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.strictEqual(extension.packageJSON.capabilities.virtualWorkspaces, true);
    const names = (await vscode.workspace.fs.readDirectory(folder.uri)).map(([name]) => name);
    assert.ok(names.includes(EXAMPLE) && names.includes('schema-version.agenda.yaml'), names.join(', '));
  });

  it('checks an agenda of it at once and again while it is edited', async () => {
    const uri = virtualFile('schema-version.agenda.yaml');
    const checked = diagnosticsWhen(uri, 'the diagnostics of the virtual agenda', (d) => d.length > 0);
    const editor = await vscode.window.showTextDocument(uri);
    const [diagnostic] = (await checked).map(diagnosticData);
    assert.deepStrictEqual(diagnostic && [diagnostic.code, diagnostic.severity], ['schema-version', 'error']);
    const line = editor.document.lineAt(diagnostic.range[0]);
    assert.strictEqual(line.text.slice(diagnostic.range[1], diagnostic.range[3]), line.text.slice(line.text.indexOf(':') + 2).trim());
    const fixed = diagnosticsWhen(uri, 'no diagnostics once the version is 1', (d) => d.length === 0);
    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(diagnostic.range[0], diagnostic.range[1], diagnostic.range[2], diagnostic.range[3]), '1')));
    await fixed;
    assert.deepStrictEqual(agendaDiagnostics(uri), []);
  });

  it('outlines an agenda of it in the Agenda view and previews it', async () => {
    const uri = virtualFile(EXAMPLE);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, { preview: false });
    const tree = api.agendaTree;
    await until('the Agenda view to outline the virtual agenda', [tree.provider.onDidChangeTreeData as vscode.Event<unknown>], () => tree.provider.document === document && tree.provider.fresh);
    const roots = tree.provider.getChildren() as OutlineNode[];
    assert.deepStrictEqual(roots.map((node) => node.label), ['Workshop 4', 'Agenda items', 'Topics', 'People']);
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    assert.strictEqual(await poll('the preview of the virtual agenda', () => webviewText('.programme .event-title')), EVENT_TITLE);
  });

  it('exports beside the agenda into the virtual file system, in one step, and replaces the export when told to', async () => {
    const uri = virtualFile(EXAMPLE);
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', uri, { language: 'en' });
    assert.strictEqual(target?.toString(), virtualFile('kyoto-2020-workshop-4.html').toString());
    const first = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(first.startsWith('<!DOCTYPE html>') && first.includes(EVENT_TITLE), 'the programme is exported as a page');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode('an older export'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', uri, { language: 'en', replace: true });
    assert.strictEqual(again?.toString(), target.toString());
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), first);
    const left = (await vscode.workspace.fs.readDirectory(virtualFile(''))).map(([name]) => name).filter((name) => name.endsWith('.tmp'));
    assert.deepStrictEqual(left, [], 'no temporary file is left beside the export');
    await vscode.workspace.fs.delete(target);
  });

  it('finds the agendas of its folders (no search provider serves it) and checks a programme of files across them', async () => {
    await api.programme.ready();
    const known = new Set(api.agendaFiles.files().map((file) => file.uri.toString()));
    for (const name of [EXAMPLE, 'congress/congress.agenda.yaml', 'congress/side-events/ransomware.agenda.yaml']) assert.ok(known.has(virtualFile(name).toString()), `${name} is indexed`);
    const sideEvent = virtualFile('congress/side-events/ransomware.agenda.yaml');
    const [clash] = await diagnosticsWhen(sideEvent, 'the room clash of the unopened side event', (d) => d.length > 0);
    assert.deepStrictEqual(clash && [diagnosticData(clash).code, diagnosticData(clash).range], ['programme-room-clash', [11, 11, 11, 18]]);
    assert.deepStrictEqual(clash.relatedInformation?.map((r) => r.location.uri.toString()), [virtualFile('congress/workshops/cybercrime.agenda.yaml').toString()]);
  });

  it('shows the Agenda view, a mistake and the preview together (screenshot)', async () => {
    // The Agenda view alone in the Explorer, as the Agenda view's own screenshots have it: the files go to the Search bar.
    for (const view of ['outline', 'timeline']) await vscode.commands.executeCommand(`${view}.removeView`);
    await vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['workbench.explorer.fileView'], destinationId: 'workbench.view.search' });
    const uri = virtualFile(EXAMPLE);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const offset = editor.document.getText().indexOf('part: morning') + 'part: '.length;
    const start = editor.document.positionAt(offset);
    const shown = diagnosticsWhen(uri, 'the misspelt part of the day', (d) => d.some((x) => x.code === 'schema-enum'));
    await editor.edit((builder) => builder.replace(new vscode.Range(start, start.translate(0, 'morning'.length)), 'mornin'));
    await shown;
    await vscode.commands.executeCommand('agenda.openPreviewToSide', uri, { sessionIndex: 0 });
    await poll('the preview at the first meeting', async () => {
      const top = (await webviewRect('#session-first-meeting'))?.top;
      return top !== undefined && top >= 0 && top < 150;
    });
    await vscode.commands.executeCommand('agenda.tree.focus');
    await until('the Agenda view to be visible', [api.agendaTree.view.onDidChangeVisibility], () => api.agendaTree.view.visible);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    const shownEditor = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, selection: new vscode.Range(start, start) });
    const session = shownEditor.document.positionAt(shownEditor.document.getText().indexOf('  - id: first-meeting'));
    shownEditor.revealRange(new vscode.Range(session, session), vscode.TextEditorRevealType.AtTop);
    await vscode.commands.executeCommand('editor.action.showHover');
    await requestScreenshot('virtual-workspace');
  });
});

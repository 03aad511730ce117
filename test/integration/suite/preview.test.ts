import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, poll, repoFile } from '../workbench';
import { hasWebviewHooks, reloadPhase, reloadWindow, requestReload, requestScreenshot, webviewClick, webviewRect, webviewText, webviewWheel, webviewTextIs as textIs } from '../hooks';

const EXAMPLE = 'examples/kyoto-2020-workshop-4.agenda.yaml';
const HOSTILE = 'test/fixtures/render/hostile.agenda.yaml';
const EVENT_TITLE = 'Current crime trends, recent developments and emerging solutions, in particular new technologies as means for and tools against crime';

const phase = reloadPhase();

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('agenda.preview'));
}

/** The tabs of every group, for messages. */
function tabLabels(): string {
  return vscode.window.tabGroups.all.map((group) => `${group.viewColumn}: ${group.tabs.map((tab) => tab.label).join(', ')}`).join('; ');
}

/**
 * Waits until the second meeting starts at the top of the preview, just under the language bar (the last session
 * cannot: the page ends before it reaches the top of a tall window).
 */
async function secondMeetingAtTop(what: string): Promise<void> {
  let top: number | undefined;
  const atTop = async () => (top = (await webviewRect('#session-second-meeting'))?.top) !== undefined && top >= 0 && top < 60;
  await poll(what, atTop).catch((error: Error) => assert.fail(`${error.message}; its top at ${top} px; tabs: ${tabLabels()}`));
}

describe('Programme preview', function () {
  this.timeout(60000);
  before(function () {
    if (!hasWebviewHooks()) this.skip();
  });
  let document: vscode.TextDocument;
  let original: string;

  async function replaceAll(newText: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(0, 0, document.lineCount, 0), newText);
    assert.ok(await vscode.workspace.applyEdit(edit));
  }

  function lineOf(fragment: string): number {
    const line = document.getText().split('\n').findIndex((l) => l.includes(fragment));
    assert.ok(line >= 0, `the example has a line with ${fragment}`);
    return line;
  }

  before(async () => {
    document = await vscode.workspace.openTextDocument(repoFile(EXAMPLE));
    original = document.getText();
    if (phase !== 'after-reload') {
      await closeAllEditors();
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    }
  });

  after(async () => {
    if (document.getText() !== original) await replaceAll(original);
  });

  it('opens beside the agenda and shows its programme', async function () {
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    const tab = await poll('the preview tab', () => previewTabs()[0]);
    assert.strictEqual(tab.label, 'Preview kyoto-2020-workshop-4.agenda.yaml');
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two);
    assert.strictEqual(vscode.window.activeTextEditor?.document, document, 'the editor keeps the focus');
    await textIs('.programme .event-title', EVENT_TITLE);
    await textIs('#session-first-meeting .session-time', '10:00–13:00');
    await textIs('#session-second-meeting .item:nth-child(2) .item-time', '16:15–17:00');
    await textIs('#banner', '');
    await requestScreenshot('preview');
  });

  it('renders again after an edit, and keeps the last good programme under a banner while the YAML is broken', async function () {
    const line = lineOf('title: { en: First meeting');
    let edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.lineAt(line).range, '    title: Opening of the workshop <b>4</b>');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await textIs('#session-first-meeting .session-title-text', 'Opening of the workshop <b>4</b>');

    edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(line, 0), '    room: "Room C\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await poll('the banner of a stale preview', async () => (await webviewText('#banner.stale .banner-title'))?.startsWith('This agenda cannot be read as YAML right now.'));
    assert.strictEqual(await webviewText('#session-first-meeting .session-title-text'), 'Opening of the workshop <b>4</b>', 'the last good render stays');
    assert.match((await webviewText('#banner li')) ?? '', /^Line \d+ /);

    await replaceAll(original);
    await textIs('#session-first-meeting .session-title-text', 'First meeting');
    await textIs('#banner', '');
  });

  it('scrolls with the editor: the session at the top of the editor comes to the top of the preview', async function () {
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document, document, 'the agenda is the active editor');
    const scrollTo = async (line: number) => {
      const top = editor.visibleRanges[0].start.line;
      await vscode.commands.executeCommand('editorScroll', { to: line > top ? 'down' : 'up', by: 'line', value: Math.abs(line - top) });
      await poll(`the editor scrolled to line ${line}`, () => editor.visibleRanges[0].start.line === line);
    };
    await scrollTo(lineOf('  - id: second-meeting'));
    await secondMeetingAtTop('the preview following the editor to the second meeting');
    await scrollTo(0);
    await poll('the preview back at the top', async () => (await webviewRect('#session-second-meeting'))!.top > 600);
  });

  it('scrolls the editor with the preview: the wheel that brings a session to the top of the preview does so in the editor', async function () {
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document, document, 'the agenda is the active editor');
    const before = editor.visibleRanges[0].start.line;
    const session = (await webviewRect('#session-second-meeting'))!.top;
    const header = (await webviewRect('#toolbar'))?.height ?? 0;
    await webviewWheel('#programme', Math.round(session - header));
    const second = lineOf('  - id: second-meeting');
    const near = () => Math.abs(editor.visibleRanges[0].start.line - second) <= 1;
    await poll(`the editor within a line of ${second} (the wheel moves whole pixels), from ${before}`, near)
      .catch(() => assert.fail(`the editor's top line is ${editor.visibleRanges[0].start.line}, not ${second}`));
  });

  it('puts the cursor on the line of the element clicked', async function () {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    assert.ok(editor, 'the agenda is visible beside its preview');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const room = lineOf('  - id: third-meeting') + 6;
    assert.strictEqual(document.lineAt(room).text, '    room: Room B');
    await webviewClick('#session-third-meeting .session-room');
    await poll('the cursor on the room of the third meeting', () => editor.selection.active.line === room);
    assert.strictEqual(editor.selection.active.character, 4);

    const title = lineOf('title: { en: Second meeting');
    await webviewClick('#session-second-meeting .session-title-text', { double: true });
    await poll('the focus on the agenda at the second meeting', () => vscode.window.activeTextEditor?.selection.active.line === title);
  });

  it('shows an agenda full of markup and script as text', async function () {
    const hostile = await vscode.workspace.openTextDocument(repoFile(HOSTILE));
    await vscode.window.showTextDocument(hostile, { viewColumn: vscode.ViewColumn.One });
    await textIs('.programme .event-title', '<script>alert("title")</script>');
    await textIs('#session-session .session-room', '</article><script>alert(1)</script>');
    await textIs('.session-description p', '[click me](JaVaScRiPt:alert(1)) and <a href=x onerror=y>x</a>');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One });
    await textIs('.programme .event-title', EVENT_TITLE);
  });

  it('is restored after the window reloads, locked on its agenda and at the same place', async function () {
    this.timeout(240_000);
    if (phase === undefined) return requestReload(this.test!.fullTitle());
    if (phase === 'before-reload') {
      await vscode.commands.executeCommand('agenda.openPreviewToSide', document.uri, { sessionIndex: 1 });
      await secondMeetingAtTop('the preview scrolled to the second meeting');
      await vscode.commands.executeCommand('workbench.action.focusNextGroup');
      await vscode.commands.executeCommand('agenda.togglePreviewLock');
      await poll('the locked preview', () => previewTabs()[0]?.label === '[Preview] kyoto-2020-workshop-4.agenda.yaml');
      await reloadWindow();
    }
    const tab = await poll('the restored preview tab', () => previewTabs()[0], 120_000);
    assert.strictEqual(tab.label, '[Preview] kyoto-2020-workshop-4.agenda.yaml');
    await textIs('.programme .event-title', EVENT_TITLE);
    await secondMeetingAtTop('the restored preview scrolled to the second meeting');
  });
});

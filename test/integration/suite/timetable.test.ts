import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { activateExtension, closeAllEditors, diagnosticsWhen, filesWrittenBySuite, poll, repoFile, until, workspaceFile } from '../workbench';
import { hasWebviewHooks, requestScreenshot, webviewClick, webviewRect, webviewText, webviewTextIs as textIs } from '../hooks';

const CONGRESS = 'test/fixtures/timetable/congress.agenda.yaml';
/** The height of a minute in the preview's timetable, in CSS pixels (`--tt-minute` of TIMETABLE_CSS). */
const MINUTE = 1.2;

describe('Timetable in the preview', function () {
  this.timeout(60000);
  before(function () {
    if (!hasWebviewHooks()) this.skip();
  });
  let document: vscode.TextDocument;

  /** The 0-based line of the session with this id. */
  function sessionLine(id: string): number {
    const line = document.getText().split('\n').findIndex((l) => l.trim() === `- id: ${id}`);
    assert.ok(line >= 0, `the congress has a session ${id}`);
    return line;
  }

  const blockOf = (date: string, id: string) => `#timetable-${date} .tt-block[data-line="${sessionLine(id)}"]`;

  before(async () => {
    document = await vscode.workspace.openTextDocument(repoFile(CONGRESS));
    await closeAllEditors();
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  });

  after(async () => {
    await closeAllEditors();
  });

  it('switches the preview to the timetable with the button in its toolbar, and back with the command', async function () {
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    await textIs('.programme .event-title', 'Timetable test congress');
    await textIs('#view-programme[aria-pressed="true"]', 'Programme');
    await webviewClick('#view-timetable');
    await textIs('#timetable-2020-04-24 .tt-room', 'Plenary Hall');
    await textIs('#view-timetable[aria-pressed="true"]', 'Timetable');
    await textIs('#timetable-2020-04-24 .tt-room.tt-no-room', 'No room');

    await vscode.commands.executeCommand('agenda.togglePreviewView');
    await textIs('.programme .event-title', 'Timetable test congress');
    await vscode.commands.executeCommand('agenda.togglePreviewView');
    await textIs('#timetable-2020-04-24 .tt-room', 'Plenary Hall');
  });

  it('draws each session as a block of its length from its start, a clash side by side', async function () {
    const opening = await webviewRect(blockOf('2020-04-24', 'opening'));
    const clashing = await webviewRect(blockOf('2020-04-24', 'clashing'));
    const panel = await webviewRect(blockOf('2020-04-24', 'panel'));
    assert.ok(opening && clashing && panel, 'the three blocks of the Plenary Hall are drawn');
    assert.deepStrictEqual([opening.height, clashing.height, panel.height], [90 * MINUTE, 60 * MINUTE, 45 * MINUTE], 'the style the page\'s policy drops is set by its script');
    assert.deepStrictEqual([clashing.top - opening.top, panel.top - opening.top], [60 * MINUTE, 120 * MINUTE]);
    assert.ok(Math.abs(clashing.left - (opening.left + opening.width)) < 1, `the clash stands beside the opening: ${JSON.stringify([opening, clashing])}`);
    assert.ok(Math.abs(panel.width - 2 * opening.width) < 1, 'the panel after them takes the whole column');
    assert.strictEqual(await webviewText(`${blockOf('2020-04-24', 'clashing')} .tt-note`), 'Room clash');
    await requestScreenshot('timetable', 'Plenary Hall');
  });

  it('opens the source of a block clicked, at its session', async function () {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    assert.ok(editor, 'the agenda is visible beside its preview');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const panel = sessionLine('panel');
    await webviewClick(blockOf('2020-04-24', 'panel'));
    await poll(`the cursor on the panel's line ${panel}`, () => editor.selection.active.line === panel)
      .catch(() => assert.fail(`the cursor is on line ${editor.selection.active.line}, not ${panel}`));
    assert.strictEqual(editor.selection.active.character, 2, 'at the dash that starts it');

    const late = sessionLine('late');
    await webviewClick(blockOf('2020-04-25', 'late'));
    await poll('the cursor on the late reception, from its part after midnight', () => editor.selection.active.line === late);
  });

  it('outlines the block of the session the cursor is in', async function () {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document)!;
    const closing = sessionLine('closing');
    editor.selection = new vscode.Selection(closing + 2, 4, closing + 2, 4);
    await poll('the closing outlined', async () => (await webviewText('.tt-block.agenda-active-line .tt-title')) === 'Closing');
  });
});

describe('Timetable of a programme of files in the preview', function () {
  this.timeout(90_000);
  before(function () {
    if (!hasWebviewHooks()) this.skip();
  });
  const congressFile = (relative: string) => workspaceFile(`congress/${relative}`);
  const ransomware = congressFile('side-events/ransomware.agenda.yaml');
  const cybercrime = congressFile('workshops/cybercrime.agenda.yaml');
  const victims = congressFile('side-events/victims.agenda.yaml');
  const titleOf = (file: vscode.Uri) => `.tt-block[data-file="${file.toString()}"] .tt-title`;
  const heads = () => Promise.all([2, 3, 4].map((n) => webviewText(`#timetable-2026-03-08 .tt-head .tt-room:nth-child(${n})`)));
  let api: AgendaAuthorApi;
  let victimsText: Uint8Array;

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
    await api.programme.ready();
    victimsText = await vscode.workspace.fs.readFile(victims);
    await closeAllEditors();
    await vscode.commands.executeCommand('agenda.tree.showFile');
    await vscode.window.showTextDocument(ransomware, { viewColumn: vscode.ViewColumn.One, preview: false });
  });

  after(async () => {
    await vscode.workspace.fs.writeFile(victims, victimsText);
    await vscode.commands.executeCommand('agenda.tree.showFile');
    await closeAllEditors();
  });

  it('shows one file with the rooms of its congress and the problems of the programme\'s check, then the whole programme, the choice shared with the Agenda view', async () => {
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    await textIs('.programme .event-title', 'Ransomware in practice');
    const [clash] = await diagnosticsWhen(ransomware, 'the room clash across files', (d) => d.length === 1);
    await textIs('#banner li', `Line ${clash!.range.start.line + 1} ${clash!.message}`);
    await webviewClick('#view-timetable');
    await textIs('#scope-file[aria-pressed="true"]', 'This file');
    assert.deepStrictEqual(await heads(), ['Plenary Hall', 'Room A', 'Room B'], 'the registry of the root, in its order, the free rooms too');
    assert.strictEqual(await webviewText(titleOf(cybercrime)), undefined, 'one file: no other file\'s blocks');

    await webviewClick('#scope-programme');
    await textIs(titleOf(cybercrime), 'Electronic evidence');
    await textIs('#scope-programme[aria-pressed="true"]', 'Whole programme');
    await textIs(`${titleOf(congressFile('congress.agenda.yaml'))}`, 'Opening of the Congress');
    assert.deepStrictEqual(await heads(), ['Plenary Hall', 'Room A', 'Room B']);
    assert.strictEqual(api.agendaTree.provider.scope, 'programme', 'the Agenda view shows the whole programme too');
    await requestScreenshot('timetable-programme', 'Preview ransomware.agenda.yaml');

    await vscode.commands.executeCommand('agenda.tree.showFile');
    await poll('the timetable back to the one file', async () => (await webviewText(titleOf(cybercrime))) === undefined);
    await textIs('#scope-file[aria-pressed="true"]', 'This file');
    await vscode.commands.executeCommand('agenda.tree.showProgramme');
    await textIs(titleOf(cybercrime), 'Electronic evidence');
  });

  it('opens the file of a block clicked at its session, and follows another file of the programme typed in or changed on disk', async () => {
    const line = new TextDecoder().decode(await vscode.workspace.fs.readFile(cybercrime)).split('\n').findIndex((l) => l.trim() === '- id: w1-evidence');
    const opened = until('the workshop shown at its session', [vscode.window.onDidChangeVisibleTextEditors, vscode.window.onDidChangeTextEditorSelection],
      () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === cybercrime.toString() && e.selection.active.line === line));
    await webviewClick(`.tt-block[data-file="${cybercrime.toString()}"]`);
    const editor = await opened;

    const title = editor.document.getText().indexOf('Electronic evidence');
    await editor.edit((edit) => edit.insert(editor.document.positionAt(title + 'Electronic evidence'.length), ' in court'));
    await textIs(titleOf(cybercrime), 'Electronic evidence in court');

    await vscode.workspace.fs.writeFile(victims, new TextEncoder().encode(new TextDecoder().decode(victimsText).replace('start: "13:00"', 'start: "12:45"')));
    await textIs(`.tt-block[data-file="${victims.toString()}"] .tt-time`, '12:45–14:00');
  });

  it('outlines the block of the session the cursor is in, of the file shown or of another file of the programme, names its workshop, and previews there a session the Agenda view names', async () => {
    const lineOf = (document: vscode.TextDocument, text: string) => document.getText().split('\n').findIndex((l) => l.trim() === text);
    const active = '.tt-block.agenda-active-line';
    const previewTab = (label: string) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label === label);
    const toggleLock = async (label: string) => {
      await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
      await vscode.commands.executeCommand('agenda.togglePreviewLock');
      await until(`the preview tab ${label}`, [vscode.window.tabGroups.onDidChangeTabs], () => previewTab(label));
    };
    await closeAllEditors();
    await vscode.commands.executeCommand('agenda.tree.showProgramme');
    const sideEvent = await vscode.window.showTextDocument(ransomware, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    await textIs('.programme .event-title', 'Regional Congress on Crime Prevention');
    await webviewClick('#view-timetable');
    await textIs(titleOf(cybercrime), 'Electronic evidence');

    const own = lineOf(sideEvent.document, '- id: side-ransomware');
    sideEvent.selection = new vscode.Selection(own + 2, 4, own + 2, 4);
    await textIs(`${active}[data-file="${ransomware.toString()}"] .tt-title`, 'Ransomware in practice');

    await toggleLock('[Preview] ransomware.agenda.yaml');
    const workshop = await vscode.window.showTextDocument(cybercrime, { viewColumn: vscode.ViewColumn.One, preview: false });
    const evidence = lineOf(workshop.document, '- id: w1-evidence');
    workshop.selection = new vscode.Selection(evidence + 1, 4, evidence + 1, 4);
    await textIs(`${active}[data-file="${cybercrime.toString()}"] .tt-title`, 'Electronic evidence');
    assert.strictEqual(await webviewText(`${active} .tt-part`), 'Workshop on cybercrime', 'the block names its workshop');
    assert.strictEqual(await webviewText('.tt-block[data-file$="ransomware.agenda.yaml"] .tt-part'), undefined, 'a side event whose session bears its name is not named twice');
    await requestScreenshot('timetable-programme-cursor', 'Workshop on cybercrime');
    await toggleLock('Preview ransomware.agenda.yaml');

    const tree = api.agendaTree;
    await until('the Agenda view to show the whole programme', [tree.provider.onDidChangeTreeData as vscode.Event<unknown>], () => tree.provider.programmeShown && tree.provider.fresh);
    const sessions = tree.provider.getChildren().flatMap((event) => event.children).flatMap((day) => day.children);
    const trafficking = sessions.find((node) => node.label.includes('Supporting victims of trafficking'));
    assert.ok(trafficking, `the side event's session in the Agenda view: ${sessions.map((node) => node.label).join(' | ')}`);
    await vscode.commands.executeCommand('agenda.previewSession', trafficking);
    await textIs(`${active}[data-file="${victims.toString()}"] .tt-title`, 'Supporting victims of trafficking');
    await poll('the preview on the side event', () => previewTab('Preview victims.agenda.yaml') !== undefined);
  });
});

describe('Timetable in the HTML export', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();
  const KYOTO = 'kyoto-2020-workshop-4.agenda.yaml';
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

  it('adds the timetable to the exported page with agenda.export.timetable, and leaves it out without', async () => {
    const config = vscode.workspace.getConfiguration('agenda.export');
    await config.update('timetable', true, vscode.ConfigurationTarget.Global);
    try {
      const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', workspaceFile(KYOTO), { language: 'en', replace: true });
      assert.ok(target, 'the page is written');
      written.push(target);
      const page = await read(target);
      assert.match(page, /<article class="programme timetable" lang="en" dir="ltr">/);
      assert.match(page, /<div class="tt-room"[^>]*>Room B<\/div>/);
      assert.match(page, /@page timetable/);
    } finally {
      await config.update('timetable', undefined, vscode.ConfigurationTarget.Global);
    }
    const plain = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', workspaceFile(KYOTO), { language: 'en', replace: true });
    assert.ok(plain);
    assert.doesNotMatch(await read(plain), /class="programme timetable"/, 'the setting is off by default');
    const asked = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', workspaceFile(KYOTO), { language: 'en', replace: true, timetable: true });
    assert.ok(asked);
    assert.match(await read(asked), /class="programme timetable"/, 'a caller may ask for it');
  });
});

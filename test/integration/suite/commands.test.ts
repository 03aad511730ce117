import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, diagnosticData, nextDiagnosticsChange, until, workspaceFile } from '../workbench';

/** A clean agenda in one language with a time zone, so that every export runs without asking anything. */
const EXPORTABLE = `version: 1
event:
  title: Expert group meeting
  start: 2020-04-24
  end: 2020-04-24
  timezone: Europe/Vienna
sessions:
  - id: opening
    title: Opening
    date: 2020-04-24
    start: "10:00"
    end: "11:00"
`;
const AGENDA = 'exportable.agenda.yaml';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const tabs = () => vscode.window.tabGroups.all.flatMap((group) => group.tabs);
const previewTab = (label: string) => tabs().find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === label);

async function showAgenda(): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(workspaceFile(AGENDA), { preview: false });
}

/** Runs an export command on the agenda (as from the Explorer) and checks the file it writes beside it. */
async function exportsTo(command: string, name: string, check: (text: string) => void): Promise<void> {
  const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, workspaceFile(AGENDA));
  assert.strictEqual(target?.toString(), workspaceFile(name).toString());
  check(decode(await vscode.workspace.fs.readFile(target)));
  await vscode.workspace.fs.delete(target);
}

/** Opens the preview of the agenda and resolves with its tab once the workbench shows it, active. */
async function openPreview(command: string): Promise<vscode.Tab> {
  await showAgenda();
  await vscode.commands.executeCommand(command);
  return until('the preview tab', [vscode.window.tabGroups.onDidChangeTabs], () => {
    const tab = previewTab(`Preview ${AGENDA}`);
    return tab?.isActive && tab;
  });
}

/** What running each contributed command must do. A command the extension adds needs an entry here. */
const COMMANDS: Record<string, () => Promise<void>> = {
  'agenda.newFile': async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('agenda.newFile');
    const checked = nextDiagnosticsChange(document.uri, 'the check of the new agenda');
    assert.strictEqual(document.uri.scheme, 'untitled');
    assert.match(document.uri.path, /^programme(-\d+)?\.agenda\.yaml$/);
    assert.strictEqual(document.languageId, 'yaml');
    assert.strictEqual(vscode.window.activeTextEditor?.document, document);
    assert.strictEqual(document.lineAt(0).text, 'version: 1');
    assert.deepStrictEqual((await checked).map(diagnosticData), []);
  },
  'agenda.exportHtml': () => exportsTo('agenda.exportHtml', 'exportable.html', (text) => {
    assert.match(text, /^<!DOCTYPE html>/);
    assert.match(text, /Expert group meeting/);
  }),
  'agenda.exportCalendar': () => exportsTo('agenda.exportCalendar', 'exportable.ics', (text) => {
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /\r\nDTSTART;TZID=Europe\/Vienna:20200424T100000\r\n/);
    assert.match(text, /\r\nSUMMARY:Opening\r\n/);
  }),
  'agenda.exportSchedule': () => exportsTo('agenda.exportSchedule', 'exportable.schedule.json', (text) => {
    const { conference } = (JSON.parse(text) as { schedule: { conference: { title: string; days: { rooms: Record<string, { start: string }[]> }[] } } }).schedule;
    assert.strictEqual(conference.title, 'Expert group meeting');
    assert.deepStrictEqual(Object.values(conference.days[0].rooms).flat().map((talk) => talk.start), ['10:00']);
  }),
  'agenda.openPreview': async () => {
    const tab = await openPreview('agenda.openPreview');
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.One);
  },
  'agenda.openPreviewToSide': async () => {
    const tab = await openPreview('agenda.openPreviewToSide');
    assert.strictEqual(tab.group.viewColumn, vscode.ViewColumn.Two);
  },
  'agenda.togglePreviewLock': async () => {
    await openPreview('agenda.openPreview');
    await vscode.commands.executeCommand('agenda.togglePreviewLock');
    await until('the locked preview tab', [vscode.window.tabGroups.onDidChangeTabs], () => previewTab(`[Preview] ${AGENDA}`));
    await vscode.commands.executeCommand('agenda.togglePreviewLock');
    await until('the unlocked preview tab', [vscode.window.tabGroups.onDidChangeTabs], () => previewTab(`Preview ${AGENDA}`));
  },
  'agenda.showPreviewSource': async () => {
    await openPreview('agenda.openPreview');
    await vscode.commands.executeCommand('agenda.showPreviewSource');
    const editor = await until('the agenda editor', [vscode.window.onDidChangeActiveTextEditor], () => vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.uri.toString(), workspaceFile(AGENDA).toString());
  },
};

describe('the contributed commands', function () {
  this.timeout(30_000);
  let contributed: string[];

  before(async () => {
    const extension = await activateExtension();
    contributed = (extension.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    await vscode.workspace.fs.writeFile(workspaceFile(AGENDA), new TextEncoder().encode(EXPORTABLE));
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('are each run below, and all registered by the extension', async () => {
    assert.deepStrictEqual([...contributed].sort(), Object.keys(COMMANDS).sort());
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  for (const [command, run] of Object.entries(COMMANDS)) {
    it(`runs ${command}`, run);
  }
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../../src/core';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { inWebHost } from '../environment';
import { meetingAgenda, tabs, TIMED_SESSION } from '../agendas';
import { activateExtension, closeAllEditors, diagnosticData, diagnosticsOfCurrentText, until, workspaceFile } from '../workbench';

/** A clean agenda in one language with a time zone, so that every export runs without asking anything. */
const EXPORTABLE = meetingAgenda({ event: '  timezone: Europe/Vienna\n', session: TIMED_SESSION });
const AGENDA = 'exportable.agenda.yaml';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
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

/**
 * The contributed commands another suite runs: they name them (in `executeCommand` or as an item's command), so the
 * check of what they do lives beside the feature.
 */
function runByOtherSuites(): Set<string> {
  const others = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js') && name !== path.basename(__filename));
  const text = others.map((name) => fs.readFileSync(path.join(__dirname, name), 'utf8')).join('\n');
  return new Set([...text.matchAll(/'(agenda\.[\w.]+)'/g)].map((m) => m[1]));
}

/** What running each contributed command must do, for the commands no other suite runs. */
const COMMANDS: Record<string, () => Promise<void>> = {
  'agenda.newFile': async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('agenda.newFile');
    assert.strictEqual(document.uri.scheme, 'untitled');
    assert.match(document.uri.path, /^programme(-\d+)?\.agenda\.yaml$/);
    assert.strictEqual(document.languageId, 'yaml');
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document, document);
    assert.strictEqual(document.lineAt(0).text, 'version: 1');
    assert.deepStrictEqual((await diagnosticsOfCurrentText(editor)).map(diagnosticData), []);
  },
  'agenda.exportHtml': () => exportsTo('agenda.exportHtml', 'exportable.html', (text) => {
    assert.match(text, /^<!DOCTYPE html>/);
    assert.match(text, /Expert group meeting/);
  }),
  'agenda.exportCalendar': () => exportsTo('agenda.exportCalendar', 'exportable.ics', (text) => {
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /\r\nDTSTART;TZID=Europe\/Vienna:20200424T100000\r\n/);
    assert.match(text, /\r\nSUMMARY:Opening — Expert group meeting\r\n/);
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
  'agenda.tree.refresh': async () => {
    const { provider } = ((await activateExtension()).exports as AgendaAuthorApi).agendaTree;
    const document = (await showAgenda()).document;
    await until('the Agenda view to show the agenda', [provider.onDidChangeTreeData], () => provider.document === document && provider.fresh);
    const before = provider.getChildren() as OutlineNode[];
    let rebuilt = false;
    const listener = provider.onDidChangeTreeData(() => (rebuilt = true));
    try {
      await vscode.commands.executeCommand('agenda.tree.refresh');
      await until('the Agenda view to rebuild', [provider.onDidChangeTreeData], () => rebuilt);
    } finally {
      listener.dispose();
    }
    const after = provider.getChildren() as OutlineNode[];
    assert.notStrictEqual(after[0], before[0], 'a new outline');
    assert.deepStrictEqual(after.map((node) => node.label), before.map((node) => node.label));
    assert.strictEqual(after[0].label, 'Expert group meeting');
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

  it('are each run below or by the suite of their feature, and all registered by the extension', async () => {
    // The compiled suites are read from disk, which only the Node.js host has; the web worker host runs the same suites.
    if (!inWebHost()) {
      const elsewhere = runByOtherSuites();
      assert.deepStrictEqual(contributed.filter((command) => !COMMANDS[command] && !elsewhere.has(command)), []);
    }
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(contributed.filter((command) => !registered.has(command)), []);
  });

  for (const [command, run] of Object.entries(COMMANDS)) {
    it(`runs ${command}`, run);
  }
});

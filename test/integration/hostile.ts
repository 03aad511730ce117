import * as assert from 'assert';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import { tooLargeToCheck } from '../../src/core';
import { billionLaughs } from '../unit/fuzz/attacks';
import { diagnosticData, type DiagnosticData, diagnosticsWhen, workspaceFile } from './workbench';

/** The example agenda, the other file the extension serves while a hostile one is open. */
export const KYOTO = 'kyoto-2020-workshop-4.agenda.yaml';

/**
 * 50,000,000 characters of agenda: a 50 MB file as a person counts megabytes, just under the 50 MiB beyond which
 * VS Code no longer passes a document to extensions (and which its web workbench asks about before opening).
 */
function fiftyMegabytes(example: string): string {
  const copies = Math.ceil(50_000_000 / example.length);
  return example.repeat(copies).slice(0, 50_000_000 - 1) + '\n';
}

/** A file written to attack the extension, and the diagnostic it must get. */
export interface Hostile {
  name: string;
  text: (example: string) => string;
  expected: (text: string) => DiagnosticData[];
  /** Why the other command's round trip has no target of its own (npm run bench): the workbench takes the file in. */
  workbenchBound?: string;
}

const tooLarge = (text: string): DiagnosticData[] => [{ range: [0, 0, 0, 0], code: 'file-too-large', severity: 'warning', message: tooLargeToCheck(text)!.message }];

export const HOSTILE: Hostile[] = [
  {
    name: 'billion-laughs.agenda.yaml',
    text: billionLaughs,
    expected: () => [{
      range: [1, 7, 1, 9], code: 'yaml-alias-limit', severity: 'error',
      message: 'The aliases (`*name`) in this file expand to too much data to check; write the repeated parts out instead.',
    }],
  },
  {
    name: 'nested-10000.agenda.yaml',
    text: () => `${'['.repeat(10_000)}\n`,
    expected: () => [{
      range: [0, 100, 0, 101], code: 'yaml-too-deep', severity: 'error',
      message: 'Lists and mappings nest more than 100 levels deep here, too deep to check (an agenda needs about ten); look for a `[` or `{` that is never closed.',
    }],
  },
  { name: 'one-megabyte-line.agenda.yaml', text: () => `version: 1\nevent:\n  description: ${'x'.repeat(1024 * 1024)}\n`, expected: tooLarge },
  {
    name: 'fifty-megabytes.agenda.yaml', text: fiftyMegabytes, expected: tooLarge,
    workbenchBound: 'a CPU profile of the extension host shows 1.1 s in receiving the document and 0.5 s in the built-in merge-conflict extension reading it; Agenda Author reads only its length',
  },
];

/** Runs another command served by the extension (the outline of the example) and resolves with its milliseconds. */
export async function anotherCommand(): Promise<number> {
  const started = Date.now();
  const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', workspaceFile(KYOTO));
  const ms = Date.now() - started;
  assert.ok(symbols.some((s) => s.name === 'sessions'), 'the example is outlined');
  return ms;
}

/** What serving a hostile file took: wall-clock figures for `npm run bench`, and the extension host's processor time. */
export interface HostileFigures {
  /** Milliseconds from showing the file to its diagnostic. */
  diagnosticMs: number;
  /** Milliseconds of another command, once after opening and once with the preview and the Agenda view open. */
  afterOpeningMs: number;
  withViewsMs: number;
  /** The extension host's longest event-loop stall, in milliseconds. */
  longestStallMs: number;
  /** The extension host's processor time from writing the file to the refused export. */
  cpuMs: number;
}

/**
 * Writes a hostile file into the workspace, opens it and checks its diagnostic exactly; then another command is
 * answered with the example's outline, the preview and the Agenda view open on the file, and an export of it is
 * refused. Resolves with what it took.
 */
export async function serveHostile(hostile: Hostile, example: string): Promise<HostileFigures> {
  const cpu = process.cpuUsage();
  const text = hostile.text(example);
  const uri = workspaceFile(hostile.name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const expected = hostile.expected(text);
  const shown = diagnosticsWhen(uri, `the diagnostic of ${hostile.name}`, (d) => d.length > 0, 300_000);
  const opening = Date.now();
  await vscode.window.showTextDocument(uri, { preview: false });
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  assert.deepStrictEqual((await shown).map(diagnosticData), expected);
  const diagnosticMs = Date.now() - opening;
  const afterOpeningMs = await anotherCommand();
  await vscode.commands.executeCommand('agenda.openPreviewToSide');
  await vscode.commands.executeCommand('agenda.tree.focus');
  const withViewsMs = await anotherCommand();
  const exported = await vscode.commands.executeCommand('agenda.exportHtml', uri, { language: 'en' });
  assert.strictEqual(exported, undefined, 'nothing is exported');
  stalls.disable();
  const used = process.cpuUsage(cpu);
  return { diagnosticMs, afterOpeningMs, withViewsMs, longestStallMs: Math.round(stalls.max / 1e6), cpuMs: Math.round((used.user + used.system) / 1000) };
}

/** Opens the example once, so that the first hostile file does not pay for loading the checking core. */
export async function readExample(): Promise<string> {
  const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(KYOTO)));
  await vscode.window.showTextDocument(workspaceFile(KYOTO));
  await anotherCommand();
  return example;
}

/** Deletes the hostile files from the workspace. */
export async function deleteHostile(): Promise<void> {
  for (const { name } of HOSTILE) await vscode.workspace.fs.delete(workspaceFile(name)).then(undefined, () => undefined);
}

import * as assert from 'assert';
import * as vscode from 'vscode';
import { AGENDA_SIZES, generateAgenda } from '../../bench/generateAgenda';
import { check, type Diagnostic } from '../../src/core';
import { agendaDiagnostics, closeAllEditors, diagnosticData, type DiagnosticData, diagnosticsWhen, workspaceFile } from './workbench';

const FILE = 'typing-load.agenda.yaml';
const INTERVAL_MS = 50;
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The diagnostics a fresh check of the text gives, as the extension shows them. */
function freshCheck(text: string): DiagnosticData[] {
  return check(text).map((d: Diagnostic) => ({
    range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
    code: d.code,
    severity: SEVERITIES[['error', 'warning', 'info'].indexOf(d.severity)],
    message: d.message,
  }));
}

const byPosition = (a: DiagnosticData, b: DiagnosticData) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.code.localeCompare(b.code) || a.message.localeCompare(b.message);

/** The number of the edit whose text the shown diagnostics belong to: each edit renames the unknown key `typed-N`. */
function editShown(diagnostics: vscode.Diagnostic[]): number | undefined {
  for (const d of diagnostics) {
    const match = /^Unknown key `typed-(\d+)`/.exec(d.message);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** What a stretch of typing did: how late each edit started against its schedule, and which edit each update showed. */
export interface Typing {
  seconds: number;
  edits: number;
  lateness: number[];
  shown: number[];
  settleMs: number;
}

/** Writes the 5,000-line agenda (congress size, bench/generateAgenda.ts) into the workspace, opens it and waits for its check. */
export async function openTypingAgenda(): Promise<vscode.TextEditor> {
  const uri = workspaceFile(FILE);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${generateAgenda(AGENDA_SIZES.congress)}typed-0: true\n`));
  const opened = diagnosticsWhen(uri, 'the first check', (d) => editShown(d) === 0, 60_000);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  await opened;
  assert.ok(editor.document.lineCount > 5000, `${editor.document.lineCount} lines`);
  return editor;
}

/** Puts the setting back, closes the agenda and deletes it. */
export async function closeTypingAgenda(): Promise<void> {
  await vscode.workspace.getConfiguration('agenda').update('validate.delay', undefined, vscode.ConfigurationTarget.Workspace);
  await closeAllEditors();
  await vscode.workspace.fs.delete(workspaceFile(FILE)).then(undefined, () => undefined);
}

/**
 * Types into the agenda every 50 ms for `seconds`: each edit renames the last line's unknown key to `typed-N` and
 * types or deletes a character in a session title in the middle. Records how late each edit started against its
 * schedule, which edit every diagnostics update belonged to, and how long after the last edit its check showed.
 */
export async function typeInto(editor: vscode.TextEditor, seconds: number): Promise<Typing> {
  const document = editor.document;
  const uri = document.uri;
  const first = editShown(agendaDiagnostics(uri)) ?? 0;
  const titleLine = Math.floor(document.lineCount / 2) + document.getText().split('\n').slice(Math.floor(document.lineCount / 2)).findIndex((l) => /^ {4}title: ".*"$/.test(l));
  const shown: number[] = [];
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (!event.uris.some((u) => u.toString() === uri.toString())) return;
    const n = editShown(agendaDiagnostics(uri));
    if (n !== undefined) shown.push(n);
  });
  const lateness: number[] = [];
  const start = Date.now();
  let n = first;
  try {
    for (let step = 1; Date.now() - start < seconds * 1000; step++) {
      const due = start + step * INTERVAL_MS;
      if (due > Date.now()) await sleep(due - Date.now());
      lateness.push(Date.now() - due);
      n++;
      const last = document.lineAt(document.lineCount - 2);
      const title = document.lineAt(titleLine);
      const quote = title.range.end.translate(0, -1);
      assert.ok(await editor.edit((builder) => {
        builder.replace(last.range, `typed-${n}: true`);
        if (n % 2) builder.insert(quote, 'x');
        else builder.delete(new vscode.Range(quote.translate(0, -1), quote));
      }), `edit ${n} applied`);
    }
  } finally {
    listener.dispose();
  }
  const typed = Date.now();
  const final = await diagnosticsWhen(uri, `the check of edit ${n}`, (d) => editShown(d) === n, 60_000);
  const settleMs = Date.now() - typed;
  shown.push(editShown(final)!);
  return { seconds, edits: n - first, lateness, shown, settleMs };
}

/** What every stretch of typing must show: the results in the order of the edits, the last one equal to a fresh check. */
export function assertInOrder(editor: vscode.TextEditor, typing: Typing): void {
  const backwards = typing.shown.findIndex((n, i) => i > 0 && n < typing.shown[i - 1]);
  assert.strictEqual(backwards, -1, `the diagnostics of edit ${typing.shown[backwards]} were shown after those of edit ${typing.shown[backwards - 1]}`);
  assert.deepStrictEqual(agendaDiagnostics(editor.document.uri).map(diagnosticData).sort(byPosition), freshCheck(editor.document.getText()).sort(byPosition));
}

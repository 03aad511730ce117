import * as assert from 'assert';
import * as vscode from 'vscode';
import { AGENDA_SIZES, generateAgenda } from '../../../bench/generateAgenda';
import { check, type Diagnostic } from '../../../src/core';
import { activateExtension, agendaDiagnostics, closeAllEditors, diagnosticData, type DiagnosticData, diagnosticsWhen, report, workspaceFile } from '../workbench';

const FILE = 'typing-load.agenda.yaml';
const INTERVAL_MS = 50;
/** A minute, as the issue asks; AGENDA_LOAD_SECONDS shortens it for a quick local run. */
const SECONDS = Number(process.env.AGENDA_LOAD_SECONDS ?? 60);
/**
 * How far behind its schedule the 95th percentile of edits may start before it is a backlog (one edit can wait on
 * the workbench, outside the extension host, as long as the next ones catch up), and how long the last check may
 * take to show.
 */
const LATE_MS = 1000;
const SETTLE_MS = 5000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

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

interface Typing {
  seconds: number;
  edits: number;
  lateness: number[];
  shown: number[];
  settleMs: number;
}

/**
 * Types into the agenda every 50 ms for `seconds`: each edit renames the last line's unknown key to `typed-N` and
 * types or deletes a character in a session title in the middle. Records how late each edit started against its
 * schedule, which edit every diagnostics update belonged to, and how long after the last edit its check showed.
 */
async function type(editor: vscode.TextEditor, seconds: number, first: number): Promise<Typing> {
  const document = editor.document;
  const uri = document.uri;
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
  const final = await diagnosticsWhen(uri, `the check of edit ${n}`, (d) => editShown(d) === n, 30_000);
  const settleMs = Date.now() - typed;
  shown.push(editShown(final)!);
  return { seconds, edits: n - first, lateness, shown, settleMs };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe('typing into a 5,000-line agenda', function () {
  this.timeout((2 * SECONDS + 180) * 1000);
  let editor: vscode.TextEditor;

  before(async () => {
    await activateExtension();
    const uri = workspaceFile(FILE);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${generateAgenda(AGENDA_SIZES.congress)}typed-0: true\n`));
    const opened = diagnosticsWhen(uri, 'the first check', (d) => editShown(d) === 0, 30_000);
    editor = await vscode.window.showTextDocument(uri, { preview: false });
    await opened;
    assert.ok(editor.document.lineCount > 5000, `${editor.document.lineCount} lines`);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('agenda').update('validate.delay', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(FILE)).then(undefined, () => undefined);
  });

  /** Reports a run's figures and checks what every run must show: results in the order of the edits, the last one soon, equal to a fresh check. */
  function assertInOrder(typing: Typing, label: string): void {
    const late = percentile(typing.lateness, 100);
    report(`${label}: ${typing.edits} edits in ${typing.seconds} s; edits started late by ${percentile(typing.lateness, 50)} ms (median), ${percentile(typing.lateness, 95)} ms (95th percentile), ${late} ms (worst); ${typing.shown.length} diagnostics updates; the last edit's check showed ${typing.settleMs} ms after it`);
    const backwards = typing.shown.findIndex((n, i) => i > 0 && n < typing.shown[i - 1]);
    assert.strictEqual(backwards, -1, `the diagnostics of edit ${typing.shown[backwards]} were shown after those of edit ${typing.shown[backwards - 1]}`);
    assert.deepStrictEqual(agendaDiagnostics(editor.document.uri).map(diagnosticData).sort(byPosition), freshCheck(editor.document.getText()).sort(byPosition));
    assert.ok(typing.settleMs < SETTLE_MS, `the last check showed ${typing.settleMs} ms after the last edit`);
  }

  it(`keeps up with an edit every 50 ms for ${SECONDS} s: no edit falls behind, the last check shows at once and equals a fresh check, never an older result after a newer one`, async () => {
    const typing = await type(editor, SECONDS, editShown(agendaDiagnostics(editor.document.uri)) ?? 0);
    assertInOrder(typing, 'agenda.validate.delay 250 ms');
    const late = percentile(typing.lateness, 95);
    assert.ok(late < LATE_MS, `one edit in twenty started ${late} ms late or later: the extension host fell behind`);
  });

  it('with agenda.validate.delay 0 (every edit checked at once), still shows the results in the order of the edits and ends on a fresh check', async () => {
    await vscode.workspace.getConfiguration('agenda').update('validate.delay', 0, vscode.ConfigurationTarget.Workspace);
    const typing = await type(editor, Math.min(SECONDS, 15), editShown(agendaDiagnostics(editor.document.uri)) ?? 0);
    assertInOrder(typing, 'agenda.validate.delay 0');
    assert.ok(typing.shown.length >= typing.edits / 2, `${typing.shown.length} updates for ${typing.edits} edits`);
  });
});

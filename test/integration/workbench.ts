import * as assert from 'assert';
import * as vscode from 'vscode';
import Mocha from 'mocha';
import { setting } from './environment';

/** The extension under test, by its Marketplace id. */
export const EXTENSION_ID = 'agenda-author.agenda-author';

/** Activates the extension under test (from the source folder or the installed .vsix) and returns it. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  await extension.activate();
  return extension;
}

/** A file of the test workspace (a fresh copy of examples/ and test/fixtures/{valid,invalid}/, flat). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * A file of the repository the suite runs from (AGENDA_TEST_REPO), reached as the workspace folder is (a `file:` URI
 * in the Node.js host, the workbench's remote scheme in the web worker host). Tests edit such files only in memory.
 */
export function repoFile(relative: string): vscode.Uri {
  const repo = setting('AGENDA_TEST_REPO');
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(repo && folder, 'the launcher names the repository, and a workspace folder is open');
  return folder.uri.with({ path: `${repo}/${relative}` });
}

/** The text of a file of the repository ({@link repoFile}), read through the workbench's file system (the web worker host has no Node.js `fs`). */
export async function repoText(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(repoFile(relative)));
}

/** The diagnostics Agenda Author reports for a document. */
export function agendaDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'agenda');
}

const RECHECK_MS = 100;

/**
 * Resolves with what `condition` returns once that is truthy, checking it now, after each of the events, and every
 * {@link RECHECK_MS} (some state, such as a tree view's selection, can change in the extension host with no event
 * after it); rejects after `ms` with what it was waiting for and, if given, what it last saw.
 */
export function until<T>(what: string, events: vscode.Event<unknown>[], condition: () => T | undefined | null | false, ms = 15_000, seen?: () => unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      clearInterval(recheck);
      subscriptions.forEach((s) => s.dispose());
      settle();
    };
    const check = () => {
      const value = condition();
      if (value) finish(() => resolve(value));
    };
    const timer = setTimeout(() => {
      const last = seen ? `; last seen: ${JSON.stringify(seen())}` : '';
      finish(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}${last}`)));
    }, ms);
    const recheck = setInterval(check, RECHECK_MS);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** A diagnostic as plain data, for exact comparisons: `[startLine, startChar, endLine, endChar]`, code, message. */
export interface DiagnosticData {
  range: [number, number, number, number];
  code: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

/** Plain data of a VS Code diagnostic (see {@link DiagnosticData}). */
export function diagnosticData(d: vscode.Diagnostic): DiagnosticData {
  const { start, end } = d.range;
  return { range: [start.line, start.character, end.line, end.character], code: String(d.code), severity: SEVERITIES[d.severity], message: d.message };
}

/**
 * Resolves with the agenda diagnostics of a document once `ready` accepts them, waiting on `onDidChangeDiagnostics`
 * (never on a fixed delay).
 */
export function diagnosticsWhen(uri: vscode.Uri, what: string, ready: (diagnostics: vscode.Diagnostic[]) => boolean, ms?: number): Promise<vscode.Diagnostic[]> {
  return until(what, [vscode.languages.onDidChangeDiagnostics], () => {
    const current = agendaDiagnostics(uri);
    return ready(current) && current;
  }, ms, () => agendaDiagnostics(uri).map(diagnosticData));
}

/** Resolves with the document's agenda diagnostics at the next change of its diagnostics (subscribes at once). */
export function nextDiagnosticsChange(uri: vscode.Uri, what = `a change of the diagnostics of ${uri.path}`): Promise<vscode.Diagnostic[]> {
  let changed = false;
  const listener = vscode.languages.onDidChangeDiagnostics((event) => {
    if (event.uris.some((u) => u.toString() === uri.toString())) changed = true;
  });
  return until(what, [vscode.languages.onDidChangeDiagnostics], () => changed && agendaDiagnostics(uri)).finally(() => listener.dispose());
}

/** Closes every editor, reverting unsaved changes first, so that no "Save changes?" dialog can wait for a click. */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 100 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

const SENTINEL = 'agenda-test-sentinel';

/**
 * Resolves with a document's diagnostics once the extension has checked its current text: appends a line with an
 * unknown top-level key, waits for the check that reports it, and returns the other diagnostics. A way to wait for
 * "no diagnostics" that cannot pass before the check has run.
 */
export async function diagnosticsOfCurrentText(editor: vscode.TextEditor): Promise<vscode.Diagnostic[]> {
  const document = editor.document;
  const last = document.lineAt(document.lineCount - 1);
  const line = last.text ? last.lineNumber + 1 : last.lineNumber;
  const checked = diagnosticsWhen(document.uri, 'the check of the sentinel line', (d) => d.some((x) => x.range.start.line === line && x.message.includes(SENTINEL)));
  assert.ok(await editor.edit((builder) => builder.insert(last.range.end, `${last.text ? '\n' : ''}${SENTINEL}: true\n`)));
  return (await checked).filter((d) => d.range.start.line !== line);
}

/** Prints a line of figures into the suite's report (indented under the test), where the launcher shows it. */
export function report(line: string): void {
  Mocha.reporters.Base.consoleLog(`      ${line}`);
}

/**
 * For a suite that writes files: activates the extension before it, and after each test closes every editor and
 * deletes the files the test added to the list returned.
 */
export function filesWrittenBySuite(): vscode.Uri[] {
  const written: vscode.Uri[] = [];
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
    for (const uri of written.splice(0)) await vscode.workspace.fs.delete(uri, { recursive: true }).then(undefined, () => undefined);
  });
  return written;
}

/**
 * Polls `condition` until it holds, for state that sends no event to this host (a webview's page, the workbench's
 * panels); rejects after `ms`.
 */
export async function poll<T>(what: string, condition: () => Promise<T | undefined | false> | T | undefined | false, ms = 15000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Shows the Agenda view alone in a wider Explorer, for its screenshots: the folder's files move to the Search bar and
 * the editor is two steps of Decrease Editor Width narrower. Resolves with what puts the workbench back as it was: an
 * editor left narrower (950 px or less in the 1,400 px window) hides the media of a walkthrough's step.
 */
export async function showAgendaViewAlone(): Promise<() => Promise<void>> {
  const FILES = 'workbench.explorer.fileView';
  await vscode.commands.executeCommand('vscode.moveViews', { viewIds: [FILES], destinationId: 'workbench.view.search' });
  await vscode.commands.executeCommand('agenda.tree.focus');
  for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.decreaseViewWidth');
  return async () => {
    await vscode.commands.executeCommand('agenda.tree.focus');
    for (let i = 0; i < 2; i++) await vscode.commands.executeCommand('workbench.action.increaseViewWidth');
    await vscode.commands.executeCommand('vscode.moveViews', { viewIds: [FILES], destinationId: 'workbench.view.explorer' });
  };
}

import * as vscode from 'vscode';
import { setting } from './environment';
import { poll } from './workbench';

/**
 * What the suite asks of the launcher, through the loopback server whose address it passes as AGENDA_TEST_HOOK_URL:
 * screenshots of the workbench, and a look into webviews (their pages live in the workbench, out of this extension
 * host's reach). Under launchers without the server (desktop VS Code) screenshots are skipped and the rest throws.
 * Calls go through `fetch`, which both extension hosts have (the web worker host's page allows loopback requests).
 */

/** Calls a hook and resolves with its answer; undefined when the launcher has no hooks or does not answer. */
async function callHook(path: string, params: Record<string, string>, ms = 20_000, body?: string): Promise<{ status: number; body: string } | undefined> {
  const hook = setting('AGENDA_TEST_HOOK_URL');
  if (!hook) return undefined;
  const url = new URL(path, hook);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  try {
    const response = await fetch(url, { method: body === undefined ? 'GET' : 'POST', ...(body === undefined ? {} : { body }), signal: AbortSignal.timeout(ms) });
    return { status: response.status, body: await response.text() };
  } catch {
    return undefined;
  }
}

/** Hands lines of the suite's report to the launcher, which prints them (the web worker host has no file to write). */
export async function sendReport(lines: string): Promise<void> {
  await callHook('/report', {}, 20_000, lines);
}

/** Whether the launcher can look into webviews and reload the window (the code-server launcher can). */
export function hasWebviewHooks(): boolean {
  return setting('AGENDA_TEST_HOOK_URL') !== undefined;
}

async function requireHook(path: string, params: Record<string, string>): Promise<{ status: number; body: string }> {
  const answer = await callHook(path, params);
  if (!answer) throw new Error(`the launcher offers no ${path} hook (AGENDA_TEST_HOOK_URL unset or not answering)`);
  return answer;
}

/**
 * Asks the launcher to save a screenshot of the workbench as it is now, as `test-results/<name>.png`, and waits until
 * it is written. A no-op under launchers that cannot take one. Names are letters, digits and `-`. With `showing`, the
 * launcher first waits until the workbench shows that text (what the extension host sent can reach it later).
 */
export async function requestScreenshot(name: string, showing?: string): Promise<void> {
  await callHook('/screenshot', showing ? { name, showing } : { name });
}

/**
 * The text of the first visible element of the workbench (outside webviews) that matches a CSS selector and contains
 * `containing`, once one does; undefined when none does within 10 s.
 */
export async function workbenchText(selector: string, containing: string): Promise<string | undefined> {
  const answer = await requireHook('/workbench/text', { selector, containing });
  if (answer.status !== 200) throw new Error(`workbenchText(${selector}): ${answer.body}`);
  const { text } = JSON.parse(answer.body) as { text: string | null };
  return text ?? undefined;
}

/**
 * Types into the workbench with the keyboard, as a user would, where its focus is: `text`, then each key of `press`
 * in turn (Playwright's names: `Enter`, `Control+Z`).
 */
export async function workbenchKeys(text: string, ...press: string[]): Promise<void> {
  const params = new URLSearchParams(text ? { type: text } : {});
  for (const key of press) params.append('press', key);
  const answer = await requireHook(`/workbench/keys?${params.toString()}`, {});
  if (answer.status !== 200) throw new Error(`workbenchKeys: ${answer.body}`);
}

/** The text of the first element matching a CSS selector in any webview of the workbench; undefined when none does. */
export async function webviewText(selector: string): Promise<string | undefined> {
  const answer = await requireHook('/webview/text', { selector });
  if (answer.status !== 200) throw new Error(`webviewText(${selector}): ${answer.body}`);
  const { text } = JSON.parse(answer.body) as { text: string | null };
  return text ?? undefined;
}

/** Waits until the first element matching `selector` in a webview reads `expected`; fails saying what it last read. */
export async function webviewTextIs(selector: string, expected: string): Promise<void> {
  let last: string | undefined;
  await poll(`${selector} to read "${expected}"`, async () => (last = await webviewText(selector)) === expected).catch((error: Error) => {
    throw new Error(`${error.message}; last read: ${JSON.stringify(last)}`);
  });
}

/** Where the first element matching a CSS selector in a webview is, in CSS pixels from its page's visible top-left. */
export async function webviewRect(selector: string): Promise<{ top: number; left: number; width: number; height: number } | undefined> {
  const answer = await requireHook('/webview/rect', { selector });
  if (answer.status !== 200) throw new Error(`webviewRect(${selector}): ${answer.body}`);
  return (JSON.parse(answer.body) as { rect: { top: number; left: number; width: number; height: number } | null }).rect ?? undefined;
}

/** Clicks (or double-clicks) the first element matching a CSS selector in a webview, with the mouse, as a user would. */
export async function webviewClick(selector: string, options: { double?: boolean } = {}): Promise<void> {
  const answer = await requireHook('/webview/click', { selector, double: options.double ? '1' : '' });
  if (answer.status !== 200) throw new Error(`webviewClick(${selector}): ${answer.body}`);
}

/** Turns the mouse wheel by `deltaY` pixels over the first element matching a CSS selector in a webview, as a user would. */
export async function webviewWheel(selector: string, deltaY: number): Promise<void> {
  const answer = await requireHook('/webview/wheel', { selector, deltaY: String(deltaY) });
  if (answer.status !== 200) throw new Error(`webviewWheel(${selector}): ${answer.body}`);
}

/** Which run of the suite this is, for tests that span a window reload (see {@link requestReload}). */
export type ReloadPhase = 'before-reload' | 'after-reload' | undefined;

/** What the launcher wants of this run of the suite: a phase around a window reload, and the tests it runs then. */
export async function runPlan(): Promise<{ phase: ReloadPhase; grep?: string }> {
  const answer = await callHook('/plan', {});
  return answer?.status === 200 ? (JSON.parse(answer.body) as { phase: ReloadPhase; grep?: string }) : { phase: undefined };
}

/** The phase of this run (set by the suite's runner from {@link runPlan}). */
export function reloadPhase(): ReloadPhase {
  const phase = setting('AGENDA_TEST_PHASE');
  return phase === 'before-reload' || phase === 'after-reload' ? phase : undefined;
}

/**
 * Asks the launcher, once this run has passed, to run the test with this full title again in phase `before-reload`,
 * where it sets the window up and calls {@link reloadWindow}, and then in phase `after-reload`, where it checks what
 * the reloaded window restored.
 */
export async function requestReload(fullTitle: string): Promise<void> {
  const answer = await requireHook('/reload', { grep: `^${fullTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` });
  if (answer.status !== 200) throw new Error(`requestReload: ${answer.body}`);
}

/**
 * Reloads the window as a user does (Developer: Reload Window, which saves the workbench's state first), after telling
 * the launcher that the next run is the `after-reload` phase. Never resolves: the reload ends this extension host.
 */
export async function reloadWindow(): Promise<never> {
  const answer = await requireHook('/reloading', {});
  if (answer.status !== 200) throw new Error(`reloadWindow: ${answer.body}`);
  // The command's promise settles (or is cancelled) as the extension host goes down: nothing to wait for.
  vscode.commands.executeCommand('workbench.action.reloadWindow').then(undefined, () => undefined);
  return new Promise<never>(() => undefined);
}

/**
 * What the launcher tells the suite about its run (AGENDA_TEST_HOOK_URL, AGENDA_TEST_GREP, ...), and which extension
 * host the suite runs in. In the Node.js extension host these are the host's environment variables (the launcher's
 * `extensionEnvironment`); the web worker host has no environment, so its runner reads them from the file the launcher
 * writes beside the suite and hands them over with {@link useSettings}.
 */
let settings: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

/** A setting of this run, or undefined. */
export function setting(name: string): string | undefined {
  return settings[name];
}

/** Sets (or, with undefined, clears) a setting for the rest of this run. */
export function setSetting(name: string, value: string | undefined): void {
  if (value === undefined) delete settings[name];
  else settings[name] = value;
}

/** Replaces the settings (the web worker host's runner, with those the launcher wrote for it). */
export function useSettings(values: Record<string, string>): void {
  settings = { ...values };
}

/** Whether the suite (and so the extension under test) runs in the web worker extension host, as in vscode.dev. */
export function inWebHost(): boolean {
  return typeof process === 'undefined';
}

/**
 * Skips the running test in the web worker extension host, saying why, for what only the Node.js host has (a file
 * system of its own, process CPU times, the installed package's folder).
 */
export function nodeHostOnly(test: Mocha.Context, reason: string): void {
  if (!inWebHost()) return;
  if (test.test) test.test.title += ` (skipped in the web worker host: ${reason})`;
  test.skip();
}

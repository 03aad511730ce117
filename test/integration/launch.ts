import * as fs from 'fs';
import * as path from 'path';

/** What the launcher of a VS Code needs to run the integration suite once. */
export interface LaunchOptions {
  /** The repository: the extension's source folder. */
  repo: string;
  /** The extension host the extension and the suite run in: VS Code's Node.js one, or the web worker one of vscode.dev. */
  host: ExtensionHostKind;
  /**
   * The compiled suite runner: `out/test/integration/index.js` in the Node.js host, the bundle
   * `out/test/integration/web/suite.js` (made by `node esbuild.js --web-tests`) in the web worker host.
   */
  testsPath: string;
  /** A fresh copy of the test workspace, opened as the workspace folder. */
  workspace: string;
  /**
   * Open instead a virtual workspace (web worker host only), `agenda-memfs:/agendas`: the suite's runner serves the
   * same agendas from memory (test/integration/web/memfs.ts), and the suite of test/integration/virtual runs.
   */
  virtualWorkspace?: boolean;
  /** A temporary folder for this run: profiles, extensions, logs. */
  runDir: string;
  /** Install this .vsix and test it, instead of loading the extension from `repo`. */
  vsix?: string;
  /** Where screenshots go (`test-results/`). */
  resultsDir: string;
  /** Extra environment of the extension host (e.g. AGENDA_TEST_GREP). */
  env: Record<string, string>;
  /** Print everything the server and the workbench log. */
  verbose: boolean;
}

/** Where the extension runs: `node` (desktop VS Code, code-server), `web` (vscode.dev, github.dev: a web worker). */
export type ExtensionHostKind = 'node' | 'web';

/** Starts a VS Code, runs the suite in its extension host, and resolves with the exit code (0: every test passed). */
export type Launcher = (options: LaunchOptions) => Promise<number>;

/**
 * The extension host's environment that tells the suite which copy of the extension it must find: the source
 * folder, or the .vsix (named too) installed into `extensionsDir`.
 */
export function extensionUnderTest(options: LaunchOptions, extensionsDir: string): Record<string, string> {
  return options.vsix
    ? { AGENDA_TEST_EXTENSION_FROM: 'vsix', AGENDA_TEST_EXTENSION_ROOT: extensionsDir, AGENDA_TEST_VSIX: options.vsix }
    : { AGENDA_TEST_EXTENSION_FROM: 'source', AGENDA_TEST_EXTENSION_ROOT: options.repo };
}

/** A folder of this run's temporary folder, made if missing. */
export function runFolder(options: LaunchOptions, name: string): string {
  const full = path.join(options.runDir, name);
  fs.mkdirSync(full, { recursive: true });
  return full;
}

import * as vscode from 'vscode';
import Mocha from 'mocha';
import suites from 'agenda-integration-suites';
import { formatArgs } from '../consoleFormat';
import { setSetting, setting, useSettings } from '../environment';
import { reloadPhase, requestScreenshot, runPlan, sendReport } from '../hooks';
import { showMistake } from '../showcase';
import { EXTENSION_ID } from '../workbench';
import { registerMemoryWorkspace } from './memfs';

/** The browser build's global `mocha`, set up for one run. */
declare const mocha: Mocha & { setup(options: Mocha.MochaOptions): Mocha };

/**
 * Runs the integration suite in the web worker extension host, where VS Code loads this module (bundled with
 * mocha's browser build and the suite by `node esbuild.js --web-tests`) as `extensionTestsPath` beside a development
 * extension loaded as a web extension. The launcher writes the run's settings (those the Node.js host gets as its
 * environment, see ../index.ts) into `environment.json` beside this module; mocha's report goes back to it through the
 * `/report` hook, as the worker has no file to write.
 */
export async function run(testsPath: string): Promise<void> {
  useSettings(await readSettings(testsPath));
  const finished = reportToLauncher();
  const plan = await runPlan();
  if (plan.phase) setSetting('AGENDA_TEST_PHASE', plan.phase);
  if (plan.grep) setSetting('AGENDA_TEST_GREP', plan.grep);
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000 });
  const grep = setting('AGENDA_TEST_GREP');
  if (grep) mocha.grep(new RegExp(grep));
  const virtual = setting('AGENDA_TEST_SUITE') === 'virtual';
  const workspace = virtual ? registerMemoryWorkspace() : undefined;
  (virtual ? suites.virtual : suites.suite)();
  // Mocha's own run: the browser build's reads the page's address, which the extension host's worker hides.
  const failures = await new Promise<number>((resolve) => Mocha.prototype.run.call(mocha, resolve));
  if (setting('AGENDA_TEST_HOOK_URL') && !reloadPhase() && !virtual) {
    await showMistake().catch((error: unknown) => Mocha.reporters.Base.consoleLog(`Could not stage the closing screenshot: ${error}`));
    await requestScreenshot('workbench');
  }
  workspace?.dispose();
  await finished();
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

/**
 * The settings the launcher wrote beside this module, read through the workbench's file system. VS Code hands `run`
 * the path of this module (the Node.js host gets its folder).
 */
async function readSettings(testsPath: string): Promise<Record<string, string>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  const file = vscode.Uri.joinPath(extension.extensionUri.with({ path: testsPath.replace(/\\/g, '/') }), '..', 'environment.json');
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, string>;
}

/**
 * Sends what mocha's reporter prints to the launcher, line by line in order; resolves the function it returns once
 * every line has gone.
 */
function reportToLauncher(): () => Promise<void> {
  let sent = Promise.resolve();
  const print = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    const line = formatArgs(args);
    sent = sent.then(() => sendReport(line));
    print(...args);
  };
  return () => sent;
}

import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import { setSetting, setting } from './environment';
import { reloadPhase, requestScreenshot, runPlan } from './hooks';
import { showMistake } from './showcase';

/**
 * Runs the integration suite inside the extension host: VS Code loads this module as `extensionTestsPath` and calls
 * `run()`; a rejection makes the workbench (and so the launcher) exit non-zero. Every `suite/*.test.js` is loaded.
 * Where the launcher can take screenshots, the main run ends with one of the workbench showing a mistake (./showcase).
 * The launcher passes, through the extension host's environment:
 *   AGENDA_TEST_MOCHA_LOG  a file that gets a copy of mocha's report (the code-server launcher prints it as it grows)
 *   AGENDA_TEST_HOOK_URL   where to ask for screenshots, looks into webviews, and what this run is for: the main run, or
 *                          a phase around a window reload a test asked for (see ./hooks)
 *   AGENDA_TEST_GREP       only run the tests whose full title matches this regular expression
 *   AGENDA_TEST_SUITE      `bench`: run the benchmark's `bench/*.bench.js` instead (no closing screenshot)
 */
export async function run(): Promise<void> {
  teeReport(setting('AGENDA_TEST_MOCHA_LOG'));
  const plan = await runPlan();
  if (plan.phase) setSetting('AGENDA_TEST_PHASE', plan.phase);
  if (plan.grep) setSetting('AGENDA_TEST_GREP', plan.grep);
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 20_000, grep: setting('AGENDA_TEST_GREP') || undefined });
  const bench = setting('AGENDA_TEST_SUITE') === 'bench';
  const suiteDir = path.join(__dirname, bench ? 'bench' : 'suite');
  const files = fs.readdirSync(suiteDir).filter((name) => name.endsWith(bench ? '.bench.js' : '.test.js')).sort();
  if (!files.length) throw new Error(`No integration tests in ${suiteDir}`);
  for (const name of files) mocha.addFile(path.join(suiteDir, name));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (setting('AGENDA_TEST_HOOK_URL') && !reloadPhase() && !bench) {
    await showMistake().catch((error: unknown) => Mocha.reporters.Base.consoleLog(`Could not stage the closing screenshot: ${error}`));
    await requestScreenshot('workbench');
  }
  if (failures > 0) throw new Error(`${failures} integration test(s) failed.`);
}

/** Copies what mocha's reporters print into `file` as well as to the extension host's console. */
function teeReport(file: string | undefined): void {
  if (!file) return;
  const print = Mocha.reporters.Base.consoleLog;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    fs.appendFileSync(file, util.format(...args) + '\n');
    print(...args);
  };
}

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInCodeServer } from './codeServer';
import { runInElectron } from './electron';
import type { ExtensionHostKind, Launcher, LaunchOptions } from './launch';

const USAGE = `Runs the integration suite (test/integration/suite) in a real VS Code extension host.

  node out/test/integration/run.js [--host node|web|node,web] [--vsix [file]] [--grep <regexp>] [--bench <file>] [--keep] [--verbose]

  --host <kinds>  the extension hosts to run in, in turn, comma-separated: \`node\` (VS Code's Node.js one) and/or
                  \`web\` (the web worker one of vscode.dev and github.dev, in code-server's workbench: on a folder,
                  then on a virtual workspace). Default: node (npm test runs node,web; npm run test:web only web)

  --vsix [file]   test the packaged extension, installed from the .vsix (default: the one \`npm run package\` made),
                  instead of the source folder
  --grep <re>     only the tests whose full title matches
  --bench <file>  run the benchmark's suite (test/integration/bench) instead, on an empty workspace, and write its
                  figures to <file> as JSON (npm run bench does this)
  --keep          keep the run's temporary folder (kept anyway when the run fails)
  --verbose       also print what code-server and the workbench log

  AGENDA_TEST_HOST=code-server|electron   the VS Code to run in. Default: code-server with headless Chromium on Linux
  when Chromium is found (no download; installed once by test/integration/installCodeServer.sh), else desktop VS Code
  through @vscode/test-electron (downloads it).`;

const LAUNCHERS: Record<string, Launcher> = { 'code-server': runInCodeServer, electron: runInElectron };

/** The shared fixtures the workspace is made of, copied flat into its root; tests may change the copies. */
const WORKSPACE_SOURCES = ['examples', 'test/fixtures/valid', 'test/fixtures/invalid'];
/** Folders copied whole into the workspace, by the name they get there: a programme of files (root, workshops, side events). */
const WORKSPACE_FOLDERS: Record<string, string> = { congress: 'test/fixtures/congress' };

function chooseHost(): string {
  const forced = process.env.AGENDA_TEST_HOST;
  if (forced) {
    if (!LAUNCHERS[forced]) throw new Error(`AGENDA_TEST_HOST must be one of ${Object.keys(LAUNCHERS).join(', ')}, not "${forced}"`);
    return forced;
  }
  return process.platform === 'linux' && fs.existsSync(process.env.CHROMIUM ?? '/usr/bin/chromium') ? 'code-server' : 'electron';
}

function makeWorkspace(repo: string, runDir: string): string {
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  for (const source of WORKSPACE_SOURCES) {
    for (const name of fs.readdirSync(path.join(repo, source))) {
      if (!/\.agenda\.ya?ml$/.test(name)) continue;
      const target = path.join(workspace, name);
      if (fs.existsSync(target)) throw new Error(`two workspace fixtures are called ${name}`);
      fs.copyFileSync(path.join(repo, source, name), target);
    }
  }
  for (const [name, source] of Object.entries(WORKSPACE_FOLDERS)) fs.cpSync(path.join(repo, source), path.join(workspace, name), { recursive: true });
  return workspace;
}

/** A workspace with no agenda in it, so that nothing activates the extension at startup. */
function emptyWorkspace(runDir: string): string {
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  return workspace;
}

function defaultVsix(repo: string): string {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { name: string; version: string };
  return path.join(repo, `${name}-${version}.vsix`);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const repo = path.resolve(__dirname, '../../..');
  const valueOf = (flag: string) => {
    const next = argv[argv.indexOf(flag) + 1];
    return argv.includes(flag) && next && !next.startsWith('--') ? next : undefined;
  };
  const vsix = argv.includes('--vsix') ? path.resolve(valueOf('--vsix') ?? defaultVsix(repo)) : undefined;
  if (vsix && !fs.existsSync(vsix)) throw new Error(`no ${vsix}: run \`npm run package\` first`);
  const grep = valueOf('--grep');
  const bench = valueOf('--bench');
  const launcher = chooseHost();
  const env: Record<string, string> = { AGENDA_TEST_REPO: repo, ...(grep ? { AGENDA_TEST_GREP: grep } : {}) };
  if (bench) Object.assign(env, { AGENDA_TEST_SUITE: 'bench', AGENDA_BENCH_RESULTS: path.resolve(bench) });
  const hosts = extensionHosts(valueOf('--host'));
  // In the web worker host, the suite runs on a folder, then the virtual workspace's suite (unless a grep picks tests).
  const runs = hosts.flatMap((host) => (host === 'web' && !grep && !vsix ? [{ host, virtual: false }, { host, virtual: true }] : [{ host, virtual: false }]));
  let code = 0;
  const failed: string[] = [];
  for (const { host, virtual } of runs) {
    const hostStarted = Date.now();
    const name = `${host}${virtual ? '-virtual' : ''}`;
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), `agenda-integration-${name}-`));
    const options: LaunchOptions = {
      repo,
      host,
      ...(virtual ? { virtualWorkspace: true } : {}),
      testsPath: host === 'web' ? path.join(__dirname, 'web', 'suite.js') : path.join(__dirname, 'index.js'),
      workspace: bench ? emptyWorkspace(runDir) : makeWorkspace(repo, runDir),
      runDir,
      ...(vsix ? { vsix } : {}),
      resultsDir: path.join(repo, 'test-results'),
      env: virtual ? { ...env, AGENDA_TEST_SUITE: 'virtual' } : env,
      verbose: argv.includes('--verbose'),
    };
    if (!fs.existsSync(options.testsPath)) throw new Error(`no ${options.testsPath}: run \`npm run compile-tests\` first`);
    console.log(`[integration] ${launcher}, ${host === 'web' ? 'web worker' : 'Node.js'} extension host${virtual ? ', virtual workspace' : ''}, extension from ${vsix ? path.relative(repo, vsix) : 'the source folder'}, run folder ${runDir}`);
    const hostCode = await LAUNCHERS[launcher](options);
    if (hostCode === 0 && !argv.includes('--keep')) fs.rmSync(runDir, { recursive: true, force: true });
    console.log(`[integration] ${name} run ${hostCode === 0 ? 'passed' : `FAILED (exit code ${hostCode})`} in ${((Date.now() - hostStarted) / 1000).toFixed(1)} s`);
    if (hostCode !== 0) failed.push(`[integration] what failed in the ${name} run (its logs: ${path.join(runDir, 'logs')}):\n${whatFailed(runDir)}`);
    code ||= hostCode;
  }
  // Repeated at the end, where a log cut to its last lines (as CI shows it) still has it.
  for (const report of failed) console.log(report);
  console.log(`[integration] ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

/** The failures mocha reported in a run (from its "N failing" line on), or the last lines it printed if it reported none. */
function whatFailed(runDir: string): string {
  const log = path.join(runDir, 'logs', 'mocha.log');
  if (!fs.existsSync(log)) return '  (no mocha output: see the logs)';
  const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
  const failing = lines.findIndex((line) => /^\s*\d+ failing$/.test(line));
  return (failing >= 0 ? lines.slice(failing) : lines.slice(-30)).join('\n');
}

/** The extension hosts to run the suite in, in turn: those asked for (`node,web`), or the Node.js host. */
function extensionHosts(asked: string | undefined): ExtensionHostKind[] {
  if (asked === undefined) return ['node'];
  const hosts = asked.split(',');
  for (const host of hosts) if (host !== 'node' && host !== 'web') throw new Error(`--host takes node, web or node,web, not "${asked}"`);
  return [...new Set(hosts as ExtensionHostKind[])];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[integration]', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runInCodeServer } from './codeServer';
import { runInElectron } from './electron';
import type { Launcher, LaunchOptions } from './launch';

const USAGE = `Runs the integration suite (test/integration/suite) in a real VS Code extension host.

  node out/test/integration/run.js [--vsix [file]] [--grep <regexp>] [--bench <file>] [--keep] [--verbose]

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
  const host = chooseHost();
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-integration-'));
  const env: Record<string, string> = grep ? { AGENDA_TEST_GREP: grep } : {};
  if (bench) Object.assign(env, { AGENDA_TEST_SUITE: 'bench', AGENDA_BENCH_RESULTS: path.resolve(bench) });
  const options: LaunchOptions = {
    repo,
    testsPath: path.join(__dirname, 'index.js'),
    workspace: bench ? emptyWorkspace(runDir) : makeWorkspace(repo, runDir),
    runDir,
    ...(vsix ? { vsix } : {}),
    resultsDir: path.join(repo, 'test-results'),
    env,
    verbose: argv.includes('--verbose'),
  };
  console.log(`[integration] ${host}, extension from ${vsix ? path.relative(repo, vsix) : 'the source folder'}, run folder ${runDir}`);
  const code = await LAUNCHERS[host](options);
  if (code === 0 && !argv.includes('--keep')) fs.rmSync(runDir, { recursive: true, force: true });
  console.log(`[integration] ${code === 0 ? 'passed' : `FAILED (exit code ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('[integration]', error instanceof Error ? error.message : error);
    process.exit(2);
  },
);

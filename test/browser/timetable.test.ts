import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import * as core from '../../src/core';
import { launchChromium } from '../chromium';

const REPO = path.resolve(__dirname, '../../..');
const RESULTS = path.join(REPO, 'test-results');
const CONGRESS = fs.readFileSync(path.join(REPO, 'test/fixtures/timetable/congress.agenda.yaml'), 'utf8');
const ROOMS = fs.readFileSync(path.join(REPO, 'test/fixtures/timetable/rooms.agenda.yaml'), 'utf8');

/** How each block's text is laid out: its title, whether it is one line, whether its end time shows, and the words of its title drawn over two lines. */
function blockTexts(page: Page): Promise<{ title: string; oneLine: boolean; endShown: boolean; brokenWords: string[] }[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.tt-block')).map((block) => {
    const title = block.querySelector('.tt-title')!;
    const text = title.firstChild!;
    const brokenWords: string[] = [];
    for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index!);
      range.setEnd(text, match.index! + match[0].length);
      const tops = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) brokenWords.push(match[0]);
    }
    const end = block.querySelector<HTMLElement>('.tt-end');
    return { title: title.textContent ?? '', oneLine: getComputedStyle(block.querySelector('.tt-text')!).whiteSpace === 'nowrap', endShown: !!end && getComputedStyle(end).display !== 'none', brokenWords };
  }));
}

/** Where a block is drawn, in CSS pixels from the top and inline start of its column's inside (within its border). */
interface Box {
  top: number;
  height: number;
  left: number;
  width: number;
  columnWidth: number;
}

/** The box of the block titled `title` on `date`, measured in the page. */
async function boxOf(page: Page, date: string, title: string): Promise<Box> {
  return page.evaluate(([date, title]) => {
    const blocks = Array.from(document.querySelectorAll<HTMLElement>(`#timetable-${date} .tt-block`)).filter((b) => b.querySelector('.tt-title')?.textContent === title);
    if (blocks.length !== 1) throw new Error(`${blocks.length} blocks "${title}" on ${date}`);
    const block = blocks[0].getBoundingClientRect();
    const parent = blocks[0].parentElement!;
    const column = parent.getBoundingClientRect();
    return { top: block.top - column.top - parent.clientTop, height: block.height, left: block.left - column.left - parent.clientLeft, width: block.width, columnWidth: parent.clientWidth };
  }, [date, title]);
}

/** The pages of a PDF by their media boxes: `A4`, `A4 landscape`, `Letter landscape`..., else the size in points. */
function pageSizes(pdf: Buffer): string[] {
  const papers: [string, number, number][] = [['A4', 595.3, 841.9], ['Letter', 612, 792]];
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => {
    const [width, height] = [Number(m[1]), Number(m[2])];
    const near = (a: number, b: number) => Math.abs(a - b) < 1.5;
    const paper = papers.find(([, w, h]) => (near(w, width) && near(h, height)) || (near(h, width) && near(w, height)));
    return paper ? `${paper[0]}${width > height ? ' landscape' : ''}` : `${width} x ${height}`;
  });
}

describe('The timetable in Chromium', function () {
  let temp: string;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-timetable-'));
    context = await launchChromium(path.join(temp, 'profile'), path.join(temp, 'home'), { width: 1200, height: 900 });
    page = await context.newPage();
    await page.setContent(core.renderStandalone(core.parseAgenda(CONGRESS), { timetable: true }), { waitUntil: 'load' });
    fs.mkdirSync(RESULTS, { recursive: true });
  });

  after(async () => {
    await context?.close();
    fs.rmSync(temp, { recursive: true, force: true });
  });

  it('draws each block from its start, as tall as its length (1.2 px a minute on screen)', async () => {
    const opening = await boxOf(page, '2020-04-24', 'Opening of the congress');
    assert.deepStrictEqual([opening.top, opening.height], [0, 90 * 1.2]);
    const panel = await boxOf(page, '2020-04-24', 'Panel on cybercrime');
    assert.deepStrictEqual([panel.top, panel.height], [120 * 1.2, 45 * 1.2]);
    const after = await boxOf(page, '2020-04-25', 'Late reception');
    assert.deepStrictEqual([after.top, after.height], [0, 90 * 1.2]);
    await page.locator('#timetable-2020-04-24').screenshot({ path: path.join(RESULTS, 'timetable-screen.png') });
  });

  it('stands a clash side by side, each half the column wide', async () => {
    const opening = await boxOf(page, '2020-04-24', 'Opening of the congress');
    const clashing = await boxOf(page, '2020-04-24', 'Clashing meeting');
    assert.ok(Math.abs(opening.width - opening.columnWidth / 2) < 1 && Math.abs(clashing.width - clashing.columnWidth / 2) < 1, JSON.stringify([opening, clashing]));
    assert.ok(Math.abs(opening.left) < 1 && Math.abs(clashing.left - clashing.columnWidth / 2) < 1, JSON.stringify([opening, clashing]));
    assert.deepStrictEqual([clashing.top, clashing.height], [60 * 1.2, 60 * 1.2]);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints the programme on A4 and each day of the timetable on a landscape page of its own, on ${format} paper`, async () => {
      const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: true, path: path.join(RESULTS, `timetable-${format}.pdf`) });
      const sizes = pageSizes(pdf);
      const landscape = `${format} landscape`;
      assert.deepStrictEqual(sizes.slice(-3), [landscape, landscape, landscape], `two days and the unplaced sessions; all pages: ${JSON.stringify(sizes)}`);
      assert.ok(sizes.length > 3 && sizes.slice(0, -3).every((size) => size === 'A4'), `the programme before them on A4: ${JSON.stringify(sizes)}`);
    });
  }

  it('fits each printed day within its landscape page', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round((297 - 20) * 96 / 25.4), height: Math.round((210 - 22) * 96 / 25.4) });
    for (const date of ['2020-04-24', '2020-04-25']) {
      const day = page.locator(`#timetable-${date}`);
      const box = await day.boundingBox();
      assert.ok(box && box.height <= (210 - 22) * 96 / 25.4, `${date} is ${box?.height} px tall`);
      await day.screenshot({ path: path.join(RESULTS, `timetable-print-${date}.png`) });
    }
    const opening = await boxOf(page, '2020-04-24', 'Opening of the congress');
    const mm = 96 / 25.4;
    assert.ok(Math.abs(opening.height - (150 * mm * 90) / 900) < 0.5, `90 of the day's 900 minutes over 150 mm: ${opening.height} px`);
  });

  it('draws a block too low for two lines on one line, its start and title, and never breaks a word, however narrow the preview', async () => {
    await page.setContent(core.renderStandalone(core.parseAgenda(ROOMS), { timetable: true }), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 420, height: 900 });
    const narrow = await blockTexts(page);
    assert.deepStrictEqual(narrow.map((b) => [b.title.split(' ')[0], b.oneLine, b.endShown]), [
      ['General', false, true], ['Family', true, false], ['Intergovernmental', false, true], ['Interdisciplinary', false, true], ['Announcements', true, false], ['Adoption', true, false],
    ]);
    assert.deepStrictEqual(narrow.flatMap((b) => b.brokenWords), [], 'no word drawn over two lines');
    await page.locator('#timetable-2020-04-20').screenshot({ path: path.join(RESULTS, 'timetable-narrow.png') });
    await page.emulateMedia({ media: 'print' });
    const landscape = { width: Math.round((297 - 20) * 96 / 25.4), height: Math.round((210 - 22) * 96 / 25.4) };
    await page.setViewportSize(landscape);
    const printed = await blockTexts(page);
    assert.deepStrictEqual(printed.map((b) => b.oneLine), [false, false, false, false, false, false], 'on a landscape page of four hours a quarter of an hour has room for two lines');
    const box = await page.locator('#timetable-2020-04-20').boundingBox();
    assert.ok(box && box.height <= landscape.height && box.width <= landscape.width, `the day fits its landscape page: ${JSON.stringify(box)}`);
    await page.locator('#timetable-2020-04-20').screenshot({ path: path.join(RESULTS, 'timetable-print-short.png') });
  });
});

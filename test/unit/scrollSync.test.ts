import * as assert from 'assert';
import { blockForLine, lineForOffset, offsetForLine, type LineBlock } from '../../src/webview/scrollSync';

/** A page laid out like a programme: header fields, then sessions reordered by time, then the topic index. */
const PAGE: LineBlock[] = [
  { line: 5, top: 0 }, //      header (event:)
  { line: 10, top: 40 }, //    series
  { line: 6, top: 100 }, //    title, written before the series in the source
  { line: 60, top: 400 }, //   session written second, first on the page (earlier time)
  { line: 64, top: 440 }, //   its room
  { line: 40, top: 800 }, //   session written first, second on the page
  { line: 44, top: 840 }, //   its room
  { line: 20, top: 1200 }, //  topic index entry
  { line: 20, top: 1210 }, //  an inner element from the same line
];

describe('scroll sync', () => {
  it('finds the block of the closest line at or before a line, the first on the page among equals', () => {
    assert.strictEqual(blockForLine(PAGE, 4), undefined);
    assert.strictEqual(blockForLine(PAGE, 5), 0);
    assert.strictEqual(blockForLine(PAGE, 8), 2);
    assert.strictEqual(blockForLine(PAGE, 21), 7);
    assert.strictEqual(blockForLine(PAGE, 62), 3);
    assert.strictEqual(blockForLine(PAGE, 500), 4);
  });

  it('scrolls to a line in proportion between its block and the next line’s block when that follows on the page', () => {
    assert.strictEqual(offsetForLine(PAGE, 62), 420);
    assert.strictEqual(offsetForLine(PAGE, 42), 820);
    assert.strictEqual(offsetForLine(PAGE, 6), 100);
  });

  it('scrolls to the block itself when the next line’s block comes earlier on the page', () => {
    assert.strictEqual(offsetForLine(PAGE, 8), 100, 'line 10 (series) is above the title on the page');
    assert.strictEqual(offsetForLine(PAGE, 30), 1200, 'line 40 is a session above the topic index');
    assert.strictEqual(offsetForLine(PAGE, 3), 0);
  });

  it('reads the line at a place on the page, in proportion towards the next block down', () => {
    assert.strictEqual(lineForOffset(PAGE, 0), 5);
    assert.strictEqual(lineForOffset(PAGE, 20), 7);
    assert.strictEqual(lineForOffset(PAGE, 420), 62);
    assert.strictEqual(lineForOffset(PAGE, 700), 64, 'the next block down comes from an earlier line');
    assert.strictEqual(lineForOffset(PAGE, 5000), 20);
    assert.strictEqual(lineForOffset([], 100), undefined);
  });
});

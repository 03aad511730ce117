import * as vscode from 'vscode';
import { spreadOf } from '../../../bench/stats';
import { closeTypingAgenda, openTypingAgenda, typeInto } from '../typing';
import { report } from '../workbench';
import { recordFigures } from './figures';

/** A minute, as the suite types; AGENDA_LOAD_SECONDS shortens it. */
const SECONDS = Number(process.env.AGENDA_LOAD_SECONDS ?? 60);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * How well the extension host keeps up with typing (the suite's typingLoad.test.ts checks the order and the final
 * result): how late each edit starts against its schedule of one every 50 ms, and how soon the last one's check shows.
 */
describe('benchmark: typing into a 5,000-line agenda', function () {
  this.timeout((SECONDS + 600) * 1000);
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openTypingAgenda();
  });

  after(closeTypingAgenda);

  it(`times an edit every 50 ms for ${SECONDS} s`, async () => {
    const typing = await typeInto(editor, SECONDS);
    const lateMs = { median: spreadOf(typing.lateness).median, p95: percentile(typing.lateness, 95), worst: percentile(typing.lateness, 100) };
    report(`${typing.edits} edits in ${typing.seconds} s; late by ${lateMs.median} ms (median), ${lateMs.p95} ms (95th percentile), ${lateMs.worst} ms (worst); ${typing.shown.length} updates; the last check showed ${typing.settleMs} ms after the last edit`);
    recordFigures({ typing: { edits: typing.edits, seconds: typing.seconds, lateMs, updates: typing.shown.length, settleMs: typing.settleMs } });
  });
});

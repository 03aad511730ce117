import * as assert from 'assert';
import * as fs from 'fs';
import { check, DEFAULT_MAX_LENGTH, parseAgenda, type Diagnostic } from '../../src/core';
import { main } from '../../src/cli/main';
import { EXAMPLE } from './findings';
import { billionLaughs } from './fuzz/attacks';
import { cpuNow, cpuSince, runFaces, TIME_BOUNDS } from './fuzz/faces';
import { memoryIo } from './memoryIo';

const EXAMPLE_TEXT = fs.readFileSync(EXAMPLE, 'utf8');

/** The diagnostics of a text and the milliseconds of processor time `check` took, checked twice (the second parse is where a damaged engine dies). */
function timedCheck(text: string, options?: Parameters<typeof check>[1]): { diagnostics: Diagnostic[]; ms: number } {
  const start = cpuNow();
  const diagnostics = check(text, options);
  const ms = cpuSince(start);
  assert.deepStrictEqual(check(text, options), diagnostics, 'a second check gives the same');
  return { diagnostics, ms };
}

/** Prints a measured time under the test's title, as the fuzz test prints its figures (test/README.md quotes them). */
function figure(what: string, ms: number, bound: number): void {
  console.log(`      ${what}: ${ms.toFixed(1)} ms of processor time (bound ${Math.round(bound)} ms)`);
}

function brief(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.code}`;
}

const TOO_DEEP = 'Lists and mappings nest more than 100 levels deep here, too deep to check (an agenda needs about ten); look for a `[` or `{` that is never closed.';

describe('resource attacks on the core', function () {
  // No wall-clock limit: the tests run synchronously, so a timeout could not stop a hang, only fail a busy machine;
  // the processor-time bound of each attack catches hangs and super-linear work.
  this.timeout(0);

  it('stops the billion-laughs alias bomb at its first alias, with every face of the core done within the bound', () => {
    const bomb = billionLaughs();
    const { diagnostics, ms } = timedCheck(bomb);
    assert.deepStrictEqual(diagnostics.map(brief), ['1:7-1:9 error yaml-alias-limit']);
    assert.strictEqual(diagnostics[0].message, 'The aliases (`*name`) in this file expand to too much data to check; write the repeated parts out instead.');
    assert.ok(ms < TIME_BOUNDS.core(bomb.length), `${ms} ms`);
    figure('check', ms, TIME_BOUNDS.core(bomb.length));
    const run = runFaces(bomb, bomb.length >> 1);
    assert.deepStrictEqual(run.problems, []);
    assert.ok(run.ms.core < TIME_BOUNDS.core(bomb.length) && run.ms.help < TIME_BOUNDS.help(bomb.length), JSON.stringify(run.ms));
    figure('every face of the core', run.ms.core + run.ms.help, TIME_BOUNDS.core(bomb.length) + TIME_BOUNDS.help(bomb.length));
  });

  const deep: [string, string, string][] = [
    ['an unclosed [ 10,000 times', '['.repeat(10000), '0:100-0:101'],
    ['[ 10,000 times, closed', `${'['.repeat(10000)}${']'.repeat(10000)}`, '0:100-0:101'],
    ['{a: 10,000 times', `${'{a: '.repeat(10000)}x${'}'.repeat(10000)}`, '0:400-0:401'],
    ['- 10,000 times on one line', `${'- '.repeat(10000)}x`, '0:200-0:201'],
    [' : 10,000 times on one line, then a list', `${' :'.repeat(10000)}\n- a\n`, '0:201-0:202'],
    ['10,000 nested sessions lists in flow style', `version: 1\nsessions: ${'[{items: '.repeat(5000)}`, '1:452-1:453'],
  ];
  for (const [name, text, at] of deep) {
    it(`refuses nesting 10,000 deep (${name}) with yaml-too-deep at ${at}, in time linear in its size, twice`, () => {
      const { diagnostics, ms } = timedCheck(text);
      assert.deepStrictEqual(diagnostics.map(brief), [`${at} error yaml-too-deep`]);
      assert.strictEqual(diagnostics[0].message, TOO_DEEP);
      assert.ok(ms < TIME_BOUNDS.core(text.length), `${ms} ms`);
      figure('check', ms, TIME_BOUNDS.core(text.length));
      assert.deepStrictEqual(runFaces(text, text.length >> 1).problems, []);
    });
  }

  it('accepts nesting up to the limit: 90 lists inside the root mapping', () => {
    const text = `version: ${'['.repeat(90)}1${']'.repeat(90)}\n`;
    assert.ok(parseAgenda(text).diagnostics.every((d) => d.code !== 'yaml-too-deep'));
  });

  it('answers a 50 MB file with file-too-large at once, without reading it', () => {
    let text = '';
    while (text.length < 50 * 1024 * 1024) text += EXAMPLE_TEXT;
    const { diagnostics, ms } = timedCheck(text);
    assert.deepStrictEqual(diagnostics, [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'warning',
      code: 'file-too-large',
      message: 'This file is too large to check as you type (50.1 MB; the limit is 1 MB); run `agenda check` on it instead.',
    }]);
    assert.ok(ms < 50, `${ms} ms`);
    figure('check', ms, 50);
  });

  it('answers a 1 MB single line with file-too-large, rounding the size up so that it never reads as the limit', () => {
    const text = `version: 1\nevent:\n  description: ${'x'.repeat(1024 * 1024)}\n`;
    const { diagnostics, ms } = timedCheck(text);
    assert.ok(ms < 50, `${ms} ms`);
    figure('check', ms, 50);
    assert.deepStrictEqual(diagnostics.map((d) => [brief(d), d.message]), [
      ['0:0-0:0 warning file-too-large', 'This file is too large to check as you type (1.1 MB; the limit is 1 MB); run `agenda check` on it instead.'],
    ]);
    assert.strictEqual(DEFAULT_MAX_LENGTH, 1024 * 1024);
  });

  it('checks a 1 MB single line fully when asked to (agenda check), in time linear in its size', () => {
    const text = `${EXAMPLE_TEXT}# ${'x'.repeat(1024 * 1024)}\n`;
    const { diagnostics, ms } = timedCheck(text, { maxLength: Infinity });
    assert.deepStrictEqual(diagnostics, []);
    assert.ok(ms < TIME_BOUNDS.core(text.length), `${ms} ms`);
    figure('check', ms, TIME_BOUNDS.core(text.length));
  });

  it('serves a 256 KB single-line flow list of 9,700 copies of one session (the costliest text per character; copies once took quadratic time) through every face in time linear in its size', () => {
    const text = `version: 1\nevent: {title: T, start: 2020-04-24, end: 2020-04-24}\nsessions: [${'{id: s, date: 2020-04-24}, '.repeat(256 * 1024 / 27)}]\n`;
    const run = runFaces(text, text.length - 10);
    assert.deepStrictEqual(run.problems, []);
    assert.ok(run.ms.core < TIME_BOUNDS.core(text.length) && run.ms.help < TIME_BOUNDS.help(text.length), JSON.stringify(run.ms));
    figure('the core faces', run.ms.core, TIME_BOUNDS.core(text.length));
    figure('the authoring help', run.ms.help, TIME_BOUNDS.help(text.length));
  });
});

describe('resource attacks on agenda check', function () {
  this.timeout(60000);

  it('refuses a 50 MB file and checks the next one, exit 2', async () => {
    const io = memoryIo({ '/work/huge.agenda.yaml': '#'.repeat(50 * 1024 * 1024), '/work/fine.agenda.yaml': EXAMPLE_TEXT });
    assert.strictEqual(await main(['check', 'huge.agenda.yaml', 'fine.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, 'agenda: huge.agenda.yaml is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)\n1 file checked: 0 errors, 0 warnings.\n');
  });

  it('reports the alias bomb and deep nesting read from files, exit 1', async () => {
    const io = memoryIo({ '/work/bomb.agenda.yaml': billionLaughs(), '/work/deep.agenda.yaml': '['.repeat(10000) });
    assert.strictEqual(await main(['check', 'bomb.agenda.yaml', 'deep.agenda.yaml'], io), 1);
    assert.strictEqual(io.out, [
      'bomb.agenda.yaml:2:8: error: The aliases (`*name`) in this file expand to too much data to check; write the repeated parts out instead. [yaml-alias-limit]',
      `deep.agenda.yaml:1:101: error: ${TOO_DEEP} [yaml-too-deep]`,
      '',
    ].join('\n'));
  });
});

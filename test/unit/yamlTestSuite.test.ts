import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, LineIndex, type Diagnostic } from '../../src/core';
import { FIXTURES } from './findings';

/** The YAML test suite's inputs, kept in the fixtures with their licence. */
const SUITE = path.join(FIXTURES, 'yaml-test-suite');

interface SuiteCase {
  id: string;
  text: string;
  /** The case holds invalid YAML: an `error` file marks it. */
  invalid: boolean;
}

function suiteCases(): SuiteCase[] {
  return fs
    .readdirSync(SUITE)
    .filter((id) => fs.existsSync(path.join(SUITE, id, 'in.yaml')))
    .sort()
    .map((id) => ({ id, text: fs.readFileSync(path.join(SUITE, id, 'in.yaml'), 'utf8'), invalid: fs.existsSync(path.join(SUITE, id, 'error')) }));
}

function outside(lines: LineIndex, d: Diagnostic): boolean {
  const { start, end } = d.range;
  const beyond = (p: typeof start) => p.line < 0 || p.character < 0 || p.line >= lines.lineCount || p.character > lines.lineText(p.line).length;
  return beyond(start) || beyond(end) || start.line > end.line || (start.line === end.line && start.character > end.character);
}

describe('the YAML test suite', () => {
  const cases = suiteCases();

  it('is in the fixtures, with its 402 cases of which 94 are invalid', () => {
    assert.strictEqual(cases.length, 402);
    assert.strictEqual(cases.filter((c) => c.invalid).length, 94);
  });

  it('goes through check without throwing, every range inside the document', () => {
    const problems: string[] = [];
    for (const c of cases) {
      let diagnostics: Diagnostic[];
      try {
        diagnostics = check(c.text);
      } catch (error) {
        problems.push(`${c.id}: threw ${String(error)}`);
        continue;
      }
      const lines = new LineIndex(c.text);
      for (const d of diagnostics.filter((d) => outside(lines, d))) problems.push(`${c.id}: ${d.code} at ${JSON.stringify(d.range)}`);
    }
    assert.deepStrictEqual(problems, []);
  });

  it('reports at least one yaml-syntax error for every invalid case', () => {
    const missed = cases.filter((c) => c.invalid && !check(c.text).some((d) => d.code === 'yaml-syntax' && d.severity === 'error'));
    assert.deepStrictEqual(missed.map((c) => c.id), []);
  });

  it('gives every diagnostic a message in words, never an empty one', () => {
    const empty = cases.flatMap((c) => check(c.text).filter((d) => !/^\S.*[.?]$/s.test(d.message)).map((d) => `${c.id}: ${d.code} "${d.message}"`));
    assert.deepStrictEqual(empty, []);
  });
});

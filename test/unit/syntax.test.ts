import * as assert from 'assert';
import { findings } from './findings';

describe('YAML syntax diagnostics', () => {
  it('reports a second %YAML directive on that directive', () => {
    assert.deepStrictEqual(findings('%YAML 1.2\n%YAML 1.2\n---\nversion: 1\n'), [
      { at: '1:0-1:9', text: '%YAML 1.2', severity: 'error', code: 'yaml-syntax', message: 'The `%YAML` directive may appear only once; remove this line.' },
    ]);
  });

  it('reports a list started on the line of its key on the dash', () => {
    const found = findings('version: 1\nsessions: - a\n  - b\n');
    assert.deepStrictEqual(found.filter((f) => f.code === 'yaml-syntax').map((f) => [f.at, f.text, f.message]), [
      ['1:10-1:11', '-', 'A `- ` list cannot start on the same line as its key; start it on the next line, indented.'],
    ]);
  });

  it('reports a closing bracket with no opening one on the bracket', () => {
    const found = findings('version: 1\nevent: {title: W, start: 2020-04-24, end: 2020-04-24}}\nsessions: []\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.code, f.message]), [
      ['1:53-1:54', '}', 'yaml-syntax', 'This `}` closes nothing opened with `{`; remove it.'],
    ]);
  });

  it('reports a stray comma in a list on the comma', () => {
    const found = findings('version: 1\nevent: {title: W, start: 2020-04-24, end: 2020-04-24, languages: [en, , fr]}\nsessions: []\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.message]), [['1:70-1:71', ',', 'This comma has no entry before or after it; remove it.']]);
  });

  it('reports a backslash escape that double quotes do not know on the escape', () => {
    const found = findings('version: 1\nevent: {title: "C:\\data", start: 2020-04-24, end: 2020-04-24}\nsessions: []\n');
    assert.deepStrictEqual(found.map((f) => [f.at, f.text, f.message]), [
      ['1:18-1:19', '\\', "`\\d` is not a valid escape in double-quoted text; write `\\\\` for a backslash, or quote the text with `'` instead."],
    ]);
  });

  it('does not print warnings of the YAML library on the console for keys that are lists', () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(warning.message);
    process.on('warning', listen);
    try {
      const found = findings('version: 1\n[a, b]: c\n');
      assert.ok(found.some((f) => f.code === 'schema-unknown-key' && f.at === '1:0-1:6'), JSON.stringify(found));
    } finally {
      process.off('warning', listen);
    }
    return new Promise<void>((resolve) => setImmediate(() => {
      assert.deepStrictEqual(warnings, []);
      resolve();
    }));
  });
});

import * as assert from 'assert';
import { check } from '../../src/core';

const AGENDA = (partLine: string) => `version: 1
event:
  title: Suppressed
  start: 2020-04-24
  end: 2020-04-24
sessions:
  - id: one
    title: One
    date: 2020-04-24
${partLine}
`;

describe('agenda-ignore comments', () => {
  it('reports the mistake when nothing silences it', () => {
    const found = check(AGENDA('    part: mornin'));
    assert.deepStrictEqual(found.map((d) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]), [['schema-enum', 9, 10, 16]]);
  });

  it('silences every diagnostic of a line with `# agenda-ignore`', () => {
    assert.deepStrictEqual(check(AGENDA('    part: mornin # agenda-ignore')), []);
  });

  it('silences only the named codes with `# agenda-ignore: code`', () => {
    assert.deepStrictEqual(check(AGENDA('    part: mornin # agenda-ignore: schema-enum')), []);
    assert.deepStrictEqual(check(AGENDA('    part: mornin # agenda-ignore: time-order, unknown-topic')).map((d) => d.code), ['schema-enum']);
  });

  it('lets a comment alone on its line silence the line below', () => {
    assert.deepStrictEqual(check(AGENDA('    # agenda-ignore: schema-enum\n    part: mornin')), []);
  });

  it('does not treat the words inside a value as a comment', () => {
    assert.deepStrictEqual(check(AGENDA('    part: mornin#agenda-ignore')).map((d) => d.code), ['schema-enum']);
  });
});

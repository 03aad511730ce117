import * as assert from 'assert';
import * as fs from 'fs';
import { AGENDA_SIZES, generateAgenda, type AgendaSizeName } from '../../bench/generateAgenda';
import { check, LineIndex } from '../../src/core';
import { EXAMPLE, findings, fixtureNames, readFixture } from './findings';

describe('valid agendas', () => {
  it('finds nothing to report in the bundled Kyoto example', () => {
    assert.deepStrictEqual(findings(fs.readFileSync(EXAMPLE, 'utf8')), []);
  });

  it('has valid fixtures to check', () => {
    assert.ok(fixtureNames('valid').length >= 2);
  });

  for (const name of fixtureNames('valid')) {
    it(`finds nothing to report in valid/${name}`, () => {
      assert.deepStrictEqual(findings(readFixture(`valid/${name}`)), []);
    });
  }

  it('finds nothing to report in the example with Windows line breaks or a byte-order mark', () => {
    const text = fs.readFileSync(EXAMPLE, 'utf8');
    assert.deepStrictEqual(findings(text.replace(/\n/g, '\r\n')), []);
    assert.deepStrictEqual(findings(`\uFEFF${text}`), []);
  });

  for (const [size, lines] of [['workshop', 339], ['congress', 5355], ['large', 20898]] as [AgendaSizeName, number][]) {
    it(`finds nothing to report in the benchmark's generated ${size} agenda of ${lines} lines`, () => {
      const text = generateAgenda(AGENDA_SIZES[size]);
      assert.strictEqual(text.split('\n').length, lines);
      assert.deepStrictEqual(findings(text), []);
    });
  }
});

describe('robustness', () => {
  const example = fs.readFileSync(EXAMPLE, 'utf8');

  it('checks the example cut at every line, and mid-line, as while typing, without throwing and with ranges inside the text', () => {
    const cuts = [...example.matchAll(/\n/g)].flatMap((m) => [m.index - 5, m.index]).filter((cut) => cut >= 0);
    for (const end of cuts) {
      const text = example.slice(0, end);
      const lines = new LineIndex(text);
      for (const d of check(text)) {
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line < lines.lineCount && p.character <= lines.lineText(p.line).length, `${JSON.stringify(d)} at length ${end}`);
        }
      }
    }
  });

  it('counts characters in UTF-16 code units, as VS Code does', () => {
    const text = readFixture('valid/minimal.agenda.yaml').replace('  title: Opening', '  title: {en: "🎤 Opening", xx: Opening}');
    assert.deepStrictEqual(findings(text).map((f) => [f.at, f.text, f.code]), [['8:30-8:32', 'xx', 'schema-enum']]);
  });

  it('keeps checking the schema or the semantics only when asked', () => {
    const text = readFixture('invalid/unknown-ids.agenda.yaml');
    assert.ok(check(text, { semantic: false }).every((d) => !d.code.startsWith('unknown-') && d.code !== 'unused-id'));
    assert.deepStrictEqual(check(readFixture('invalid/schema-enum.agenda.yaml'), { schema: false }), []);
  });

  it('reports every one of 200,000 problems, more than a function call can take as arguments', () => {
    const speakers = `    speakers: [${new Array<string>(200_000).fill('nobody').join(', ')}]`;
    const text = `${readFixture('valid/minimal.agenda.yaml').trimEnd()}\n  - id: crowd\n    title: Crowd\n    date: 2020-04-24\n${speakers}\n`;
    const found = check(text, { maxLength: Infinity });
    const line = text.split('\n').length - 2;
    assert.deepStrictEqual(found.filter((d) => d.code !== 'unknown-person').map((d) => d.code), ['schema-unique']);
    assert.strictEqual(found.filter((d) => d.code === 'unknown-person').length, 200_000);
    assert.deepStrictEqual(found[found.length - 1].range, { start: { line, character: speakers.length - 7 }, end: { line, character: speakers.length - 1 } });
  });
});

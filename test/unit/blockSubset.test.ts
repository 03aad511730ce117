import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AGENDA_SIZES, generateAgenda } from '../../bench/generateAgenda';
import { buildOutline, checkParsed, renderProgramme, type ParsedAgenda } from '../../src/core';
import { readBlockSubset } from '../../src/core/parse/blockSubset';
import { parsePiece, parseWithYaml, parseYaml } from '../../src/core/parse/parse';
import { difference } from './fuzz/sameParse';
import { EXAMPLE, FIXTURES } from './findings';
import { blockText } from './fuzz/blockTexts';
import { cpuNow } from './fuzz/faces';
import { mutate, Random } from './fuzz/mutate';

/**
 * The fast reader of the block subset (src/core/parse/blockSubset.ts) against `yaml`: wherever it takes a text, the
 * document it builds is `yaml`'s node for node (class, value, source, type, range, comments, blank-line marks), the
 * value is `yaml`'s, and every face of the core gives the same result from either parse; it takes no text `yaml`
 * finds a mistake in.
 */

/** What the faces of the core make of a parse: a full check's diagnostics, the outline, the rendered programme. */
function faces(parsed: ParsedAgenda): unknown {
  return { value: parsed.value, diagnostics: checkParsed(parsed), outline: buildOutline(parsed), html: renderProgramme(parsed) };
}

function readTexts(): { name: string; text: string; invalid?: boolean }[] {
  const suite = path.join(FIXTURES, 'yaml-test-suite');
  const texts = fs.readdirSync(suite).sort().filter((id) => fs.existsSync(path.join(suite, id, 'in.yaml'))).map((id) => ({
    name: `yaml-test-suite/${id}`,
    text: fs.readFileSync(path.join(suite, id, 'in.yaml'), 'utf8'),
    invalid: fs.existsSync(path.join(suite, id, 'error')),
  }));
  for (const folder of ['valid', 'invalid', 'render']) {
    for (const name of fs.readdirSync(path.join(FIXTURES, folder)).sort().filter((n) => n.endsWith('.yaml'))) {
      texts.push({ name: `${folder}/${name}`, text: fs.readFileSync(path.join(FIXTURES, folder, name), 'utf8'), invalid: false });
    }
  }
  texts.push({ name: 'example', text: fs.readFileSync(EXAMPLE, 'utf8'), invalid: false });
  for (const [size, measures] of Object.entries(AGENDA_SIZES).filter(([size]) => size !== 'large')) {
    texts.push({ name: `generated ${size}`, text: generateAgenda(measures), invalid: false });
  }
  return texts;
}

describe('the fast reader of the block subset', function () {
  this.timeout(0);
  const texts = readTexts();

  it('reads the generated agendas and the YAML test suite inputs it takes exactly as yaml does', () => {
    const taken = texts.filter((t) => difference(t.text) !== undefined);
    const differences = texts.flatMap((t) => {
      const d = difference(t.text);
      return d ? [`${t.name}: ${d}`] : [];
    });
    assert.deepStrictEqual(differences, []);
    const names = taken.map((t) => t.name);
    assert.ok(names.includes('generated workshop') && names.includes('generated congress'), 'the generated agendas are in the subset');
    assert.ok(taken.filter((t) => t.name.startsWith('yaml-test-suite/')).length >= 20, `only ${taken.length} inputs taken`);
    assert.ok(taken.filter((t) => t.name.startsWith('valid/') || t.name.startsWith('render/')).length >= 5, 'the valid and render fixtures are mostly in the subset');
  });

  it('takes none of the 94 invalid inputs of the YAML test suite, nor any fixture with a syntax mistake', () => {
    const invalid = texts.filter((t) => t.invalid);
    assert.strictEqual(invalid.length, 94);
    const taken = texts.filter((t) => (t.invalid || parseYaml(t.text).doc.errors.length > 0) && readBlockSubset(t.text));
    assert.deepStrictEqual(taken.map((t) => t.name), []);
  });

  it('gives every face the same result from either parse, on every fixture', () => {
    const differing = texts.filter((t) => {
      try {
        assert.deepStrictEqual(faces(parsePiece(t.text)), faces(parseWithYaml(t.text)));
        return false;
      } catch {
        return true;
      }
    });
    assert.deepStrictEqual(differing.map((t) => t.name), []);
  });

  it('agrees with yaml wherever it takes a text, over 3,000 random texts around the subset and 2,000 mutations of the fixtures', () => {
    const random = new Random(20261206);
    const all = texts.map((t) => t.text);
    const workshop = all[texts.findIndex((t) => t.name === 'generated workshop')];
    const failures: string[] = [];
    let taken = 0;
    for (let n = 0; n < 5000 && failures.length < 3; n++) {
      const text = n < 3000 ? blockText(random) : mutate(n % 2 ? workshop : random.pick(all), random, all).text;
      const d = difference(text);
      if (d !== undefined) taken++;
      if (d) failures.push(`${JSON.stringify(text)}\n${d}`);
    }
    assert.deepStrictEqual(failures, []);
    assert.ok(taken >= 700, `only ${taken} of 5,000 texts taken`);
  });
});

describe('the fast reader on long texts', function () {
  // Synchronous: a wall-clock timeout could not stop a hang, only fail a busy machine (the bound is processor time).
  this.timeout(0);

  /** The least processor time (ms) of reading a text, over three runs. */
  function readTime(text: string): number {
    let least = Infinity;
    for (let run = 0; run < 3; run++) {
      const before = cpuNow();
      assert.ok(readBlockSubset(text), 'the text is in the subset');
      least = Math.min(least, cpuNow() - before);
    }
    return least;
  }

  it('reads n entries of quoted, plain, flow and block values in time near-linear in n', () => {
    const entry = (i: number) => `  - id: s${i}\n    start: "10:00"\n    note: 'it''s'\n    title: Session ${i} # c\n    speakers: [ann, bob]\n    text: |\n      One.\n`;
    const text = (n: number) => `sessions:\n${Array.from({ length: n }, (_, i) => entry(i)).join('')}`;
    readTime(text(200));
    const little = Math.max(readTime(text(200)), 0.5);
    const big = readTime(text(8000));
    assert.ok(big / little < 40 * 10, `x${(big / little).toFixed(1)} from 200 to 8,000 entries (${little.toFixed(1)} ms, ${big.toFixed(1)} ms)`);
  });
});

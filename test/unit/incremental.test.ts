import * as assert from 'assert';
import * as fs from 'fs';
import { isScalar, visit, type Document } from 'yaml';
import { AGENDA_SIZES, generateAgenda, randomSource } from '../../bench/generateAgenda';
import { check, IncrementalChecker, parseAgenda, parseCount, type ParseKind, type ParsedAgenda } from '../../src/core';
import { EXAMPLE, readFixture } from './findings';

/** Everything a parse holds that a check or a view could read: each node's class, offsets, comments and value. */
function anatomy(parsed: ParsedAgenda): string[] {
  const doc = parsed.doc as Document.Parsed;
  const nodes: string[] = [];
  visit(doc, {
    Node(_key, node) {
      nodes.push([node.constructor.name, node.range, node.comment, node.commentBefore, node.spaceBefore, isScalar(node) ? node.value : ''].map((part) => JSON.stringify(part)).join(' '));
    },
  });
  return [...nodes, `document ${JSON.stringify([doc.range, doc.comment, doc.commentBefore])}`, `value ${JSON.stringify(parsed.value)}`];
}

const TYPED = ['e', 'x', '1', ' ', 'é'];
const STRUCTURAL = ['a', ':', '-', '#', '\n', '"', "'", '[', ']', '{', '&', '*', '!', '|', '>', '\t', '\r\n', '  ', '- '];
const LINES = ['# note\n', '\n', 'x: |+\n  kept\n\n', 'description: |-\n      kept\n', 'title: "two\n  lines"\n', 'speakers: [a,\n  b]\n',
  '- id: new\n', '- 0\n', '? k\n', '---\n', '%YAML 1.1\n', 'a: &x 1\n', 'b: *x\n', 'c: !!str 1\n', 'd: >-\n  folded\n'];

/** A seeded stream of edits: mostly typing inside a line, sometimes a character or a line that changes the structure. */
function editor(seed: number): (text: string) => string {
  const random = randomSource(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  return (text) => {
    const at = Math.floor(random() * (text.length + 1));
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    const lineEnd = newline < 0 ? text.length : newline;
    const roll = random();
    if (roll < 0.6) {
      const body = lineStart + /^ */.exec(text.slice(lineStart, lineEnd))![0].length;
      const place = body + Math.floor(random() * (lineEnd - body + 1));
      return random() < 0.75 ? text.slice(0, place) + pick(TYPED) + text.slice(place) : text.slice(0, place) + text.slice(Math.min(place + 1, lineEnd));
    }
    if (roll < 0.72) return text.slice(0, at) + pick(STRUCTURAL) + text.slice(at);
    if (roll < 0.82) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
    if (roll < 0.87) return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
    if (roll < 0.92) return text.slice(0, lineStart) + text.slice(lineStart, lineEnd + 1) + text.slice(lineStart);
    return text.slice(0, lineStart) + ' '.repeat(Math.floor(random() * 9)) + pick(LINES) + text.slice(lineStart);
  };
}

/**
 * Runs `count` seeded edits over `base` through one incremental checker and compares every result with a full check
 * and a fresh parse; some edits are undone straight away, as people do, and every twentieth starts again from `base`.
 */
function replay(base: string, seed: number, count: number): Record<ParseKind, number> {
  const edit = editor(seed);
  const random = randomSource(seed + 1);
  const checker = new IncrementalChecker();
  const kinds: Record<ParseKind, number> = { full: 0, entry: 0, unchanged: 0 };
  let text = base;
  checker.check(text);
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) text = base;
    const before = text;
    text = edit(text);
    const texts = random() < 0.3 ? [text, before] : [text];
    for (const current of texts) {
      const diagnostics = checker.check(current);
      kinds[checker.lastParse]++;
      assert.deepStrictEqual(diagnostics, check(current), `edit ${i} (${checker.lastParse}) of seed ${seed}:\n${current}`);
      if (checker.lastParse === 'entry') assert.deepStrictEqual(anatomy(checker.parsed!), anatomy(parseAgenda(current)), `parse after edit ${i} of seed ${seed}`);
    }
    text = texts[texts.length - 1];
  }
  return kinds;
}

/** The offset just after the first match of `pattern` at or after `from`. */
function after(text: string, pattern: string, from = 0): number {
  const at = text.indexOf(pattern, from);
  assert.ok(at >= 0, `${pattern} not found`);
  return at + pattern.length;
}

function insert(text: string, at: number, added: string): string {
  return text.slice(0, at) + added + text.slice(at);
}

describe('incremental checking', () => {
  const example = fs.readFileSync(EXAMPLE, 'utf8');
  const workshop = generateAgenda(AGENDA_SIZES.workshop, 7);
  const bases: [string, string, number][] = [
    ['a generated workshop agenda', workshop, 101],
    ['the Kyoto example', example, 202],
    ['the Kyoto example with Windows line breaks', example.replace(/\n/g, '\r\n'), 505],
    ['valid/vienna-multilingual.agenda.yaml', readFixture('valid/vienna-multilingual.agenda.yaml'), 404],
  ];

  for (const [name, base, seed] of bases) {
    it(`gives exactly the diagnostics of a full check over 150 random edits of ${name} (seed ${seed})`, () => {
      const kinds = replay(base, seed, 150);
      const total = kinds.full + kinds.entry + kinds.unchanged;
      assert.ok(kinds.entry >= total / 6, `only ${kinds.entry} of ${total} checks reparsed one entry`);
      assert.ok(kinds.full >= total / 10, `only ${kinds.full} of ${total} checks parsed in full`);
    });
  }

  it('reparses only the session typed in, and still reports what the edit breaks elsewhere', () => {
    const checker = new IncrementalChecker();
    assert.deepStrictEqual(checker.check(example), []);
    assert.strictEqual(checker.lastParse, 'full');
    const typo = insert(example, after(example, 'title: { en: Second meeting'), 's');
    assert.deepStrictEqual(checker.check(typo), []);
    assert.strictEqual(checker.lastParse, 'entry');
    const clash = typo.replace('    start: "15:00"\n    end: "18:00"', '    start: "12:00"\n    end: "18:00"');
    const found = checker.check(clash);
    assert.strictEqual(checker.lastParse, 'entry');
    assert.deepStrictEqual(found, check(clash));
    assert.deepStrictEqual(found.map((d) => d.code), ['time-overlap', 'person-double-booked']);
  });

  it('reports the references to a person whose id was changed in the people list, in sessions it did not reparse', () => {
    const checker = new IncrementalChecker();
    checker.check(example);
    const renamed = example.replace('  - id: kic-expert\n', '  - id: kic-experts\n');
    const found = checker.check(renamed);
    assert.strictEqual(checker.lastParse, 'entry');
    assert.deepStrictEqual(found, check(renamed));
    const unknown = found.filter((d) => d.code === 'unknown-person');
    assert.strictEqual(unknown.length, 4);
    assert.ok(unknown.every((d) => d.message.includes('`kic-expert`') && d.suggestions?.[0] === 'kic-experts'));
  });

  it('parses in full when an edit adds an entry, spans two, breaks the YAML or touches the lines between entries', () => {
    const checker = new IncrementalChecker();
    checker.check(example);
    const edits = [
      insert(example, example.indexOf('  - id: nij\n'), '  - id: unicri\n    name: UNICRI\n'),
      example.replace('acronym: UNODC', 'acronym: UN').replace('en: Second meeting', 'en: Second session'),
      example.replace('en: First meeting', 'en: "First meeting'),
      example.replace('\nsessions:\n', '\n# The meetings\nsessions:\n'),
    ];
    for (const [i, text] of edits.entries()) {
      assert.deepStrictEqual(checker.check(text), check(text));
      assert.strictEqual(checker.lastParse, 'full', `edit ${i}`);
      checker.check(example);
    }
  });

  it('checks nothing again when the text has not changed, and answers a copy the caller may keep', () => {
    const checker = new IncrementalChecker();
    const bad = example.replace('format: panel', 'format: panle');
    const first = checker.check(bad);
    first.pop();
    assert.deepStrictEqual(checker.check(bad), check(bad));
    assert.strictEqual(checker.lastParse, 'unchanged');
  });

  it('counts one parse for each text it checks, in full or by one entry, and none for a text it has checked', () => {
    const checker = new IncrementalChecker();
    const parses = () => {
      const before = parseCount();
      return (text: string) => {
        checker.check(text);
        return [checker.lastParse, parseCount() - before];
      };
    };
    assert.deepStrictEqual(parses()(example), ['full', 1]);
    assert.deepStrictEqual(parses()(example.replace('en: First meeting', 'en: First meetings')), ['entry', 1]);
    assert.deepStrictEqual(parses()(example.replace('en: First meeting', 'en: First meetings')), ['unchanged', 0]);
    assert.deepStrictEqual(parses()(example.replace('en: First meeting', 'en: "First meetings')), ['full', 1]);
    assert.deepStrictEqual(parses()(example), ['full', 1]);
  });

  it('keeps the options it was made with, including the size limit', () => {
    const checker = new IncrementalChecker({ semantic: false, maxLength: example.length + 10 });
    const unknown = example.replace('speakers: [chair]', 'speakers: [chiar]');
    assert.deepStrictEqual(checker.check(unknown), []);
    assert.deepStrictEqual(checker.check(`${unknown}${'#'.repeat(20)}`), check(`${unknown}${'#'.repeat(20)}`, { maxLength: example.length + 10 }));
    assert.strictEqual(checker.parsed, undefined);
    assert.deepStrictEqual(checker.check(unknown), []);
    assert.strictEqual(checker.lastParse, 'full');
  });
});

import * as assert from 'assert';
import { check } from '../../../src/core';
import { editDistance, Suggester } from '../../../src/core/base/suggest';
import { cpuNow } from '../fuzz/faces';
import { agendaWith, session } from './agendas';

/**
 * The search "did you mean" made before it had an index, every candidate measured against the word, keeping (as
 * the index does) those at most one edit further than the closest.
 */
function bruteForce(word: string, candidates: string[], limit = 3): string[] {
  const lower = word.toLowerCase();
  const budget = Math.max(1, Math.floor(word.length / 3));
  const scored: [string, number][] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === word) continue;
    const other = candidate.toLowerCase();
    let score = Math.abs(lower.length - other.length) > budget ? budget + 1 : editDistance(lower, other);
    if (score > budget && lower.length >= 3 && (other.startsWith(lower) || lower.startsWith(other))) score = budget;
    if (score <= budget) scored.push([candidate, score]);
  }
  const cut = Math.min(...scored.map(([, score]) => score)) + 1;
  return scored.filter(([, score]) => score <= cut).sort(([x, a], [y, b]) => a - b || x.localeCompare(y)).slice(0, limit).map(([c]) => c);
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ri', 'to', 'na', 'me', 'lo', 'su', 'an', 'de', 'ro', 'vi', 'el'];

function name(next: () => number, parts: number): string {
  return Array.from({ length: parts }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

/** A word one or two edits (a deletion, a swap, a substitution) from `id`. */
function misspell(id: string, next: () => number): string {
  const chars = [...id];
  const at = Math.floor(next() * (chars.length - 1));
  const kind = Math.floor(next() * 3);
  if (kind === 0) chars.splice(at, 1);
  else if (kind === 1) [chars[at], chars[at + 1]] = [chars[at + 1], chars[at]];
  else chars[at] = chars[at] === 'x' ? 'q' : 'x';
  return chars.join('');
}

/** An agenda of `n` people and `n` sessions, each naming a person by a misspelt id (all different). */
function misspeltAgenda(n: number, seed: number): string {
  const next = random(seed);
  const ids = Array.from({ length: n }, (_, i) => `${name(next, 2)}-${name(next, 3)}-${i}`);
  const people = ids.map((id) => `  - { id: ${id}, name: Person ${id} }`);
  const sessions = ids.map((id, i) => session(`s${i}`, { date: '2020-04-24', part: 'morning', speakers: `[${misspell(id, next)}]` }));
  return agendaWith(sessions).replace('sessions:', ['people:', ...people, 'sessions:'].join('\n'));
}

/** An agenda of `n` sessions at the same time, in one room, in rooms of their own, or in none, all with one speaker. */
function parallelAgenda(n: number, room: (i: number) => string | undefined): string {
  const sessions = Array.from({ length: n }, (_, i) => {
    const where = room(i);
    return session(`s${i}`, { date: '2020-04-24', start: '"10:00"', end: '"11:00"', speakers: '[ann]', ...(where ? { room: where } : {}) });
  });
  return agendaWith(sessions).replace('sessions:', 'people:\n  - { id: ann, name: Ann Lee }\nsessions:');
}

/** The least processor time (ms) of `check` on a text over three runs. */
function checkTime(text: string): number {
  let least = Infinity;
  for (let run = 0; run < 3; run++) {
    const before = cpuNow();
    check(text);
    least = Math.min(least, cpuNow() - before);
  }
  return least;
}

/**
 * How the processor time of `check` grows from `small` to `large` agendas: asserted under ten times linear growth,
 * which quadratic growth exceeds several times over.
 */
function assertNearLinear(label: string, make: (n: number) => string, small: number, large: number): void {
  check(make(small));
  const little = Math.max(checkTime(make(small)), 1);
  const big = checkTime(make(large));
  const ratio = big / little;
  const linear = large / small;
  console.log(`      ${label}: ${little.toFixed(1)} ms at ${small}, ${big.toFixed(1)} ms at ${large} (x${ratio.toFixed(1)}; linear x${linear}, quadratic x${linear * linear})`);
  assert.ok(ratio < linear * 10, `${label}: x${ratio.toFixed(1)} from ${small} to ${large}`);
}

describe('costs that grow with the agenda (issue 15, class 12)', () => {
  it('suggests exactly what measuring every candidate suggests, on 3,000 random words and lists', () => {
    const next = random(15);
    for (let trial = 0; trial < 3000; trial++) {
      const candidates = Array.from({ length: 1 + Math.floor(next() * 40) }, () => name(next, 1 + Math.floor(next() * 4)));
      if (trial % 5 === 0) candidates.push(...candidates.slice(0, 3).map((c) => c.toUpperCase()));
      const pick = candidates[Math.floor(next() * candidates.length)];
      const word = trial % 3 === 0 ? name(next, 1 + Math.floor(next() * 4)) : trial % 3 === 1 ? misspell(pick, next) : pick.slice(0, 3 + Math.floor(next() * 3));
      assert.deepStrictEqual(new Suggester(candidates).closest(word), bruteForce(word, candidates), `${word} among ${candidates.join(' ')}`);
    }
  });

  it('suggests within the budget, a prefix, a case-insensitive match, and nothing for a word far from all', () => {
    const suggester = new Suggester(['john-roe', 'jane-doe', 'kic', 'unodc', 'Alpha', 'alphabet-soup']);
    assert.deepStrictEqual(suggester.closest('jon-roe'), ['john-roe']);
    assert.deepStrictEqual(suggester.closest('jnae-doe'), ['jane-doe']);
    assert.deepStrictEqual(suggester.closest('alpha'), ['Alpha', 'alphabet-soup']);
    assert.deepStrictEqual(suggester.closest('kc'), ['kic']);
    assert.deepStrictEqual(suggester.closest('zzzzzz'), []);
    assert.deepStrictEqual(suggester.closest('{'.repeat(5000)), []);
  });

  it('checks n people and n misspelt references in time near-linear in n', () => {
    assertNearLinear('misspelt references', (n) => misspeltAgenda(n, n), 100, 3000);
  });

  it('checks n sessions at the same time in one room, each in its own room, or in none, in time near-linear in n', () => {
    assertNearLinear('one room', (n) => parallelAgenda(n, () => 'Hall A'), 100, 4000);
    assertNearLinear('rooms of their own', (n) => parallelAgenda(n, (i) => `Room ${i}`), 100, 4000);
    assertNearLinear('no room', (n) => parallelAgenda(n, () => undefined), 100, 4000);
  });

  it('reports each of n parallel sessions in one room once, and the shared speaker once per later session', () => {
    const found = check(parallelAgenda(50, () => 'Hall A'));
    assert.strictEqual(found.filter((d) => d.code === 'time-overlap').length, 49);
    assert.strictEqual(found.filter((d) => d.code === 'person-double-booked').length, 49);
  });
});

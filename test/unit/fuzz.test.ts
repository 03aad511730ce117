import * as assert from 'assert';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLE, FIXTURES, REPO } from './findings';
import { runFaces, TIME_BOUNDS, type FaceRun } from './fuzz/faces';
import { AGENDA_NAME, describeWorld, leadsTo, linkWorld, makeWorld } from './fuzz/links';
import { minimise, signature } from './fuzz/minimise';
import { mutate, Random } from './fuzz/mutate';
import { difference } from './fuzz/sameParse';

/**
 * Fuzzing: mutations of the example, the fixtures and the YAML test suite through every face of the core. The seed
 * and the number of cases can be changed (AGENDA_FUZZ_SEED, AGENDA_FUZZ_CASES) to search further; failures are
 * shrunk and written to out/fuzz-failures/, to be kept under test/fixtures/fuzz/ once fixed.
 */
const SEED = Number(process.env.AGENDA_FUZZ_SEED ?? 20200424);
const CASES = Number(process.env.AGENDA_FUZZ_CASES ?? 2400);

const SUITE = path.join(FIXTURES, 'yaml-test-suite');
const FUZZ_FIXTURES = path.join(FIXTURES, 'fuzz');
const FAILURES = path.join(REPO, 'out/fuzz-failures');

function readTexts(dir: string, file: (name: string) => string | undefined): string[] {
  return fs.readdirSync(dir).sort().flatMap((name) => {
    const full = file(name);
    return full && fs.existsSync(path.join(dir, full)) ? [fs.readFileSync(path.join(dir, full), 'utf8')] : [];
  });
}

function corpus(): { example: string; others: string[] } {
  const suite = readTexts(SUITE, (id) => path.join(id, 'in.yaml'));
  const fixtures = ['valid', 'invalid', 'render'].flatMap((dir) => readTexts(path.join(FIXTURES, dir), (name) => (name.endsWith('.yaml') ? name : undefined)));
  return { example: fs.readFileSync(EXAMPLE, 'utf8'), others: [...suite, ...fixtures] };
}

/** How far over its bounds a run went: the larger of its two times, each as a fraction of its bound. */
function load(run: FaceRun, length: number): number {
  return Math.max(run.ms.core / TIME_BOUNDS.core(length), run.ms.help / TIME_BOUNDS.help(length));
}

/** The problems of a text, a time over a bound counting as one (timed twice, so that one pause does not count). */
function problemsOf(text: string, offset: number): FaceRun {
  let outcome = runFaces(text, offset);
  if (load(outcome, text.length) > 1) {
    const again = runFaces(text, offset);
    if (load(again, text.length) < load(outcome, text.length)) outcome = again;
  }
  const problems = [...outcome.problems];
  for (const group of ['core', 'help'] as const) {
    const bound = TIME_BOUNDS[group](text.length);
    if (outcome.ms[group] > bound) problems.push(`the ${group === 'core' ? 'core faces' : 'authoring help'} took ${Math.round(outcome.ms[group])} ms of processor time for ${text.length} characters (bound ${Math.round(bound)} ms)`);
  }
  return { problems, ms: outcome.ms };
}

/** Shrinks a failing text to a small one failing the same way, and saves it for a fixture. */
function keep(text: string, offset: number, problem: string, found: string): string {
  const kind = signature(problem);
  const fails = (candidate: string) => problemsOf(candidate, Math.min(offset, candidate.length)).problems.some((p) => signature(p) === kind);
  const small = minimise(text, fails);
  fs.mkdirSync(FAILURES, { recursive: true });
  const file = path.join(FAILURES, `${SEED}-${found.replace(/\W+/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ found: `seed ${SEED}, ${found}`, problem, offset: Math.min(offset, small.length), text: small }, null, 2) + '\n');
  return `${problem}\n    (${found}; shrunk to ${small.length} characters in ${path.relative(REPO, file)}: ${JSON.stringify(small.slice(0, 200))})`;
}

describe('fuzzing the core', function () {
  // No wall-clock limit: the tests run synchronously, so a timeout could not stop a hang, only fail a busy machine;
  // the processor-time bound of each text (TIME_BOUNDS) catches hangs and super-linear work.
  this.timeout(0);
  const { example, others } = corpus();
  const all = [example, ...others];

  it('finds the example, the fixtures and the YAML test suite to mutate', () => {
    assert.ok(others.length >= 402 + 40, `only ${others.length} inputs beside the example: is test/fixtures/yaml-test-suite missing?`);
  });

  it(`keeps every minimised failing input fixed (test/fixtures/fuzz/)`, () => {
    const failures: string[] = [];
    for (const name of fs.readdirSync(FUZZ_FIXTURES).sort()) {
      const fixture = JSON.parse(fs.readFileSync(path.join(FUZZ_FIXTURES, name), 'utf8')) as { text: string; offset: number };
      for (const problem of problemsOf(fixture.text, fixture.offset).problems) failures.push(`${name}: ${problem}`);
    }
    assert.deepStrictEqual(failures, []);
  });

  it(`survives ${CASES} seeded mutations (seed ${SEED}) (every third of the example, the others going through each fixture and YAML test suite input in turn): no exception, no range outside the document, time linear in size`, () => {
    const random = new Random(SEED);
    const failures: string[] = [];
    const seen = new Set<string>();
    let characters = 0;
    let total = 0;
    let worst = { ratio: 0, ms: { core: 0, help: 0 }, length: 0, mutations: '' };
    for (let n = 0; n < CASES && failures.length < 5; n++) {
      const base = n % 3 === 0 ? example : others[(n - 1 - Math.floor(n / 3)) % others.length];
      const { text, mutations } = mutate(base, random, all);
      const offset = random.below(text.length + 1);
      const run = problemsOf(text, offset);
      characters += text.length;
      total += run.ms.core + run.ms.help;
      if (load(run, text.length) > worst.ratio) worst = { ratio: load(run, text.length), ms: run.ms, length: text.length, mutations: mutations.join(', ') };
      const { problems } = run;
      const fresh = problems.filter((p) => !seen.has(signature(p)));
      fresh.forEach((p) => seen.add(signature(p)));
      if (fresh.length) failures.push(keep(text, offset, fresh[0], `case ${n} (${mutations.join(', ')})`));
    }
    console.log(`      ${CASES} mutations, ${(characters / 1e6).toFixed(1)} M characters in ${(total / 1000).toFixed(1)} s; closest to its bounds: ${worst.length} characters in ${Math.round(worst.ms.core)} + ${Math.round(worst.ms.help)} ms (${(100 * worst.ratio).toFixed(0)} % of a bound; ${worst.mutations})`);
    assert.deepStrictEqual(failures, []);
  });

  it(`reads each of the ${CASES} mutations (seed ${SEED}) that the fast reader of the block subset takes exactly as yaml does`, () => {
    const random = new Random(SEED);
    const failures: string[] = [];
    let taken = 0;
    for (let n = 0; n < CASES && failures.length < 3; n++) {
      const base = n % 3 === 0 ? example : others[(n - 1 - Math.floor(n / 3)) % others.length];
      const { text, mutations } = mutate(base, random, all);
      random.below(text.length + 1);
      const found = difference(text);
      if (found !== undefined) taken++;
      if (found) failures.push(`case ${n} (${mutations.join(', ')}): ${JSON.stringify(text.slice(0, 300))}\n${found}`);
    }
    console.log(`      the fast reader took ${taken} of ${CASES} mutations`);
    assert.deepStrictEqual(failures, []);
  });

  it('takes every input of the corpus unchanged', () => {
    const failures = all.flatMap((text, i) => problemsOf(text, text.length >> 1).problems.map((p) => `input ${i}: ${p}`));
    assert.deepStrictEqual(failures, []);
  });
});

describe('fuzzing the command line through links', function () {
  this.timeout(0);
  const CLI = path.join(REPO, 'dist/cli.js');
  const KYOTO = fs.readFileSync(EXAMPLE, 'utf8');
  const MESSY = fs.readFileSync(path.join(FIXTURES, 'format/messy.agenda.yaml'), 'utf8');
  const TIDY = fs.readFileSync(path.join(FIXTURES, 'format/tidy.agenda.yaml'), 'utf8');
  const WORLDS = Number(process.env.AGENDA_FUZZ_LINK_WORLDS ?? 10);
  const LOOP = 'its symbolic links lead round in a loop';

  it(`reads, guards and writes an agenda through ${WORLDS} seeded worlds of symbolic and hard links (seed ${SEED}), in real processes: exact messages and exit codes, the agenda never written over, links kept`, () => {
    const random = new Random(SEED);
    const failures: string[] = [];
    for (let n = 0; n < WORLDS; n++) {
      const world = linkWorld(random);
      const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-links-')));
      const agenda = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      const said = (result: SpawnSyncReturns<string>) => [result.status, result.stdout, result.stderr];
      const agendaText = () => fs.readFileSync(path.join(dir, AGENDA_NAME), 'utf8');
      const expect = (what: string, actual: unknown, expected: unknown) => {
        try {
          assert.deepStrictEqual(actual, expected);
        } catch {
          failures.push(`world ${n} (${describeWorld(world)}): ${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
        }
      };
      try {
        fs.writeFileSync(path.join(dir, AGENDA_NAME), KYOTO);
        makeWorld(dir, world);
        const names = world.map((l) => l.name);
        const pick = (from: string[]) => from[random.below(from.length)];

        const read = pick(names);
        const reference = said(agenda('check', AGENDA_NAME));
        const checked = said(agenda('check', read));
        const reads = leadsTo(dir, read);
        if (reads === 'agenda') expect(`check ${read}`, checked, reference.map((part) => (typeof part === 'string' ? part.split(AGENDA_NAME).join(read) : part)));
        else if (reads === 'loop') expect(`check ${read}`, checked, [2, '', `agenda: ${read} cannot be read: ${LOOP}\n0 files checked: 0 errors, 0 warnings.\n`]);
        else expect(`check ${read}`, checked, [2, '', `agenda: ${read} does not exist\n0 files checked: 0 errors, 0 warnings.\n`]);

        const sources = [AGENDA_NAME, ...names.filter((name) => leadsTo(dir, name) === 'agenda')];
        const source = pick(sources);
        const target = pick([...names, 'out.html']);
        const before = leadsTo(dir, target);
        const wasLink = fs.lstatSync(path.join(dir, target), { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
        const rendered = said(agenda('render', source, '-o', target));
        if (before === 'agenda') expect(`render ${source} -o ${target}`, rendered, [2, '', `agenda: refusing to write the programme over the agenda itself (${target})\n`]);
        else if (before === 'loop') expect(`render ${source} -o ${target}`, rendered, [2, '', `agenda: cannot write ${target} (${LOOP})\n`]);
        else {
          expect(`render ${source} -o ${target}`, rendered, [0, '', `Wrote ${target}\n`]);
          expect(`${target} after the render`, [fs.lstatSync(path.join(dir, target)).isSymbolicLink(), fs.readFileSync(path.join(dir, target), 'utf8').slice(0, 15)], [wasLink, '<!DOCTYPE html>']);
        }
        expect(`the agenda after render ${source} -o ${target}`, agendaText() === KYOTO, true);

        fs.writeFileSync(path.join(dir, AGENDA_NAME), MESSY);
        const formatted = pick(sources);
        expect(`format ${formatted}`, said(agenda('format', formatted)), [0, '', `Wrote ${formatted}\n1 file: 1 reformatted, 0 already formatted.\n`]);
        expect(`the agenda after format ${formatted}`, agendaText() === TIDY, true);
        for (const link of world) {
          const kept = fs.lstatSync(path.join(dir, link.name)).isSymbolicLink() === (link.kind === 'symbolic');
          expect(`${link.name} after format ${formatted}`, kept && (leadsTo(dir, link.name) !== 'agenda' || fs.readFileSync(path.join(dir, link.name), 'utf8') === TIDY), true);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.deepStrictEqual(failures, []);
  });
});

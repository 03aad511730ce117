import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type * as Core from '../src/core';
import type { WorkbenchFigures } from '../test/integration/bench/figures';
import { AGENDA_SIZES, CONGRESS_OF_FILES, generateAgenda, generateCongress, type AgendaSizeName } from './generateAgenda';
import { PROGRAMME_MEASURES, programmeHeap, programmeSanityCheck, programmeTasks, type ProgrammeMeasure } from './programmeTasks';
import { PeerValidator } from './peer';
import { canCollectGarbage, collectGarbage, spreadOf, timeInterleaved, type Spread, type Task, type Timing } from './stats';

const USAGE = `Measures Agenda Author against Red Hat's YAML language server on generated congress-scale agendas and a
congress written as a programme of 250 files (generateCongress).

  npm run bench                  build the production bundles, then run this
  node --expose-gc out/bench/run.js [--rounds <n>] [--workbench-runs <n>] [--out <file>]

  --rounds <n>          timed rounds on the 5,000-line agenda, two samples of each measure a round (default 15;
                        the other sizes and the programme of files scale from it)
  --workbench-runs <n>  fresh workbenches to time the extension's activation in (default 5; 0: none), each
                        started by the integration runner (node out/test/integration/run.js --bench); the first
                        also times typing into a 5,000-line agenda for a minute and serving hostile files
  --out <file>          where the results go as JSON (default bench/results.json)

  AGENDA_INTEGRATION_LOCK=<file>   on a shared machine: each workbench run waits for this lock (flock)`;

const REPO = path.resolve(__dirname, '../..');

/** What is measured: the core as the extension loads it, the production bundle `dist/core.js`. */
const core = require(path.join(REPO, 'dist/core.js')) as typeof Core;

/** The floor: `yaml`'s own parse, in the build the bundle holds (its browser build, see esbuild.js). */
const yaml = require(path.join(REPO, 'node_modules/yaml/browser/dist/index.js')) as typeof import('yaml');

const SCHEMA = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/agenda.schema.json'), 'utf8')) as object;

/** What each size is timed on, and for how many rounds relative to `--rounds`. */
const PLAN: { size: AgendaSizeName; rounds: number }[] = [
  { size: 'workshop', rounds: 2 },
  { size: 'congress', rounds: 1 },
  { size: 'large', rounds: 0.5 },
];

/** The measures, in the table's order, with what each one times. */
const MEASURES = {
  floor: '`yaml` parseDocument alone',
  parse: 'our parse (parseAgenda)',
  check: 'our full check',
  peer: "peer's doValidation",
  edit: 'one-character edit, re-checked',
  render: 'preview render',
  outline: 'tree outline',
  format: 'Format Document (formatAgenda)',
} as const;

type Measure = keyof typeof MEASURES;

/**
 * A one-character edit in the middle of the agenda, as a typist makes it: a letter typed into the title of the
 * session nearest the middle. (The benchmark alternates between the text with the letter and without it, so that
 * every check follows an edit: one letter typed, one taken out.)
 */
function typeIntoTitle(text: string): string {
  const key = '\n    title: ';
  const line = text.indexOf(key, text.length >> 1);
  assert.ok(line >= 0, 'no session title after the middle of the agenda');
  let at = line + key.length;
  if (text[at] === '"') at++;
  at++;
  assert.match(text[at], /[a-z]/i, 'the title has a letter where the edit goes');
  return text.slice(0, at) + 'x' + text.slice(at);
}

/** Two mistakes of the schema and a missing key, put into an agenda, and the lines they are on. */
function breakAgenda(text: string): { text: string; lines: number[] } {
  const lines = text.split('\n');
  const find = (pattern: RegExp, from = 0) => {
    const found = lines.findIndex((line, i) => i >= from && pattern.test(line));
    assert.ok(found >= 0, `${pattern} not found`);
    return found;
  };
  const part = find(/^ {4}part: afternoon$/);
  lines[part] = '    part: afternon';
  const room = find(/^ {4}room: /, part);
  lines[room] = lines[room].replace('room:', 'rooom:');
  const session = find(/^ {2}- id: /, room);
  lines.splice(find(/^ {4}date: /, session), 1);
  return { text: lines.join('\n'), lines: [part, room, session] };
}

/**
 * Before anything is timed: the generated agendas are clean for both checkers, both report the mistakes put into
 * one (so the peer really validates against our schema), and the edited text checks incrementally to exactly what
 * a full check gives.
 */
async function sanityCheck(peer: PeerValidator, texts: Record<AgendaSizeName, string>): Promise<void> {
  for (const [size, text] of Object.entries(texts)) {
    assert.deepStrictEqual(core.check(text), [], `the generated ${size} agenda is clean for us`);
    assert.deepStrictEqual(await peer.validate(text), [], `the generated ${size} agenda is clean for the peer`);
  }
  const broken = breakAgenda(texts.workshop);
  const ours = core.check(broken.text);
  assert.deepStrictEqual(ours.map((d) => [d.range.start.line, d.code]), [[broken.lines[0], 'schema-enum'], [broken.lines[1], 'schema-unknown-key'], [broken.lines[2], 'schema-required']]);
  const theirs = await peer.validate(broken.text);
  assert.deepStrictEqual(theirs.map((d) => d.range.start.line).sort((a, b) => a - b), broken.lines, `the peer reports the mistakes: ${JSON.stringify(theirs.map((d) => d.message))}`);
  const checker = new core.IncrementalChecker();
  checker.check(texts.congress);
  const edited = typeIntoTitle(texts.congress);
  assert.deepStrictEqual(checker.check(edited), core.check(edited));
  assert.strictEqual(checker.lastParse, 'entry', 'the edit is re-checked by parsing its session alone');
}

/** The tasks timed on one agenda. */
function tasks(peer: PeerValidator, text: string): Record<Measure, Task> {
  const parsed = core.parseAgenda(text);
  const edited = typeIntoTitle(text);
  const checker = new core.IncrementalChecker();
  let showing = text;
  checker.check(showing);
  return {
    floor: () => yaml.parseDocument(text),
    parse: () => core.parseAgenda(text),
    check: () => core.check(text),
    peer: () => peer.validate(text),
    edit: () => {
      showing = showing === text ? edited : text;
      checker.check(showing);
      if (checker.lastParse !== 'entry') throw new Error(`the edit was re-checked by a ${checker.lastParse} parse`);
    },
    render: () => core.renderProgramme(parsed),
    outline: () => core.buildOutline(parsed),
    format: () => core.formatAgenda(text),
  };
}

interface SizeResult {
  lines: number;
  kilobytes: number;
  /** CPU time and wall-clock time of each measure. */
  timings: Record<Measure, Timing>;
  /** Of the medians of CPU time. */
  ratios: {
    checkPerPeer: number;
    checkPerFloor: number;
    editPerPeer: number;
    editPerCheck: number;
    renderPerCheck: number;
    outlinePerCheck: number;
  };
}

function ratio(a: Timing, b: Timing): number {
  return Math.round((a.cpu.median / b.cpu.median) * 1000) / 1000;
}

function ratiosOf(t: Record<Measure, Timing>): SizeResult['ratios'] {
  return {
    checkPerPeer: ratio(t.check, t.peer),
    checkPerFloor: ratio(t.check, t.floor),
    editPerPeer: ratio(t.edit, t.peer),
    editPerCheck: ratio(t.edit, t.check),
    renderPerCheck: ratio(t.render, t.check),
    outlinePerCheck: ratio(t.outline, t.check),
  };
}

/**
 * The targets: ratios on the 5,000-line agenda, activation (median, ms), the package's size (KB), and the latencies in
 * the workbench that the tests print but do not bound (typing, hostile files).
 */
/** The figures of the generated congress as a programme of files (issue 17). */
interface ProgrammeResult {
  files: number;
  lines: number;
  timings: Record<ProgrammeMeasure, Timing>;
  /** Opening the folder (CPU median) over the peer validating every file. */
  openPerPeer: number;
  /** The heap the open programme holds, MB. */
  heapMB?: number;
}

function targets(r: SizeResult, vsixKB: number | undefined, bench: ReturnType<typeof workbench>, programme: ProgrammeResult): { target: string; value: number; atMost: number; met: boolean }[] {
  const all: [string, number | undefined, number][] = [
    ['programme: folder opened / peer', programme.openPerPeer, 0.25],
    ['programme: one keystroke to the diagnostics it changes, CPU ms', programme.timings.keystroke.cpu.median, 50],
    ['full check / peer', r.ratios.checkPerPeer, 0.25],
    ['one-character edit / peer', r.ratios.editPerPeer, 0.1],
    ['render / full check', r.ratios.renderPerCheck, 1],
    ['outline / full check', r.ratios.outlinePerCheck, 1],
    ['activation in the workbench, ms', bench?.activation.median, 50],
    ['.vsix, KB', vsixKB, 400],
    ['typing: 95th percentile of how late an edit starts, ms', bench?.typing?.lateMs.p95, 1000],
    ['typing: the last check shown after the last edit, ms', bench?.typing?.settleMs, 5000],
  ];
  for (const [name, f] of Object.entries(bench?.hostile ?? {})) {
    const large = name.startsWith('fifty-megabytes');
    all.push([`${name}: another command's round trip (the slower of two), ms`, Math.max(f.afterOpeningMs, f.withViewsMs), large ? 2000 : 1000]);
    all.push([`${name}: the extension host's longest stall, ms`, f.longestStallMs, 1000]);
  }
  return all.filter((t): t is [string, number, number] => t[1] !== undefined).map(([target, value, atMost]) => ({ target, value, atMost, met: value <= atMost }));
}

/**
 * The heap after checking the largest agenda again and again, as the extension does while someone types: one
 * incremental checker, and a one-character edit in a different session before each check. The heap is read after a
 * full garbage collection, once the first check is done and then every ten checks; growth is counted from the first
 * check, and from the tenth (after what a first round of edits sets up once: compiled code, caches of the runtime).
 */
function memory(text: string, checks: number): { checks: number; heapMB: number[]; growthMB: number; growthAfterTenMB: number } {
  const titles = [...text.matchAll(/\n {4}title: "?[A-Z]/g)].map((m) => m.index + m[0].length);
  const checker = new core.IncrementalChecker();
  checker.check(text);
  const heap = () => {
    collectGarbage();
    return Math.round((process.memoryUsage().heapUsed / (1024 * 1024)) * 10) / 10;
  };
  const heapMB = [heap()];
  let current = text;
  for (let i = 1; i <= checks; i++) {
    const at = titles[(i * 7919) % titles.length];
    current = current.slice(0, at) + (current[at] === 'x' ? 'y' : 'x') + current.slice(at + 1);
    checker.check(current);
    if (i % 10 === 0) heapMB.push(heap());
  }
  const growth = (from: number) => Math.round((heapMB[heapMB.length - 1] - from) * 10) / 10;
  return { checks, heapMB, growthMB: growth(heapMB[0]), growthAfterTenMB: growth(heapMB[1]) };
}

/**
 * Activation, first check and keystroke to diagnostic in fresh workbenches, one a run of the integration runner's
 * benchmark suite (test/integration/bench); typing and hostile files in the first of them only; undefined when no run
 * was asked for.
 */
function workbench(runs: number): { runs: number; activation: Spread; activationCpu: Spread; firstCheck: Spread; keystroke: Spread; keystrokeDefaultDelay: Spread; typing?: WorkbenchFigures['typing']; hostile?: WorkbenchFigures['hostile'] } | undefined {
  if (runs <= 0) return undefined;
  const figures: WorkbenchFigures[] = [];
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-bench-')), 'workbench.json');
  for (let run = 1; run <= runs; run++) {
    fs.rmSync(file, { force: true });
    const runner = [path.join(REPO, 'out/test/integration/run.js'), '--bench', file, ...(run > 1 ? ['--grep', 'activation'] : [])];
    const lock = process.env.AGENDA_INTEGRATION_LOCK;
    const [command, ...args] = lock ? ['flock', lock, process.execPath, ...runner] : [process.execPath, ...runner];
    console.log(`[bench] workbench ${run} of ${runs}`);
    const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`the workbench run failed (exit code ${result.status ?? result.signal})`);
    figures.push(JSON.parse(fs.readFileSync(file, 'utf8')) as WorkbenchFigures);
  }
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  return {
    runs,
    activation: spreadOf(figures.map((f) => f.activationMs)),
    activationCpu: spreadOf(figures.map((f) => f.activationCpuMs)),
    firstCheck: spreadOf(figures.map((f) => f.firstCheckMs)),
    keystroke: spreadOf(figures.map((f) => f.keystrokeMs)),
    keystrokeDefaultDelay: spreadOf(figures.map((f) => f.keystrokeDefaultDelayMs)),
    typing: figures[0].typing,
    hostile: figures[0].hostile,
  };
}

function vsixSize(): { file: string; kilobytes: number } | undefined {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
  const file = `${name}-${version}.vsix`;
  const full = path.join(REPO, file);
  return fs.existsSync(full) ? { file, kilobytes: Math.round((fs.statSync(full).size / 1024) * 10) / 10 } : undefined;
}

function formatSpread(s: Spread): string {
  const digits = s.median < 10 ? 2 : s.median < 100 ? 1 : 0;
  return `${s.median.toFixed(digits)} (${s.q1.toFixed(digits)}-${s.q3.toFixed(digits)})`;
}

function table(results: Partial<Record<AgendaSizeName, SizeResult>>): string {
  const sizes = Object.entries(results) as [AgendaSizeName, SizeResult][];
  const header = ['CPU ms: median (quartiles)', ...sizes.map(([size, r]) => `${size}, ${r.lines} lines`)];
  const rows = (Object.keys(MEASURES) as Measure[]).map((m) => [MEASURES[m], ...sizes.map(([, r]) => formatSpread(r.timings[m].cpu))]);
  const ratioRows = [
    ['full check / peer', 'checkPerPeer'],
    ['full check / floor', 'checkPerFloor'],
    ['edit / peer', 'editPerPeer'],
    ['render / full check', 'renderPerCheck'],
    ['outline / full check', 'outlinePerCheck'],
  ].map(([label, key]) => [label, ...sizes.map(([, r]) => r.ratios[key as keyof SizeResult['ratios']].toFixed(3))]);
  const all = [header, ...rows, ...ratioRows];
  const widths = header.map((_, i) => Math.max(...all.map((row) => row[i].length)));
  return all.map((row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

/**
 * The generated congress as a programme of files: opening its folder against the peer validating each file, one
 * keystroke, the whole programme's render, and the heap the open programme holds.
 */
async function programmeResult(peer: PeerValidator, rounds: number): Promise<ProgrammeResult> {
  const files = [...generateCongress(CONGRESS_OF_FILES).files].map(([path, text]) => ({ path, text }));
  await programmeSanityCheck(core, peer, files);
  const count = Math.max(3, Math.round(rounds * 0.4));
  console.log(`[bench] programme of ${files.length} files: ${count} rounds`);
  collectGarbage();
  const timings = (await timeInterleaved(programmeTasks(core, peer, files), count, 1)) as Record<ProgrammeMeasure, Timing>;
  return {
    files: files.length,
    lines: files.reduce((n, f) => n + f.text.split('\n').length, 0),
    timings,
    openPerPeer: ratio(timings.openFolder, timings.peerFolder),
    heapMB: canCollectGarbage() ? programmeHeap(core, files, collectGarbage) : undefined,
  };
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  const valueOf = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const rounds = Number(valueOf('--rounds') ?? 15);
  const out = path.resolve(valueOf('--out') ?? path.join(REPO, 'bench/results.json'));
  const workbenchRuns = Number(valueOf('--workbench-runs') ?? 5);
  if (!canCollectGarbage()) console.warn('[bench] run node with --expose-gc: garbage is not collected between samples, and the memory figures are missing');

  const texts = Object.fromEntries(PLAN.map(({ size }) => [size, generateAgenda(AGENDA_SIZES[size])])) as Record<AgendaSizeName, string>;
  const peer = new PeerValidator(SCHEMA);
  await sanityCheck(peer, texts);
  console.log('[bench] sanity check passed: both checkers find the agendas clean and the same mistakes in a broken one');

  const sizes: Partial<Record<AgendaSizeName, SizeResult>> = {};
  for (const { size, rounds: share } of PLAN) {
    const text = texts[size];
    const count = Math.max(3, Math.round(rounds * share));
    console.log(`[bench] ${size}: ${count} rounds`);
    collectGarbage();
    const timings = (await timeInterleaved(tasks(peer, text), count, 2)) as Record<Measure, Timing>;
    sizes[size] = { lines: text.split('\n').length - 1, kilobytes: Math.round(text.length / 102.4) / 10, timings, ratios: ratiosOf(timings) };
  }
  const congress = sizes.congress!;
  const programme = await programmeResult(peer, rounds);
  const memoryFigures = canCollectGarbage() ? memory(texts.large, 100) : undefined;
  const vsix = vsixSize();
  const workbenchFigures = workbench(workbenchRuns);
  const results = {
    note: 'Milliseconds of CPU time (and of wall-clock time), median and quartiles over interleaved rounds in one process (npm run bench); ratios of CPU medians. See README, Performance.',
    machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
    peer: `yaml-language-server ${(require('yaml-language-server/package.json') as { version: string }).version}`,
    headline: {
      checkPerPeer: congress.ratios.checkPerPeer,
      checkPerFloor: congress.ratios.checkPerFloor,
      editPerPeer: congress.ratios.editPerPeer,
      targets: targets(congress, vsix?.kilobytes, workbenchFigures, programme),
    },
    sizes,
    programme,
    memory: memoryFigures,
    vsix,
    workbench: workbenchFigures,
  };
  console.log(`\n${table(sizes)}\n`);
  for (const t of results.headline.targets) console.log(`${t.met ? 'met   ' : 'MISSED'} ${t.target}: ${t.value} (at most ${t.atMost})`);
  console.log(`programme of ${programme.files} files, ${programme.lines} lines: ${(Object.keys(PROGRAMME_MEASURES) as ProgrammeMeasure[]).map((m) => `${PROGRAMME_MEASURES[m]} ${formatSpread(programme.timings[m].cpu)} ms`).join('; ')}; folder / peer ${programme.openPerPeer}; heap of the open programme ${programme.heapMB ?? '?'} MB`);
  if (results.memory) console.log(`memory: heap after gc over ${results.memory.checks} checks of the ${sizes.large!.lines}-line agenda, every ten: ${results.memory.heapMB.join(', ')} MB (growth ${results.memory.growthMB} MB, ${results.memory.growthAfterTenMB} MB after the tenth)`);
  if (results.vsix) console.log(`vsix: ${results.vsix.file}, ${results.vsix.kilobytes} KB`);
  if (results.workbench) {
    const { runs, activation, activationCpu, firstCheck } = results.workbench;
    console.log(`workbench (${runs} fresh ones): activation ${formatSpread(activation)} ms (CPU ${formatSpread(activationCpu)}), first check of an agenda ${formatSpread(firstCheck)} ms`);
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`[bench] wrote ${path.relative(process.cwd(), out)}`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error('[bench]', error instanceof Error ? error.stack : error);
  process.exit(1);
});

/** Timing samples and their spread, for the benchmark. */

/** The spread of a set of samples, in milliseconds: median, quartiles, extremes, and how many samples. */
export interface Spread {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  runs: number;
}

/** A task the benchmark times: one call is one sample. */
export type Task = () => unknown;

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** The spread of some samples (at least one). */
export function spreadOf(samples: readonly number[]): Spread {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5)),
    q1: round(quantile(sorted, 0.25)),
    q3: round(quantile(sorted, 0.75)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
    runs: sorted.length,
  };
}

const collect = (globalThis as { gc?: () => void }).gc;

/** Whether Node runs with `--expose-gc`, so that garbage can be collected between samples and heaps compared. */
export function canCollectGarbage(): boolean {
  return collect !== undefined;
}

/** Collects garbage (fully) when Node allows it. */
export function collectGarbage(): void {
  collect?.();
}

/** The time one task took: CPU time of the process (user and system) and wall-clock time. */
export interface Timing {
  cpu: Spread;
  wall: Spread;
}

/**
 * Times every task over `rounds` rounds after `warmup` untimed ones, interleaved: each round runs each task in turn
 * (from a different first task each round), so that a busy machine slows them all alike and their ratios hold. In
 * its turn a task first runs untimed for `settleMs` (at least once), which pays for the garbage the task before it
 * left, then `samples` times timed: the steady state of doing the same thing again and again, as a checker does while
 * someone types. (Collecting garbage by force instead would distort: after a forced collection V8 starts again with
 * a small young generation, and runs the next tasks up to twice as slowly.) Each sample is the process's CPU time,
 * which other processes on a shared machine do not inflate, and the wall-clock time.
 */
export async function timeInterleaved(tasks: Record<string, Task>, rounds: number, warmup: number, samples = 2, settleMs = 100): Promise<Record<string, Timing>> {
  const names = Object.keys(tasks);
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(round + i) % names.length];
      const settled = performance.now() + settleMs;
      do await tasks[name]();
      while (performance.now() < settled);
      if (round < warmup) continue;
      for (let sample = 0; sample < samples; sample++) {
        const startCpu = process.cpuUsage();
        const start = performance.now();
        await tasks[name]();
        const elapsed = performance.now() - start;
        const used = process.cpuUsage(startCpu);
        cpu[name].push((used.user + used.system) / 1000);
        wall[name].push(elapsed);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, { cpu: spreadOf(cpu[name]), wall: spreadOf(wall[name]) }]));
}

import * as fs from 'fs';
import type { HostileFigures } from '../hostile';

/** What the benchmark's suites measured in one workbench, as `npm run bench` reads it from AGENDA_BENCH_RESULTS. */
export interface WorkbenchFigures {
  /** Milliseconds of `extension.activate()`: the extension host loads `dist/extension.js` and runs `activate`. */
  activationMs: number;
  /** The extension host's CPU time in those milliseconds. */
  activationCpuMs: number;
  /** Milliseconds from showing an agenda with a mistake to its diagnostics (the checking core loads on the way). */
  firstCheckMs: number;
  /**
   * Milliseconds from a keystroke that mends or makes a mistake to the diagnostics that show it, median of 11, with
   * the Agenda view and the preview open: with `agenda.validate.delay` at 0 (the extension's own work), and at its
   * default of 250 (the pause in typing it waits for, included).
   */
  keystrokeMs: number;
  keystrokeDefaultDelayMs: number;
  /** Typing into the 5,000-line agenda, an edit every 50 ms (agenda.validate.delay 250 ms). */
  typing?: { edits: number; seconds: number; lateMs: { median: number; p95: number; worst: number }; updates: number; settleMs: number };
  /** Each hostile file, by name. */
  hostile?: Record<string, HostileFigures>;
}

/** Adds figures to the file named by AGENDA_BENCH_RESULTS (nothing when unset, as in a run by hand). */
export function recordFigures(part: Partial<WorkbenchFigures>): void {
  const file = process.env.AGENDA_BENCH_RESULTS;
  if (!file) return;
  const before = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WorkbenchFigures>) : {};
  fs.writeFileSync(file, JSON.stringify({ ...before, ...part }));
}

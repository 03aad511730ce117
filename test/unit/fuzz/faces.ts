import {
  buildOutline, checkParsed, completionsAt, documentLinks, documentSymbols, foldingRanges, hoverAt, LineIndex, outlineNodes,
  parseAgenda, quickFixes, renderProgramme, toICalendar, toScheduleJson, type AgendaSymbol, type Diagnostic, type ParsedAgenda, type Position,
  type Range,
} from '../../../src/core';

/** Whether a range lies inside the document: real lines, characters within each line, start before end. */
export function rangeProblem(lines: LineIndex, range: Range): string | undefined {
  const outside = (p: Position) => !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0
    || p.line >= lines.lineCount || p.character > lines.lineText(p.line).length;
  const { start, end } = range;
  if (outside(start) || outside(end)) return 'outside the document';
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'ends before it starts';
  return undefined;
}

function* symbolRanges(symbols: readonly AgendaSymbol[]): Generator<[string, Range]> {
  for (const s of symbols) {
    yield [`symbol ${s.name}`, s.range];
    yield [`symbol ${s.name} selection`, s.selectionRange];
    yield* symbolRanges(s.children);
  }
}

/**
 * The processor time a text may take, in milliseconds: a fixed allowance plus one per character. The bounds catch a
 * hang or work that grows faster than the text, not slowness (`npm run bench` measures speed): each is at least ten
 * times the worst measured (test/README.md), processor time so that a busy machine does not count. The authoring help
 * gets more per character: completion parses a repaired copy of the text, and quick fixes parse it again to try each
 * `# agenda-ignore` comment.
 */
export const TIME_BOUNDS = {
  core: (length: number) => 1500 + length * 0.1,
  help: (length: number) => 2000 + length * 0.2,
};

/** What one text did: what went wrong, and the milliseconds the core faces and the authoring help took. */
export interface FaceRun {
  problems: string[];
  ms: { core: number; help: number };
}

type Attempt = (face: string, run: () => void) => void;

const CONSOLE = ['log', 'info', 'warn', 'error', 'debug'] as const;

/** Runs `body` with the console captured: what the core (or a library in it) wrote, which in the editor would litter the log. */
function capturingConsole<T>(body: () => T): { result: T; written: string[] } {
  const written: string[] = [];
  const saved = CONSOLE.map((name) => console[name]);
  for (const name of CONSOLE) console[name] = (...args: unknown[]) => void written.push(`console.${name}: ${args.map(String).join(' ')}`);
  try {
    return { result: body(), written };
  } finally {
    CONSOLE.forEach((name, i) => (console[name] = saved[i]));
  }
}

/**
 * Milliseconds of processor time since `since` (from {@link cpuNow}). Processor time, not wall time: the machine
 * running the tests may be shared by many jobs, and waiting for a core is not work that the core of Agenda Author does.
 */
export function cpuSince(since: number): number {
  return cpuNow() - since;
}

/** The processor time of this process so far, in milliseconds. */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs a text through every face of the core that serves it as you type or on a command: `check`, the outline,
 * the renderer and the exports (when the text has no errors, as they expect), then the authoring help at one
 * offset. Reports exceptions, ranges outside the document and writing to the console, and times both groups.
 */
export function runFaces(text: string, offset: number): FaceRun {
  const { result, written } = capturingConsole(() => facesOf(text, offset));
  result.problems.push(...written.slice(0, 1).map((w) => `wrote to the console (${w})`));
  return result;
}

function facesOf(text: string, offset: number): FaceRun {
  const problems: string[] = [];
  const ranges: [string, Range][] = [];
  const attempt: Attempt = (face, run) => {
    try {
      run();
    } catch (error) {
      problems.push(`${face} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  };
  const started = cpuNow();
  let parsed: ParsedAgenda | undefined;
  attempt('parseAgenda', () => {
    parsed = parseAgenda(text);
  });
  if (!parsed) return { problems, ms: { core: cpuSince(started), help: 0 } };
  const agenda = parsed;
  let diagnostics: Diagnostic[] = [];
  attempt('check', () => {
    diagnostics = checkParsed(agenda);
    for (const d of diagnostics) ranges.push([`check ${d.code}`, d.range], ...(d.related ?? []).map((r): [string, Range] => [`check ${d.code} related`, r.range]));
  });
  attempt('buildOutline', () => {
    for (const node of outlineNodes(buildOutline(agenda, { diagnostics }).roots)) {
      ranges.push([`outline ${node.kind}`, node.range]);
      if (node.target?.range) ranges.push([`outline ${node.kind} target`, node.target.range]);
    }
  });
  attempt('renderProgramme', () => renderProgramme(agenda));
  // The exports expect an agenda without errors, and must still never throw on one with errors.
  attempt('toICalendar', () => toICalendar(agenda));
  attempt('toScheduleJson', () => toScheduleJson(agenda));
  const core = cpuSince(started);
  const helping = cpuNow();
  authoringHelp(agenda, diagnostics, offset, ranges, attempt);
  const help = cpuSince(helping);
  for (const [what, range] of ranges) {
    const problem = rangeProblem(agenda.lines, range);
    if (problem) problems.push(`${what} at ${JSON.stringify(range)} is ${problem}`);
  }
  return { problems, ms: { core, help } };
}

/**
 * The authoring help (symbols, folding, links, completion, hover, quick fixes) on one text, at one offset; quick
 * fixes for the diagnostics under the cursor there (or the first one), as the editor asks for them.
 */
function authoringHelp(agenda: ParsedAgenda, diagnostics: readonly Diagnostic[], offset: number, ranges: [string, Range][], attempt: Attempt): void {
  const { text, lines } = agenda;
  attempt('documentSymbols', () => ranges.push(...symbolRanges(documentSymbols(agenda))));
  attempt('foldingRanges', () => {
    for (const f of foldingRanges(agenda)) ranges.push([`folding ${f.start}-${f.end}`, { start: { line: f.start, character: 0 }, end: { line: f.end, character: 0 } }]);
  });
  attempt('documentLinks', () => ranges.push(...documentLinks(agenda).map((l): [string, Range] => [`link ${l.target}`, l.range])));
  const position = lines.positionAt(offset);
  attempt('completionsAt', () => ranges.push(...completionsAt(text, position).map((c): [string, Range] => [`completion ${c.label}`, c.range])));
  attempt('hoverAt', () => {
    const hover = hoverAt(agenda, position);
    if (hover) ranges.push(['hover', hover.range]);
  });
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const here = diagnostics.filter((d) => before(d.range.start, position) && before(position, d.range.end));
  attempt('quickFixes', () => {
    for (const fix of quickFixes(agenda, here.length ? here : diagnostics.slice(0, 1))) ranges.push(...fix.edits.map((e): [string, Range] => [`quick fix ${fix.title}`, e.range]));
  });
}

import type { LineIndex } from '../base/lines';
import type { Diagnostic } from '../base/model';

/** The diagnostics of a text sorted by where they start, to find those that start in a span quickly. */
export class DiagnosticIndex {
  private readonly sorted: { offset: number; diagnostic: Diagnostic }[];

  constructor(diagnostics: readonly Diagnostic[], lines: LineIndex) {
    this.sorted = diagnostics
      .map((diagnostic) => ({ offset: lines.offsetAt(diagnostic.range.start), diagnostic }))
      .sort((a, b) => a.offset - b.offset);
  }

  /** Every diagnostic, in the order they start. */
  all(): Diagnostic[] {
    return this.sorted.map(({ diagnostic }) => diagnostic);
  }

  /** The diagnostics that start in `[start, end]` (at `end` only for an empty span). */
  startingIn([start, end]: [number, number]): Diagnostic[] {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid].offset < start) low = mid + 1;
      else high = mid;
    }
    const result: Diagnostic[] = [];
    for (let i = low; i < this.sorted.length; i++) {
      const { offset, diagnostic } = this.sorted[i];
      if (offset > end || (offset === end && end > start)) break;
      result.push(diagnostic);
    }
    return result;
  }
}

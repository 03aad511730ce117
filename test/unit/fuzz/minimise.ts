/**
 * Shrinks a failing input while `fails` still holds (delta debugging): whole lines first, then ever smaller runs of
 * characters. Gives up refining after `budget` trials, returning the smallest failing text found so far.
 */
export function minimise(text: string, fails: (candidate: string) => boolean, budget = 400): string {
  let best = text;
  let trials = 0;
  const tryRemoving = (pieces: string[], joiner: string): string[] => {
    for (let size = Math.max(1, pieces.length >> 1); size >= 1 && trials < budget; size = size === 1 ? 0 : Math.max(1, size >> 1)) {
      for (let start = 0; start < pieces.length && trials < budget;) {
        const candidate = [...pieces.slice(0, start), ...pieces.slice(start + size)];
        trials++;
        if (candidate.length < pieces.length && fails(candidate.join(joiner))) {
          pieces = candidate;
          best = candidate.join(joiner);
        } else start += size;
      }
    }
    return pieces;
  };
  tryRemoving(best.split(/(?<=\n)/), '');
  tryRemoving([...best], '');
  return best;
}

/** A failure's kind, without the positions and numbers that change as the input shrinks. */
export function signature(problem: string): string {
  return problem.replace(/ at \{.*\} is /, ' at a range ').replace(/"[^"]*"|`[^`]*`/g, '…').replace(/\d+/g, '#');
}

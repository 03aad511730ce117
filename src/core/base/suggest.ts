
/** The optimal-string-alignment distance: edits, counting a swap of two neighbouring characters as one. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[rows - 1][cols - 1];
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** The candidates (as written) whose lower-case form ends here. */
  words: string[];
}

const newNode = (): TrieNode => ({ children: new Map(), words: [] });

/**
 * The candidates of a list (ids, keys, choices) indexed for "did you mean": a trie of their lower-case forms,
 * walked with the edit-distance table of the word, pruned where no candidate below can be close enough, at a
 * growing radius until enough are found. A search costs about the word's neighbourhood in the trie, not the
 * number of candidates, and each distinct word is searched once.
 */
export class Suggester {
  private readonly root = newNode();
  private readonly found = new Map<string, string[]>();
  /** The length of the longest candidate (in characters, lower case). */
  private longest = 0;

  constructor(candidates: Iterable<string>) {
    for (const candidate of new Set(candidates)) {
      let node = this.root;
      for (const char of candidate.toLowerCase()) {
        let child = node.children.get(char);
        if (!child) node.children.set(char, (child = newNode()));
        node = child;
      }
      node.words.push(candidate);
      this.longest = Math.max(this.longest, [...candidate.toLowerCase()].length);
    }
    this.sortChildren(this.root);
  }

  private sortChildren(root: TrieNode): void {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      node.children = new Map([...node.children].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      stack.push(...node.children.values());
    }
  }

  /**
   * The candidates close enough to `word` to be what was meant, closest first: a case-insensitive match, or at
   * most a third of the word's length in edits (at least one), or a candidate that starts with the word (or that
   * the word starts with), for words of three characters or more, counted as the most edits allowed; of those,
   * the ones at most one edit further than the closest, ties in alphabetical order.
   */
  closest(word: string, limit = 3): string[] {
    const key = `${limit}\u0000${word}`;
    let result = this.found.get(key);
    if (!result) {
      result = this.search(word, limit);
      this.found.set(key, result);
    }
    return result;
  }

  private search(word: string, limit: number): string[] {
    const lower = [...word.toLowerCase()];
    const budget = Math.max(1, Math.floor(word.length / 3));
    const scores = new Map<string, number>();
    const best = () => Math.min(...scores.values());
    // Edits cannot make up more than the budget in length: a long word (a whole flow collection as a key) is not measured.
    const reachable = lower.length - this.longest <= budget;
    for (let radius = 0; reachable && radius <= budget && scores.size < limit && !(scores.size && radius > best() + 1); radius++) {
      this.within(lower, radius, scores, word);
    }
    const closer = [...scores.values()].filter((score) => score < budget).length;
    if (closer < limit && lower.length >= 3 && !(scores.size && best() + 1 < budget)) this.prefixes(lower, budget, limit, scores, word);
    const cut = best() + 1;
    return [...scores]
      .filter(([, score]) => score <= cut)
      .sort(([x, a], [y, b]) => a - b || x.localeCompare(y))
      .slice(0, limit)
      .map(([candidate]) => candidate);
  }

  /** Adds every candidate within `radius` edits (optimal string alignment) of the word to `scores`. */
  private within(word: string[], radius: number, scores: Map<string, number>, exclude: string): void {
    const first = Array.from({ length: word.length + 1 }, (_, j) => j);
    const stack: [TrieNode, string, number[], number[] | undefined, string | undefined][] = [];
    for (const [char, child] of this.root.children) stack.push([child, char, first, undefined, undefined]);
    while (stack.length) {
      const [node, char, above, twoAbove, previousChar] = stack.pop()!;
      const row = [above[0] + 1];
      let least = row[0];
      for (let j = 1; j <= word.length; j++) {
        let cell = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (word[j - 1] === char ? 0 : 1));
        if (twoAbove && j > 1 && word[j - 1] === previousChar && word[j - 2] === char) cell = Math.min(cell, twoAbove[j - 2] + 1);
        row.push(cell);
        if (cell < least) least = cell;
      }
      if (least > radius) continue;
      const distance = row[word.length];
      if (distance <= radius) for (const candidate of node.words) if (candidate !== exclude && !scores.has(candidate)) scores.set(candidate, distance);
      for (const [next, child] of node.children) stack.push([child, next, row, above, char]);
    }
  }

  /** Adds, at the score `budget`, candidates that start with the word and those the word starts with. */
  private prefixes(word: string[], budget: number, limit: number, scores: Map<string, number>, exclude: string): void {
    const add = (candidate: string) => {
      if (candidate !== exclude && !scores.has(candidate)) scores.set(candidate, budget);
    };
    let node: TrieNode | undefined = this.root;
    for (const char of word) {
      node.words.forEach(add);
      node = node.children.get(char);
      if (!node) return;
    }
    const wanted = scores.size + limit;
    const stack = [node];
    for (let next = stack.pop(); next && scores.size < wanted; next = stack.pop()) {
      next.words.forEach(add);
      stack.push(...[...next.children.values()].reverse());
    }
  }
}

/**
 * The candidates close enough to `word` to be what was meant, closest first (see `Suggester.closest`). For many
 * words against one list, make a `Suggester` once.
 */
export function closest(word: string, candidates: Iterable<string>, limit = 3): string[] {
  return new Suggester(candidates).closest(word, limit);
}

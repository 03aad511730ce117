import type { Random } from './mutate';

/**
 * Random texts in and around the block subset agendas are written in (test/unit/blockSubset.test.ts): nested block
 * mappings and lists, plain, quoted, flow and block scalar values, and what decides where `yaml` puts a comment:
 * comment lines at every depth, blank lines and lines of spaces, comments at the end of lines. Some texts leave the
 * subset or are not YAML at all (a line indented wrongly, a key used twice, an empty value), as a person typing makes
 * them; the fast reader must give exactly `yaml`'s document for each text it accepts.
 */
const WORDS = ['id', 'title', 'en', 'fr', 'zh-cn', 'date', 'room', '$schema', 'x_1', 'a.b', 'constructor', 'name', 'id', 'title', 'true'];
const SCALARS = ['Opening', 'Hall A', '2026-04-20', '"09:00"', "'it''s'", '"tab\\tand \\u00e9"', '1', '0x1f', '1.50', '1e3', '.inf', 'true', 'null', '~', 'a, b', 'a #b', 'https://un.org/x?y=1', 'é', 'a:b'];
const ODD_SCALARS = ['-1', 'x: y', "'", '"\\q"', 'key:', '@at', '`tick`', '!tag x', '&a x', '*a', '%d', '"unclosed'];
const FLOWS = ['[a, b]', '[ a , b ]', '[]', '{}', '{ en: Opening, fr: Ouverture }', '{en: "x", fr: \'y\'}', '["x", y ]', '[https://x.org/a, b:c]'];
const ODD_FLOWS = ['[a, [b]]', '{a: 1, a: 2}', '[a,, b]', '[a, b', '{a}', '[a: 1]', '[a]x', '[a]#c'];
const BLOCKS = ['|', '>', '|-', '>-'];
const ODD_BLOCKS = ['|+', '>2', '| #c'];

function comment(random: Random): string {
  return random.pick(['# note', '#', '#x', '# agenda-ignore', '# a: b', '#  two  spaces']);
}

class Writer {
  readonly lines: string[] = [];
  constructor(private readonly random: Random) {}

  /** One of `usual`, or now and then one of `odd`. */
  pick(usual: readonly string[], odd: readonly string[]): string {
    return this.random.pick(this.random.next() < 0.08 ? odd : usual);
  }

  /** Blank lines, lines of spaces and comment lines at any depth around `indent`. */
  trivia(indent: number): void {
    const r = this.random;
    while (r.next() < 0.3) {
      const kind = r.below(3);
      const at = Math.max(0, indent + r.pick([-4, -2, 0, 0, 2, 4]));
      this.lines.push(kind === 0 ? '' : kind === 1 ? ' '.repeat(at) : ' '.repeat(at) + comment(r));
    }
  }

  tail(): string {
    return this.random.next() < 0.2 ? ` ${comment(this.random)}` : this.random.next() < 0.05 ? '   ' : '';
  }

  block(indent: number, depth: number): void {
    const r = this.random;
    if (r.next() < 0.3) this.lines.push(' '.repeat(indent) + r.pick(['line one', 'line two', '  more indented', '# not a comment']));
    for (let n = 1 + r.below(3); n > 0; n--) this.lines.push(r.next() < 0.1 ? '' : ' '.repeat(indent + (r.next() < 0.1 ? 2 : 0)) + r.pick(['words of text', 'more words', 'end.']));
    if (depth < 0) this.lines.push(' '.repeat(indent - 1) + 'less');
  }

  /** A value after `key:` or `- ` on a line indented `indent` (whose content is at `column`). */
  value(prefix: string, indent: number, depth: number): void {
    const r = this.random;
    const kind = depth > 4 ? r.below(4) : r.below(7);
    if (kind <= 1) this.lines.push(`${prefix} ${this.pick(SCALARS, ODD_SCALARS)}${this.tail()}`);
    else if (kind === 2) this.lines.push(`${prefix} ${this.pick(FLOWS, ODD_FLOWS)}${this.tail()}`);
    else if (kind === 3) {
      this.lines.push(`${prefix} ${this.pick(BLOCKS, ODD_BLOCKS)}`);
      this.block(indent + 2, r.next() < 0.05 ? -1 : depth);
    } else {
      this.lines.push(`${prefix}${r.next() < 0.95 ? '' : ' '}${this.tail()}`);
      this.trivia(indent + 2);
      if (r.next() < 0.05) return;
      const inner = r.next() < 0.15 && prefix.trimStart().startsWith('-') === false ? indent : indent + 2;
      if (r.next() < 0.5 || inner === indent) this.seq(inner, depth + 1);
      else this.map(inner, depth + 1);
    }
  }

  map(indent: number, depth: number): void {
    const r = this.random;
    const used = new Set<string>();
    for (let n = 1 + r.below(4); n > 0; n--) {
      let key = r.pick(WORDS);
      if (used.has(key) && r.next() < 0.9) key = `${key}${used.size}`;
      used.add(key);
      const shift = r.next() < 0.01 ? r.pick([-1, 1]) : 0;
      this.value(`${' '.repeat(Math.max(0, indent + shift))}${key}:`, indent, depth);
      this.trivia(indent);
    }
  }

  seq(indent: number, depth: number): void {
    const r = this.random;
    for (let n = 1 + r.below(4); n > 0; n--) {
      const dash = `${' '.repeat(indent)}-`;
      if (r.next() < 0.4 && depth < 6) {
        const first = this.lines.length;
        this.map(indent + 2, depth + 1);
        this.lines[first] = dash + this.lines[first].slice(indent + 1);
      } else this.value(dash, indent, depth);
      this.trivia(indent);
    }
  }
}

/** A random text of the block subset and its neighbourhood, from `random`. */
export function blockText(random: Random): string {
  const writer = new Writer(random);
  writer.trivia(0);
  const indent = random.next() < 0.1 ? 2 : 0;
  if (random.next() < 0.8) writer.map(indent, 0);
  else writer.seq(indent, 0);
  return writer.lines.join('\n') + (random.next() < 0.8 ? '\n' : '');
}

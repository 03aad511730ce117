/** A seeded pseudo-random source (mulberry32): the same seed gives the same mutations on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)];
  }
}

/** One way of breaking a text: its name (reported with failures) and what it does. */
export interface Mutation {
  name: string;
  apply(text: string, random: Random, corpus: readonly string[]): string;
}

function splitLines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

function at(text: string, random: Random): number {
  return random.below(text.length + 1);
}

function insert(text: string, offset: number, piece: string): string {
  return text.slice(0, offset) + piece + text.slice(offset);
}

/** YAML's own punctuation, the pieces most likely to change how a text parses. */
const SYNTAX = [':', ': ', '- ', '-', '[', ']', '{', '}', ',', '"', "'", '|', '>', '|-', '&a ', '*a', '? ', '#', '!', '!!str ', '%', '@', '`', '---\n', '...\n', '\\', '\t', ' ', '\n', '\r\n', '\r'];

/** Characters that trip up text handling: control characters, zero-width and bidi marks, lone surrogates, non-BMP. */
const ODD = ['\u0000', '\u0001', '\u0007', '\u0085', '\u00a0', '\u2028', '\u2029', '\u200b', '\u200e', '\u202e', '\u2066', '\ufeff', '\ufffd', '\ud800', '\udc00', '😀', '𝒜', '👩‍👩‍👧', '中文', 'ﷺ', 'é', 'e\u0301'];

/** A `key: value` line of a block mapping (or a list entry's first key): its lead, key and value (maybe empty). */
const KEY_LINE = /^(\s*(?:- )?)([A-Za-z$][\w$-]*):(?: (.*))?$/;

/**
 * Anchors the value of one `key: value` line (a date, time, room, id, text map, list, or a whole block mapping or
 * list under an empty `key:`) and makes one to three later lines aliases of it (`*name`), removing the block a
 * replaced empty key held; sometimes the alias points back at itself, a cycle.
 */
function aliasValues(text: string, random: Random): string {
  const lines = text.split('\n');
  const keyed = lines.map((line, i) => [i, KEY_LINE.exec(line.replace(/\r$/, ''))] as const).filter((entry): entry is readonly [number, RegExpExecArray] => entry[1] !== null);
  if (keyed.length < 2) return text;
  const [source, match] = random.pick(keyed);
  const name = `fz${random.below(100)}`;
  const value = (match[3] ?? '').replace(/^&\S+\s*/, '');
  lines[source] = `${match[1]}${match[2]}: &${name}${value ? ` ${value}` : ''}`;
  if (random.next() < 0.1) {
    lines[source] = `${match[1]}${match[2]}: &${name} [*${name}]`;
    return lines.join('\n');
  }
  const later = keyed.filter(([i]) => i > source);
  for (let n = 1 + random.below(3); n > 0 && later.length; n--) {
    const [target, found] = later.splice(random.below(later.length), 1)[0];
    lines[target] = `${found[1]}${found[2]}: *${name}`;
    if (!found[3] || /^[>|]/.test(found[3])) {
      const indent = found[1].length;
      let end = target + 1;
      while (end < lines.length && (lines[end].trim() === '' || lines[end].length - lines[end].trimStart().length > indent)) end++;
      for (let i = target + 1; i < end; i++) lines[i] = '';
    }
  }
  return lines.join('\n');
}

/** Times and durations around midnight: late starts, ends at or after 00:00, a whole day. */
const MIDNIGHT_TIMES = ['00:00', '00:15', '01:30', '22:00', '23:00', '23:30', '23:59', '24:00', '12:00'];

/** Regional and odd language codes for each code the fixtures use. */
const REGIONAL: Record<string, string[]> = {
  en: ['en-GB', 'en-US', 'EN', 'en_GB'],
  fr: ['fr-CA', 'fr-FR', 'FR-ca', 'fr-'],
  es: ['es-419', 'es-ES'],
  ar: ['ar-EG', 'ar-001'],
  ru: ['ru-RU'],
  zh: ['zh-Hans', 'zh-CN', 'zh-Hant-TW'],
  de: ['de-AT', 'de-CH'],
  ja: ['ja-JP'],
};

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'delete a line',
    apply(text, random) {
      const lines = splitLines(text);
      lines.splice(random.below(lines.length), 1);
      return lines.join('');
    },
  },
  {
    name: 'duplicate a line',
    apply(text, random) {
      const lines = splitLines(text);
      const i = random.below(lines.length);
      lines.splice(i, 0, lines[i] ?? '');
      return lines.join('');
    },
  },
  {
    name: 'swap two lines',
    apply(text, random) {
      const lines = splitLines(text);
      const i = random.below(lines.length);
      const j = random.below(lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join('');
    },
  },
  {
    name: 'delete a span',
    apply(text, random) {
      const start = at(text, random);
      return text.slice(0, start) + text.slice(start + 1 + random.below(40));
    },
  },
  {
    name: 'insert YAML punctuation',
    apply: (text, random) => insert(text, at(text, random), random.pick(SYNTAX)),
  },
  {
    name: 'insert random bytes',
    apply(text, random) {
      let piece = '';
      for (let n = 1 + random.below(8); n > 0; n--) piece += String.fromCharCode(random.below(random.next() < 0.7 ? 128 : 0x10000));
      return insert(text, at(text, random), piece);
    },
  },
  {
    name: 'insert odd characters',
    apply: (text, random) => insert(text, at(text, random), random.pick(ODD)),
  },
  {
    name: 'nest deeply',
    apply(text, random) {
      const depth = 20 + random.below(300);
      const opener = random.pick(['[', '{a: ', '- ', '[{', '? ']);
      const closer = opener === '[' ? ']' : opener === '{a: ' ? '}' : opener === '[{' ? '}]' : '';
      const close = random.next() < 0.5;
      return insert(text, at(text, random), opener.repeat(depth) + 'x' + (close ? closer.repeat(depth) : ''));
    },
  },
  {
    name: 'nest by indentation',
    apply(text, random) {
      let block = '';
      for (let i = 0, n = 20 + random.below(200); i < n; i++) block += `${' '.repeat(i)}${random.next() < 0.5 ? '- ' : `k${i}:`}\n`;
      return insert(text, splitLines(text).slice(0, random.below(10)).join('').length, block);
    },
  },
  {
    name: 'huge scalar',
    apply(text, random) {
      const piece = random.pick(['x', 'ab ', '😀', '\\"', "''", ': ', '#']).repeat(500 + random.below(5000));
      const quote = random.pick(['', '"', "'"]);
      return insert(text, at(text, random), quote + piece + quote);
    },
  },
  {
    name: 'indent with tabs',
    apply: (text, random) => text.replace(/^( {2})+/gm, (spaces) => (random.next() < 0.3 ? '\t'.repeat(spaces.length / 2) : spaces)),
  },
  {
    name: 'byte-order mark',
    apply: (text, random) => (random.next() < 0.5 ? `\ufeff${text}` : insert(text, at(text, random), '\ufeff')),
  },
  {
    name: 'Windows line breaks',
    apply: (text) => text.replace(/\r?\n/g, '\r\n'),
  },
  {
    name: 'lone CR line breaks',
    apply: (text, random) => text.replace(/\r?\n/g, (eol) => (random.next() < 0.5 ? '\r' : eol)),
  },
  {
    name: 'non-BMP characters in values',
    apply: (text, random) => text.replace(/: (\w)/g, (match, first: string) => (random.next() < 0.2 ? `: ${random.pick(['😀', '𝒜', '\ud83d', '\u202e'])}${first}` : match)),
  },
  {
    name: 'alias values',
    apply: aliasValues,
  },
  {
    name: 'times around midnight',
    apply: (text, random) => text
      .replace(/(["']?)([01]\d|2[0-3]):([0-5]\d)\1/g, (match, quote: string) => (random.next() < 0.4 ? `${quote || '"'}${random.pick(MIDNIGHT_TIMES)}${quote || '"'}` : match))
      .replace(/(duration: )(\d+)/g, (match, key: string) => (random.next() < 0.3 ? `${key}${random.pick(['1440', '1439', '120', '600'])}` : match)),
  },
  {
    name: 'regional language codes',
    apply: (text, random) => text.replace(/\b(en|fr|es|ar|ru|zh|de|ja)\b(?=\s*[:,\]])/g, (match, code: string) => (random.next() < 0.4 ? random.pick(REGIONAL[code]) : match)),
  },
  {
    name: 'truncate',
    apply: (text, random) => text.slice(0, at(text, random)),
  },
  {
    name: 'splice in another input',
    apply(text, random, corpus) {
      const other = random.pick(corpus);
      const start = at(other, random);
      return insert(text, at(text, random), other.slice(start, start + 1 + random.below(400)));
    },
  },
];

/** One to four mutations of a text, and their names. */
export function mutate(text: string, random: Random, corpus: readonly string[]): { text: string; mutations: string[] } {
  const mutations: string[] = [];
  let result = text;
  for (let n = 1 + random.below(4); n > 0; n--) {
    const mutation = random.pick(MUTATIONS);
    result = mutation.apply(result, random, corpus);
    mutations.push(mutation.name);
  }
  return { text: result, mutations };
}

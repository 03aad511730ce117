import type { ErrorObject } from 'ajv';
import { isCollection, isMap, type Node } from 'yaml';
import { slug } from '../base/ids';
import type { Diagnostic, DiagnosticCode } from '../base/model';
import { closest } from '../base/suggest';
import { locate, pairsOf, underlineSpan, type PathSegment } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { isCalendarDate } from '../time/time';
import { withMessage } from '../messages/diagnosticText';
import { didYouMean, list, msg, type Arg, type Message, type MessageId } from '../messages/messages';
import { describePath, fieldName } from './describe';
import validate from './generated/validateAgenda';

type AgendaError = ErrorObject<string, Record<string, unknown>, unknown>;
type Validator = ((data: unknown) => boolean) & { errors?: AgendaError[] | null };

const EXPECTED: Record<string, MessageId> = {
  string: 'expected.string',
  object: 'expected.object',
  array: 'expected.array',
  integer: 'expected.integer',
  number: 'expected.number',
  boolean: 'expected.boolean',
  'string,object': 'expected.textOrMap',
  'integer,string': 'expected.numberOrText',
  'string,array': 'expected.idOrList',
  'integer,string,object': 'expected.agendaItem',
};

const ENUM_NAMES: Record<string, MessageId> = {
  part: 'enum.part',
  format: 'enum.format',
  kind: 'enum.kind',
  status: 'enum.status',
  languages: 'enum.languages',
  country: 'enum.country',
};

/**
 * Keys of another level of the format written here, by the shape of the path to the mapping (`sessions.#`), each
 * with where it belongs and the key that says the same thing here: a session's `time` is its `start`.
 */
const OTHER_LEVEL: Record<string, Record<string, [MessageId, string]>> = {
  event: { date: ['level.session', 'start'], room: ['level.session', 'venue'] },
  'sessions.#': { time: ['level.item', 'start'], kind: ['level.item', 'format'], venue: ['level.event', 'room'] },
  'sessions.#.items.#': { start: ['level.session', 'time'], format: ['level.session', 'kind'] },
};

/**
 * What a value of text or a mapping must be, told by the mapping's keys: a document (or its id), a registration (or
 * its address), a web address by language; else text by language.
 */
function textOrMapping(schema: { properties?: object; format?: unknown } | undefined): MessageId {
  const keys = schema?.properties ?? {};
  if ('symbol' in keys) return 'expected.documentOrId';
  if ('deadline' in keys) return 'expected.registration';
  return schema?.format === 'uri' ? 'expected.urlOrMap' : 'expected.textOrMap';
}

/** Enums longer than this are not listed in full in a message. */
const LISTED_ENUM_MAX = 14;

function parsePath(instancePath: string): PathSegment[] {
  if (!instancePath) return [];
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function actual(value: unknown, source: string): Message {
  if (Array.isArray(value)) return msg('actual.list');
  if (value !== null && typeof value === 'object') return msg('actual.mapping');
  if (typeof value === 'string') return msg('actual.text', { text: value.length > 40 ? value.slice(0, 40) + '…' : value });
  if (typeof value === 'number') return msg('actual.number', { n: source || String(value) });
  return msg('actual.value', { value: source || String(value) });
}

function normalTime(value: string): string | undefined {
  const match = /^\s*(\d{1,2})\s*[:.h]?\s*(\d{2})\s*$/.exec(value) ?? /^\s*(\d{1,2})()\s*$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2] || 0);
  return hours < 24 && minutes < 60 ? `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` : undefined;
}

/** Minutes in a duration written with units (`90 min`, `1h30`, `2 hours`). */
function normalDuration(value: string): number | undefined {
  const text = value.trim().toLowerCase();
  const minutes = /^(\d+)\s*(?:m|min|mins|minutes?)?$/.exec(text);
  if (minutes) return Number(minutes[1]);
  const hours = /^(\d+)\s*h(?:ours?|rs?)?\s*(?:(\d+)\s*(?:m|min|mins|minutes?)?)?$/.exec(text);
  return hours ? Number(hours[1]) * 60 + Number(hours[2] ?? 0) : undefined;
}

/** A date written almost right (`2020-4-24`, `2020/04/24`, the number `20200424`) in the `YYYY-MM-DD` form. */
function normalDate(value: string): string | undefined {
  const match = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(value) ?? /^\s*(\d{4})(\d{2})(\d{2})\s*$/.exec(value);
  if (!match) return dateInWords(value);
  return isoDate(match[1], match[2], match[3]);
}

function isoDate(year: string, month: string | number, day: string): string | undefined {
  const fixed = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(fixed) ? fixed : undefined;
}

/** Lower case, without accents or dots: `Sept.` and `sept` are one word, `février` and `fevrier` too. */
function plainWord(word: string): string {
  return word.normalize('NFKD').replace(/[\u0300-\u036f.]/g, '').toLowerCase();
}

let months: Map<string, number> | undefined;
/** Month names and abbreviations in English, French, Spanish, German, Italian and Portuguese, as Intl writes them in dates. */
function monthNumber(word: string): number | undefined {
  if (!months) {
    months = new Map([['sept', 9]]);
    for (const locale of ['en', 'fr', 'es', 'de', 'it', 'pt']) {
      for (const style of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, timeZone: 'UTC' });
        for (let month = 1; month <= 12; month++) {
          const name = format.formatToParts(Date.UTC(2020, month - 1, 15)).find((part) => part.type === 'month')?.value;
          if (name && !months.has(plainWord(name))) months.set(plainWord(name), month);
        }
      }
    }
  }
  return months.get(plainWord(word));
}

/**
 * A date written in words, as people write them, in the `YYYY-MM-DD` form: `14 September 2016`, `September 14,
 * 2016`, `Wednesday, 14 Sept. 2016`, `14 de septiembre de 2016`, `1er mars 2020`.
 */
function dateInWords(value: string): string | undefined {
  const words = value.replace(/,/g, ' ').split(/\s+/).filter((w) => w && !/^(de|del|di|the|of)$/i.test(w));
  const year = words.findIndex((w) => /^\d{4}$/.test(w));
  if (year < 0) return undefined;
  const rest = words.filter((_, i) => i !== year);
  const month = rest.map(monthNumber).findIndex((m) => m !== undefined);
  if (month < 0) return undefined;
  const day = rest.find((w, i) => i !== month && /^\d{1,2}(st|nd|rd|th|er|º|°|\.)?$/i.test(w))?.match(/^\d{1,2}/)?.[0];
  const others = rest.filter((w, i) => i !== month && !/^\d/.test(w));
  if (!day || others.length > 1) return undefined;
  return isoDate(words[year], monthNumber(rest[month])!, day);
}

/** The definition of the schema an error comes from (`time`, `date`, `id`...), if it comes from one. */
function definitionOf(error: AgendaError): string | undefined {
  return /^#\/definitions\/([^/]+)\//.exec(error.schemaPath)?.[1];
}

function listed(names: readonly string[]): Arg {
  return list(names.map((n) => `\`${n}\``), 'and');
}

let countries: Map<string, string> | undefined;
/** The ISO code of a country written out by its English name ("Japan" gives `JP`). */
function countryCode(name: string): string | undefined {
  if (!countries) {
    countries = new Map();
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        const english = names.of(code);
        if (english && english !== code) countries.set(english.toLowerCase(), code);
      }
    }
  }
  return countries.get(name.trim().toLowerCase());
}

class SchemaReporter {
  diagnostics: Diagnostic[] = [];
  private readonly root: Node | null;

  constructor(private readonly parsed: ParsedAgenda) {
    this.root = parsed.doc.contents as Node | null;
  }

  private add(span: [number, number] | undefined, code: DiagnosticCode, message: Message, suggestions?: string[]): void {
    const [start, end] = span ?? this.fallbackSpan();
    const diagnostic = withMessage({ range: this.parsed.lines.range(start, end), severity: 'error', code }, message);
    if (suggestions?.length) diagnostic.suggestions = suggestions;
    this.diagnostics.push(diagnostic);
  }

  private fallbackSpan(): [number, number] {
    const first = pairsOf(this.root)[0];
    return underlineSpan(first?.key, this.parsed.text) ?? underlineSpan(this.root, this.parsed.text) ?? [0, 0];
  }

  private keySpan(node: Node | null | undefined): [number, number] | undefined {
    return underlineSpan(node, this.parsed.text);
  }

  /** Where to underline a value: the value itself; its key when it is empty or a block spanning many lines. */
  private valueSpanAt(path: readonly PathSegment[]): [number, number] | undefined {
    const { node, key, parentKey } = locate(this.root, path);
    if (isCollection(node) && !node.flow && key) return this.keySpan(key);
    return underlineSpan(node, this.parsed.text) ?? this.keySpan(key) ?? this.keySpan(parentKey);
  }

  /** The text of the value at a path as written in the file (`9.30`, not the number 9.3). */
  private sourceAt(path: readonly PathSegment[]): string {
    const span = underlineSpan(locate(this.root, path).node, this.parsed.text);
    return span ? this.parsed.text.slice(span[0], span[1]) : '';
  }

  /** Where to underline an object as a whole: its key, or for a list entry its first key. */
  private objectSpanAt(path: readonly PathSegment[]): [number, number] | undefined {
    const { node, key, parentKey } = locate(this.root, path);
    if (key) return this.keySpan(key);
    if (isMap(node)) return this.keySpan(pairsOf(node)[0]?.key) ?? underlineSpan(node, this.parsed.text);
    return underlineSpan(node, this.parsed.text) ?? this.keySpan(parentKey);
  }

  /** Where to underline a key of the object at a path (a list or mapping used as a key has no name to look up). */
  private keySpanAt(path: readonly PathSegment[], key: string): [number, number] | undefined {
    const complex = () => pairsOf(locate(this.root, path).node).find((pair) => isCollection(pair.key))?.key;
    return this.keySpan(locate(this.root, [...path, key]).key) ?? this.keySpan(complex()) ?? this.objectSpanAt(path);
  }

  report(errors: readonly AgendaError[]): void {
    const skip = new Set<AgendaError>();
    errors.forEach((error, index) => {
      if (error.keyword === 'propertyNames' || error.keyword === 'anyOf') {
        for (let i = index - 1; i >= 0 && errors[i].instancePath === error.instancePath; i--) {
          const inner = errors[i];
          if (error.keyword === 'propertyNames' ? inner.data === error.params.propertyName : inner.schemaPath.startsWith('#/anyOf/')) skip.add(inner);
        }
      }
    });
    const missing = new Map<string, string[]>();
    for (const error of errors) {
      if (skip.has(error) || error.keyword !== 'required') continue;
      const keys = missing.get(error.instancePath) ?? [];
      if (!missing.has(error.instancePath)) missing.set(error.instancePath, keys);
      keys.push(String(error.params.missingProperty));
      skip.add(error);
    }
    for (const error of errors) if (!skip.has(error)) this.one(error, errors);
    for (const [instancePath, keys] of missing) this.required(parsePath(instancePath), keys);
    const seen = new Set<string>();
    this.diagnostics = this.diagnostics.filter((d) => {
      const key = `${d.range.start.line}:${d.range.start.character}:${d.range.end.line}:${d.range.end.character}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }

  private required(path: readonly PathSegment[], keys: readonly string[]): void {
    const where = describePath(this.parsed.value, path, true);
    this.add(this.objectSpanAt(path), 'schema-required', msg(keys.length === 1 ? 'schema.missingKey' : 'schema.missingKeys', { where, keys: listed(keys) }));
  }

  private one(error: AgendaError, all: readonly AgendaError[]): void {
    const path = parsePath(error.instancePath);
    const value = error.data;
    const field = fieldName(path);
    const where = (capital = false) => describePath(this.parsed.value, path, capital);
    const params = error.params;
    switch (error.keyword) {
      case 'additionalProperties': {
        const unknown = String(params.additionalProperty);
        const allowed = Object.keys((error.parentSchema?.properties as object | undefined) ?? {});
        const other = OTHER_LEVEL[path.map((s) => (typeof s === 'number' ? '#' : s)).join('.')]?.[unknown];
        if (other && allowed.includes(other[1])) {
          this.add(this.keySpanAt(path, unknown), 'schema-unknown-key', msg('schema.otherLevel', { key: unknown, where: where(), owner: msg(other[0]), right: other[1] }), [other[1]]);
          return;
        }
        const suggestions = closest(unknown, allowed);
        const hint = suggestions.length ? didYouMean(suggestions) : msg('schema.allowedKeys', { keys: allowed.join(', ') });
        this.add(this.keySpanAt(path, unknown), 'schema-unknown-key', msg('schema.unknownKey', { key: unknown, where: where(), hint }), suggestions);
        return;
      }
      case 'propertyNames': {
        const name = String(params.propertyName);
        const languages = (all.find((e) => e.instancePath === error.instancePath && e.keyword === 'enum')?.params.allowedValues as string[] | undefined) ?? [];
        const suggestions = closest(name.toLowerCase(), languages);
        this.add(this.keySpanAt(path, name), 'schema-enum', msg('schema.languageCode', { name, hint: didYouMean(suggestions) }), suggestions);
        return;
      }
      case 'enum': {
        const allowed = (params.allowedValues as unknown[]).map(String);
        const named = field === 'country' ? countryCode(String(value)) : undefined;
        const suggestions = named ? [named] : closest(String(value), allowed);
        const name = ENUM_NAMES[field] ? msg(ENUM_NAMES[field]) : msg('enum.field', { field });
        const choices = allowed.length <= LISTED_ENUM_MAX ? msg('schema.useOneOf', { values: allowed.join(', ') }) : '';
        this.add(this.valueSpanAt(path), 'schema-enum', msg('schema.enum', { value: String(value), name, hint: didYouMean(suggestions), choices }), suggestions);
        return;
      }
      case 'const':
        this.add(this.valueSpanAt(path), 'schema-version', msg('schema.version', { expected: String(params.allowedValue), actual: this.sourceAt(path) || String(value) }), [String(params.allowedValue)]);
        return;
      case 'type':
        this.type(error, path, field);
        return;
      case 'pattern':
        this.pattern(path, field, String(value), String(params.pattern));
        return;
      case 'format':
        this.format(path, String(value), String(params.format));
        return;
      case 'minimum':
      case 'maximum': {
        const limit = Number(params.limit);
        const unit = field === 'duration' ? (limit === 1 ? 'Minute' : 'Minutes') : '';
        this.add(this.valueSpanAt(path), 'schema-range', msg(`schema.${error.keyword}${unit}` as MessageId, { field, limit, value: String(value) }));
        return;
      }
      case 'minLength':
      case 'minItems':
      case 'minProperties': {
        const id = error.keyword === 'minItems' ? 'schema.emptyList' : error.keyword === 'minProperties' ? 'schema.emptyMap' : 'schema.emptyText';
        this.add(this.valueSpanAt(path), 'schema-empty', msg(id, { where: where(true) }));
        return;
      }
      case 'uniqueItems': {
        const later = Math.max(Number(params.i), Number(params.j));
        const item = Array.isArray(value) ? value[later] : undefined;
        this.add(this.valueSpanAt([...path, later]), 'schema-unique', msg('schema.unique', { item: String(item), where: where() }));
        return;
      }
      case 'anyOf': {
        const branches = all.filter((e) => e.instancePath === error.instancePath && e.keyword === 'required' && e.schemaPath.startsWith('#/anyOf/'));
        const keys = branches.map((e) => msg('schema.aKey', { key: String(e.params.missingProperty) }));
        const message = keys.length ? msg('schema.needs', { where: where(true), keys: list(keys, 'or') }) : msg('schema.noForm', { where: where(true) });
        this.add(this.objectSpanAt(path), 'schema-alternative', message);
        return;
      }
      default:
        this.add(this.valueSpanAt(path), 'schema-type', msg('schema.invalid', { where: where(true) }));
    }
  }

  private type(error: AgendaError, path: readonly PathSegment[], field: string): void {
    const value = error.data;
    const definition = definitionOf(error);
    const type = String(error.params.type);
    const expectedId = type === 'string,object' ? textOrMapping(error.parentSchema as { properties?: object; format?: unknown } | undefined) : EXPECTED[type];
    const expected: Arg = expectedId ? msg(expectedId) : String(error.params.type);
    const source = this.sourceAt(path);
    const span = this.valueSpanAt(path);
    if (value === null) {
      this.add(span, 'schema-type', path.length ? msg('schema.noValue', { field, expected }) : msg('schema.noContent', { expected }));
      return;
    }
    if (path.length === 0) {
      this.add(span, 'schema-type', msg('schema.notMapping', { actual: actual(value, source) }));
      return;
    }
    if (definition === 'time' && typeof value === 'number') {
      this.time(span, source);
      return;
    }
    if (definition === 'date' && typeof value === 'number') {
      const fixed = normalDate(source);
      this.add(span, 'schema-format', fixed ? msg('schema.date', { value: source, fixed }) : msg('schema.dateExample', { value: source }), fixed ? [fixed] : undefined);
      return;
    }
    if (definition === 'id' && typeof value === 'number') {
      this.add(span, 'schema-type', msg('schema.id', { value: source, field, example: 'first-meeting' }));
      return;
    }
    if (definition === 'duration' && typeof value === 'string') {
      const minutes = normalDuration(value);
      const message = minutes === undefined ? msg('schema.durationTextExample', { actual: actual(value, source) }) : msg('schema.durationText', { minutes, actual: actual(value, source) });
      this.add(span, 'schema-type', message, minutes === undefined ? undefined : [String(minutes)]);
      return;
    }
    if (definition === 'duration' && typeof value === 'number') {
      const minutes = Math.round(value * 60);
      this.add(span, 'schema-type', msg('schema.durationHours', { value: source, minutes }), [String(minutes)]);
      return;
    }
    if ((expectedId === 'expected.string' || expectedId === 'expected.textOrMap') && (typeof value === 'number' || typeof value === 'boolean')) {
      const fix = `"${source}"`;
      this.add(span, 'schema-type', msg('schema.quote', { field, expected, actual: actual(value, source), fix }), [fix]);
      return;
    }
    if (error.params.type === 'array' && (typeof value === 'string' || typeof value === 'number') && source) {
      const fix = `[${source}]`;
      this.add(span, 'schema-type', msg('schema.listOfOne', { field, actual: actual(value, source), fix }), [fix]);
      return;
    }
    this.add(span, 'schema-type', msg('schema.type', { field, expected, actual: actual(value, source) }));
  }

  private time(span: [number, number] | undefined, value: string): void {
    const fixed = normalTime(value);
    this.add(span, 'schema-pattern', fixed ? msg('schema.time', { value, fixed }) : msg('schema.timeExample', { value }), fixed ? [fixed] : undefined);
  }

  private pattern(path: readonly PathSegment[], field: string, value: string, pattern: string): void {
    const span = this.valueSpanAt(path);
    if (pattern.includes('[01][0-9]')) {
      this.time(span, value);
    } else if (pattern.startsWith('^https?')) {
      this.add(span, 'schema-pattern', msg('schema.url', { value }), [`https://${value.replace(/^\/+/, '')}`]);
    } else {
      const fixed = slug(value);
      const example = fixed || 'first-meeting';
      this.add(span, 'schema-pattern', msg('schema.id', { value, field, example }), fixed ? [fixed] : undefined);
    }
  }

  private format(path: readonly PathSegment[], value: string, format: string): void {
    const span = this.valueSpanAt(path);
    if (format === 'date') {
      const fixed = normalDate(value);
      const shape = /^\d{4}-\d{2}-\d{2}$/.test(value);
      const message = shape ? msg('schema.notCalendarDate', { value }) : fixed ? msg('schema.date', { value, fixed }) : msg('schema.dateExample', { value });
      this.add(span, 'schema-format', message, fixed ? [fixed] : undefined);
    } else if (format === 'email') {
      this.add(span, 'schema-format', msg('schema.email', { value }));
    } else {
      this.add(span, 'schema-format', msg('schema.webAddress', { value }));
    }
  }
}

/** Checks the parsed value against the agenda schema; each diagnostic sits on the exact node at fault. */
export function schemaDiagnostics(parsed: ParsedAgenda): Diagnostic[] {
  const check = validate as unknown as Validator;
  if (check(parsed.value ?? null)) return [];
  const reporter = new SchemaReporter(parsed);
  reporter.report(check.errors ?? []);
  return reporter.diagnostics;
}

import type { AgendaText } from '../base/agenda';
import { agendaSchema, resolve, type SchemaNode } from '../base/agendaSchema';

/** A path to a text field, with `*` for any list index: `['sessions', '*', 'title']`. */
export type TextFieldPath = readonly string[];

/** Languages written from right to left, among the ISO 639-1 codes the schema accepts. */
const RIGHT_TO_LEFT = new Set(['ar', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

const TEXT_REF = '#/definitions/text';

function collectTextPaths(node: SchemaNode, path: string[], out: string[][], depth: number): void {
  if (depth > 8) return;
  if (node.$ref === TEXT_REF) {
    out.push(path);
    return;
  }
  const target = resolve(node) ?? node;
  for (const [key, child] of Object.entries(target.properties ?? {})) collectTextPaths(child, [...path, key], out, depth + 1);
  if (target.items) collectTextPaths(target.items, [...path, '*'], out, depth + 1);
}

/** Every field of the agenda format that holds text (a string or a map of language to string), from the schema. */
export const TEXT_FIELD_PATHS: readonly TextFieldPath[] = (() => {
  const out: string[][] = [];
  collectTextPaths(agendaSchema, [], out, 0);
  return out;
})();

/** True for a path (with real list indices) that leads to a text field. */
export function isTextFieldPath(path: readonly (string | number)[]): boolean {
  return TEXT_FIELD_PATHS.some((pattern) => pattern.length === path.length
    && pattern.every((segment, i) => segment === '*' ? typeof path[i] === 'number' : segment === path[i]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The languages an agenda declares in `event.languages`, in order (the first is the default). */
export function declaredLanguages(agenda: unknown): string[] {
  const event = isRecord(agenda) ? agenda.event : undefined;
  const languages = isRecord(event) ? event.languages : undefined;
  return Array.isArray(languages) ? [...new Set(languages.filter((l): l is string => typeof l === 'string'))] : [];
}

function textValues(value: unknown, pattern: TextFieldPath, out: unknown[]): void {
  if (!pattern.length) {
    out.push(value);
    return;
  }
  const [head, ...rest] = pattern;
  if (head === '*') {
    if (Array.isArray(value)) for (const item of value) textValues(item, rest, out);
  } else if (isRecord(value) && head in value) textValues(value[head], rest, out);
}

/**
 * The languages an agenda can be shown in: those of `event.languages` first, then any other language that some
 * text field has a translation for, in the order they first appear.
 */
export function availableLanguages(agenda: unknown): string[] {
  const found = new Set(declaredLanguages(agenda));
  for (const pattern of TEXT_FIELD_PATHS) {
    const values: unknown[] = [];
    textValues(agenda, pattern, values);
    for (const value of values) if (isRecord(value)) for (const key of Object.keys(value)) found.add(key);
  }
  return [...found];
}

/**
 * The text of a field in a language: the text itself when it is a plain string; from a map, the requested
 * language, else the first of `fallbacks` that it has, else its first entry. Undefined when there is no text.
 */
export function pickText(text: AgendaText | unknown, language?: string, fallbacks: readonly string[] = []): string | undefined {
  if (typeof text === 'string') return text;
  if (!isRecord(text)) return undefined;
  for (const code of language === undefined ? fallbacks : [language, ...fallbacks]) {
    const value = text[code];
    if (typeof value === 'string') return value;
  }
  return Object.values(text).find((value): value is string => typeof value === 'string');
}

/**
 * A language tag in the case BCP 47 gives its parts (RFC 5646, 2.1.1): the language in lower case, a script in title
 * case, a region in upper case, the rest (and everything after a singleton such as `x`) in lower case: `fr-CA` for
 * `FR-ca`, `zh-Hant-TW` for `zh-hant-tw`, `sgn` for `SGN`. Only the case changes, never the code (`tl` stays `tl`,
 * where `Intl` would make it `fil`), so that a tag still finds the text the agenda keys by it.
 */
export function canonicalLanguage(code: string): string {
  let afterSingleton = false;
  return code.split('-').map((part, index) => {
    if (index === 0 || afterSingleton || part.length === 1) {
      afterSingleton ||= index > 0 && part.length === 1;
      return part.toLowerCase();
    }
    if (part.length === 4 && /^[a-z]+$/i.test(part)) return part[0].toUpperCase() + part.slice(1).toLowerCase();
    return part.length === 2 ? part.toUpperCase() : part.toLowerCase();
  }).join('-');
}

/** `rtl` for languages written from right to left (Arabic, Hebrew, Persian, Urdu...), else `ltr`. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

export { languageName } from '../messages/languageNames';

/** One language to show an agenda in, with the fallbacks for text that lacks it. */
export interface Localizer {
  /** The language shown. */
  language: string;
  /** Languages tried, in order, when a text map lacks `language`. */
  fallbacks: string[];
  direction: 'ltr' | 'rtl';
  /** The text of a field in this language, or `''` when the field is empty or missing. */
  text(value: AgendaText | unknown): string;
}

/**
 * The languages closest to a language tag: its primary language (`fr` for `fr-CA`), then the declared languages
 * that share it (`fr-FR`), so that a regional code reads the text of its language before any other.
 */
function relatives(language: string, declared: readonly string[]): string[] {
  const base = language.toLowerCase().split('-')[0];
  return [base, ...declared.filter((code) => code.toLowerCase().split('-')[0] === base)];
}

/**
 * A localizer for an agenda: in `language` if given, else the first of `event.languages`, else the first
 * language found in its text, else English. Missing translations fall back to the same language in another
 * region (`fr` for `fr-CA`), then along `event.languages`.
 */
export function localizer(agenda: unknown, language?: string): Localizer {
  const declared = declaredLanguages(agenda);
  const chosen = canonicalLanguage(language ?? declared[0] ?? availableLanguages(agenda)[0] ?? 'en');
  const fallbacks = [...new Set([...relatives(chosen, declared), ...declared])].filter((code) => code !== chosen);
  return {
    language: chosen,
    fallbacks,
    direction: textDirection(chosen),
    text: (value) => pickText(value, chosen, fallbacks) ?? '',
  };
}

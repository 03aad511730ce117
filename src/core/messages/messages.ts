import { ar } from './catalog/ar';
import { ENGLISH, type MessageId } from './catalog/en';
import { es } from './catalog/es';
import { fr } from './catalog/fr';
import { ru } from './catalog/ru';
import { zh } from './catalog/zh';
import { languageName } from './languageNames';

export type { MessageId } from './catalog/en';

/** Translations of the English templates; a key left out falls back to English. */
export type Catalog = { readonly [K in MessageId]?: string };

/** A list of values joined as a language joins them: "a, b and c", "a, b or c", or "a, b, c". */
export interface ListArg {
  readonly list: readonly Arg[];
  readonly join: 'and' | 'or' | 'comma';
}

/** A language code, written as the language's name in the message's language ("French", «français»). */
export interface LanguageArg {
  readonly language: string;
}

/** What fills a `{name}` placeholder: text as it is, a number, or words rendered in the message's language. */
export type Arg = string | number | Message | ListArg | LanguageArg;

/** A message of the core before it is put into words: the id of its template and what fills its placeholders. */
export interface Message {
  readonly id: MessageId;
  readonly args?: Readonly<Record<string, Arg>>;
  /** Start the text with a capital letter (for a phrase that begins a sentence). */
  readonly capital?: boolean;
}

/** The languages the core speaks besides English, by their code in lower case. */
const CATALOGS: Readonly<Record<string, Catalog>> = { ar, es, fr, ru, zh };

/** The locales with a catalog of their own, as VS Code names its display languages. */
export const CATALOG_LOCALES = ['ar', 'es', 'fr', 'ru', 'zh-cn'] as const;

/**
 * The catalog language for a locale: `fr`, `fr-CA`, `fr_FR.UTF-8` give `fr`, `zh-cn` and `zh-tw` give `zh`; an
 * unknown or missing locale gives `en`.
 */
export function catalogLanguage(locale: string | undefined): string {
  const base = (locale ?? '').trim().toLowerCase().split(/[-_.@]/)[0];
  return base in CATALOGS ? base : 'en';
}

/** Builds a message: the template `id` with its placeholders filled by `args`. */
export function msg(id: MessageId, args?: Record<string, Arg>): Message {
  return args ? { id, args } : { id };
}

/** " Did you mean `x`?" for the best suggestion, to end a message; nothing when there is none. */
export function didYouMean(suggestions: readonly string[]): Arg {
  return suggestions.length ? msg('suggest.didYouMean', { value: suggestions[0] }) : '';
}

/** The same message, to begin a sentence. */
export function capitalized(message: Message): Message {
  return { ...message, capital: true };
}

/** Values joined as a list: "a, b and c" (`and`), "a, b or c" (`or`), "a, b, c" (`comma`). */
export function list(values: readonly Arg[], join: ListArg['join']): ListArg {
  return { list: values, join };
}

/** The placeholders of a template, in order: `{id}`, `{where}`. Braces around anything else are text. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([a-zA-Z]\w*)\}/g)].map((m) => m[1]);
}

/** The English template of a message id, and its translation in a language (undefined when there is none). */
export function template(id: MessageId, language = 'en'): string {
  return CATALOGS[language]?.[id] ?? ENGLISH[id];
}

/** Every catalog but English, by language. */
export function catalogs(): Readonly<Record<string, Catalog>> {
  return CATALOGS;
}

function joinList(values: string[], join: ListArg['join'], language: string): string {
  if (language === 'en') {
    if (join === 'comma' || values.length < 2) return values.join(', ');
    return `${values.slice(0, -1).join(', ')} ${join} ${values[values.length - 1]}`;
  }
  if (join === 'comma') return values.join(template('list.comma', language));
  return new Intl.ListFormat(language, { type: join === 'and' ? 'conjunction' : 'disjunction' }).format(values);
}

function renderArg(arg: Arg, language: string): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  if ('id' in arg) return renderIn(arg, language);
  if ('language' in arg) return languageName(arg.language, language);
  return joinList(arg.list.map((value) => renderArg(value, language)), arg.join, language);
}

function renderIn(message: Message, language: string): string {
  const args = message.args ?? {};
  const text = template(message.id, language).replace(/\{([a-zA-Z]\w*)\}/g, (whole, name: string) => (name in args ? renderArg(args[name], language) : whole));
  return message.capital ? text.charAt(0).toLocaleUpperCase(language) + text.slice(1) : text;
}

/**
 * Puts a message into words in a locale (`fr`, `fr-CA`, `zh-cn`...): its catalog's template, or the English one
 * when the locale or the key has no translation.
 */
export function render(message: Message, locale?: string): string {
  return renderIn(message, catalogLanguage(locale));
}

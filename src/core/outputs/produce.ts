import type { CheckOptions, Diagnostic } from '../base/model';
import { checkParsed } from '../check/check';
import type { ParsedAgenda } from '../parse/parse';
import { availableLanguages, canonicalLanguage, localizer } from '../words/localize';
import { toICalendar } from './ical';
import { renderStandalone, type RenderOptions } from './render';
import { toScheduleJson, type ScheduleJsonOptions } from './scheduleJson';

/** The files an agenda can be turned into: the printable programme, a calendar, a frab/c3voc schedule. */
export type OutputFormat = 'html' | 'ics' | 'schedule-json';

/** How to produce an output. */
export interface OutputOptions {
  /** The language asked for (a tag such as `fr` or `fr-CA`, see {@link languageTag}); default: the agenda's first. */
  language?: string;
  /** For the HTML programme: two or more languages printed side by side (see {@link RenderOptions.languages}). */
  languages?: readonly string[];
  /** For the calendar: keep breaks and meals, which it leaves out by default. */
  includeBreaks?: boolean;
  /** For schedule.json: each timed item an event of its own (see {@link ScheduleJsonOptions.itemsAsEvents}). */
  itemsAsEvents?: boolean;
  /** Produce the output even when the agenda has errors. */
  force?: boolean;
  /** Which checks decide whether the agenda has errors (the editor's `agenda.validate.*` settings). */
  check?: CheckOptions;
  /** The agenda's diagnostics when the caller has them already (found with `check`): it is not checked again. */
  diagnostics?: readonly Diagnostic[];
  /** The program writing the output, for schedule.json's `generator`. */
  generator?: { name: string; version: string };
  /** When the calendar is made; now by default. */
  stamp?: Date;
  /** The organiser's stylesheets for the HTML page (see {@link RenderOptions.stylesheets}). */
  stylesheets?: RenderOptions['stylesheets'];
  /** Add the timetable to the HTML page (see {@link RenderOptions.timetable}). */
  timetable?: boolean;
}

/** Something worth telling about an output that was produced all the same. */
export type OutputNote =
  | { kind: 'no-text-in-language'; language: string }
  | { kind: 'session-left-out'; session: string; reason: string };

/** An output produced, or why not: the agenda has errors, or the format cannot hold it (`problem`). */
export type OutputResult =
  | { text: string; language: string; diagnostics: Diagnostic[]; notes: OutputNote[] }
  | { refused: 'errors'; diagnostics: Diagnostic[]; errors: number }
  | { refused: 'problem'; diagnostics: Diagnostic[]; problem: string };

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;

/**
 * A language code as the outputs take it, in its canonical form (`fr`, `fr-CA`, `zh-Hant`), or undefined when it is
 * not one: an ISO 639 code of two or three letters, optionally followed by a script or region.
 */
export function languageTag(code: string): string | undefined {
  if (!LANGUAGE_TAG.test(code)) return undefined;
  try {
    Intl.getCanonicalLocales(code);
  } catch {
    return undefined;
  }
  return canonicalLanguage(code);
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0];
}

/**
 * The language an output of the agenda is written in (the one asked for, else the agenda's first) and whether the
 * agenda has any text in it: a regional code (`fr-CA`) is served by text in its language (`fr`) and the other way
 * round; an agenda of plain text only is taken to be in its default language.
 */
export function outputLanguage(agenda: unknown, requested?: string): { language: string; missing: boolean } {
  const language = localizer(agenda, requested).language;
  if (requested === undefined) return { language, missing: false };
  const found = availableLanguages(agenda);
  const has = found.length ? found : [localizer(agenda).language];
  return { language, missing: !has.some((code) => primary(code) === primary(language)) };
}

function write(parsed: ParsedAgenda, format: OutputFormat, languages: string[], options: OutputOptions): { text: string; notes: OutputNote[] } | { problem: string } {
  const [language] = languages;
  if (format === 'html') {
    const sides = languages.length > 1 ? { languages } : { language };
    return { text: renderStandalone(parsed, { ...sides, ...(options.stylesheets ? { stylesheets: options.stylesheets } : {}), ...(options.timetable ? { timetable: true } : {}) }), notes: [] };
  }
  if (format === 'ics') return { text: toICalendar(parsed, { language, ...(options.stamp ? { stamp: options.stamp } : {}), ...(options.includeBreaks ? { includeBreaks: true } : {}) }), notes: [] };
  if (languages.length > 1) return { problem: 'a calendar or schedule.json is written in one language: give --lang one code' };
  const scheduleOptions: ScheduleJsonOptions = { language, ...(options.generator ? { generator: options.generator } : {}), ...(options.itemsAsEvents ? { itemsAsEvents: true } : {}) };
  const result = toScheduleJson(parsed, scheduleOptions);
  if ('problem' in result) return result;
  return {
    text: JSON.stringify(result.json, null, 2) + '\n',
    notes: result.skipped.map((s) => ({ kind: 'session-left-out', session: s.id, reason: s.reason })),
  };
}

/**
 * Turns a parsed agenda into one of its outputs, as every face does it: check it (with `options.check`), refuse it
 * when it has errors (unless `force`), resolve the language, and write the text with what is worth telling about it.
 * The diagnostics of the check come back whatever happens, for the face to show. Never throws: an output that fails
 * on an agenda forced through its errors is refused with the reason.
 */
export function produceOutput(parsed: ParsedAgenda, format: OutputFormat, options: OutputOptions = {}): OutputResult {
  const diagnostics = options.diagnostics?.slice() ?? checkParsed(parsed, options.check);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors && !options.force) return { refused: 'errors', diagnostics, errors };
  const asked = options.languages?.length ? options.languages : [options.language];
  const resolved = asked.map((code) => outputLanguage(parsed.value, code));
  const languages = [...new Set(resolved.map((r) => r.language))];
  const language = languages[0];
  let written: ReturnType<typeof write>;
  try {
    written = write(parsed, format, languages, options);
  } catch (error) {
    return { refused: 'problem', diagnostics, problem: `it could not be written: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ('problem' in written) return { refused: 'problem', diagnostics, problem: written.problem };
  const missing = resolved.filter((r) => r.missing).map((r): OutputNote => ({ kind: 'no-text-in-language', language: r.language }));
  const notes: OutputNote[] = [...missing, ...written.notes];
  return { text: written.text, language, diagnostics, notes };
}

import type { Diagnostic, RelatedLocation } from '../base/model';
import { catalogLanguage, render, type Message } from './messages';

/** The message each diagnostic and related location was made from, to put it into another language later. */
const MESSAGES = new WeakMap<object, Message>();

/**
 * Gives a diagnostic or related location its English `message`, and remembers what it was made from so that
 * {@link localizeDiagnostics} can say it in another language.
 */
export function withMessage(target: Omit<Diagnostic, 'message'>, message: Message): Diagnostic;
export function withMessage(target: Omit<RelatedLocation, 'message'>, message: Message): RelatedLocation;
export function withMessage(target: object, message: Message): object {
  const result = Object.assign(target, { message: render(message) });
  MESSAGES.set(result, message);
  return result;
}

function localized<T extends Diagnostic | RelatedLocation>(target: T, language: string): T {
  const message = MESSAGES.get(target);
  return message ? { ...target, message: render(message, language) } : target;
}

/**
 * The diagnostics in a locale's words (`fr`, `fr-CA`, `ar`...): the same diagnostics, messages and related
 * messages translated; English (or an unknown locale) gives the diagnostics back as they are.
 */
export function localizeDiagnostics(diagnostics: Diagnostic[], locale: string | undefined): Diagnostic[] {
  const language = catalogLanguage(locale);
  if (language === 'en') return diagnostics;
  return diagnostics.map((d) => {
    const result = localized(d, language);
    return d.related ? { ...result, related: d.related.map((r) => localized(r, language)) } : result;
  });
}

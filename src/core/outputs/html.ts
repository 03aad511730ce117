const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double- or single-quoted attribute values: `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A piece of HTML that is already safe to insert: built only by `html` templates, `raw` or `join`. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What an `html` template accepts: text (escaped), safe HTML (kept), lists of them, or nothing (left out). */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const PDF = '\u202c';
const PDI = '\u2069';

/**
 * The text with every bidirectional embedding, override and isolate that it leaves open closed at its end (by PDF
 * and PDI, matched as the Unicode Bidirectional Algorithm matches them), so that direction controls in one piece of
 * agenda text cannot turn the text after it around. Text without such controls is returned as it is.
 */
export function closeBidi(text: string): string {
  const controls = text.match(BIDI_CONTROLS);
  if (!controls) return text;
  const open: string[] = [];
  for (const control of controls) {
    if (control === PDI) {
      const isolate = open.lastIndexOf(PDI);
      if (isolate >= 0) open.length = isolate;
    } else if (control === PDF) {
      if (open[open.length - 1] === PDF) open.pop();
    } else {
      open.push(control >= '\u2066' ? PDI : PDF);
    }
  }
  return text + open.reverse().join('');
}

/** What `flatten` must change in a text: a character to escape or a bidirectional control. Most texts have neither. */
const NEEDS_CARE = /[&<>"'\u202a-\u202e\u2066-\u2069]/;

function flatten(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) {
    let out = '';
    for (const item of value as readonly HtmlValue[]) out += flatten(item);
    return out;
  }
  const text = String(value);
  return NEEDS_CARE.test(text) ? escapeHtml(closeBidi(text)) : text;
}

/**
 * A template tag that escapes every interpolated value unless it is `SafeHtml`, so that agenda text cannot become
 * markup by construction, and closes the bidirectional controls each value leaves open (`closeBidi`). Arrays are
 * joined; `null`, `undefined` and `false` are left out.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += flatten(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Marks markup produced by a trusted renderer (such as the Markdown renderer, which escapes on its own) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Joins values with a separator, escaping each as `html` does. */
export function join(values: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = flatten(separator);
  return new SafeHtml(values.map(flatten).filter((part) => part !== '').join(sep));
}

const SAFE_SCHEMES = /^(https?:|mailto:)/i;

/**
 * The address if it is one a programme may link to (`http:`, `https:` or `mailto:`), else undefined. Control
 * characters and white space that browsers ignore inside a scheme are refused rather than cleaned.
 */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  if (/[\u0000-\u001f\u007f\s]/.test(trimmed)) return undefined;
  return SAFE_SCHEMES.test(trimmed) ? trimmed : undefined;
}

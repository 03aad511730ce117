import { parseDocument } from 'yaml';
import { LineIndex } from '../base/lines';
import type { Range } from '../base/model';

/** A change to a document: replace `range` (0-based, end-exclusive) with `newText`. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** Applies edits that do not overlap to a text, as an editor applies one workspace edit. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((edit) => ({ start: lines.offsetAt(edit.range.start), end: lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}

/**
 * A value written as YAML: plain when it reads back as the same text, in double quotes otherwise; `flow` for a
 * value inside `{ }` or `[ ]`, where a comma or a bracket would end it.
 */
export function yamlText(value: string, flow = false): string {
  const read = readBack(value, flow);
  return read && read.value === value && value.trim() === value ? value : JSON.stringify(value);
}

/**
 * What a piece of YAML written as a value (in a block mapping, or in `{ }` for `flow`) reads back as, or undefined
 * when it does not read: a syntax error, or an alias with no anchor in the piece (`*day`).
 */
export function readBack(yaml: string, flow = false): { value: unknown } | undefined {
  const doc = parseDocument(flow ? `{k: ${yaml}}` : `k: ${yaml}`);
  if (doc.errors.length) return undefined;
  try {
    return { value: (doc.toJS() as Record<string, unknown> | null)?.k };
  } catch {
    return undefined;
  }
}

/**
 * Where a scalar's own characters are written within its span: inside its quotes, or for a block scalar (`>`,
 * `|`) its text after the header and without the line break that ends it, so that an edit keeps the quoting or
 * block form the author chose and never joins the next line onto it.
 */
export function writtenSpan(text: string, [start, end]: [number, number]): [number, number] {
  const first = text[start];
  if ((first === '"' || first === "'") && text[end - 1] === first && end - start >= 2) return [start + 1, end - 1];
  if (first !== '>' && first !== '|') return [start, end];
  const header = text.indexOf('\n', start);
  if (header < 0 || header >= end) return [start, end];
  let from = header + 1;
  while (from < end && /\s/.test(text[from])) from++;
  let to = end;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return from < to ? [from, to] : [start, end];
}

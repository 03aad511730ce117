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

/** A value written as YAML: plain when it reads back as the same text, in double quotes otherwise. */
export function yamlText(value: string): string {
  const doc = parseDocument(`k: ${value}`);
  return !doc.errors.length && (doc.toJS() as Record<string, unknown>)?.k === value && value.trim() === value ? value : JSON.stringify(value);
}

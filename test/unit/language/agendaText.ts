import type { Position } from '../../../src/core';
import { readFixture } from '../findings';

/**
 * A small agenda that checks clean, edited by the authoring-help tests (unit and integration): two organisations,
 * two people, two topics, two sessions in Room A on one day. Tests name its lines by number.
 */
export const AGENDA = readFixture('valid/authoring.agenda.yaml');

/** The agenda with one line (0-based) replaced by another text (which may hold several lines). */
export function withLine(line: number, replacement: string, text = AGENDA): string {
  const lines = text.split('\n');
  lines.splice(line, 1, ...replacement.split('\n'));
  return lines.join('\n');
}

/** Splits a text with one `‸` into the text without it and the position of the `‸`. */
export function cursor(marked: string): { text: string; position: Position } {
  const offset = marked.indexOf('‸');
  if (offset < 0) throw new Error('no ‸ in the text');
  const before = marked.slice(0, offset).split('\n');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The 0-based position of the `n`-th (0-based) occurrence of `needle`, plus `shift` characters. */
export function positionOf(text: string, needle: string, n = 0, shift = 0): Position {
  let offset = -1;
  for (let i = 0; i <= n; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} occurs fewer than ${n + 1} times`);
  }
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

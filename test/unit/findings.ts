import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { check, LineIndex, type CheckOptions, type Diagnostic, type Range } from '../../src/core';

/** The repository's root, seen from `out/test/unit/` where the compiled tests run. */
export const REPO = path.resolve(__dirname, '../../..');

/** Where the shared agenda fixtures are. */
export const FIXTURES = path.join(REPO, 'test/fixtures');

/** The bundled example agenda. */
export const EXAMPLE = path.join(REPO, 'examples/kyoto-2020-workshop-4.agenda.yaml');

/** The text of a fixture, e.g. `invalid/schema-enum.agenda.yaml`. */
export function readFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** One diagnostic as a test reads it: where (0-based `line:character-line:character`), what it underlines, and what it says. */
export interface Finding {
  at: string;
  text: string;
  severity: Diagnostic['severity'];
  code: Diagnostic['code'];
  message: string;
  suggestions?: string[];
  related?: string[];
}

function at(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** The text a range covers. */
export function covered(lines: LineIndex, range: Range): string {
  return lines.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The diagnostics of `text` as findings. */
export function describeAll(text: string, diagnostics: readonly Diagnostic[]): Finding[] {
  const lines = new LineIndex(text);
  return diagnostics.map((d) => {
    const finding: Finding = { at: at(d.range), text: covered(lines, d.range), severity: d.severity, code: d.code, message: d.message };
    if (d.suggestions) finding.suggestions = d.suggestions;
    if (d.related) finding.related = d.related.map((r) => `${at(r.range)} ${covered(lines, r.range)}: ${r.message}`);
    return finding;
  });
}

/** What `check` finds in a text. */
export function findings(text: string, options?: CheckOptions): Finding[] {
  return describeAll(text, check(text, options));
}

/** Every `*.agenda.yaml` file directly in a fixture folder (`valid` or `invalid`), sorted. */
export function fixtureNames(folder: 'valid' | 'invalid'): string[] {
  return fs.readdirSync(path.join(FIXTURES, folder)).filter((name) => name.endsWith('.agenda.yaml')).sort();
}

/** Every `*.agenda.yaml` file under a folder, at any depth, as paths relative to it with `/`, sorted. */
export function agendaFilesUnder(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return agendaFilesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.agenda.yaml') ? [`${prefix}${entry.name}`] : [];
  }).sort();
}

/** A validator of the frab/c3voc schedule.json schema kept in `test/fixtures/schedule-json/` (draft 06). */
export function scheduleJsonValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { color: true } });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/schedule-json/schema.json'), 'utf8')));
}

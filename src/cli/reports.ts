import * as path from 'path';
import { pathToFileURL } from 'url';
import { codeSummary, DIAGNOSTIC_CODES, type DiagnosticCode } from '../core';
import type { CliDiagnostic, CliPlace } from './check';
import { version } from '../../package.json';

/** The formats `agenda check --format` writes. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The related locations of a diagnostic in other files (the message names those in its own file already). */
function elsewhere(d: CliDiagnostic): NonNullable<CliDiagnostic['related']> {
  return (d.related ?? []).filter((r) => r.file !== d.file);
}

/**
 * `path:line:col: severity: message [code]`, and for each related location in another file of the programme a line
 * `path:line:col: note: message`, as compilers write notes.
 */
export function formatText(d: CliDiagnostic): string {
  return [`${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} [${d.code}]`, ...elsewhere(d).map((r) => `${r.file}:${r.line}:${r.column}: note: ${r.message}`)].join('\n');
}

/** A workflow command's message, escaped as GitHub's toolkit does (`escapeData`). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value, escaped as GitHub's toolkit does (`escapeProperty`). */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_LEVEL: Record<CliDiagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * One GitHub Actions workflow command that annotates the file at the diagnostic's place:
 * `::error file=a.agenda.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema-enum::message`.
 */
export function formatGithub(d: CliDiagnostic): string {
  const properties = [
    ['file', d.file], ['line', d.line], ['col', d.column], ['endLine', d.endLine], ['endColumn', d.endColumn], ['title', d.code],
  ].map(([name, value]) => `${name}=${escapeProperty(String(value))}`);
  const notes = elsewhere(d).map((r) => `\n${r.file}:${r.line}:${r.column}: ${r.message}`).join('');
  return `::${GITHUB_LEVEL[d.severity]} ${properties.join(',')}::${escapeData(d.message + notes)}`;
}

const SARIF_LEVEL: Record<CliDiagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Where a file is: an absolute path as a `file:` URI, another as a URI reference relative to `%SRCROOT%`. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/'), uriBaseId: '%SRCROOT%' };
}

/** A place in a file as SARIF writes it: the file, and 1-based lines and columns. */
function physicalLocation(p: CliPlace): object {
  return { artifactLocation: artifactLocation(p.file), region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } };
}

/**
 * A SARIF 2.1.0 log of the diagnostics, for GitHub code scanning and other tools that read static-analysis results:
 * one rule per diagnostic code (its meaning and severity), one result per diagnostic with its region (1-based lines
 * and columns, counted in UTF-16 code units as the editor counts them), files relative to `%SRCROOT%`, the folder the
 * command ran in (`cwd`). The rules' descriptions are in the locale's words, as the messages are.
 */
export function sarifLog(diagnostics: readonly CliDiagnostic[], cwd: string, locale?: string): object {
  const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'agenda',
          fullName: 'Agenda Author: agenda check',
          version,
          semanticVersion: version,
          rules: codes.map((code) => ({
            id: code,
            shortDescription: { text: codeSummary(code, locale) },
            defaultConfiguration: { level: SARIF_LEVEL[DIAGNOSTIC_CODES[code].severity] },
          })),
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: diagnostics.map((d) => ({
        ruleId: d.code,
        ruleIndex: codes.indexOf(d.code as DiagnosticCode),
        level: SARIF_LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation: physicalLocation(d) }],
        ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, physicalLocation: physicalLocation(r), message: { text: r.message } })) } : {}),
      })),
    }],
  };
}

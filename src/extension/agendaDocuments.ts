import * as vscode from 'vscode';
import type { Diagnostic as AgendaDiagnostic } from '../core';
import { core } from './core';

/** The glob patterns that mark agenda files when the user has set none. */
export const DEFAULT_AGENDA_FILES = ['**/*.agenda.yaml', '**/*.agenda.yml'];

/** The settings of Agenda Author that decide what is checked and how. */
export interface AgendaSettings {
  files: string[];
  /** `auto`: unless Red Hat's YAML extension checks the agenda against the schema because it names it. */
  schema: boolean | 'auto';
  /** Whether Red Hat's YAML extension is installed and validating. */
  redHatValidates: boolean;
  semantic: boolean;
  yamlSyntax: boolean;
  delay: number;
}

const REDHAT_YAML = 'redhat.vscode-yaml';

function schemaSetting(value: unknown): boolean | 'auto' {
  return typeof value === 'boolean' ? value : 'auto';
}

/**
 * The language of the core's messages: `agenda.locale` when set, else VS Code's display language. The setting is
 * there because VS Code takes a display language only from a language pack, which a machine without the Marketplace
 * (a test run's workbench among them) cannot install.
 */
export function messageLocale(): string {
  return vscode.workspace.getConfiguration('agenda').get<string>('locale', '') || vscode.env.language;
}

/** Reads the `agenda.*` settings for a document's scope. */
export function agendaSettings(scope?: vscode.ConfigurationScope): AgendaSettings {
  const config = vscode.workspace.getConfiguration('agenda', scope);
  const syntax = config.get<'auto' | 'on' | 'off'>('validate.yamlSyntax', 'auto');
  const redHatValidates = !!vscode.extensions.getExtension(REDHAT_YAML) && vscode.workspace.getConfiguration('yaml', scope).get<boolean>('validate', true);
  return {
    files: config.get<string[]>('files', DEFAULT_AGENDA_FILES),
    schema: schemaSetting(config.get<unknown>('validate.schema', 'auto')),
    redHatValidates,
    semantic: config.get<boolean>('validate.semantic', true),
    yamlSyntax: syntax === 'on' || (syntax === 'auto' && !redHatValidates),
    delay: Math.max(0, config.get<number>('validate.delay', 250)),
  };
}

/**
 * Whether Red Hat's YAML extension, installed and validating, checks a document against the agenda schema by its
 * name, through SchemaStore's catalog (`yaml.schemaStore.enable`, on by default, and the catalog listing the schema).
 */
export function redHatMatchesName(document: vscode.TextDocument): boolean {
  if (!agendaSettings(document).redHatValidates) return false;
  return core().schemaStoreChecks(document.uri.path, vscode.workspace.getConfiguration('yaml', document).get<boolean>('schemaStore.enable', true));
}

/** Whether a document is an agenda: it matches one of the `agenda.files` globs (untitled ones by their name). */
export function isAgendaDocument(document: vscode.TextDocument): boolean {
  const patterns = new Set([...DEFAULT_AGENDA_FILES, ...agendaSettings(document).files]);
  if (document.uri.scheme === 'untitled') return /\.agenda\.ya?ml$/i.test(document.uri.path);
  return [...patterns].some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/**
 * The agenda editor a command without a file acts on: the active editor when it shows an agenda, else a visible one
 * (a command run from the Getting Started page or another panel, where no text editor is active).
 */
export function agendaEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active && isAgendaDocument(active.document)) return active;
  return vscode.window.visibleTextEditors.find((editor) => isAgendaDocument(editor.document));
}

/** Whether an editor tab shows a document: documents outlive their tabs, so "open" means shown in a tab. */
export function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === key));
}

/**
 * The `file-too-large` diagnostic of a document too large to serve as you type, found without its text: VS Code joins
 * a document's lines anew on every `getText()`, which takes a fifty-megabyte file hundreds of milliseconds.
 */
export function tooLargeToServe(document: vscode.TextDocument): AgendaDiagnostic | undefined {
  const end = document.lineAt(document.lineCount - 1).range.end;
  const tooLarge = core().tooLargeToCheck({ length: document.offsetAt(end) });
  return tooLarge && core().localizeDiagnostics([tooLarge], messageLocale())[0];
}

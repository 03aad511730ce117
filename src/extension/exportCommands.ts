import * as vscode from 'vscode';
import type { Diagnostic, OutputFormat, OutputNote, ParsedAgenda } from '../core';
import { agendaEditor, agendaSettings, messageLocale } from './agendaDocuments';
import { core } from './core';
import type { AgendaStore } from './documents/agendaStore';
import type { AgendaSnapshot } from './documents/documentCheck';
import type { Programme } from './workspace/programme';
import { exportStylesheets } from './organiserStyles';
import { mayReplace, outputBeside, writeAtomically } from './outputFile';

/** One export the extension offers: its command, the core's format, and its file ending. */
interface ExportKind {
  command: string;
  format: OutputFormat;
  ending: string;
  filters: Record<string, string[]>;
}

const EXPORTS: ExportKind[] = [
  { command: 'agenda.exportHtml', format: 'html', ending: '.html', filters: { HTML: ['html'] } },
  { command: 'agenda.exportCalendar', format: 'ics', ending: '.ics', filters: { iCalendar: ['ics'] } },
  { command: 'agenda.exportSchedule', format: 'schedule-json', ending: '.schedule.json', filters: { JSON: ['json'] } },
];

/** What the user is told about an export once it is written. */
function noteText(note: OutputNote, name: string): string {
  if (note.kind === 'session-left-out') return vscode.l10n.t('Session {0} is left out: {1}.', note.session, note.reason);
  return vscode.l10n.t('{0} has no text in {1}; its other languages stand in.', name, core().languageName(note.language, vscode.env.language));
}

async function targetDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const document = agendaEditor()?.document;
  if (document) return document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open an agenda file (*.agenda.yaml) to export it.'));
  return undefined;
}

/** The language to export in: asked for when the agenda has several; undefined when the user cancels. */
async function chooseLanguage(parsed: ParsedAgenda): Promise<string | undefined> {
  const { availableLanguages, languageName, localizer } = core();
  const fallback = localizer(parsed.value).language;
  const languages = availableLanguages(parsed.value);
  if (languages.length < 2) return fallback;
  const display = vscode.env.language;
  const items = languages.map((code) => ({
    label: languageName(code, display),
    description: code === fallback ? vscode.l10n.t('{0}, default', code) : code,
    code,
  }));
  const preferred = items.find((item) => item.code === display.split('-')[0]) ?? items[0];
  const picked = await vscode.window.showQuickPick([preferred, ...items.filter((item) => item !== preferred)], {
    title: vscode.l10n.t('Export in which language?'),
    placeHolder: vscode.l10n.t('The agenda has text in {0} languages', languages.length),
  });
  return picked?.code;
}

/** The choices of an export that a setting of `agenda.export` gives, and a caller may give instead. */
const SWITCHES = ['timetable', 'includeBreaks', 'itemsAsEvents'] as const;
type Switch = (typeof SWITCHES)[number];

/** The switch each format takes: the HTML page's timetable, the calendar's breaks, schedule.json's items as events. */
const SWITCH_OF: Record<OutputFormat, Switch> = { html: 'timetable', ics: 'includeBreaks', 'schedule-json': 'itemsAsEvents' };

/**
 * What a caller (a keybinding, a task, another extension, a test) may fix instead of asking: the language
 * (`{ language: 'fr' }`), that an existing file may be replaced without asking (`{ replace: true }`), and the
 * switches, each else its setting: whether the HTML page has the timetable (`{ timetable: true }`,
 * `agenda.export.timetable`), the calendar keeps breaks and meals (`{ includeBreaks: true }`,
 * `agenda.export.includeBreaks`), schedule.json makes each timed item an event (`{ itemsAsEvents: true }`,
 * `agenda.export.itemsAsEvents`).
 */
function exportOptions(options: unknown): { language?: string; replace: boolean } & Partial<Record<Switch, boolean>> {
  const given = options !== null && typeof options === 'object' && !Array.isArray(options) ? (options as Record<string, unknown>) : {};
  const switches = Object.fromEntries(SWITCHES.flatMap((key) => (typeof given[key] === 'boolean' ? [[key, given[key]]] : [])));
  return {
    ...(typeof given.language === 'string' ? { language: given.language } : {}),
    replace: given.replace === true,
    ...switches,
  };
}

/** Tells that an agenda with errors is not exported, offering the Problems panel. */
function refuseErrors(name: string, errors: number): undefined {
  const show = vscode.l10n.t('Show Problems');
  const message = errors === 1
    ? vscode.l10n.t('{0} has an error; fix it before exporting.', name)
    : vscode.l10n.t('{0} has {1} errors; fix them before exporting.', name, errors);
  void vscode.window.showErrorMessage(message, show).then((answer) => {
    if (answer === show) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return undefined;
}

/**
 * What an export needs from the extension: the store that has read the agenda, the programmes of files (for an
 * agenda that is part of another), its log, and the extension's version.
 */
interface ExportContext {
  store: AgendaStore;
  programme: Programme;
  log: vscode.LogOutputChannel;
  version: string;
}

/**
 * The diagnostics that stop an export: for a file of a programme of files the programme's (its ids resolved against
 * the agendas above it, the checks across files), as the Problems panel shows them, else the store's. Under
 * `agenda.validate.schema: auto` the schema's errors may be Red Hat's to show, but they still stop an export.
 */
function exportDiagnostics(document: vscode.TextDocument, snapshot: AgendaSnapshot, parsed: ParsedAgenda, programme: Programme): readonly Diagnostic[] {
  const settings = agendaSettings(document);
  const inProgramme = programme.diagnostics(document.uri);
  if (snapshot.schemaChecked || settings.schema === false) return inProgramme ?? snapshot.diagnostics;
  if (!inProgramme) return core().checkParsed(parsed, { schema: true, semantic: settings.semantic, locale: messageLocale() });
  return [...inProgramme, ...core().checkParsed(parsed, { schema: true, semantic: false }).filter((d) => d.code.startsWith('schema-'))];
}

async function runExport(kind: ExportKind, resource: unknown, options: unknown, context: ExportContext): Promise<vscode.Uri | undefined> {
  const { store, programme, log, version } = context;
  const document = await targetDocument(resource);
  if (!document) return undefined;
  await programme.ready();
  const { localizer, produceOutput } = core();
  const name = vscode.workspace.asRelativePath(document.uri);
  const snapshot = store.get(document);
  if (!snapshot) {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not an agenda file (see the agenda.files setting).', name));
    return undefined;
  }
  if (snapshot.tooLarge) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is too large to export in the editor; run `agenda export` on it instead.', name));
    return undefined;
  }
  const { parsed } = snapshot;
  const agenda = parsed && programme.agendaOf(document.uri, parsed);
  const diagnostics = parsed ? exportDiagnostics(document, snapshot, parsed, programme) : snapshot.diagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors || !parsed || !agenda) {
    log.debug(`Refused to export ${name} (version ${snapshot.version}): ${errors} errors`);
    return refuseErrors(name, errors);
  }
  const given = exportOptions(options);
  const key = SWITCH_OF[kind.format];
  const on = given[key] ?? vscode.workspace.getConfiguration('agenda.export', document).get<boolean>(key, false);
  const language = given.language ?? await chooseLanguage(parsed);
  if (!language) return undefined;
  if (store.get(document) !== snapshot) return runExport(kind, document.uri, { language, replace: given.replace, [key]: on }, context);
  const started = performance.now();
  const styles = kind.format === 'html' ? await exportStylesheets(document.uri) : { stylesheets: [], unread: [] };
  const result = produceOutput(agenda, kind.format, { diagnostics: [...diagnostics], language, generator: { name: 'agenda-author', version }, stylesheets: styles.stylesheets, [key]: on });
  if ('errors' in result) return refuseErrors(name, result.errors);
  if ('problem' in result) {
    void vscode.window.showErrorMessage(result.problem);
    return undefined;
  }
  const suffix = language === localizer(parsed.value).language ? '' : `.${language}`;
  const target = await outputBeside(document, `${suffix}${kind.ending}`, kind.filters);
  if (!target || !(given.replace || (await mayReplace(target)))) return undefined;
  try {
    await writeAtomically(target, new TextEncoder().encode(result.text));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write {0}: {1}', vscode.workspace.asRelativePath(target), error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  log.debug(`Exported ${name} (version ${snapshot.version}, ${language}) to ${vscode.workspace.asRelativePath(target)} in ${(performance.now() - started).toFixed(1)} ms`);
  const reveal = vscode.l10n.t('Reveal in Explorer');
  const unread = styles.unread.map((uri) => vscode.l10n.t('The stylesheet {0} of agenda.styles could not be read and is left out.', vscode.workspace.asRelativePath(uri)));
  void vscode.window.showInformationMessage([vscode.l10n.t('Wrote {0}.', vscode.workspace.asRelativePath(target)), ...result.notes.map((note) => noteText(note, name)), ...unread].join(' '), reveal)
    .then((answer) => {
      if (answer === reveal) void vscode.commands.executeCommand('revealInExplorer', target);
    });
  return target;
}

/**
 * `Agenda: Export Programme as HTML`, `Agenda: Export Calendar (.ics)` and `Agenda: Export Conference Schedule
 * (schedule.json)`: write the agenda of the active editor (or of a file chosen in the Explorer) beside it, in a
 * language the user picks when it has several, asking before replacing a file (unless given `{ replace: true }`).
 * Each command resolves to the file written, or undefined. An agenda is exported as the store checked it, with the
 * `agenda.validate` settings the preview honours; one that is part of another with what it takes of the agendas above
 * it, as `agenda export FILE` writes it. `version` is the extension's, for the schedule's `generator`.
 */
export function registerExportCommands(context: ExportContext): vscode.Disposable {
  return vscode.Disposable.from(...EXPORTS.map((kind) => vscode.commands.registerCommand(kind.command, (resource?: unknown, options?: unknown) => runExport(kind, resource, options, context))));
}

import * as vscode from 'vscode';
import { isAgendaDocument } from './agendaDocuments';

/** What the status bar item shows, for the integration tests: its text, tooltip and command, and whether it is shown. */
export interface AgendaStatus {
  text: string;
  tooltip: string;
  command: vscode.Command | undefined;
  shown: boolean;
}

function count(diagnostics: readonly vscode.Diagnostic[], severity: vscode.DiagnosticSeverity): number {
  return diagnostics.filter((d) => d.source === 'agenda' && d.severity === severity).length;
}

function summary(errors: number, warnings: number): string {
  return !errors && !warnings ? vscode.l10n.t('No problems in this agenda.') : vscode.l10n.t('Errors: {0}, warnings: {1}.', errors, warnings);
}

/**
 * The status bar item of the active agenda: its errors and warnings (those of Agenda Author); a click opens the
 * Problems panel when it has any, else the preview beside it. Hidden for every other editor.
 */
class AgendaStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('agenda.status', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];
  private shown = false;

  constructor() {
    this.item.name = vscode.l10n.t('Agenda Author: problems of the agenda');
    this.subscriptions = [
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda.files')) this.update();
      }),
    ];
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isAgendaDocument(document)) {
      this.item.hide();
      this.shown = false;
      return;
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    const errors = count(diagnostics, vscode.DiagnosticSeverity.Error);
    const warnings = count(diagnostics, vscode.DiagnosticSeverity.Warning);
    const clean = !errors && !warnings;
    this.item.text = clean ? `$(calendar) $(check) ${vscode.l10n.t('Agenda')}` : `$(calendar) $(error) ${errors}  $(warning) ${warnings}`;
    this.item.tooltip = `${summary(errors, warnings)} ${clean ? vscode.l10n.t('Click to open the preview.') : vscode.l10n.t('Click to show them in the Problems panel.')}`;
    this.item.command = clean
      ? { command: 'agenda.openPreviewToSide', title: vscode.l10n.t('Open Preview to the Side'), arguments: [document.uri] }
      : { command: 'workbench.actions.view.problems', title: vscode.l10n.t('Show Problems') };
    this.item.accessibilityInformation = { label: summary(errors, warnings) };
    this.item.show();
    this.shown = true;
  }

  status(): AgendaStatus {
    const command = this.item.command;
    return {
      text: this.item.text,
      tooltip: typeof this.item.tooltip === 'string' ? this.item.tooltip : '',
      command: typeof command === 'string' ? { command, title: '' } : command,
      shown: this.shown,
    };
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** The status bar item of the active agenda (see `AgendaStatusBar`); `status` tells what it shows. */
export function registerStatusBar(): vscode.Disposable & { status(): AgendaStatus } {
  return new AgendaStatusBar();
}

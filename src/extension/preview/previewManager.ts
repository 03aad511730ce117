import * as vscode from 'vscode';
import { PREVIEW_VIEW_TYPE, type PreviewState } from '../../shared/messages';
import { agendaEditor, isAgendaDocument } from '../agendaDocuments';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import type { ProgrammeScope } from '../workspace/programmeScope';
import { AgendaPreview, followedLine, previewTitle, type PreviewSources } from './agendaPreview';

/** What the Agenda view may pass to the preview commands: the session to scroll to. */
export interface SessionPreviewRequest {
  sessionIndex: number;
  sessionId?: string;
}

function isSessionRequest(value: unknown): value is SessionPreviewRequest {
  return typeof value === 'object' && value !== null && typeof (value as SessionPreviewRequest).sessionIndex === 'number';
}

/**
 * Opens, reuses and restores programme previews. At most one preview is unlocked: it follows the active agenda
 * editor. Locked previews stay on their agenda. Restores previews after a reload (`WebviewPanelSerializer`).
 */
class PreviewManager implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {
  private readonly previews = new Set<AgendaPreview>();
  private readonly disposables: vscode.Disposable[] = [];
  private activePreview: AgendaPreview | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly store: AgendaStore, private readonly log: vscode.LogOutputChannel, private readonly programme: Programme, private readonly scope: ProgrammeScope) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, this),
      vscode.commands.registerCommand('agenda.openPreview', (resource?: unknown, request?: unknown) => this.open(resource, request, false)),
      vscode.commands.registerCommand('agenda.openPreviewToSide', (resource?: unknown, request?: unknown) => this.open(resource, request, true)),
      vscode.commands.registerCommand('agenda.togglePreviewLock', () => this.activePreview?.toggleLock()),
      vscode.commands.registerCommand('agenda.togglePreviewView', () => (this.activePreview ?? this.unlocked())?.toggleView()),
      vscode.commands.registerCommand('agenda.showPreviewSource', () => this.showSource()),
      vscode.commands.registerCommand('agenda.refreshPreview', () => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.activeEditorChanged(editor)),
    );
    this.activeEditorChanged(vscode.window.activeTextEditor);
  }

  private activeEditorChanged(editor: vscode.TextEditor | undefined): void {
    const agenda = editor !== undefined && isAgendaDocument(editor.document);
    if (!editor || !agenda) return;
    for (const preview of this.previews) {
      if (!preview.locked) preview.show(editor.document.uri, followedLine(editor));
    }
  }

  private resourceOf(resource: unknown): vscode.Uri | undefined {
    if (resource instanceof vscode.Uri) return resource;
    const editor = vscode.window.activeTextEditor;
    if (editor && isAgendaDocument(editor.document)) return editor.document.uri;
    return this.activePreview?.resource ?? agendaEditor()?.document.uri;
  }

  private async open(resource: unknown, request: unknown, toSide: boolean): Promise<void> {
    const uri = this.resourceOf(resource);
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open an agenda file (*.agenda.yaml) to preview it.'));
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const line = editor && followedLine(editor);
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    let preview = [...this.previews].find((p) => p.locked && p.shows(uri)) ?? this.unlocked();
    if (preview) {
      preview.show(uri, line);
      preview.panel.reveal(preview.panel.viewColumn ?? column, toSide);
    } else {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, previewTitle(uri, false), { viewColumn: column, preserveFocus: toSide }, {});
      preview = this.track(new AgendaPreview(panel, this.extensionUri, this.faces(), { resource: uri.toString(), locked: false }, line));
    }
    if (isSessionRequest(request)) preview.revealSession(request.sessionIndex);
  }

  private faces(): PreviewSources {
    return { store: this.store, log: this.log, programme: this.programme, scope: this.scope };
  }

  /** The preview that follows the active agenda editor, if one is open. */
  private unlocked(): AgendaPreview | undefined {
    return [...this.previews].find((p) => !p.locked);
  }

  /** `Agenda: Refresh Preview`: the active preview (else every preview) made anew, its stylesheets loaded again. */
  private refresh(): void {
    const previews = this.activePreview ? [this.activePreview] : [...this.previews];
    for (const preview of previews) preview.reload();
  }

  private async showSource(): Promise<void> {
    const preview = this.activePreview;
    if (!preview) return;
    const editor = vscode.window.visibleTextEditors.find((e) => preview.shows(e.document.uri));
    await vscode.window.showTextDocument(preview.resource, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.Beside });
  }

  private track(preview: AgendaPreview): AgendaPreview {
    this.previews.add(preview);
    const viewState = preview.panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.activePreview = preview;
      else if (this.activePreview === preview) this.activePreview = undefined;
    });
    if (preview.panel.active) this.activePreview = preview;
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.activePreview === preview) this.activePreview = undefined;
    });
    return preview;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (!state || typeof state.resource !== 'string') {
      panel.dispose();
      return;
    }
    this.track(new AgendaPreview(panel, this.extensionUri, this.faces(), state, state.line, true));
  }

  dispose(): void {
    for (const preview of this.previews) preview.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
  }
}

/**
 * The programme preview: `Agenda: Open Preview`, `Agenda: Open Preview to the Side`, the lock toggle, the switch
 * between programme and timetable (the active preview's, else the unlocked one's), `Show Source`, `Refresh Preview`,
 * and the restoring of previews after a window reload. The timetable of an agenda that is part of a programme of
 * files shows that file or the whole programme, as `scope` says (the Agenda view's choice too).
 */
export function registerPreview(extensionUri: vscode.Uri, store: AgendaStore, log: vscode.LogOutputChannel, programme: Programme, scope: ProgrammeScope): vscode.Disposable {
  return new PreviewManager(extensionUri, store, log, programme, scope);
}

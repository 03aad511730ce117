import * as vscode from 'vscode';
import type { OutlineNode } from '../../core';
import { isAgendaDocument, shownInTab } from '../agendaDocuments';
import { setContextKey } from '../contextKeys';
import type { AgendaStore } from '../documents/agendaStore';
import type { Programme } from '../workspace/programme';
import type { ProgrammeScope } from '../workspace/programmeScope';
import { AgendaTreeProvider } from './agendaTreeProvider';
import { registerTreeCommands, type AgendaTree } from './treeCommands';

export const VIEW_ID = 'agenda.tree';

function followsCursor(document: vscode.TextDocument): boolean {
  return vscode.workspace.getConfiguration('agenda.tree', document).get<boolean>('followCursor', true);
}

function sameRange(a: vscode.Range | undefined, b: vscode.Range): boolean {
  return !!a && a.isEqual(b);
}

/** Keeps the view in step with the editors: which agenda it shows, its text, its diagnostics, the cursor. */
class AgendaTreeController implements AgendaTree, vscode.Disposable {
  readonly provider: AgendaTreeProvider;
  readonly view: vscode.TreeView<OutlineNode>;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The range the tree last selected in the editor: the cursor landing there must not move the tree's selection. */
  private revealed: { uri: string; range: vscode.Range } | undefined;
  /** The cursor's reveals, in turn (see {@link revealCursor}). */
  private revealing: Promise<void> = Promise.resolve();

  constructor(context: vscode.ExtensionContext, store: AgendaStore, programme: Programme, scope: ProgrammeScope) {
    this.provider = new AgendaTreeProvider(context.workspaceState, store, programme, scope);
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    this.subscriptions.push(
      this.provider,
      this.view,
      this.provider.onDidChangeTreeData(() => this.updateView()),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.workspace.onDidOpenTextDocument(() => this.follow()),
      vscode.workspace.onDidCloseTextDocument(() => this.follow()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.follow()),
      store.onDidUpdate(({ document, snapshot }) => {
        if (this.provider.isNews(document, snapshot) && !this.showsProgramme()) this.provider.rebuild();
      }),
      programme.onDidUpdate(() => {
        if (this.showsProgramme() || this.provider.programmeShown) this.provider.rebuild();
        else this.updateView();
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.provider.document) this.revealCursor(event.textEditor);
      }),
      this.view.onDidChangeVisibility(() => this.revealCursor(vscode.window.activeTextEditor)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda')) this.provider.rebuild();
      }),
      registerTreeCommands(this),
    );
    void vscode.commands.executeCommand('setContext', 'agenda.tree.enabled', true);
    this.follow();
    if (!this.provider.document) this.provider.rebuild();
  }

  /** Whether the tree is to show a whole programme: the agenda shown is part of one, and the user asked for it. */
  private showsProgramme(): boolean {
    return this.provider.scope === 'programme' && this.provider.inProgramme;
  }

  /**
   * The agenda to show: the active editor's if it is one, else the one shown while a tab still has it open, else
   * one in a visible editor, else none (the view then offers to create one).
   */
  private follow(): void {
    const active = vscode.window.activeTextEditor?.document;
    const shown = this.provider.document;
    if (active && isAgendaDocument(active)) this.provider.show(active);
    else if (!shown || shown.isClosed || !shownInTab(shown.uri)) this.provider.show(this.visibleAgenda());
  }

  private visibleAgenda(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map((e) => e.document).find((d) => !d.isClosed && isAgendaDocument(d));
  }

  private updateView(): void {
    const { document, state, day, programmeShown } = this.provider;
    const dayLabel = this.provider.days.find((d) => d.key === day)?.label;
    const shown = programmeShown ? vscode.l10n.t('programme of {0}', fileName(programmeShown)) : document && fileName(document.uri);
    this.view.description = [shown, dayLabel].filter(Boolean).join(' · ') || undefined;
    this.view.message = state === 'syntax'
      ? vscode.l10n.t('This file has YAML syntax errors: the tree shows what could be read.')
      : state === 'tooLarge' ? vscode.l10n.t('This file is too large to outline.')
        : state === 'failed' ? vscode.l10n.t('Agenda Author failed to read this file; the Problems panel says how to report it.') : undefined;
    void vscode.commands.executeCommand('setContext', 'agenda.tree.hasDocument', !!document);
    void vscode.commands.executeCommand('setContext', 'agenda.tree.unread', state === 'tooLarge' || state === 'failed');
    void vscode.commands.executeCommand('setContext', 'agenda.tree.sort', this.provider.sort);
    setContextKey('agenda.tree.scope', this.provider.scope);
    setContextKey('agenda.tree.inProgramme', this.provider.inProgramme);
    void vscode.commands.executeCommand('setContext', 'agenda.tree.filtered', day !== undefined);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document === document) this.revealCursor(editor);
  }

  /**
   * Selects the node under the editor's cursor, when the setting asks for it and the view is showing. Reveals run one
   * after another, each for where the cursor is when its turn comes: two at once can finish in either order, which
   * left the node of an older place of the cursor selected.
   */
  private revealCursor(editor: vscode.TextEditor | undefined): void {
    if (!editor) return;
    this.revealing = this.revealing.then(() => this.selectNodeUnderCursor(editor));
  }

  private async selectNodeUnderCursor(editor: vscode.TextEditor): Promise<void> {
    if (editor.document !== this.provider.document || !this.view.visible || !this.provider.fresh) return;
    if (!followsCursor(editor.document)) return;
    const selection = editor.selection;
    if (this.revealed?.uri === editor.document.uri.toString() && sameRange(this.revealed.range, selection)) return;
    this.revealed = undefined;
    const node = this.provider.nodeAt({ line: selection.active.line, character: selection.active.character });
    if (!node || this.view.selection.some((n) => n.id === node.id)) return;
    await this.view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
  }

  /** Shows a range of the agenda in its editor and selects it, leaving the focus where it is. */
  async showRange(range: vscode.Range, selection: vscode.Range = range, uri?: vscode.Uri): Promise<vscode.TextEditor | undefined> {
    const shown = this.provider.document;
    const document = uri && uri.toString() !== shown?.uri.toString() ? await vscode.workspace.openTextDocument(uri) : shown;
    if (!document) return undefined;
    this.revealed = { uri: document.uri.toString(), range: selection };
    const column = vscode.window.visibleTextEditors.find((e) => e.document === (shown ?? document))?.viewColumn;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: true, selection });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/**
 * The Agenda view in the Explorer: the active agenda as event, days, sessions, topics and people, kept in step with
 * the text as the user types and with the cursor; with its title and item commands.
 */
export function registerAgendaTree(context: vscode.ExtensionContext, store: AgendaStore, programme: Programme, scope: ProgrammeScope): AgendaTree & vscode.Disposable {
  return new AgendaTreeController(context, store, programme, scope);
}

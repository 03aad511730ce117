import * as vscode from 'vscode';
import type { OutlineNode } from '../../core';
import { toRange } from '../diagnostics';
import { core } from '../core';
import type { SessionPreviewRequest } from '../preview/previewManager';
import type { AgendaTreeProvider } from './agendaTreeProvider';

/** What the commands need from the tree: its data, its view, and a way to show a range in the editor. */
export interface AgendaTree {
  readonly provider: AgendaTreeProvider;
  readonly view: vscode.TreeView<OutlineNode>;
  /** Shows a range of the agenda shown, or of another file of its programme (`uri`), in an editor. */
  showRange(range: vscode.Range, selection?: vscode.Range, uri?: vscode.Uri): Promise<vscode.TextEditor | undefined>;
}

/** The preview's command; when it is missing (the preview failed to register), the session is shown in the editor. */
const OPEN_PREVIEW = 'agenda.openPreviewToSide';

/** The node a command acts on: the one it was invoked on, else the tree's selection, else the one at the cursor. */
function subject(tree: AgendaTree, node: OutlineNode | undefined): OutlineNode | undefined {
  if (node) return tree.provider.latest(node);
  const selected = tree.view.selection[0];
  if (selected) return tree.provider.latest(selected);
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document !== tree.provider.document) return undefined;
  return tree.provider.nodeAt({ line: editor.selection.active.line, character: editor.selection.active.character });
}

async function goToDefinition(tree: AgendaTree, node: OutlineNode | undefined): Promise<void> {
  const chosen = subject(tree, node);
  const target = chosen?.target;
  if (!chosen || !target?.range) {
    void vscode.window.showInformationMessage(target
      ? vscode.l10n.t('`{0}` is not defined in this agenda.', target.id)
      : vscode.l10n.t('Choose a topic, a person or a session in the Agenda view first.'));
    return;
  }
  await tree.showRange(toRange(target.range), toRange(target.idRange ?? target.range), tree.provider.uriOf(chosen));
}

async function previewSession(tree: AgendaTree, node: OutlineNode | undefined): Promise<void> {
  const chosen = subject(tree, node);
  const document = chosen && tree.provider.uriOf(chosen);
  if (!chosen?.session || !document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor in a session, or choose one in the Agenda view, to preview it.'));
    return;
  }
  const request: SessionPreviewRequest = { sessionIndex: chosen.session.index };
  if (chosen.session.id !== undefined) request.sessionId = chosen.session.id;
  const commands = await vscode.commands.getCommands(true);
  if (commands.includes(OPEN_PREVIEW)) {
    await vscode.commands.executeCommand(OPEN_PREVIEW, document, request);
    return;
  }
  const session = tree.provider.sessionNode(chosen.session.index);
  const where = session?.range ?? (chosen.target?.kind === 'session' ? chosen.target.range : undefined) ?? chosen.range;
  await tree.showRange(toRange(where), undefined, document);
}

async function copyAsText(tree: AgendaTree, node: OutlineNode | undefined): Promise<void> {
  const chosen = subject(tree, node);
  if (!chosen) return;
  await vscode.env.clipboard.writeText(core().outlineText(chosen));
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied "{0}" as text.', chosen.label), 3000);
}

/** Shows one day: the one given (a session `date`, as keybindings may pass), else the one the user picks. */
async function filterDay(tree: AgendaTree, day: unknown): Promise<void> {
  if (typeof day === 'string' && tree.provider.days.some((d) => d.key === day)) {
    tree.provider.setDay(day);
    return;
  }
  interface DayPick extends vscode.QuickPickItem { day: string | undefined }
  const current = tree.provider.day;
  const all: DayPick = { label: vscode.l10n.t('All days'), day: undefined, picked: current === undefined };
  const days: DayPick[] = tree.provider.days.map((d) => ({
    label: d.label,
    description: d.sessions === 1 ? vscode.l10n.t('1 session') : vscode.l10n.t('{0} sessions', d.sessions),
    day: d.key,
    picked: d.key === current,
  }));
  if (!days.length) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This agenda has no sessions yet.'));
    return;
  }
  const pick = await vscode.window.showQuickPick([all, ...days], { title: vscode.l10n.t('Show One Day'), placeHolder: vscode.l10n.t('Choose the day the Agenda view shows') });
  if (pick) tree.provider.setDay(pick.day);
}

/** The commands of the Agenda view: on items (reveal, go to definition, preview, copy) and in its title bar. */
export function registerTreeCommands(tree: AgendaTree): vscode.Disposable {
  const command = (id: string, run: (node?: OutlineNode) => unknown) => vscode.commands.registerCommand(id, run);
  return vscode.Disposable.from(
    command('agenda.tree.reveal', async (node) => {
      const chosen = subject(tree, node);
      if (chosen) await tree.showRange(toRange(chosen.range), undefined, tree.provider.uriOf(chosen));
    }),
    command('agenda.tree.goToDefinition', (node) => goToDefinition(tree, node)),
    command('agenda.previewSession', (node) => previewSession(tree, node)),
    command('agenda.tree.copy', (node) => copyAsText(tree, node)),
    command('agenda.tree.refresh', () => tree.provider.rebuild()),
    command('agenda.tree.sortByTime', () => tree.provider.setSort('time')),
    command('agenda.tree.sortByRoom', () => tree.provider.setSort('room')),
    vscode.commands.registerCommand('agenda.tree.filterDay', (day?: unknown) => filterDay(tree, day)),
    command('agenda.tree.showAllDays', () => tree.provider.setDay(undefined)),
    command('agenda.tree.showProgramme', () => tree.provider.setScope('programme')),
    command('agenda.tree.showFile', () => tree.provider.setScope('file')),
  );
}

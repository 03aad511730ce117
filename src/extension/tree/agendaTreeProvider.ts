import * as vscode from 'vscode';
import type { Diagnostic, DiagnosticCode, Outline, OutlineDay, OutlineNode, OutlineSort, Position } from '../../core';
import { core } from '../core';
import { agendaOf } from '../language/agendaSource';
import { outlineWords } from './outlineWords';
import { treeItem } from './treeItems';

const SEVERITY: Record<number, Diagnostic['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'info',
};

/** The diagnostics Agenda Author shows for a document, back in the core's shape. */
function agendaDiagnostics(uri: vscode.Uri): Diagnostic[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((d) => d.source === 'agenda')
    .map((d) => ({
      range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
      severity: SEVERITY[d.severity],
      code: String(typeof d.code === 'object' ? d.code.value : d.code) as DiagnosticCode,
      message: d.message,
    }));
}

/** Why the tree shows less than the whole agenda, if it does. */
export type OutlineState = 'none' | 'ok' | 'syntax' | 'tooLarge';

/**
 * The data of the Agenda tree: the outline of one agenda document (the one last active), rebuilt from its text
 * and its diagnostics. Elements are the core's plain outline nodes; ids are stable, so VS Code keeps what the
 * user expanded across rebuilds.
 */
export class AgendaTreeProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: vscode.TextDocument | undefined;
  private outline: Outline | undefined;
  private byId = new Map<string, OutlineNode>();
  private builtVersion = -1;
  /** The diagnostics the outline was built with, as JSON, to tell a real change from a repeated report. */
  private builtDiagnostics = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sortOrder: OutlineSort;
  private dayFilter: string | undefined;
  private readonly words = outlineWords();
  state: OutlineState = 'none';

  constructor(private readonly memento: vscode.Memento) {
    this.sortOrder = memento.get<OutlineSort>('agenda.tree.sort', 'time');
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  get sort(): OutlineSort {
    return this.sortOrder;
  }

  get day(): string | undefined {
    return this.dayFilter;
  }

  get days(): OutlineDay[] {
    return this.outline?.days ?? [];
  }

  /** Whether the outline matches the document's current text. */
  get fresh(): boolean {
    return !!this.current && this.current.version === this.builtVersion;
  }

  /** Whether the document's diagnostics differ from those the outline shows (VS Code reports the same ones again). */
  diagnosticsChanged(): boolean {
    return !!this.current && JSON.stringify(agendaDiagnostics(this.current.uri)) !== this.builtDiagnostics;
  }

  /** Shows the outline of another document (or none); a day filter does not carry over to another file. */
  show(document: vscode.TextDocument | undefined): void {
    if (document === this.current) return;
    this.current = document;
    this.dayFilter = undefined;
    this.rebuild();
  }

  setSort(sort: OutlineSort): void {
    this.sortOrder = sort;
    void this.memento.update('agenda.tree.sort', sort);
    this.rebuild();
  }

  setDay(day: string | undefined): void {
    this.dayFilter = day;
    this.rebuild();
  }

  /** Rebuilds after `delay` ms, replacing any rebuild already waiting. */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.rebuild(), delay);
  }

  rebuild(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const document = this.current;
    this.outline = undefined;
    this.state = 'none';
    if (document && !document.isClosed) {
      this.builtVersion = document.version;
      const parsed = agendaOf(document);
      if (!parsed) {
        this.state = 'tooLarge';
      } else {
        const diagnostics = agendaDiagnostics(document.uri);
        this.builtDiagnostics = JSON.stringify(diagnostics);
        const options = { diagnostics, locale: vscode.env.language, sort: this.sortOrder, words: this.words, ...(this.dayFilter === undefined ? {} : { day: this.dayFilter }) };
        this.outline = core().buildOutline(parsed, options);
        this.state = parsed.diagnostics.some((d) => d.code === 'yaml-syntax') ? 'syntax' : 'ok';
      }
    }
    this.byId = new Map(this.outline ? [...core().outlineNodes(this.outline.roots)].map((n) => [n.id, n]) : []);
    this.changed.fire();
  }

  /** The current version of a node (commands may hold one from before the last rebuild). */
  latest(node: OutlineNode): OutlineNode {
    return this.byId.get(node.id) ?? node;
  }

  /** The session node of a session, by its position in `sessions`, if the tree shows it. */
  sessionNode(index: number): OutlineNode | undefined {
    for (const node of this.byId.values()) if (node.kind === 'session' && node.session?.index === index) return node;
    return undefined;
  }

  nodeAt(position: Position): OutlineNode | undefined {
    return this.outline && core().outlineNodeAt(this.outline, position);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    return treeItem(node);
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    return node ? this.latest(node).children : this.outline?.roots ?? [];
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return node.parentId === undefined ? undefined : this.byId.get(node.parentId);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.changed.dispose();
  }
}

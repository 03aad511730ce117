import * as vscode from 'vscode';
import type { Outline, OutlineDay, OutlineNode, OutlineOptions, OutlineSort, Position } from '../../core';
import type { Programme } from '../workspace/programme';
import type { ProgrammeScope, ProgrammeScopeChoice } from '../workspace/programmeScope';
import { core } from '../core';
import type { AgendaStore } from '../documents/agendaStore';
import type { AgendaSnapshot } from '../documents/documentCheck';
import { outlineWords } from './outlineWords';
import { treeItem } from './treeItems';

/** Why the tree shows less than the whole agenda, if it does. */
export type OutlineState = 'none' | 'ok' | 'syntax' | 'tooLarge' | 'failed';

/**
 * The data of the Agenda tree: the outline of one agenda document (the one last active), built from the store's
 * snapshot of it (its parse and the diagnostics the Problems panel shows). Elements are the core's plain outline nodes; ids are stable, so VS Code keeps what the
 * user expanded across rebuilds.
 */
export class AgendaTreeProvider implements vscode.TreeDataProvider<OutlineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private current: vscode.TextDocument | undefined;
  private outline: Outline | undefined;
  private byId = new Map<string, OutlineNode>();
  private builtVersion = -1;
  /** The snapshot the outline was built from, to tell a new one from the store's report of it. */
  private builtFrom: AgendaSnapshot | undefined;
  private sortOrder: OutlineSort;
  private dayFilter: string | undefined;
  private readonly words = outlineWords();
  private readonly scopeChanged: vscode.Disposable;
  /** In the programme's outline, the file of each node (by node id); empty for one file's. */
  private fileOf = new Map<string, string>();
  /** The programme's root whose outline is shown, if the whole programme is. */
  private programmeRoot: string | undefined;
  state: OutlineState = 'none';

  constructor(private readonly memento: vscode.Memento, private readonly store: AgendaStore, private readonly programme: Programme, private readonly programmeScope: ProgrammeScope) {
    this.sortOrder = memento.get<OutlineSort>('agenda.tree.sort', 'time');
    this.scopeChanged = programmeScope.onDidChange(() => this.rebuild());
  }

  /** Whether the tree is to show the whole programme, when the agenda is part of one (the choice it shares with the preview). */
  get scope(): ProgrammeScopeChoice {
    return this.programmeScope.value;
  }

  /** The root file of the programme shown, when the tree shows a whole programme. */
  get programmeShown(): vscode.Uri | undefined {
    return this.programmeRoot === undefined ? undefined : vscode.Uri.parse(this.programmeRoot, true);
  }

  /** Whether the agenda shown is part of a programme of files. */
  get inProgramme(): boolean {
    return !!this.current && this.programme.has(this.current.uri);
  }

  setScope(scope: ProgrammeScopeChoice): void {
    this.programmeScope.set(scope);
  }

  /** The file a node stands in: another file of the programme, or the agenda shown. */
  uriOf(node: OutlineNode): vscode.Uri | undefined {
    const file = this.fileOf.get(node.id);
    return file === undefined ? this.current?.uri : vscode.Uri.parse(file, true);
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

  /** Whether a snapshot is a new one of the document shown, which the outline was not built from. */
  isNews(document: vscode.TextDocument, snapshot: AgendaSnapshot): boolean {
    return document === this.current && snapshot !== this.builtFrom;
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

  private fileOutline(document: vscode.TextDocument, parsed: NonNullable<AgendaSnapshot['parsed']>, snapshot: AgendaSnapshot): Outline {
    const options: OutlineOptions = { diagnostics: [...snapshot.shown], locale: vscode.env.language, sort: this.sortOrder, words: this.words, ...(this.dayFilter === undefined ? {} : { day: this.dayFilter }) };
    const seen = this.programme.core?.agendaItemsOf(document.uri.toString());
    if (seen && seen.uri !== document.uri.toString()) options.agendaItems = seen.items;
    return core().buildOutline(parsed, options);
  }

  /** The outline of the whole programme the document is part of, when the tree is to show it. */
  private programmeOutline(document: vscode.TextDocument): Outline | undefined {
    if (this.scope !== 'programme' || !this.programme.has(document.uri)) return undefined;
    this.programme.update([document.uri]);
    const files = this.programme.core;
    const root = files?.rootOf(document.uri.toString());
    if (!files || root === undefined) return undefined;
    const outline = core().buildProgrammeOutline(files, root, {
      locale: vscode.env.language,
      words: this.words,
      grouping: this.sortOrder === 'room' ? 'rooms' : 'sessions',
      noRoom: vscode.l10n.t('No room'),
      diagnostics: (uri) => this.programme.diagnostics(vscode.Uri.parse(uri, true)) ?? [],
      ...(this.dayFilter === undefined ? {} : { day: this.dayFilter }),
    });
    this.fileOf = outline.fileOf;
    this.programmeRoot = root;
    return outline;
  }

  rebuild(): void {
    const document = this.current;
    this.outline = undefined;
    this.fileOf = new Map();
    this.programmeRoot = undefined;
    this.state = 'none';
    this.builtFrom = document && this.store.get(document);
    const snapshot = this.builtFrom;
    if (document && snapshot) {
      this.builtVersion = snapshot.version;
      const parsed = snapshot.parsed;
      if (snapshot.tooLarge) {
        this.state = 'tooLarge';
      } else if (!parsed) {
        this.state = 'failed';
      } else {
        this.outline = this.programmeOutline(document) ?? this.fileOutline(document, parsed, snapshot);
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

  /** The node at a position of the agenda shown (in the programme's outline, among that file's nodes). */
  nodeAt(position: Position): OutlineNode | undefined {
    if (!this.outline) return undefined;
    if (!this.fileOf.size) return core().outlineNodeAt(this.outline, position);
    const file = this.current?.uri.toString();
    const roots = [...this.byId.values()].filter((node) => node.kind === 'session' && this.fileOf.get(node.id) === file);
    return core().outlineNodeAt({ roots, days: [] }, position);
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
    this.scopeChanged.dispose();
    this.changed.dispose();
  }
}

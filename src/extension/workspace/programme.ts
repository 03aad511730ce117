import * as vscode from 'vscode';
import type { Diagnostic, FileSummary, ParsedAgenda, ProgrammeOfFiles } from '../../core';
import { agendaSettings, messageLocale } from '../agendaDocuments';
import { core } from '../core';
import type { AgendaFiles } from './agendaFiles';

/** The key that names `partOf`: a text without it cannot name a parent (no parse needed to know). */
const PART_OF = 'partOf';

/**
 * The programmes of files of the workspace, kept in the core's {@link ProgrammeOfFiles}: every agenda that names a
 * parent (`partOf`), and every agenda such a file names, by the parse the index holds (the store's for an open
 * document). Agendas that are part of no programme stay out of it, unparsed unless opened. A change of one file
 * sets that file's new parse; the core then computes again only what depends on it, and `onDidChange` names the
 * files whose diagnostics changed.
 */
export class Programme implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private readonly updated = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.updated];
  private programme: ProgrammeOfFiles | undefined;
  private started: Promise<void> | undefined;
  private readonly published = new Map<string, number>();
  /** Fires with the files whose programme diagnostics changed (members, and files that left a programme). */
  readonly onDidChange = this.changed.event;
  /** Fires with the files of a programme that have a new text, joined or left it (before `onDidChange`). */
  readonly onDidUpdate = this.updated.event;
  private taken: vscode.Uri[] = [];

  constructor(private readonly files: AgendaFiles) {}

  /** Resolves once the workspace's agenda files are read and their programmes joined; the first call starts it. */
  ready(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /** Whether the programmes are known yet (the workspace's files read). */
  get isReady(): boolean {
    return this.programme !== undefined;
  }

  private async start(): Promise<void> {
    await this.files.ready();
    this.programme = new (core().ProgrammeOfFiles)();
    this.subscriptions.push(
      this.files.onDidChange((uris) => this.update(uris)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda')) this.settingsChanged(event.affectsConfiguration('agenda.locale'));
      }),
    );
    this.update(this.files.files().map((file) => file.uri));
  }

  /**
   * Takes the current text of some files (an open document's new version, a file changed on disk) and tells of the
   * files whose diagnostics changed; returns them too.
   */
  update(uris: readonly vscode.Uri[]): vscode.Uri[] {
    const programme = this.programme;
    if (!programme) return [];
    const byKey = new Map(this.files.files().map((file) => [core().uriKey(file.uri.toString()), file.uri]));
    let pending = [...new Set(uris.map((uri) => uri.toString()))];
    const parents = new Set<string>();
    while (pending.length) {
      const named = this.namedFiles(programme);
      const next = new Set<string>();
      for (const key of pending) {
        const parent = this.take(programme, vscode.Uri.parse(key, true), named, byKey)?.toString();
        if (parent && !programme.has(parent) && !parents.has(parent)) next.add(parent);
      }
      next.forEach((parent) => parents.add(parent));
      pending = [...next];
    }
    const named = this.namedFiles(programme);
    for (const uri of programme.uris()) {
      if (programme.summary(uri)?.partOf || named.has(core().uriKey(uri))) continue;
      programme.delete(uri);
      this.taken.push(vscode.Uri.parse(uri, true));
    }
    const taken = this.taken.splice(0);
    if (taken.length) this.updated.fire(taken);
    const changes = programme.changes().map((uri) => vscode.Uri.parse(uri, true));
    for (const uri of changes) this.published.set(uri.toString(), (this.published.get(uri.toString()) ?? 0) + 1);
    if (changes.length) this.changed.fire(changes);
    return changes;
  }

  /**
   * Checks every file of the programmes again with the settings (an open document's check is the store's), and
   * tells of every file when the language of the messages changed.
   */
  private settingsChanged(language: boolean): void {
    const uris = this.programme?.uris().map((uri) => vscode.Uri.parse(uri, true)) ?? [];
    const changes = new Set(this.update(uris).map((uri) => uri.toString()));
    const others = language ? uris.filter((uri) => !changes.has(uri.toString())) : [];
    if (others.length) this.changed.fire(others);
  }

  /**
   * Sets or removes one file (a file is in when its text can name a parent, or a file of the programme names it);
   * returns the file its `partOf` names, when the index knows it. An open document comes with the store's check of
   * it; an unopened file is checked by the core with the file's `agenda.validate` settings, its schema whenever
   * `agenda.validate.schema` is not `false` (Red Hat's YAML extension, which `auto` defers to, checks open documents
   * only).
   */
  private take(programme: ProgrammeOfFiles, uri: vscode.Uri, named: ReadonlySet<string>, byKey: ReadonlyMap<string, vscode.Uri>): vscode.Uri | undefined {
    const key = uri.toString();
    const file = this.files.file(uri);
    const wanted = file?.text !== undefined && (file.text.includes(PART_OF) || named.has(core().uriKey(key)));
    const checked = wanted ? this.files.checked(uri) : undefined;
    const before = programme.summary(key);
    if (!checked) {
      programme.delete(key);
      if (before) this.taken.push(uri);
      return undefined;
    }
    const settings = agendaSettings(uri);
    programme.set(key, checked.parsed, checked.diagnostics, { schema: settings.schema !== false, semantic: settings.semantic });
    if (programme.summary(key) !== before) this.taken.push(uri);
    const partOf = programme.summary(key)?.partOf;
    return partOf ? byKey.get(core().uriKey(core().resolvePartOf(key, partOf.value))) : undefined;
  }

  /** The files the files of the programme name as their parents (by `uriKey`). */
  private namedFiles(programme: ProgrammeOfFiles): Set<string> {
    const named = new Set<string>();
    for (const uri of programme.uris()) {
      const partOf = programme.summary(uri)?.partOf;
      if (partOf) named.add(core().uriKey(core().resolvePartOf(uri, partOf.value)));
    }
    return named;
  }

  /** Whether a file takes part in a programme: it names a parent, or a file names it. */
  has(uri: vscode.Uri): boolean {
    return !!this.programme?.has(uri.toString());
  }

  /** The diagnostics of a file of a programme (its own, its ids seen over the programme, the cross-file ones). */
  diagnostics(uri: vscode.Uri): Diagnostic[] | undefined {
    const programme = this.programme;
    return programme?.has(uri.toString()) ? programme.diagnostics(uri.toString(), messageLocale()) : undefined;
  }

  /** The core's programme, for navigation and the Agenda view (undefined until ready). */
  get core(): ProgrammeOfFiles | undefined {
    return this.programme;
  }

  /** The summary of a file of a programme. */
  summary(uri: vscode.Uri): FileSummary | undefined {
    return this.programme?.summary(uri.toString());
  }

  /** The parse of a file of the workspace (the store's for an open document). */
  parsed(uri: vscode.Uri): ParsedAgenda | undefined {
    return this.files.parsed(uri);
  }

  /**
   * A file's agenda as its outputs read it, from `parsed` (the store's parse of it): for a file of a programme, with
   * the entries and time zone it takes of the agendas above it, as `agenda render FILE` reads it (the core's
   * `fileAgenda`); else `parsed` itself. The programme takes the file's current text first.
   */
  agendaOf(uri: vscode.Uri, parsed: ParsedAgenda): ParsedAgenda {
    const programme = this.programme;
    const key = uri.toString();
    if (!programme?.has(key)) return parsed;
    this.update([uri]);
    return programme.summary(key)?.parsed === parsed ? core().fileAgenda(programme, key) ?? parsed : parsed;
  }

  /**
   * The whole programme a file is part of as one agenda, as `agenda render DIR` writes it (the core's
   * `programmeAgenda`: each session of another file names the event it belongs to); undefined for a file of no
   * programme. The programme takes the file's current text first.
   */
  wholeAgendaOf(uri: vscode.Uri): ParsedAgenda | undefined {
    const programme = this.programme;
    if (!programme?.has(uri.toString())) return undefined;
    this.update([uri]);
    const root = programme.rootOf(uri.toString());
    return root === undefined ? undefined : core().programmeAgenda(programme, root);
  }

  /** For tests: how many times the diagnostics of each file were found changed, by URI. */
  publications(): Record<string, number> {
    return Object.fromEntries(this.published);
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

import * as vscode from 'vscode';
import type { ParsedAgenda, TimetableFile, TimetableOptions } from '../../core';
import type { ExtensionMessage, PreviewProblem, PreviewScope, PreviewSettings, PreviewState, PreviewView, WebviewMessage } from '../../shared/messages';
import { core } from '../core';
import { organiserStylesheets, type OrganiserStylesheet } from '../organiserStyles';
import type { AgendaStore } from '../documents/agendaStore';
import type { AgendaSnapshot } from '../documents/documentCheck';
import type { Programme } from '../workspace/programme';
import type { ProgrammeScope } from '../workspace/programmeScope';
import { previewOptions, previewPage } from './previewPage';

/** How long an editor scroll caused by the preview is not sent back to the preview. */
const ECHO_MS = 300;
/**
 * How long an editor that has just appeared (opened, or restored with the window) settles before its scrolling moves
 * the preview: a restored editor reports its ranges more than once while laid out, and a restored preview keeps its place.
 */
const SETTLE_MS = 1500;

function stylesheetsKey(stylesheets: readonly OrganiserStylesheet[]): string {
  return stylesheets.map((sheet) => sheet.uri.toString()).join('\n');
}

function sameUri(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.toString() === b.toString();
}

/** The line the preview follows in an editor: its first visible line that is not blank or a comment. */
export function followedLine(editor: vscode.TextEditor): number | undefined {
  const range = editor.visibleRanges[0];
  return range && firstWrittenLine(editor.document, range);
}

/** The first line of a range that holds more than white space or a comment: what the reader sees at the top. */
function firstWrittenLine(document: vscode.TextDocument, range: vscode.Range): number {
  for (let line = range.start.line; line <= range.end.line && line < document.lineCount; line++) {
    const text = document.lineAt(line).text.trim();
    if (text && !text.startsWith('#')) return line;
  }
  return range.start.line;
}

/** The preview's own words in the user's display language. */
function previewStrings(): PreviewSettings['strings'] {
  return {
    stale: vscode.l10n.t('This agenda cannot be read as YAML right now. The preview shows the last version that could be read.'),
    problems: vscode.l10n.t('This agenda has errors:'),
    line: vscode.l10n.t('Line {0}'),
    more: vscode.l10n.t('and {0} more (see the Problems panel)'),
    language: vscode.l10n.t('Language'),
    view: vscode.l10n.t('Show'),
    programme: vscode.l10n.t('Programme'),
    timetable: vscode.l10n.t('Timetable'),
    scope: vscode.l10n.t('Files'),
    thisFile: vscode.l10n.t('This file'),
    wholeProgramme: vscode.l10n.t('Whole programme'),
  };
}

/** What a preview reads from: the store's snapshots, the programmes of files and the choice of file or programme, its log. */
export interface PreviewSources {
  store: AgendaStore;
  log: vscode.LogOutputChannel;
  programme: Programme;
  scope: ProgrammeScope;
}

/** What the timetable of an agenda draws: its files (with the agendas above them for their rooms), and the scope shown when it is part of a programme. */
interface TimetableInput {
  files: TimetableFile[];
  options: TimetableOptions;
  scope?: PreviewScope;
}

/** What a new preview of an agenda shows: the setting `agenda.preview.view`. */
function defaultView(resource: vscode.Uri): PreviewView {
  return vscode.workspace.getConfiguration('agenda.preview', resource).get<string>('view') === 'timetable' ? 'timetable' : 'programme';
}

/** The title of a preview's tab: the agenda's file name, in brackets when the preview is locked on it. */
export function previewTitle(resource: vscode.Uri, locked: boolean): string {
  const name = resource.path.split('/').pop() ?? '';
  return locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
}

/** What the last render sent: the HTML of the last agenda that could be read, by resource and language. */
interface GoodRender {
  key: string;
  html: string;
}

/**
 * One programme preview: a webview panel showing one agenda, re-rendered (through messages, never by resetting the
 * page) from each new snapshot the store makes of it, a moment after each edit; scroll-synchronised with the agenda's editors both ways; clicking an element
 * reveals its line. A locked preview stays on its agenda; an unlocked one follows the active agenda editor.
 */
export class AgendaPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  private readonly queued: ExtensionMessage[] = [];
  private resourceUri: vscode.Uri;
  private isLocked: boolean;
  private language: string | undefined;
  private view: PreviewView;
  private lastGood: GoodRender | undefined;
  /** The snapshot last rendered, to tell a new one from the store's report of it. */
  private renderedFrom: AgendaSnapshot | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private editorScrolledByPreviewAt = 0;
  /** The editor line the preview last followed: a layout change that leaves the editor's top line alone moves nothing. */
  private editorTopLine: number | undefined;
  private readonly editorShownAt = new WeakMap<vscode.TextEditor, number>();
  private disposed = false;
  /** The organiser's stylesheets the page was made with. */
  private stylesKey = '';
  /** Who waits for the page to keep a state it was sent (`remember`), oldest first. */
  private readonly remembering: (() => void)[] = [];
  /** The renders scheduled and those sent (counted), and what waits for the page to have the last of them. */
  private scheduled = 0;
  private sent = 0;
  private readonly rendered: (() => void)[] = [];

  /** Fires once the panel is closed. */
  readonly onDidDispose = this.disposeEmitter.event;

  private readonly store: AgendaStore;
  private readonly log: vscode.LogOutputChannel;
  private readonly programme: Programme;
  private readonly scope: ProgrammeScope;

  constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, sources: PreviewSources, state: PreviewState, line?: number, restored = false) {
    const { store, log, programme, scope } = sources;
    [this.store, this.log, this.programme, this.scope] = [store, log, programme, scope];
    this.resourceUri = vscode.Uri.parse(state.resource);
    const shownAt = restored ? Date.now() : -Infinity;
    for (const editor of vscode.window.visibleTextEditors) this.editorShownAt.set(editor, shownAt);
    this.isLocked = state.locked;
    this.language = state.language;
    this.view = state.view ?? defaultView(this.resourceUri);
    this.editorTopLine = state.editorLine ?? line;
    panel.webview.options = previewOptions(extensionUri);
    this.updateTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.receive(message)),
      store.onDidUpdate(({ document, snapshot }) => {
        if (sameUri(document.uri, this.resourceUri) && snapshot !== this.renderedFrom) this.schedule(0);
      }),
      programme.onDidUpdate(() => {
        if (programme.has(this.resourceUri)) this.schedule(0);
      }),
      scope.onDidChange(() => this.schedule(0)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('agenda.styles', this.resourceUri)) this.reload();
        else if (event.affectsConfiguration('agenda')) this.schedule(0);
      }),
      vscode.workspace.onDidRenameFiles((event) => {
        const renamed = event.files.find((file) => sameUri(file.oldUri, this.resourceUri));
        if (renamed) this.show(renamed.newUri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event.textEditor, event.visibleRanges)),
      vscode.window.onDidChangeTextEditorSelection((event) => this.cursorMoved(event.textEditor.document.uri, event.selections[0].active.line)),
    );
    void this.initialize(line);
  }

  /** The agenda shown. */
  get resource(): vscode.Uri {
    return this.resourceUri;
  }

  get locked(): boolean {
    return this.isLocked;
  }

  /** Whether this preview shows the given agenda. */
  shows(resource: vscode.Uri): boolean {
    return sameUri(resource, this.resourceUri);
  }

  private state(): PreviewState {
    const state: PreviewState = { resource: this.resourceUri.toString(), locked: this.isLocked, view: this.view };
    if (this.language !== undefined) state.language = this.language;
    return state;
  }

  private async initialize(line: number | undefined): Promise<void> {
    const rendered = await this.render();
    if (this.disposed) return;
    const settings: PreviewSettings = { strings: previewStrings(), state: this.state() };
    if (line !== undefined) settings.line = line;
    const stylesheets = organiserStylesheets(this.resourceUri);
    this.stylesKey = stylesheetsKey(stylesheets);
    this.panel.webview.options = previewOptions(this.extensionUri, this.resourceUri, stylesheets);
    this.ready = false;
    this.stopRemembering();
    this.panel.webview.html = previewPage(this.panel.webview, this.extensionUri, rendered?.html ?? this.lastGood?.html ?? '', settings, stylesheets);
    this.updateTitle();
  }

  /**
   * Makes the page anew, as `Agenda: Refresh Preview` does: the agenda rendered again and the organiser's
   * stylesheets (`agenda.styles`) loaded again, at the line the editor shows.
   */
  reload(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.initialize(this.editorTopLine);
  }

  private updateTitle(): void {
    this.panel.title = previewTitle(this.resourceUri, this.isLocked);
  }

  /** Shows another agenda in this preview (on a new page when its organiser's stylesheets differ). */
  show(resource: vscode.Uri, line?: number): void {
    if (sameUri(resource, this.resourceUri)) return;
    this.resourceUri = resource;
    this.editorTopLine = line;
    this.updateTitle();
    if (stylesheetsKey(organiserStylesheets(resource)) !== this.stylesKey) this.reload();
    else this.schedule(0, line);
  }

  /**
   * Locks the preview on its agenda, or unlocks it; resolves once the page keeps the new state, so that a window
   * reloaded after it restores the preview as it is now.
   */
  toggleLock(): Promise<void> {
    this.isLocked = !this.isLocked;
    this.updateTitle();
    this.schedule(0);
    if (this.disposed) return Promise.resolve();
    const remembered = new Promise<void>((resolve) => this.remembering.push(resolve));
    this.post({ type: 'remember', state: this.state() });
    return remembered;
  }

  /** Shows the timetable instead of the programme, or the programme instead of the timetable. */
  toggleView(): void {
    this.view = this.view === 'timetable' ? 'programme' : 'timetable';
    void this.refresh(false);
  }

  /** Scrolls the preview to a session of its agenda, by its position in `sessions`, once the page shows that agenda. */
  revealSession(index: number): void {
    this.afterRender(() => this.post({ type: 'revealSession', index }));
  }

  /**
   * The editor's cursor moved: the page outlines what shows its line, in the agenda shown or, in the timetable of a
   * whole programme, in another file of that programme.
   */
  private cursorMoved(uri: vscode.Uri, line: number): void {
    if (sameUri(uri, this.resourceUri)) this.post({ type: 'activeLine', line });
    else if (this.showsProgrammeOf(uri)) this.post({ type: 'activeLine', line, file: uri.toString() });
  }

  /** Whether the page shows the timetable of the whole programme a file is part of. */
  private showsProgrammeOf(uri: vscode.Uri): boolean {
    const files = this.programme.core;
    if (this.view !== 'timetable' || this.scope.value !== 'programme' || !files || !this.programme.has(uri)) return false;
    const root = files.rootOf(this.resourceUri.toString());
    return root !== undefined && root === files.rootOf(uri.toString());
  }

  /** Runs `then` once the render scheduled or under way (if any) has been sent to the page. */
  private afterRender(then: () => void): void {
    if (this.sent === this.scheduled) then();
    else this.rendered.push(then);
  }

  /**
   * Renders the agenda after `delay` ms (a render scheduled before and not yet begun is dropped), then scrolls the
   * page to `line` and outlines what shows the line of the agenda's editor, which a new page has lost.
   */
  private schedule(delay: number, line?: number): void {
    clearTimeout(this.timer);
    const run = ++this.scheduled;
    this.timer = setTimeout(async () => {
      this.timer = undefined;
      try {
        await this.refresh(false);
        if (line !== undefined) this.post({ type: 'scrollToLine', line });
        const editor = vscode.window.visibleTextEditors.find((e) => sameUri(e.document.uri, this.resourceUri));
        if (editor) this.post({ type: 'activeLine', line: editor.selection.active.line });
      } finally {
        this.sent = Math.max(this.sent, run);
        if (this.sent === this.scheduled) for (const then of this.rendered.splice(0)) then();
      }
    }, delay);
  }

  /** The agenda shown, or another agenda of its programme (`uri`), open or opened. */
  private async document(uri = this.resourceUri): Promise<vscode.TextDocument | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => sameUri(document.uri, uri));
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(uri);
    } catch {
      return undefined;
    }
  }

  /** Renders the agenda: new HTML when it can be read (or nothing better exists), else the last good render stays. */
  private async render(): Promise<Extract<ExtensionMessage, { type: 'update' }> | undefined> {
    const document = await this.document();
    if (!document) {
      const problem: PreviewProblem = { line: 0, character: 0, severity: 'error', message: vscode.l10n.t('{0} cannot be opened.', this.resourceUri.fsPath || this.resourceUri.toString()) };
      return { type: 'update', html: '', stale: false, problems: [problem], languages: [], language: '', view: this.view, state: this.state() };
    }
    const started = performance.now();
    const snapshot = this.store.get(document);
    this.renderedFrom = snapshot;
    const { availableLanguages, languageName, localizer, renderProgramme, renderTimetable } = core();
    if (!snapshot) {
      const problem: PreviewProblem = { line: 0, character: 0, severity: 'error', message: vscode.l10n.t('{0} is not an agenda file (see the agenda.files setting).', vscode.workspace.asRelativePath(document.uri)) };
      return { type: 'update', html: '', stale: false, problems: [problem], languages: [], language: '', view: this.view, state: this.state() };
    }
    if (snapshot.tooLarge) {
      const problem: PreviewProblem = { line: 0, character: 0, severity: 'warning', message: vscode.l10n.t('This file is too large to preview as you type; run `agenda render` on it instead.') };
      return { type: 'update', html: '', stale: false, problems: [problem], languages: [], language: '', view: this.view, state: this.state() };
    }
    const { parsed } = snapshot;
    const languages = parsed ? availableLanguages(parsed.value) : [];
    if (this.language !== undefined && !languages.includes(this.language)) this.language = undefined;
    const language = parsed ? localizer(parsed.value, this.language).language : '';
    const timetable = this.view === 'timetable' && parsed ? this.timetableInput(document, parsed, language) : undefined;
    const page = this.view === 'programme' && parsed ? this.programmeInput(document, parsed) : undefined;
    const scope = timetable?.scope ?? page?.scope;
    const key = `${this.resourceUri.toString()}#${language}#${this.view}#${scope ?? ''}`;
    const unreadable = !parsed || parsed.diagnostics.some((d) => d.severity === 'error');
    const problems = (this.programme.diagnostics(document.uri) ?? snapshot.diagnostics)
      .filter((d) => d.severity === 'error')
      .map((d): PreviewProblem => ({ line: d.range.start.line, character: d.range.start.character, severity: 'error', message: d.message }));
    const update: Extract<ExtensionMessage, { type: 'update' }> = {
      type: 'update',
      stale: false,
      problems,
      languages: languages.map((code) => ({ code, name: languageName(code, vscode.env.language) })),
      language,
      view: this.view,
      state: this.state(),
    };
    if (scope) update.scope = scope;
    if (!parsed || (unreadable && this.lastGood?.key === key)) update.stale = true;
    else {
      update.html = timetable ? renderTimetable(timetable.files, timetable.options) : renderProgramme(page?.parsed ?? parsed, { language, sourceLines: scope !== 'programme' });
      if (!unreadable) this.lastGood = { key, html: update.html };
    }
    this.log.debug(`Rendered the preview of ${vscode.workspace.asRelativePath(document.uri)} (version ${snapshot.version}, ${this.view}${scope === 'programme' ? ' of the whole programme' : ''}, ${language || 'no language'}${update.stale ? ', stale' : ''}) in ${(performance.now() - started).toFixed(1)} ms`);
    return update;
  }

  /** Whether the programmes of files are known yet; when not, the preview renders again once they are. */
  private programmesKnown(): boolean {
    if (this.programme.isReady) return true;
    void this.programme.ready().then(() => this.schedule(0), () => undefined);
    return false;
  }

  /**
   * What the programme page shows: the agenda; for a file of a programme of files, with what it takes of the
   * agendas above it (their people, rooms, topics, time zone: as `agenda render FILE`), or, when the whole programme
   * is chosen, the programme as `agenda render DIR` writes it (without source lines: it is made of several files).
   */
  private programmeInput(document: vscode.TextDocument, parsed: ParsedAgenda): { parsed: ParsedAgenda; scope?: PreviewScope } {
    if (!this.programmesKnown() || !this.programme.has(document.uri) || this.programme.core?.rootOf(document.uri.toString()) === undefined) return { parsed };
    const whole = this.scope.value === 'programme' ? this.programme.wholeAgendaOf(document.uri) : undefined;
    return whole ? { parsed: whole, scope: 'programme' } : { parsed: this.programme.agendaOf(document.uri, parsed), scope: 'file' };
  }

  /**
   * The files of the timetable: the agenda alone; for a file of a programme of files, with the agendas it is part of
   * (their rooms are its columns), or, when the whole programme is chosen, every file of it, each block naming its
   * file, and those of the files under the root their event. The programme's files are read as the workspace index has them (the store's parse for an open document).
   */
  private timetableInput(document: vscode.TextDocument, parsed: ParsedAgenda, language: string): TimetableInput {
    const alone: TimetableInput = { files: [{ parsed }], options: { language } };
    if (!this.programmesKnown() || !this.programme.has(document.uri)) return alone;
    this.programme.update([document.uri]);
    const files = this.programme.core;
    const key = document.uri.toString();
    const parseOf = (uri: string) => (uri === key ? parsed : this.programme.parsed(vscode.Uri.parse(uri, true)) ?? files?.summary(uri)?.parsed);
    const root = files?.rootOf(key);
    if (!files || root === undefined) return alone;
    if (this.scope.value === 'programme') {
      const members = files.membersOf(root).flatMap((uri) => {
        const memberParse = parseOf(uri);
        return memberParse ? [{ parsed: memberParse, file: uri, ...(uri === root ? {} : { nameEvent: true }) }] : [];
      });
      return { files: members, options: { language }, scope: 'programme' };
    }
    const parents = files.ancestorsOf(key).reverse().map(parseOf).filter((p): p is ParsedAgenda => p !== undefined);
    return { files: [{ parsed }], options: { language, parents }, scope: 'file' };
  }

  private async refresh(resend: boolean): Promise<void> {
    const update = await this.render();
    if (!update || this.disposed) return;
    if (resend && update.stale) update.html = this.lastGood?.html;
    this.post(update);
  }

  /** A new page starts from the current state, and a closed one keeps none: nobody waits for an answer any more. */
  private stopRemembering(): void {
    for (const resolve of this.remembering.splice(0)) resolve();
    this.queued.splice(0, this.queued.length, ...this.queued.filter((message) => message.type !== 'remember'));
  }

  private post(message: ExtensionMessage): void {
    if (this.disposed) return;
    if (!this.ready) {
      if (message.type !== 'update') this.queued.push(message);
      return;
    }
    void this.panel.webview.postMessage(message);
  }

  private async receive(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        await this.refresh(true);
        for (const queued of this.queued.splice(0)) this.post(queued);
        break;
      case 'revealLine':
        await this.revealLine(message.line, message.character, message.focus === true, message.file);
        break;
      case 'didScroll':
        this.scrollEditors(message.line);
        break;
      case 'chooseLanguage':
        this.language = message.language;
        await this.refresh(false);
        break;
      case 'remembered':
        this.remembering.shift()?.();
        break;
      case 'chooseView':
        this.view = message.view === 'timetable' ? 'timetable' : 'programme';
        await this.refresh(false);
        break;
      case 'chooseScope':
        this.scope.set(message.scope === 'programme' ? 'programme' : 'file');
        break;
    }
  }

  private editors(): vscode.TextEditor[] {
    return vscode.window.visibleTextEditors.filter((editor) => sameUri(editor.document.uri, this.resourceUri));
  }

  private editorScrolled(editor: vscode.TextEditor, ranges: readonly vscode.Range[]): void {
    if (!sameUri(editor.document.uri, this.resourceUri) || !ranges.length) return;
    if (Date.now() - this.editorScrolledByPreviewAt < ECHO_MS) return;
    if (!vscode.workspace.getConfiguration('agenda.preview', editor.document).get<boolean>('scrollPreviewWithEditor', true)) return;
    const line = firstWrittenLine(editor.document, ranges[0]);
    if (line === this.editorTopLine) return;
    this.editorTopLine = line;
    const shownAt = this.editorShownAt.get(editor) ?? Date.now();
    this.editorShownAt.set(editor, shownAt);
    if (Date.now() - shownAt < SETTLE_MS) return;
    this.post({ type: 'scrollToLine', line });
  }

  private scrollEditors(line: number): void {
    for (const editor of this.editors()) {
      if (!vscode.workspace.getConfiguration('agenda.preview', editor.document).get<boolean>('scrollEditorWithPreview', true)) continue;
      this.editorScrolledByPreviewAt = Date.now();
      this.editorTopLine = line;
      const position = new vscode.Position(line, 0);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  /**
   * Click-to-source: puts the cursor on a line of the agenda (or of the file of its programme the page names) and
   * shows it; a double click also focuses the editor.
   */
  private async revealLine(line: number, character: number | undefined, focus: boolean, file?: string): Promise<void> {
    const document = await this.document(file === undefined ? this.resourceUri : vscode.Uri.parse(file));
    if (!document) return;
    const target = Math.max(0, Math.min(line, document.lineCount - 1));
    const position = new vscode.Position(target, character ?? document.lineAt(target).firstNonWhitespaceCharacterIndex);
    const selection = new vscode.Selection(position, position);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    this.editorScrolledByPreviewAt = Date.now();
    if (editor && !focus) {
      editor.selection = selection;
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return;
    }
    const column = editor?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    await vscode.window.showTextDocument(document, { viewColumn: column, selection, preserveFocus: !focus });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.stopRemembering();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    vscode.Disposable.from(...this.disposables).dispose();
    this.panel.dispose();
  }
}

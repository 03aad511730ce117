import type { ExtensionMessage, PreviewLanguage, PreviewProblem, PreviewScope, PreviewSettings, PreviewState, PreviewView, WebviewMessage } from '../shared/messages';
import { blockForLine, lineForOffset, offsetForLine, type LineBlock } from './scrollSync';
import { placeTimetable } from './timetable';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const MAX_PROBLEMS = 5;
const ACTIVE_CLASS = 'agenda-active-line';
const HIGHLIGHTABLE = '.session, .item, .topic, .fact, .document, .programme-header, .prose, .day-title, .tt-block, .tt-unplaced-session';
/** How long after the user's wheel, key, pointer or touch input a scroll counts as theirs. */
const USER_SCROLL_MS = 600;

const vscode = acquireVsCodeApi();
const settings = JSON.parse(document.body.dataset.settings ?? '{}') as PreviewSettings;
const programme = document.getElementById('programme') as HTMLElement;
const banner = document.getElementById('banner') as HTMLElement;
const toolbar = document.getElementById('toolbar') as HTMLElement;
let state: PreviewState = { ...settings.state, ...vscode.getState() };
let shownHtml = programme.innerHTML;
colourTracks();
let programmaticScroll = false;
let scrollFrame = 0;
let userInputAt = -Infinity;
let pointerDown = false;
/** The file and line last outlined: the timetable brings its block into sight when the cursor moves, not on each new render. */
let activePlace = '';
/** What the page shows: the timetable is laid out by time and room, not by source line, so it does not scroll with the editor. */
let shownView: PreviewView = settings.state.view ?? 'programme';
placeTimetable(programme);
programme.dataset.view = shownView;

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function remember(patch: Partial<PreviewState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => String(values[Number(i)] ?? whole));
}

/** Whether an element is made from the file `file` (the agenda shown unless told): a timetable of a whole programme holds other files' too. */
function fromFile(element: HTMLElement, file = state.resource): boolean {
  return element.dataset.file === undefined ? file === state.resource : element.dataset.file === file;
}

/** The elements made from lines of a file: the agenda shown, unless told. */
function lineElements(file?: string): HTMLElement[] {
  return Array.from(programme.querySelectorAll<HTMLElement>('[data-line]')).filter((element) => fromFile(element, file));
}

/** Where an element starts on the page; elements laid out as `display: contents` are measured by their first child. */
function topOf(element: Element): number | undefined {
  const box = element.getClientRects().length ? element : element.firstElementChild;
  if (!box || !box.getClientRects().length) return undefined;
  return box.getBoundingClientRect().top + window.scrollY;
}

function lineBlocks(file?: string): { blocks: LineBlock[]; elements: HTMLElement[] } {
  const blocks: LineBlock[] = [];
  const elements: HTMLElement[] = [];
  for (const element of lineElements(file)) {
    const top = topOf(element);
    if (top === undefined) continue;
    blocks.push({ line: Number(element.dataset.line), top });
    elements.push(element);
  }
  return { blocks, elements };
}

function headerHeight(): number {
  return (banner.hidden ? 0 : banner.offsetHeight) + (toolbar.hidden ? 0 : toolbar.offsetHeight);
}

function scrollWithoutEcho(top: number): void {
  programmaticScroll = true;
  window.scrollTo(0, Math.max(0, top));
  requestAnimationFrame(() => requestAnimationFrame(() => (programmaticScroll = false)));
}

function scrollToLine(line: number): void {
  if (shownView === 'timetable') return;
  const { blocks } = lineBlocks();
  scrollWithoutEcho(offsetForLine(blocks, line) - headerHeight());
  remember({ line });
}

function topLine(): number | undefined {
  return lineForOffset(lineBlocks().blocks, window.scrollY + headerHeight());
}

function markActive(element: Element | null | undefined): void {
  programme.querySelector(`.${ACTIVE_CLASS}`)?.classList.remove(ACTIVE_CLASS);
  element?.classList.add(ACTIVE_CLASS);
}

/**
 * Outlines what shows an editor's line (of the agenda shown, or of another file of a whole programme's timetable);
 * in the timetable, whose place on the page has nothing to do with the source, also brings its block into sight.
 */
function markActiveLine(line: number, file?: string): void {
  const { blocks, elements } = lineBlocks(file);
  const index = blockForLine(blocks, line);
  const element = index === undefined ? undefined : elements[index].closest<HTMLElement>(HIGHLIGHTABLE);
  markActive(element);
  const place = `${file ?? state.resource}#${line}`;
  if (element && shownView === 'timetable' && place !== activePlace) revealInTimetable(element);
  activePlace = place;
}

/**
 * Scrolls a block of the timetable (or an unplaced session) into sight: its day's box wholly into the window, clear
 * of the page's header, then the block within the box, clear of its sticky room heads and hours.
 */
function revealInTimetable(element: HTMLElement): void {
  const grid = element.closest<HTMLElement>('.tt-grid');
  programmaticScroll = true;
  if (grid) {
    element.style.scrollMarginBlockStart = `${grid.querySelector<HTMLElement>('.tt-head')?.offsetHeight ?? 0}px`;
    element.style.scrollMarginInlineStart = `${grid.querySelector<HTMLElement>('.tt-hours')?.offsetWidth ?? 0}px`;
    grid.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  requestAnimationFrame(() => requestAnimationFrame(() => (programmaticScroll = false)));
}

/**
 * What the page keeps at its top (toolbar, banner), which a timetable's grid leaves room for (`--tt-page-top`) and
 * its blocks are revealed below (the scroll padding: only in the timetable, whose reveals alone go through it).
 */
function keepHeaderClear(): void {
  const root = document.documentElement.style;
  root.setProperty('--tt-page-top', `${headerHeight()}px`);
  root.scrollPaddingTop = shownView === 'timetable' ? `${headerHeight()}px` : '';
}

function showProblems(problems: PreviewProblem[], stale: boolean): void {
  banner.replaceChildren();
  banner.hidden = !problems.length && !stale;
  banner.classList.toggle('stale', stale);
  if (banner.hidden) return;
  const title = document.createElement('p');
  title.className = 'banner-title';
  title.textContent = stale ? settings.strings.stale : settings.strings.problems;
  banner.append(title);
  const list = document.createElement('ul');
  for (const problem of problems.slice(0, MAX_PROBLEMS)) {
    const item = document.createElement('li');
    item.className = `problem problem-${problem.severity}`;
    const link = document.createElement('a');
    link.href = '#';
    link.dataset.problemLine = String(problem.line);
    link.dataset.problemCharacter = String(problem.character);
    link.textContent = format(settings.strings.line, problem.line + 1);
    item.append(link, document.createTextNode(` ${problem.message}`));
    list.append(item);
  }
  if (problems.length > MAX_PROBLEMS) {
    const more = document.createElement('li');
    more.className = 'problem-more';
    more.textContent = format(settings.strings.more, problems.length - MAX_PROBLEMS);
    list.append(more);
  }
  banner.append(list);
}

let shownToolbar = '';

/** A switch of two or more choices: buttons, the one chosen pressed; a click on another posts it. */
function switchOf<T extends string>(name: string, label: string, choices: readonly { value: T; text: string }[], chosen: T, choose: (value: T) => void): HTMLElement {
  const group = document.createElement('div');
  group.className = 'view-switch';
  group.id = `${name}-switch`;
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', label);
  for (const choice of choices) {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${name}-${choice.value}`;
    button.textContent = choice.text;
    button.setAttribute('aria-pressed', String(choice.value === chosen));
    button.addEventListener('click', () => {
      if (choice.value !== chosen) choose(choice.value);
    });
    group.append(button);
  }
  return group;
}

/** The switch between the programme and the timetable. */
function viewSwitch(view: PreviewView): HTMLElement {
  const { strings } = settings;
  return switchOf('view', strings.view, [{ value: 'programme', text: strings.programme }, { value: 'timetable', text: strings.timetable }], view, (choice) => {
    if (choice === shownView) return;
    remember({ view: choice });
    post({ type: 'chooseView', view: choice });
  });
}

/** The switch of a programme's timetable between the agenda's file and the whole programme. */
function scopeSwitch(scope: PreviewScope): HTMLElement {
  const { strings } = settings;
  return switchOf('scope', strings.scope, [{ value: 'file', text: strings.thisFile }, { value: 'programme', text: strings.wholeProgramme }], scope, (choice) => post({ type: 'chooseScope', scope: choice }));
}

function showToolbar(languages: PreviewLanguage[], language: string, view: PreviewView, scope: PreviewScope | undefined): void {
  const key = JSON.stringify([languages, language, view, scope]);
  if (key === shownToolbar) return;
  shownToolbar = key;
  toolbar.replaceChildren(viewSwitch(view));
  if (scope) toolbar.append(scopeSwitch(scope));
  toolbar.hidden = false;
  if (languages.length < 2) return;
  const label = document.createElement('label');
  label.textContent = `${settings.strings.language} `;
  const select = document.createElement('select');
  for (const choice of languages) {
    const option = new Option(choice.name, choice.code, false, choice.code === language);
    select.append(option);
  }
  select.addEventListener('change', () => {
    remember({ language: select.value });
    post({ type: 'chooseLanguage', language: select.value });
  });
  label.append(select);
  toolbar.append(label);
}

/**
 * Gives each session of a track with a colour that colour (`--track-color`): set through the CSS object model,
 * which the page's policy allows, where a style attribute in the HTML would be refused.
 */
function colourTracks(): void {
  programme.querySelectorAll<HTMLElement>('[data-track-color]').forEach((session) => {
    session.style.setProperty('--track-color', session.dataset.trackColor ?? '');
  });
}

function update(message: Extract<ExtensionMessage, { type: 'update' }>): void {
  if (message.html !== undefined && message.html !== shownHtml) {
    const top = message.view === shownView ? window.scrollY : 0;
    programme.innerHTML = message.html;
    placeTimetable(programme);
    colourTracks();
    shownHtml = message.html;
    shownView = message.view;
    programme.dataset.view = message.view;
    scrollWithoutEcho(top);
  }
  programme.classList.toggle('stale', message.stale);
  const header = headerHeight();
  showProblems(message.problems, message.stale);
  showToolbar(message.languages, message.language, message.view, message.scope);
  keepHeaderClear();
  if (headerHeight() !== header && state.line !== undefined && window.scrollY > 0) scrollToLine(state.line);
  remember(message.state);
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      update(message);
      break;
    case 'scrollToLine':
      remember({ editorLine: message.line });
      scrollToLine(message.line);
      break;
    case 'activeLine':
      markActiveLine(message.line, message.file);
      break;
    case 'remember':
      remember(message.state);
      post({ type: 'remembered' });
      break;
    case 'revealSession': {
      const session = Array.from(programme.querySelectorAll<HTMLElement>(`[data-session="${message.index}"]`)).find((element) => fromFile(element));
      if (!session) break;
      if (shownView === 'timetable') {
        markActive(session);
        revealInTimetable(session);
        break;
      }
      scrollWithoutEcho(topOf(session)! - headerHeight());
      const line = topLine();
      if (line !== undefined) remember({ line });
      break;
    }
  }
});

for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart']) {
  window.addEventListener(type, () => (userInputAt = performance.now()), { capture: true, passive: true });
}
window.addEventListener('pointerdown', () => (pointerDown = true), { capture: true });
window.addEventListener('pointerup', () => (pointerDown = false), { capture: true });

/**
 * Only the user's scrolls move the editor and the remembered place: the page also scrolls when its layout changes
 * (a restored webview is laid out more than once), and following those would lose the place.
 */
window.addEventListener('scroll', () => {
  if (scrollFrame || programmaticScroll || shownView === 'timetable' || !(pointerDown || performance.now() - userInputAt < USER_SCROLL_MS)) return;
  scrollFrame = requestAnimationFrame(() => {
    scrollFrame = 0;
    const line = topLine();
    if (line === undefined || line === state.line) return;
    remember({ line, editorLine: line });
    post({ type: 'didScroll', line });
  });
});

let resizeFrame = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    keepHeaderClear();
    if (state.line !== undefined) scrollToLine(state.line);
  });
});

/** Click-to-source for an element made from a source line (of the file it names, on a page of several files). */
function revealMessage(block: HTMLElement, focus: boolean): WebviewMessage {
  return {
    type: 'revealLine',
    line: Number(block.dataset.line),
    ...(focus ? { focus } : {}),
    ...(block.dataset.file === undefined ? {} : { file: block.dataset.file }),
  };
}

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const problem = target?.closest<HTMLElement>('[data-problem-line]');
  if (problem) {
    event.preventDefault();
    post({ type: 'revealLine', line: Number(problem.dataset.problemLine), character: Number(problem.dataset.problemCharacter) });
    return;
  }
  const anchor = target?.closest('a');
  if (anchor) {
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      event.preventDefault();
      const destination = document.getElementById(decodeURIComponent(href.slice(1)));
      if (destination) window.scrollTo(0, (topOf(destination) ?? 0) - headerHeight());
    }
    return;
  }
  if (window.getSelection()?.toString()) return;
  const block = target?.closest<HTMLElement>('#programme [data-line]');
  if (block) post(revealMessage(block, false));
});

document.addEventListener('dblclick', (event) => {
  const block = event.target instanceof Element ? event.target.closest<HTMLElement>('#programme [data-line]') : null;
  if (block && !block.closest('a')) post(revealMessage(block, true));
});

if (settings.line !== undefined && state.editorLine === undefined) remember({ editorLine: settings.line });
if (state.line !== undefined || settings.line !== undefined) scrollToLine(state.line ?? settings.line ?? 0);
post({ type: 'ready' });

/**
 * The messages between the extension and the programme preview's browser script, and the state the preview keeps
 * across reloads. Shared by both sides so that each message is type-checked where it is sent and where it is read.
 */

/** A problem shown in the preview's banner, with the 0-based line it links to. */
export interface PreviewProblem {
  line: number;
  character: number;
  severity: 'error' | 'warning';
  message: string;
}

/** A language the programme can be shown in. */
export interface PreviewLanguage {
  code: string;
  /** Its name in the user's display language. */
  name: string;
}

/** The words of the preview's own interface, in the user's display language (from `vscode.l10n`). */
export interface PreviewStrings {
  /** Heads the banner when the YAML cannot be read and the last good render stays. */
  stale: string;
  /** Heads the banner when the agenda has errors but could be read. */
  problems: string;
  /** `{0}` is a 1-based line number. */
  line: string;
  /** `{0}` is how many problems the banner leaves out. */
  more: string;
  language: string;
  /** The switch between the programme and the timetable: its label, and its two choices. */
  view: string;
  programme: string;
  timetable: string;
  /** The switch of the timetable of an agenda that is part of a programme of files: its label, and its two choices. */
  scope: string;
  thisFile: string;
  wholeProgramme: string;
}

/** What the timetable of an agenda that is part of a programme of files shows: that file, or the whole programme. */
export type PreviewScope = 'file' | 'programme';

/** What a preview shows: the programme as it prints, or the timetable (time down the side, rooms across). */
export type PreviewView = 'programme' | 'timetable';

/** What the preview remembers in `setState`, so that the serializer can restore it after a reload. */
export interface PreviewState {
  /** The agenda shown, as a URI string. */
  resource: string;
  locked: boolean;
  /** The language chosen with the switcher; undefined for the agenda's default. */
  language?: string;
  /** What it shows; undefined for the setting `agenda.preview.view`. */
  view?: PreviewView;
  /** The source line at the top of the preview when it was last scrolled. */
  line?: number;
  /**
   * The editor's top line that the preview last followed or scrolled the editor to: after a reload, the editor coming
   * back at that line leaves the preview where it was.
   */
  editorLine?: number;
}

/** What the preview's page carries from the start, in a `data-settings` attribute of `<body>`. */
export interface PreviewSettings {
  strings: PreviewStrings;
  state: PreviewState;
  /** The editor line to scroll to once the page is shown. */
  line?: number;
}

/** The extension tells the preview what to show and where to scroll. */
export type ExtensionMessage =
  | {
      type: 'update';
      /** The rendered programme; left out when the agenda cannot be parsed and the last good render stays. */
      html?: string;
      /** True when `html` is left out because the YAML is broken: the banner says the view is out of date. */
      stale: boolean;
      problems: PreviewProblem[];
      languages: PreviewLanguage[];
      language: string;
      /** What `html` shows. */
      view: PreviewView;
      /** In the timetable of an agenda that is part of a programme of files: whether it shows that file or the whole programme. */
      scope?: PreviewScope;
      state: PreviewState;
    }
  | { type: 'scrollToLine'; line: number }
  /** The editor's cursor is on this line of the agenda shown, or of `file`, another agenda of the programme the timetable shows. */
  | { type: 'activeLine'; line: number; file?: string }
  | { type: 'revealSession'; index: number }
  /** Keep this state now (the lock, before the next render): the page answers `remembered`. */
  | { type: 'remember'; state: PreviewState };

/** The preview tells the extension what the user did. */
export type WebviewMessage =
  | { type: 'ready' }
  /**
   * The user clicked an element made from this line (click-to-source; `focus` on a double click) or a problem; `file`
   * names the agenda it comes from when the page shows several (a timetable block's `data-file`).
   */
  | { type: 'revealLine'; line: number; character?: number; focus?: boolean; file?: string }
  /** The user scrolled the preview; this line is now at its top. */
  | { type: 'didScroll'; line: number }
  | { type: 'chooseLanguage'; language: string }
  | { type: 'chooseView'; view: PreviewView }
  /** The timetable is to show the agenda's file or its whole programme (the choice the Agenda view shares). */
  | { type: 'chooseScope'; scope: PreviewScope }
  /** The state of a `remember` message is kept (VS Code has it before this message reaches the extension). */
  | { type: 'remembered' };

/** The id of the preview's webview panels (also in `package.json`: `onWebviewPanel:agenda.preview`). */
export const PREVIEW_VIEW_TYPE = 'agenda.preview';

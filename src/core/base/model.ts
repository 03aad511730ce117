/** A position in a document: 0-based line, and character counted in UTF-16 code units (as VS Code does). */
export interface Position {
  line: number;
  character: number;
}

/** A 0-based, end-exclusive range in a document. */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** The stable codes of every diagnostic the core reports (documented in README.md). */
export type DiagnosticCode =
  | 'yaml-syntax'
  | 'yaml-warning'
  | 'yaml-alias-limit'
  | 'yaml-too-deep'
  | 'file-too-large'
  | 'schema-required'
  | 'schema-unknown-key'
  | 'schema-enum'
  | 'schema-type'
  | 'schema-format'
  | 'schema-pattern'
  | 'schema-range'
  | 'schema-unique'
  | 'schema-empty'
  | 'schema-version'
  | 'schema-alternative'
  | 'unknown-topic'
  | 'unknown-person'
  | 'unknown-organization'
  | 'unknown-track'
  | 'unknown-document'
  | 'unknown-agenda-item'
  | 'agenda-item-not-begun'
  | 'document-symbol'
  | 'unknown-timezone'
  | 'duplicate-id'
  | 'unused-id'
  | 'time-order'
  | 'time-mismatch'
  | 'time-overlap'
  | 'time-outside-session'
  | 'item-overlap'
  | 'part-mismatch'
  | 'person-double-booked'
  | 'unplaced-parallel'
  | 'date-outside-event'
  | 'missing-translation'
  | 'unknown-room'
  | 'parent-not-found'
  | 'parent-cycle'
  | 'programme-room-clash'
  | 'programme-person-clash'
  | 'date-outside-parent'
  | 'id-shadows-parent'
  | 'programme-duplicate-session'
  | 'internal-error';

/**
 * Another place that explains a diagnostic (the session it clashes with, the first use of an id): in the same
 * document, or with `uri` in another file of the programme (as the programme of files was given its keys).
 */
export interface RelatedLocation {
  range: Range;
  message: string;
  uri?: string;
}

/** One problem found in an agenda, at the exact place it is. */
export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  /** Replacements that would fix the problem, best first (a valid key, enum value or id). */
  suggestions?: string[];
  related?: RelatedLocation[];
}

/** Which groups of checks run; syntax checks always run. */
export interface CheckOptions {
  schema?: boolean;
  semantic?: boolean;
  /** Texts longer than this (in UTF-16 code units) get one `file-too-large` diagnostic instead of a check. */
  maxLength?: number;
  /**
   * The language of the messages, as a locale (`fr`, `fr-CA`, `zh-cn`): Arabic, Chinese, French, Russian and
   * Spanish have their own; any other locale, or none, gives English.
   */
  locale?: string;
}

import type * as Core from '../../core';
import type { Diagnostic, IncrementalChecker, ParseKind, ParsedAgenda } from '../../core';

/** The settings a check is made with: which groups of checks run, and whether YAML syntax problems are shown. */
export interface CheckSettings {
  /** `auto`: unless Red Hat's YAML extension checks the agenda against the schema (because it names it, or by its name). */
  schema: boolean | 'auto';
  /** Whether Red Hat's YAML extension is installed and validating. */
  redHatValidates: boolean;
  /** Whether it checks this agenda against the schema by its file name (SchemaStore's catalog), named or not. */
  redHatMatchesName?: boolean;
  semantic: boolean;
  /** Off while another extension (Red Hat's YAML) reports YAML syntax: `yaml-syntax` and `yaml-warning` are then not shown. */
  yamlSyntax: boolean;
  /** The language of the messages, as a locale (VS Code's display language); English when unset. */
  locale?: string;
}

/** One version of one agenda, read once for every face of the extension. */
export interface AgendaSnapshot {
  /** The version of the document it was made from. */
  readonly version: number;
  /** The parse of that version; undefined when the text is too large to serve as you type, or the core failed to parse it. */
  readonly parsed: ParsedAgenda | undefined;
  /** Whether the check looked at the schema (`agenda.validate.schema: auto` leaves it to Red Hat's YAML for an agenda that names it). */
  readonly schemaChecked: boolean;
  /** Every diagnostic of the check, YAML syntax included: what the preview and the exports weigh. */
  readonly diagnostics: readonly Diagnostic[];
  /** The diagnostics the Problems panel shows: those of `diagnostics` the settings leave in. */
  readonly shown: readonly Diagnostic[];
  readonly tooLarge: boolean;
  /** What the core threw while checking this version (then `diagnostics` holds an `internal-error`). */
  readonly failure?: unknown;
  /** How the text was parsed: in full, by one entry, or not at all (same text, other settings). */
  readonly parse: ParseKind | 'none';
  /** Milliseconds the check took. */
  readonly ms: number;
}

/** What a check reads of a document: its version, its length (known without its text), and its text. */
export interface DocumentSource {
  readonly version: number;
  readonly length: number;
  text(): string;
}

const SYNTAX_CODES: ReadonlySet<string> = new Set(['yaml-syntax', 'yaml-warning']);

/**
 * The checking of one agenda document, apart from VS Code: one incremental checker (a new one when the checks it
 * runs change), and the snapshot of the last version checked. Each version is checked once, whoever asks.
 */
export class DocumentCheck {
  private checker: { key: string; schema: boolean; checker: IncrementalChecker } | undefined;
  private current: AgendaSnapshot | undefined;
  private settingsKey = '';
  private fault: unknown;

  constructor(private readonly core: typeof Core, private readonly clock: () => number = () => performance.now()) {}

  /** The snapshot of the last version checked, if any. */
  get snapshot(): AgendaSnapshot | undefined {
    return this.current;
  }

  /** Whether the snapshot is of this version, checked with these settings. */
  isCurrent(version: number, settings: CheckSettings): boolean {
    return this.current?.version === version && this.settingsKey === JSON.stringify(settings);
  }

  /**
   * Brings the snapshot to the source's version and the settings, checking its text once; returns the new snapshot,
   * or undefined when the snapshot already was of that version and those settings.
   */
  update(source: DocumentSource, settings: CheckSettings): AgendaSnapshot | undefined {
    if (this.isCurrent(source.version, settings)) return undefined;
    const started = this.clock();
    const tooLarge = this.core.tooLargeToCheck({ length: source.length });
    let found: Omit<AgendaSnapshot, 'version' | 'shown' | 'tooLarge' | 'ms'>;
    if (tooLarge) found = { parsed: undefined, diagnostics: this.core.localizeDiagnostics([tooLarge], settings.locale), parse: 'none', schemaChecked: false };
    else found = this.check(source.text(), settings);
    this.settingsKey = JSON.stringify(settings);
    this.current = {
      ...found,
      version: source.version,
      shown: found.diagnostics.filter((d) => settings.yamlSyntax || !SYNTAX_CODES.has(d.code)),
      tooLarge: !!tooLarge,
      ms: this.clock() - started,
    };
    return this.current;
  }

  /**
   * For tests of what a fault of the core shows: the next check of a changed text fails with `error` where the core
   * runs, as a fault of the core would. There is no input known to make the core fail.
   */
  failNextCheck(error: unknown): void {
    this.fault = error;
  }

  private check(text: string, settings: CheckSettings): Omit<AgendaSnapshot, 'version' | 'shown' | 'tooLarge' | 'ms'> {
    const checker = this.checkerFor(text, settings);
    try {
      if (this.fault !== undefined) {
        const fault = this.fault;
        this.fault = undefined;
        throw fault;
      }
      const diagnostics = checker.check(text);
      const result = { parsed: checker.parsed, diagnostics, parse: checker.lastParse, schemaChecked: this.checker?.schema ?? false };
      return checker.lastFailure === undefined ? result : { ...result, failure: checker.lastFailure };
    } catch (error) {
      this.checker = undefined;
      return { parsed: undefined, diagnostics: this.core.localizeDiagnostics([this.core.internalError(error)], settings.locale), parse: 'none', schemaChecked: false, failure: error };
    }
  }

  /** The checker for this text under these settings; a new one when the checks they ask for have changed. */
  private checkerFor(text: string, settings: CheckSettings): IncrementalChecker {
    const options = { schema: this.core.checksSchema(settings.schema, settings.redHatValidates, text, settings.redHatMatchesName), semantic: settings.semantic, locale: settings.locale };
    const key = JSON.stringify(options);
    if (this.checker?.key !== key) this.checker = { key, schema: options.schema, checker: new this.core.IncrementalChecker(options) };
    return this.checker.checker;
  }
}

import type { CheckOptions, Diagnostic, RelatedLocation } from '../base/model';
import { checkParsed, checkParsedUnscoped, internalError, mergeDiagnostics } from '../check/check';
import { REFERENCED_KINDS, scopedDiagnostics, SCOPED_CODES, SCOPED_KINDS, type IdScope, type ScopedKind } from '../check/semantic';
import { localizeDiagnostics } from '../messages/diagnosticText';
import { eventAgendaItems, type EventAgendaItem } from '../parse/agendaItems';
import type { ParsedAgenda } from '../parse/parse';
import { AGENDA_ITEM_CODES, crossFileDiagnostics, type Links } from './crossChecks';
import { resolvePartOf, uriKey } from './paths';
import { failedSummary, summaryOf, type FileSummary } from './summary';

/** What the joins of the programme found, until a file changes. */
interface Joined {
  links: Links;
  /** The cross-file diagnostics of each file. */
  cross: Map<string, Diagnostic[]>;
  /** For each file, the ids it defines that some file uses (`kind\0id`), itself included. */
  used: Map<string, Set<string>>;
  /** Each file's scope, as `scope` made it. */
  scopes: Map<string, FileScope>;
  /** The ids each chain of ancestors defines (`inherited`), by the chain's files joined with line breaks. */
  inherited: Map<string, Record<ScopedKind, ReadonlyMap<string, unknown>>>;
}

/** What a file's ids resolve against: for the summary it was made for, the key of what it depends on, and the scope. */
interface FileScope {
  summary: FileSummary;
  key: readonly string[];
  scope: () => IdScope;
}

/**
 * The checks of one file of a programme (`CheckOptions`' groups): `semantic: false` leaves out its semantic checks,
 * those of the file alone and those the programme adds (its ids resolved over the programme, the cross-file checks).
 */
export type FileCheckOptions = Pick<CheckOptions, 'schema' | 'semantic'>;

/** How a file is checked, as last set: its summary, its options, and its own diagnostics (given, or found when first asked for). */
interface FileCheck {
  summary: FileSummary;
  schema: boolean;
  semantic: boolean;
  given: readonly Diagnostic[] | undefined;
  own?: Diagnostic[];
  /** `own` but the codes of `SCOPED_CODES`, for a file in a programme (see `unscopedOf`). */
  unscoped?: Diagnostic[];
}

/** A file's diagnostics as last computed, and what they were computed from. */
interface Computed {
  check: FileCheck;
  scopeKey: readonly string[];
  scoped: Diagnostic[];
  /** The cross-file diagnostics as one string (`fingerprint`). */
  crossPrint: string;
  diagnostics: Diagnostic[];
  /** The diagnostics as one string, for `changes`. */
  print: string;
}

/** A place in a file of the programme: its key (as given to `set`) and offsets in its text. */
export interface FilePlace {
  uri: string;
  span: [number, number];
}

/** One diagnostic as a string, to tell whether a file's diagnostics changed. */
function fingerprint(diagnostics: readonly Diagnostic[]): string {
  const range = (r: Diagnostic['range']) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
  const related = (r: RelatedLocation) => `${r.uri ?? ''}@${range(r.range)} ${r.message}`;
  return diagnostics.map((d) => `${d.code} ${range(d.range)} ${d.message} [${(d.related ?? []).map(related).join('|')}]`).join('\n');
}

/** Whether two lists of strings are the same, string by string (a string a summary keeps is compared by identity first). */
function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/**
 * A programme of agenda files: each file by its key (a URI such as `file:///w/congress.agenda.yaml`, or a path
 * with `/`), its parent by its `partOf` path resolved against its key. It checks what only the files together can
 * tell (see `crossFileDiagnostics`), lets a file use the ids of the agendas it is part of, and counts an id as used
 * when any file that sees it uses it.
 *
 * Incremental: `set` a file's new parse (its summary is computed once per parse); the next question recomputes the
 * joins over the summaries, and the files' own diagnostics and id checks only where what they depend on changed.
 * `changes()` says which files' diagnostics changed since it was last asked. Never throws on any input.
 */
export class ProgrammeOfFiles {
  private readonly files = new Map<string, FileSummary>();
  private readonly checks = new Map<string, FileCheck>();
  private readonly byKey = new Map<string, string>();
  private joined: Joined | undefined;
  private readonly computed = new Map<string, Computed>();
  private readonly reported = new Map<string, string>();

  /**
   * Adds a file, or gives it a new parse. `own` are the diagnostics of the file alone, where the caller has checked
   * this parse already (an editor's check of an open document, with the user's settings; in English or in the
   * locale later asked of {@link diagnostics}): the programme then checks nothing of its own. Without them, the file
   * is checked with `options` when its diagnostics are first asked for, once per `set`. `options.semantic: false`
   * also leaves out what the programme adds to the file's diagnostics (see {@link diagnostics}); the ids the file
   * uses still count as used in the files that define them.
   */
  set(uri: string, parsed: ParsedAgenda, own?: readonly Diagnostic[], options: FileCheckOptions = {}): void {
    let summary: FileSummary;
    try {
      summary = summaryOf(parsed);
    } catch (error) {
      summary = failedSummary(parsed, error);
    }
    const check = { summary, schema: options.schema !== false, semantic: options.semantic !== false, given: own };
    const before = this.checks.get(uri);
    if (!before || before.summary !== summary || before.given !== own || before.schema !== check.schema || before.semantic !== check.semantic) this.checks.set(uri, check);
    if (this.files.get(uri) === summary) return;
    this.files.set(uri, summary);
    this.byKey.set(uriKey(uri), uri);
    this.joined = undefined;
  }

  /** Removes a file (deleted, or no longer an agenda). */
  delete(uri: string): void {
    if (!this.files.delete(uri)) return;
    this.checks.delete(uri);
    this.byKey.delete(uriKey(uri));
    this.computed.delete(uri);
    this.joined = undefined;
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The keys of the files, sorted. */
  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  /** The summary of a file as last set. */
  summary(uri: string): FileSummary | undefined {
    return this.files.get(uri);
  }

  /** The file a file's `partOf` names, when it is in the programme (itself for `partOf` naming itself). */
  parentOf(uri: string): string | undefined {
    return this.join().links.parent.get(uri);
  }

  /** The agendas a file is part of, nearest first (up to a cycle, if any). */
  ancestorsOf(uri: string): string[] {
    return this.join().links.ancestors.get(uri) ?? [];
  }

  /** The root of a file's programme (the file itself for a root); undefined when its `partOf` chain is a cycle. */
  rootOf(uri: string): string | undefined {
    return this.join().links.root.get(uri);
  }

  /** The files of the programme with this root, parents before children. */
  membersOf(root: string): string[] {
    return this.join().links.members.get(root) ?? [];
  }

  /**
   * Where an id used in a file is defined: in the file itself, else in the nearest agenda it is part of.
   * `kind` is `organization`, `person`, `topic` or `room`.
   */
  definitionOf(uri: string, kind: ScopedKind, id: string): FilePlace | undefined {
    for (const file of [uri, ...this.ancestorsOf(uri)]) {
      const span = this.files.get(file)?.definitions[kind].get(id);
      if (span) return { uri: file, span };
    }
    return undefined;
  }

  /**
   * The agenda items a file's sessions take up: its own event's, else those of the nearest agenda it is part of
   * that declares any; with the file that declares them. Undefined when none does.
   */
  agendaItemsOf(uri: string): { uri: string; items: EventAgendaItem[] } | undefined {
    for (const file of [uri, ...this.ancestorsOf(uri)]) {
      const summary = this.files.get(file);
      if (summary?.agendaItems) return { uri: file, items: eventAgendaItems(summary.parsed.doc.contents) };
    }
    return undefined;
  }

  /**
   * The files in which an id resolves to the definition in `uri` (`uri` itself first, then the files that are
   * part of it and do not define the id again): where references and renames of that definition look.
   */
  filesSeeing(uri: string, kind: ScopedKind, id: string): string[] {
    return [uri, ...this.uris().filter((file) => file !== uri && this.definitionOf(file, kind, id)?.uri === uri)];
  }

  /**
   * The diagnostics of a file in the programme, sorted by position, in the words of `locale` (English by default):
   * those of the file alone, with its ids resolved and counted as used over the programme, and the cross-file
   * ones. A file in no programme (no `partOf`, nothing part of it) gets exactly its own: those given to `set`, else
   * `checkParsed`'s with its options. A file set with `semantic: false` gets its own alone. Related locations in
   * another file carry its key as `uri`.
   */
  diagnostics(uri: string, locale?: string): Diagnostic[] {
    return localizeDiagnostics(this.compute(uri), locale);
  }

  /**
   * The files whose diagnostics changed since this was last asked (every file the first time, and files deleted
   * since), sorted: the files an editor must publish again after a change.
   */
  changes(): string[] {
    const changed: string[] = [];
    for (const uri of this.uris()) {
      const diagnostics = this.compute(uri);
      const print = this.computed.get(uri)?.print ?? fingerprint(diagnostics);
      if (this.reported.get(uri) !== print) {
        changed.push(uri);
        this.reported.set(uri, print);
      }
    }
    for (const uri of [...this.reported.keys()]) {
      if (!this.files.has(uri)) {
        changed.push(uri);
        this.reported.delete(uri);
      }
    }
    return changed.sort();
  }

  private join(): Joined {
    if (this.joined) return this.joined;
    const uris = this.uris();
    const parentKeys = new Map<string, string | undefined>();
    for (const uri of uris) {
      const partOf = this.files.get(uri)!.partOf;
      if (partOf) parentKeys.set(uri, this.byKey.get(uriKey(resolvePartOf(uri, partOf.value))));
    }
    const links = linksOf(uris, parentKeys);
    const used = new Map<string, Set<string>>();
    for (const uri of uris) {
      const chain = [uri, ...(links.ancestors.get(uri) ?? [])];
      const references = this.files.get(uri)!.references;
      for (const kind of REFERENCED_KINDS) {
        for (const id of references[kind]) {
          const definer = chain.find((file) => this.files.get(file)!.definitions[kind].has(id));
          if (definer === undefined) continue;
          let set = used.get(definer);
          if (!set) used.set(definer, (set = new Set()));
          set.add(`${kind}\u0000${id}`);
        }
      }
    }
    this.joined = { links, cross: crossFileDiagnostics(this.files, links), used, scopes: new Map(), inherited: new Map() };
    return this.joined;
  }

  /** Whether a file takes part in a programme: it names a parent, or another file names it. */
  private related(uri: string): boolean {
    const { links } = this.join();
    return this.files.get(uri)?.partOf !== undefined || (links.children.get(uri) ?? 0) > 0;
  }

  /**
   * What a file's ids resolve against, and a key that changes when that does (the ancestors with the ids each
   * defines, and the ids of the file some file uses; the scope itself made when needed): both made once per join.
   */
  private scope(uri: string, summary: FileSummary): FileScope {
    const joined = this.join();
    let scope = joined.scopes.get(uri);
    if (scope?.summary === summary) return scope;
    const ancestors = (joined.links.ancestors.get(uri) ?? []).filter((file) => file !== uri);
    const usedHere = joined.used.get(uri) ?? new Set<string>();
    const key = [...ancestors.flatMap((file) => [file, this.files.get(file)!.definitionsKey]), [...usedHere].sort().join(',')];
    let made: IdScope | undefined;
    const make = (): IdScope => {
      const inherited = this.inherited(joined, ancestors);
      const known = {} as Record<ScopedKind, ReadonlyMap<string, unknown>>;
      for (const kind of SCOPED_KINDS) {
        const own = summary.definitions[kind];
        if (!own.size) known[kind] = inherited[kind];
        else {
          const all = new Map<string, unknown>(inherited[kind]);
          for (const [id, span] of own) all.set(id, span);
          known[kind] = all;
        }
      }
      return { known, used: (kind, id) => usedHere.has(`${kind}\u0000${id}`) };
    };
    scope = { summary, key, scope: () => (made ??= make()) };
    joined.scopes.set(uri, scope);
    return scope;
  }

  /**
   * The ids the agendas of a chain of ancestors define, by kind, the farthest first so that a nearer agenda's entry
   * wins; shared by every file with that chain (the files of one parent), until the next join.
   */
  private inherited(joined: Joined, ancestors: readonly string[]): Record<ScopedKind, ReadonlyMap<string, unknown>> {
    const chain = ancestors.join('\n');
    let known = joined.inherited.get(chain);
    if (known) return known;
    known = {} as Record<ScopedKind, Map<string, unknown>>;
    for (const kind of SCOPED_KINDS) {
      const all = new Map<string, unknown>();
      for (const file of [...ancestors].reverse()) for (const [id, span] of this.files.get(file)!.definitions[kind]) all.set(id, span);
      known[kind] = all;
    }
    joined.inherited.set(chain, known);
    return known;
  }

  private compute(uri: string): Diagnostic[] {
    const check = this.checks.get(uri);
    if (!check) return [];
    const { summary } = check;
    if (!check.semantic || !this.related(uri)) {
      this.computed.delete(uri);
      return ownOf(check);
    }
    const { key, scope } = this.scope(uri, summary);
    const cross = this.join().cross.get(uri) ?? [];
    const crossPrint = fingerprint(cross);
    const previous = this.computed.get(uri);
    const same = previous !== undefined && previous.check.summary === summary && sameStrings(previous.scopeKey, key);
    if (same && previous.check === check && previous.crossPrint === crossPrint) return previous.diagnostics;
    const scoped = same ? previous.scoped : scopedDiagnostics(summary.parsed, scope());
    const own = unscopedOf(check);
    const diagnostics = mergeDiagnostics(summary.parsed, own, [...scoped, ...cross]);
    this.computed.set(uri, { check, scopeKey: key, scoped, crossPrint, diagnostics, print: fingerprint(diagnostics) });
    return diagnostics;
  }
}

/**
 * The diagnostics of a file alone: those given, else `checkParsed`'s with its options (found once per `set`); a
 * failure of the core to read the file (its summary's) or to check it is the one `internal-error` diagnostic.
 */
function ownOf(check: FileCheck): Diagnostic[] {
  return (check.own ??= check.given ? withFailure(check, check.given.slice()) : checkedAlone(check, checkParsed));
}

/**
 * The diagnostics of a file alone but those the programme finds again: those of `SCOPED_CODES`, over the ids the
 * file sees, and those of `AGENDA_ITEM_CODES`, over the agenda items it sees. `ownOf`'s without them when they are
 * there already (given, or found), else `checkParsedUnscoped`'s, which does not build the first (found once per `set`).
 */
function unscopedOf(check: FileCheck): Diagnostic[] {
  if (check.unscoped) return check.unscoped;
  if (check.given || check.own) return (check.unscoped = ownOf(check).filter((d) => !SCOPED_CODES.has(d.code) && !AGENDA_ITEM_CODES.has(d.code)));
  return (check.unscoped = checkedAlone(check, checkParsedUnscoped).filter((d) => !AGENDA_ITEM_CODES.has(d.code)));
}

/** A check of the file alone with its options, or the one `internal-error` diagnostic for a failure of the core. */
function checkedAlone(check: FileCheck, checkOf: (parsed: ParsedAgenda, options: CheckOptions) => Diagnostic[]): Diagnostic[] {
  try {
    return withFailure(check, checkOf(check.summary.parsed, { schema: check.schema, semantic: check.semantic }));
  } catch (error) {
    return [internalError(error)];
  }
}

/** The diagnostics, with the `internal-error` of a summary the core failed to read first (unless they hold one). */
function withFailure(check: FileCheck, own: Diagnostic[]): Diagnostic[] {
  const { failure } = check.summary;
  if (failure && !own.some((d) => d.code === 'internal-error')) own.unshift(failure);
  return own;
}

/**
 * The parent, ancestors, root and members of each file, from the parent each `partOf` names (undefined when it
 * names no file of the programme).
 */
function linksOf(uris: string[], parentKeys: Map<string, string | undefined>): Links {
  const links: Links = { partOf: parentKeys, parent: new Map(), ancestors: new Map(), root: new Map(), members: new Map(), children: new Map(), cycles: new Map() };
  for (const [uri, parent] of parentKeys) {
    if (parent === undefined) continue;
    links.parent.set(uri, parent);
    links.children.set(parent, (links.children.get(parent) ?? 0) + 1);
  }
  for (const uri of uris) {
    const chain = [uri];
    let next = links.parent.get(uri);
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = links.parent.get(next);
    }
    links.ancestors.set(uri, chain.slice(1));
    if (next === undefined) links.root.set(uri, chain[chain.length - 1]);
    else if (next === uri) links.cycles.set(uri, chain);
  }
  const depth = (uri: string) => links.ancestors.get(uri)!.length;
  for (const uri of [...uris].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const root = links.root.get(uri);
    if (root === undefined) continue;
    const members = links.members.get(root);
    if (members) members.push(uri);
    else links.members.set(root, [uri]);
  }
  return links;
}

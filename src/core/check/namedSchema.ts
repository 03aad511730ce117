import schema from '../../../schemas/agenda.schema.json';
import catalogEntry from '../../../schemas/schemastore-catalog-entry.json';

/** Where the agenda schema lives for every tool: its `$id`. */
export const AGENDA_SCHEMA_ID: string = schema.$id;

/** The modeline forms of Red Hat's YAML language server: `# yaml-language-server: $schema=URL` and `# $schema: URL`. */
const MODELINE = /^#\s+(?:yaml-language-server\s*:.*?|)\$schema(?:=|:[ \t]*)(\S+)/;
const SCHEMA_KEY = /^(?:\$schema|"\$schema"|'\$schema')[ \t]*:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s#][^#\n]*?))[ \t]*(?:#.*)?$/m;

/** The lines that open a text before its content: blank lines, comments and a `---`. */
const HEADER = /^\uFEFF?(?:[ \t]*(?:#[^\r\n]*|---)?[ \t]*(?:\r\n?|\n|$))*/;

/** The schema a modeline among the comments that open the text names (as Red Hat's reads them: only those). */
function modelineSchema(text: string): string | undefined {
  for (const line of (HEADER.exec(text)?.[0] ?? '').split(/\r\n?|\n/)) {
    const found = MODELINE.exec(line.trim());
    if (found) return found[1];
  }
  return undefined;
}

/**
 * The schema an agenda names for other tools, as Red Hat's YAML extension reads it: a modeline in its opening
 * comments (`# yaml-language-server: $schema=URL`, which wins), or a top-level `$schema` key; undefined when it names none.
 */
export function namedSchema(text: string): string | undefined {
  const modeline = modelineSchema(text);
  if (modeline !== undefined) return modeline;
  const key = SCHEMA_KEY.exec(text);
  return key ? (key[1] ?? key[2] ?? key[3]) : undefined;
}

/**
 * Whether an agenda names the agenda schema (by its `$id`, or a copy of `agenda.schema.json` by path or address),
 * so that a YAML extension that reads such names checks it against the schema too.
 */
export function namesAgendaSchema(text: string): boolean {
  const named = namedSchema(text);
  return named !== undefined && (named === AGENDA_SCHEMA_ID || /(^|[/\\])agenda\.schema\.json([?#].*)?$/i.test(named));
}

/**
 * Whether SchemaStore's catalog lists the agenda schema (the entry of `schemas/schemastore-catalog-entry.json`). It
 * does not yet: the entry waits for its pull request there. Until it is merged, Red Hat's YAML extension checks an
 * agenda against the schema only when the agenda names it; once merged (and this set to true in the release that
 * follows), it checks every file the entry's `fileMatch` matches, wherever `yaml.schemaStore.enable` is on.
 */
export const SCHEMA_STORE_LISTS_AGENDAS = false;

/** A `fileMatch` glob of the catalog entry (`*.agenda.yaml`) as a test of a file's name, as Red Hat's extension applies it. */
function fileMatchTest(glob: string): RegExp {
  const pattern = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return new RegExp(`(^|/)${pattern}$`);
}

const FILE_MATCH = catalogEntry.fileMatch.map(fileMatchTest);

/**
 * Whether Red Hat's YAML extension checks a file against the agenda schema by its name, through SchemaStore's
 * catalog: when it reads the catalog (`yaml.schemaStore.enable`, on by default), the catalog lists the schema
 * (`listed`: {@link SCHEMA_STORE_LISTS_AGENDAS} unless told), and the file's path (`/` between folders) matches the
 * entry's `fileMatch`.
 */
export function schemaStoreChecks(path: string, schemaStoreEnabled: boolean, listed = SCHEMA_STORE_LISTS_AGENDAS): boolean {
  return schemaStoreEnabled && listed && FILE_MATCH.some((test) => test.test(path.replace(/\\/g, '/')));
}

/**
 * Whether to check an agenda against the schema under the setting `agenda.validate.schema`: `true` and `false` as
 * they say; `auto` unless another YAML extension that validates (`otherValidates`) already checks this agenda
 * against the schema, because it names it or because the other extension matches it by its name
 * (`otherMatchesName`, as {@link schemaStoreChecks} decides for Red Hat's).
 */
export function checksSchema(setting: boolean | 'auto', otherValidates: boolean, text: string, otherMatchesName = false): boolean {
  return setting === 'auto' ? !(otherValidates && (otherMatchesName || namesAgendaSchema(text))) : setting;
}

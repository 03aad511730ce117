import schema from '../../../schemas/agenda.schema.json';

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
 * Whether to check an agenda against the schema under the setting `agenda.validate.schema`: `true` and `false` as
 * they say; `auto` unless another YAML extension that validates (`otherValidates`) already checks this agenda
 * against the schema because it names it.
 */
export function checksSchema(setting: boolean | 'auto', otherValidates: boolean, text: string): boolean {
  return setting === 'auto' ? !(otherValidates && namesAgendaSchema(text)) : setting;
}

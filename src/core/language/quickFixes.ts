import { isCollection, isMap, isSeq, type Node } from 'yaml';
import { isObjectSchema, resolve, schemaAt, type SchemaNode } from '../base/agendaSchema';
import { ID_PATTERN } from '../base/ids';
import type { Diagnostic, DiagnosticCode } from '../base/model';
import { collectEntities, ENTITY_LISTS, type AgendaEntities, type EntityKind } from '../parse/entities';
import { contentSpan, itemsOf, locate, pairOf, pairsOf, scalarText, valueOf, type PathSegment } from '../parse/nodes';
import { parseAgenda, type ParsedAgenda } from '../parse/parse';
import { msg, render, type Arg, type MessageId } from '../messages/messages';
import { formatMinutes, sessionTime } from '../time/time';
import { declaredLanguages } from '../words/localize';
import { textLine } from '../words/text';
import { applyEdits, readBack, writtenSpan, yamlText, type TextEdit } from './edits';
import { entityTitle } from './entityInfo';
import { freeWindow } from './schedule';
import { findScalar, scalarAt } from './walk';

/** A fix an editor offers for a diagnostic: a title and the edits that make it, as one undoable change. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply with "Auto Fix": the best suggestion. */
  preferred?: boolean;
  diagnostic: Diagnostic;
}

const UNKNOWN: Partial<Record<DiagnosticCode, EntityKind>> = {
  'unknown-topic': 'topic',
  'unknown-person': 'person',
  'unknown-organization': 'organization',
  'unknown-track': 'track',
  'unknown-document': 'document',
};

const INDENT = '  ';

/** Words from an id, for a title: `trafficking-in-persons` gives `Trafficking in persons`. */
function sentence(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A name from an id: `jane-doe` gives `Jane Doe`; a short one-word id such as `unodc` is taken as an acronym. */
function properName(id: string, acronym: boolean): string {
  if (acronym && !id.includes('-') && id.length <= 6) return id.toUpperCase();
  return id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}


/** How many trial parses one request may spend checking that an ignore comment leaves the data alone. */
const MAX_TRIALS = 20;

/**
 * A suggestion of the core as it should be written: suggestions are what to write (`1`, `90`, `[john-roe]`,
 * `10:00`), so they go in as they are, in the author's quotes when they stay text, and in double quotes only
 * when they would not read back as written; a time always in quotes, as the format asks (unquoted, YAML 1.1
 * reads `10:30` as the number 630).
 */
function asWritten(suggestion: string, quote: string | undefined): string {
  if (/^\d{2}:\d{2}$/.test(suggestion)) return quote === "'" ? `'${suggestion}'` : JSON.stringify(suggestion);
  const read = readBack(suggestion);
  const value = read?.value;
  if (!read || suggestion.trim() !== suggestion || value === null) return JSON.stringify(suggestion);
  if (typeof value !== 'string' || !quote) return suggestion;
  return quote === '"' ? JSON.stringify(suggestion) : `'${suggestion.replace(/'/g, "''")}'`;
}

class Fixer {
  private readonly root: Node | null;
  private entitiesCache: AgendaEntities | undefined;
  private trials = 0;

  constructor(private readonly parsed: ParsedAgenda, private readonly locale: string | undefined) {
    this.root = parsed.doc.contents as Node | null;
  }

  private get entities(): AgendaEntities {
    this.entitiesCache ??= collectEntities(this.root);
    return this.entitiesCache;
  }

  fixes(diagnostic: Diagnostic): QuickFix[] {
    const fixes: Omit<QuickFix, 'diagnostic'>[] = [];
    const kind = UNKNOWN[diagnostic.code];
    if (diagnostic.code === 'time-order') fixes.push(...this.swap(diagnostic));
    if (diagnostic.code === 'time-overlap') fixes.push(...this.move(diagnostic));
    if (diagnostic.code === 'schema-required' || diagnostic.code === 'schema-alternative') fixes.push(...this.addKeys(diagnostic));
    fixes.push(...this.replacements(diagnostic));
    if (kind) fixes.push(...this.create(diagnostic, kind));
    if (diagnostic.code === 'duplicate-id') fixes.push(...this.renameDuplicate(diagnostic));
    if (diagnostic.code === 'missing-translation') fixes.push(...this.translate(diagnostic));
    if (diagnostic.code === 'agenda-item-not-begun') fixes.push(...this.notContinued(diagnostic));
    fixes.push(...this.ignore(diagnostic));
    return fixes.map((fix) => ({ ...fix, diagnostic }));
  }

  /** A fix's title in the locale's words. */
  private say(id: MessageId, args?: Record<string, Arg>): string {
    return render(msg(id, args), this.locale);
  }

  private offset(diagnostic: Diagnostic): number {
    return this.parsed.lines.offsetAt(diagnostic.range.start);
  }

  /** Replaces the text under the diagnostic with each suggestion, keeping the quotes the author used. */
  private replacements(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const { text, lines } = this.parsed;
    const span: [number, number] = [this.offset(diagnostic), lines.offsetAt(diagnostic.range.end)];
    const original = text.slice(...span);
    const quote = /^["']/.test(original) && original.endsWith(original[0]) ? original[0] : undefined;
    const block = /^[>|]/.test(original) ? writtenSpan(text, span) : undefined;
    const range = block ? lines.range(block[0], block[1]) : diagnostic.range;
    const kind = UNKNOWN[diagnostic.code];
    const known = kind ? this.entities.byId[kind] : undefined;
    return (diagnostic.suggestions ?? []).map((suggestion, i) => {
      const newText = block ? suggestion : asWritten(suggestion, quote);
      const definition = known?.get(suggestion);
      const title = definition ? entityTitle(definition) : undefined;
      const label = this.say(diagnostic.code === 'schema-unknown-key' ? 'fix.changeKey' : title ? 'fix.changeTitled' : 'fix.change', { value: suggestion, title: title ?? '' });
      const fix: Omit<QuickFix, 'diagnostic'> = { title: label, edits: [{ range, newText }] };
      if (i === 0) fix.preferred = true;
      return fix;
    });
  }

  /**
   * The mappings a `schema-required` or `schema-alternative` diagnostic may be about: the value of the key it
   * underlines, and the list entry (or root) whose first key it underlines.
   */
  private objectsAt(diagnostic: Diagnostic): { node: Node; path: PathSegment[] }[] {
    const offset = this.offset(diagnostic);
    const hit = findScalar(this.root, ({ node, isKey }) => isKey && node.range?.[0] === offset);
    if (!hit) return [];
    const parentPath = hit.path.slice(0, -1);
    const parent = locate(this.root, parentPath).node;
    const candidates: { node: Node; path: PathSegment[] }[] = [];
    if (isMap(hit.pair?.value)) candidates.push({ node: hit.pair.value, path: hit.path });
    if (isMap(parent) && pairsOf(parent)[0]?.key === hit.node) candidates.push({ node: parent, path: parentPath });
    return candidates;
  }

  private addKeys(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    return this.objectsAt(diagnostic).flatMap((target) => {
      const schema = schemaAt(target.path);
      const present = new Set(pairsOf(target.node).map((p) => scalarText(p.key)));
      const alternatives = (schema?.anyOf ?? []).flatMap((branch) => branch.required ?? []);
      const missing = diagnostic.code === 'schema-required'
        ? (schema?.required ?? []).filter((k) => !present.has(k))
        : alternatives.some((k) => present.has(k)) ? [] : alternatives;
      const fixes = missing.map((key) => ({
        title: this.say(diagnostic.code === 'schema-required' ? 'fix.addMissingKey' : 'fix.addKey', { key }),
        edits: this.insertKeys(target.node, target.path, [key]),
      }));
      if (diagnostic.code === 'schema-required' && missing.length > 1) {
        fixes.push({ title: this.say('fix.addAllKeys', { keys: missing.map((k) => `\`${k}\``).join(', ') }), edits: this.insertKeys(target.node, target.path, missing) });
      }
      return fixes;
    });
  }

  /** Edits that add keys with placeholder values to a mapping. */
  private insertKeys(map: Node, path: PathSegment[], keys: string[]): TextEdit[] {
    const column = this.parsed.lines.positionAt(pairsOf(map)[0]?.key?.range?.[0] ?? map.range![0]).character;
    return this.insertEntries(map, keys.map((key) => [key, this.placeholder(map, path, key, column)]));
  }

  /** Edits that add keys and their (YAML) values to a mapping: `id` first, the others after its last key. */
  private insertEntries(map: Node, entries: (readonly [string, string])[]): TextEdit[] {
    const { lines, text } = this.parsed;
    const pairs = pairsOf(map);
    const firstKey = pairs[0]?.key?.range?.[0] ?? map.range![0];
    const indent = ' '.repeat(lines.positionAt(firstKey).character);
    if (isCollection(map) && map.flow) {
      let close = contentSpan(map, text)![1] - 1;
      while (close > 0 && (text[close - 1] === ' ' || text[close - 1] === '\t')) close--;
      const body = entries.map(([key, value]) => `${key}: ${value}`).join(', ');
      const at = lines.positionAt(close);
      return [{ range: { start: at, end: at }, newText: pairs.length ? `, ${body}` : body }];
    }
    const edits: TextEdit[] = [];
    const first = entries.filter(([key]) => key === 'id');
    const rest = entries.filter(([key]) => key !== 'id');
    if (first.length) {
      const at = lines.positionAt(firstKey);
      edits.push({ range: { start: at, end: at }, newText: first.map(([key, value]) => `${key}: ${value}\n${indent}`).join('') });
    }
    if (rest.length) {
      const last = contentSpan(map, text)![1];
      const at = lines.positionAt(lines.lineEnd(lines.positionAt(last).line));
      edits.push({ range: { start: at, end: at }, newText: rest.map(([key, value]) => `\n${indent}${key}:${value.startsWith('\n') ? '' : ' '}${value}`).join('') });
    }
    return edits;
  }

  /** A value for a key that was missing: derived from what is around it where possible, so that it checks clean. */
  private placeholder(map: Node, path: PathSegment[], key: string, column: number): string {
    const property = resolve(schemaAt(path)?.properties?.[key]);
    const id = scalarText(valueOf(map, 'id'));
    const listKind = path.length === 2 ? (Object.keys(ENTITY_LISTS) as EntityKind[]).find((k) => ENTITY_LISTS[k] === path[0]) : undefined;
    const event = valueOf(this.root, 'event');
    if (key === 'id' && listKind) return this.freeId(listKind, scalarText(valueOf(map, 'title')) ?? scalarText(valueOf(map, 'name')) ?? `new-${listKind}`);
    if ((key === 'title' || key === 'name') && listKind) return yamlText(!id ? `New ${listKind}` : key === 'name' ? properName(id, listKind === 'organization') : sentence(id));
    if (key === 'date' && path[0] === 'sessions') return scalarText(valueOf(event, 'start')) ?? this.example(property);
    if (path.join('.') === 'event' && (key === 'start' || key === 'end')) return scalarText(valueOf(map, key === 'start' ? 'end' : 'start')) ?? this.example(property);
    if (property?.const !== undefined) return String(property.const);
    if (isObjectSchema(property)) {
      const nested = ' '.repeat(column + INDENT.length);
      return (property?.required ?? []).map((k) => `\n${nested}${k}: ${this.placeholder(map, [...path, key], k, column + INDENT.length)}`).join('') || ' {}';
    }
    if (property?.type === 'array') return '[]';
    return this.example(property);
  }

  private example(property: SchemaNode | undefined): string {
    const example = property?.examples?.[0];
    if (typeof example === 'string') return yamlText(example);
    if (typeof example === 'number') return String(example);
    return '""';
  }

  /** An id made from a title (or a stem) that no entry of the kind has yet. */
  private freeId(kind: EntityKind, from: string): string {
    const stem = from.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '') || kind;
    const taken = this.entities.byId[kind];
    let id = stem;
    for (let n = 2; taken.has(id) || !ID_PATTERN.test(id); n++) id = `${stem}-${n}`;
    return id;
  }

  /** Adds the unknown id as a new entry of its list (the list is made, before `sessions`, if there is none). */
  private create(diagnostic: Diagnostic, kind: EntityKind): Omit<QuickFix, 'diagnostic'>[] {
    const offset = this.offset(diagnostic);
    const reference = this.entities.references.find((r) => r.kind === kind && r.span[0] === offset);
    if (!reference || !ID_PATTERN.test(reference.id)) return [];
    const { lines, text } = this.parsed;
    const list = ENTITY_LISTS[kind];
    const titled = kind !== 'person' && kind !== 'organization';
    const field = titled ? 'title' : 'name';
    const label = titled ? sentence(reference.id) : properName(reference.id, kind === 'organization');
    const fields: [string, string][] = [['id', reference.id], [field, yamlText(label)]];
    const title = this.say('fix.create', { kind: msg(`entity.${kind}`), id: reference.id, list });
    const pair = pairOf(this.root, list);
    const seq = pair?.value;
    if (isSeq(seq) && seq.flow) {
      const close = contentSpan(seq, text)![1] - 1;
      const at = lines.positionAt(close);
      const entry = `{ ${fields.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
      return [{ title, edits: [{ range: { start: at, end: at }, newText: itemsOf(seq).length ? `, ${entry}` : entry }] }];
    }
    const block = (dash: string) => fields.map(([k, v], i) => `${i ? `${dash}  ` : `${dash}- `}${k}: ${v}`).join('\n');
    if (isSeq(seq) && seq.range) {
      const dash = ' '.repeat(lines.positionAt(seq.range[0]).character);
      const at = lines.positionAt(lines.lineEnd(lines.positionAt(contentSpan(seq, text)![1]).line));
      return [{ title, edits: [{ range: { start: at, end: at }, newText: `\n${block(dash)}` }] }];
    }
    if (pair && pair.value === null && pair.key?.range) {
      const keyPosition = lines.positionAt(pair.key.range[0]);
      const at = lines.positionAt(lines.lineEnd(keyPosition.line));
      return [{ title, edits: [{ range: { start: at, end: at }, newText: `\n${block(' '.repeat(keyPosition.character + INDENT.length))}` }] }];
    }
    if (pair || !isMap(this.root)) return [];
    const sessions = pairOf(this.root, 'sessions')?.key?.range?.[0];
    const section = `${list}:\n${block(INDENT)}\n`;
    if (sessions !== undefined) {
      const at = lines.positionAt(lines.lineStart(lines.positionAt(sessions).line));
      return [{ title, edits: [{ range: { start: at, end: at }, newText: `${section}\n` }] }];
    }
    const at = lines.positionAt(text.length);
    return [{ title, edits: [{ range: { start: at, end: at }, newText: `${/(^|\n)$/.test(text) ? '' : '\n'}${section}` }] }];
  }

  /**
   * Swaps the values of `start` and `end` of the session or event whose `end` is before its `start`. The check
   * reads an end before the start as the next day when that is at most 12 hours on (and `00:00` as midnight), so
   * a session it reports is shorter swapped than read overnight: the swap never makes a 22-hour session.
   */
  private swap(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const hit = scalarAt(this.root, this.offset(diagnostic));
    if (!hit || hit.isKey || hit.path[hit.path.length - 1] !== 'end') return [];
    const owner = locate(this.root, hit.path.slice(0, -1)).node;
    const start = valueOf(owner, 'start');
    const end = valueOf(owner, 'end');
    if (!start?.range || !end?.range) return [];
    const { lines, text } = this.parsed;
    const startText = text.slice(start.range[0], start.range[1]);
    const endText = text.slice(end.range[0], end.range[1]);
    if (scalarText(start) === scalarText(end)) return [];
    return [{
      title: this.say('fix.swap'),
      preferred: true,
      edits: [
        { range: lines.range(start.range[0], start.range[1]), newText: endText },
        { range: lines.range(end.range[0], end.range[1]), newText: startText },
      ],
    }];
  }

  /** Adds each missing language to a text map, starting from the text of its first language, to be translated. */
  private translate(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const offset = this.offset(diagnostic);
    const map = findScalar(this.root, ({ node, isKey }) => isKey && node.range?.[0] === offset)?.pair?.value;
    const [first] = pairsOf(map);
    const source = scalarText(first?.value);
    const from = scalarText(first?.key);
    if (!isMap(map) || source === undefined || from === undefined) return [];
    const present = new Set(pairsOf(map).map((p) => scalarText(p.key)));
    const missing = declaredLanguages(this.parsed.value).filter((code) => !present.has(code));
    const copy = yamlText(source.replace(/\s+$/, ''), map.flow);
    const fixes = missing.map((code) => ({
      title: this.say('fix.translate', { language: { language: code }, code, from: { language: from } }),
      edits: this.insertEntries(map, [[code, copy]]),
    }));
    if (missing.length > 1) fixes.push({ title: this.say('fix.translateAll', { from: { language: from } }), edits: this.insertEntries(map, missing.map((code) => [code, copy])) });
    return fixes;
  }

  /** Moves a session that overlaps another in its room to the first time the room is free for as long. */
  private move(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const hit = scalarAt(this.root, this.offset(diagnostic));
    if (!hit || hit.isKey || hit.path.length !== 3 || hit.path[0] !== 'sessions' || hit.path[2] !== 'start') return [];
    const sessions = itemsOf(valueOf(this.root, 'sessions'));
    const index = Number(hit.path[1]);
    const time = sessionTime(sessions[index]);
    if (time.start === undefined || time.end === undefined || time.end <= time.start) return [];
    const length = time.end - time.start;
    const start = freeWindow(sessions, index, length);
    if (start === undefined) return [];
    const edits = [this.rewrite(hit.node, formatMinutes(start))];
    const end = valueOf(sessions[index], 'end');
    if (end) edits.push(this.rewrite(end, formatMinutes(start + length)));
    const room = textLine(valueOf(sessions[index], 'room')) ?? msg('fix.theRoom');
    return [{ title: this.say('fix.move', { start: formatMinutes(start), end: formatMinutes(start + length), room }), edits }];
  }

  /**
   * For an item said to be `continued` that no session before took up: the entry becomes its number alone
   * (`{ item: 6, continued: true }` gives `6`, in the quotes it was written in), when it holds nothing else.
   */
  private notContinued(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const offset = this.offset(diagnostic);
    const hit = findScalar(this.root, ({ node, isKey }) => isKey && node.range?.[0] === offset);
    const entry = hit && locate(this.root, hit.path.slice(0, -1)).node;
    const item = pairOf(entry, 'item')?.value;
    const span = contentSpan(entry, this.parsed.text);
    const number = contentSpan(item, this.parsed.text);
    if (!span || !number || pairsOf(entry).length !== 2) return [];
    const newText = this.parsed.text.slice(...number);
    return [{ title: this.say('fix.notContinued', { number: scalarText(item)?.trim() ?? newText }), edits: [{ range: this.parsed.lines.range(...span), newText }], preferred: true }];
  }

  /** Replaces a scalar's value, in the quotes it was written in. */
  private rewrite(node: Node, value: string): TextEdit {
    const [start, end] = node.range!;
    const first = this.parsed.text[start];
    return { range: this.parsed.lines.range(start, end), newText: asWritten(value, first === '"' || first === "'" ? first : undefined) };
  }

  /** Gives the second of two entries with the same id an id of its own. */
  private renameDuplicate(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const offset = this.offset(diagnostic);
    const entities = this.entities;
    for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
      const definition = entities.definitions[kind].find((d) => d.idSpan[0] === offset);
      if (!definition) continue;
      const id = this.freeId(kind, definition.id);
      return [{ title: this.say('fix.renameId', { id }), edits: [{ range: this.parsed.lines.range(definition.idSpan[0], definition.idSpan[1]), newText: id }] }];
    }
    return [];
  }

  /** Silences the diagnostic's code on its line with `# agenda-ignore: code`, only where the comment leaves the data as it is. */
  private ignore(diagnostic: Diagnostic): Omit<QuickFix, 'diagnostic'>[] {
    const { lines } = this.parsed;
    const line = diagnostic.range.start.line;
    const text = lines.lineText(line);
    const existing = /(^|\s)#\s*agenda-ignore\s*:\s*[a-z-]+(\s*,\s*[a-z-]+)*\s*$/.exec(text);
    let edit: TextEdit;
    const end = { line, character: text.length };
    if (existing) {
      const trimmed = text.trimEnd().length;
      edit = { range: { start: { line, character: trimmed }, end }, newText: `, ${diagnostic.code}` };
    } else if (/(^|\s)#\s*agenda-ignore\s*$/.test(text)) {
      return [];
    } else {
      const trimmed = text.trimEnd().length;
      edit = { range: { start: { line, character: trimmed }, end }, newText: ` # agenda-ignore: ${diagnostic.code}` };
    }
    const candidates: TextEdit[] = [edit];
    if (!existing) {
      const indent = text.slice(0, text.length - text.trimStart().length);
      const start = { line, character: 0 };
      candidates.push({ range: { start, end: start }, newText: `${indent}# agenda-ignore: ${diagnostic.code}\n` });
    }
    const safe = candidates.find((candidate) => this.keepsData(candidate));
    return safe ? [{ title: this.say('fix.ignore', { code: diagnostic.code }), edits: [safe] }] : [];
  }

  /** Whether an edit leaves the agenda's data and its syntax errors as they were (a comment, not a change). */
  private keepsData(edit: TextEdit): boolean {
    if (++this.trials > MAX_TRIALS) return false;
    try {
      const after = parseAgenda(applyEdits(this.parsed.text, [edit]));
      return after.doc.errors.length === this.parsed.doc.errors.length && dataText(after.value) === dataText(this.parsed.value);
    } catch {
      return false;
    }
  }
}

/**
 * A value as JSON for comparing data, safe for what aliases build: a value met again (an alias, or one inside
 * its own anchor such as `&t [*t]`) is written as a marker instead of again, so a cycle cannot make it throw.
 */
function dataText(value: unknown): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object') return item;
    if (seen.has(item)) return '\u0000again';
    seen.add(item);
    return item;
  }) ?? '';
}

/**
 * The quick fixes for diagnostics of the core: replace a misspelt key, value or id with a suggestion; add a
 * missing key with a placeholder; create an unknown topic, person or organisation; swap `start` and `end`;
 * give a duplicate id a free one; or silence the line with `# agenda-ignore: code`. Titles are in the words of
 * `locale` (English by default).
 */
export function quickFixes(parsed: ParsedAgenda, diagnostics: readonly Diagnostic[], locale?: string): QuickFix[] {
  const fixer = new Fixer(parsed, locale);
  return diagnostics.flatMap((diagnostic) => fixer.fixes(diagnostic));
}

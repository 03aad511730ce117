import type { Node } from 'yaml';
import { isObjectSchema, isTextSchema, resolve, schemaAt, schemaDefinition, type SchemaNode } from '../base/agendaSchema';
import { LineIndex } from '../base/lines';
import type { Position, Range } from '../base/model';
import { eventAgendaItems, sessionAgendaItems, type EventAgendaItem } from '../parse/agendaItems';
import { collectEntities, type EntityKind } from '../parse/entities';
import { itemsOf, scalarText, valueOf, type PathSegment } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { formatDay, timeZoneName } from '../time/dates';
import { formatMinutes } from '../time/time';
import { ianaTimeZones } from '../time/timeZones';
import { catalogLanguage, msg, render, type Message } from '../messages/messages';
import { schemaDescription, schemaDocumentation } from '../messages/schemaText';
import { languageName } from '../words/localize';
import { textLine } from '../words/text';
import { cursorContext, type CursorContext } from './cursor';
import { yamlText } from './edits';
import { codeName, entityMarkdown, entityTitle } from './entityInfo';
import { endSlots, freeSlots, itemDurationSlots, itemSlots } from './schedule';

/** What a completion offers: a key, a fixed value, an id of something defined elsewhere, a date or a time. */
export type CompletionKind = 'property' | 'enum' | 'reference' | 'date' | 'time';

/** One completion, editor-neutral: the text to insert over `range`, in VS Code/LSP snippet syntax when `snippet`. */
export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** A short line beside the label: a key's description, an entity's title, a date's weekday. */
  detail?: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  insertText: string;
  snippet: boolean;
  /** The text the completion replaces (the word at the cursor, quotes included). */
  range: Range;
  sortText: string;
  filterText?: string;
  preselect?: boolean;
  /** Ask for completions again after inserting (a key whose value has completions of its own). */
  retrigger?: boolean;
}

/** The official languages of the United Nations, offered first in a text map. */
const UN_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

/** The patterns of a time of day and of an end time (which may be `24:00`), from the schema. */
const TIME_PATTERNS = new Set(['time', 'endTime'].map((name) => schemaDefinition(name)?.pattern));
const MAX_EVENT_DAYS = 366;

/** A path with its list indices as `#`: `sessions.#.items.#.time`. */
function shapeOf(path: readonly PathSegment[]): string {
  return path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');
}

/** Where a session names an agenda item by its number: an entry of its `agendaItems`, or the `item` of one. */
const AGENDA_ITEM_SHAPES = ['sessions.#.agendaItems.#', 'sessions.#.agendaItems.#.item'];

/** Fields whose values are offered from a list of their own (beyond enums, ids, dates and times). */
const VALUE_LISTS = new Set(['event.timezone', 'sessions.#.items.#.duration', 'sessions.#.room', 'people.#.honorific', ...AGENDA_ITEM_SHAPES]);

/** The kind of entity whose id belongs at a path, if the path is a reference. */
export function referenceKindAt(path: readonly PathSegment[]): EntityKind | undefined {
  switch (shapeOf(path)) {
    case 'event.organizers.#':
    case 'event.partners.#':
    case 'people.#.affiliation':
      return 'organization';
    case 'sessions.#.chair':
    case 'sessions.#.chair.#':
    case 'sessions.#.moderators.#':
    case 'sessions.#.speakers.#':
    case 'sessions.#.items.#.speakers.#':
    case 'sessions.#.items.#.authors.#':
      return 'person';
    case 'sessions.#.topics.#':
      return 'topic';
    case 'sessions.#.track':
      return 'track';
    case 'event.documents.#':
    case 'sessions.#.documents.#':
      return 'document';
    default:
      return undefined;
  }
}

function isTime(schema: SchemaNode | undefined): boolean {
  return TIME_PATTERNS.has(schema?.pattern);
}

/** Whether the value at a path has completions of its own (so inserting its key should ask for them). */
function valueHasCompletions(path: readonly PathSegment[]): boolean {
  const schema = schemaAt(path);
  const item = schema?.type === 'array' ? resolve(schema.items) : undefined;
  const target = item ?? schema;
  const itemPath = item ? [...path, 0] : path;
  return !!(target?.enum || referenceKindAt(itemPath) || target?.format === 'date' || isTime(target) || VALUE_LISTS.has(shapeOf(itemPath)));
}

/**
 * What a file of a programme of files may refer to beyond its own text: `agenda`, the file with the entries of the
 * agendas it is part of (`fileScope`), and the agenda items it takes up (those of the nearest agenda that declares some).
 */
export interface AuthoringScope {
  agenda?: ParsedAgenda;
  agendaItems?: readonly EventAgendaItem[];
}

class Completer {
  private readonly lines: LineIndex;
  private readonly range: Range;

  /** The catalog language of the words completion shows (`en` when the locale has no catalog). */
  private readonly language: string;

  constructor(text: string, private readonly context: CursorContext, private readonly locale?: string, private readonly scope: AuthoringScope = {}) {
    this.lines = new LineIndex(text);
    this.language = catalogLanguage(locale);
    this.range = this.lines.range(context.span[0], context.span[1]);
  }

  /**
   * A key, or a value where it may start either (a block list entry of `agendaItems` or `documents`, which takes a
   * number or id as well as a mapping): then the values come first, then the keys.
   */
  run(): CompletionEntry[] {
    const { kind, path, present, hasColon, typed } = this.context;
    if (kind !== 'key') return this.values();
    const either = shapeOf(path) === AGENDA_ITEM_SHAPES[0] || referenceKindAt(path) !== undefined;
    if (!either || present.length || hasColon) return this.keys();
    if (/^["']/.test(typed)) return this.values();
    return [...this.values(), ...this.keys().map((entry) => ({ ...entry, sortText: `z${entry.sortText}` }))];
  }

  private say(message: Message): string {
    return render(message, this.locale);
  }

  /** The locale dates and time zones are written in: British English, or the catalog's language. */
  private dateLocale(): string {
    return this.language === 'en' ? 'en-GB' : this.language;
  }

  private keys(): CompletionEntry[] {
    const { path, present } = this.context;
    const schema = schemaAt(path);
    if (isTextSchema(schema)) return this.languageKeys(schema!);
    if (!schema?.properties || !isObjectSchema(schema)) return [];
    const required = new Set(schema.required ?? []);
    const names = Object.keys(schema.properties).filter((key) => key !== '$schema' && !present.includes(key));
    const ordered = [...names.filter((k) => required.has(k)), ...names.filter((k) => !required.has(k))];
    return ordered.map((key, order) => {
      const own = schema.properties![key];
      const property = resolve(own);
      const entry: CompletionEntry = {
        label: key,
        kind: 'property',
        range: this.range,
        sortText: `${required.has(key) ? 0 : 1}${String(order).padStart(3, '0')}`,
        ...this.keyInsert(key, property, [...path, key]),
      };
      const detail = schemaDescription(own, 'description', this.locale);
      const documentation = schemaDocumentation(own, this.locale);
      if (detail) entry.detail = required.has(key) ? this.say(msg('complete.required', { detail })) : detail;
      if (documentation) entry.documentation = documentation;
      return entry;
    });
  }

  /** In a text map: the languages of `event.languages` it lacks first, then the UN's six, then every other code. */
  private languageKeys(schema: SchemaNode): CompletionEntry[] {
    const { present, at } = this.context;
    const declared = itemsOf(at(['event', 'languages'])).map(scalarText).filter((c): c is string => c !== undefined);
    const codes = (resolve(schema.propertyNames)?.enum ?? []).map(String);
    const missing = declared.filter((code) => !present.includes(code) && codes.includes(code));
    const others = codes.filter((code) => !present.includes(code) && !declared.includes(code));
    const un = UN_LANGUAGES.filter((code) => others.includes(code));
    return [...missing, ...un, ...others.filter((code) => !un.includes(code))].map((code, order) => {
      const listed = order < missing.length;
      const entry: CompletionEntry = {
        label: code,
        kind: 'property',
        range: this.range,
        sortText: `${listed ? 0 : 1}${String(order).padStart(3, '0')}`,
        insertText: this.context.hasColon ? code : `${code}: $0`,
        snippet: !this.context.hasColon,
        detail: listed ? this.say(msg('complete.missingLanguage', { language: languageName(code, this.language) })) : languageName(code, this.language),
      };
      if (listed && order === 0) entry.preselect = true;
      return entry;
    });
  }

  private keyInsert(key: string, property: SchemaNode | undefined, path: PathSegment[]): Pick<CompletionEntry, 'insertText' | 'snippet' | 'retrigger'> {
    if (this.context.hasColon) return { insertText: key, snippet: false };
    const child = ' '.repeat(Math.max(0, this.context.column - this.context.lineIndent) + 2);
    const retrigger = valueHasCompletions(path);
    const items = property?.type === 'array' ? resolve(property.items) : undefined;
    let insertText: string;
    if (property?.const !== undefined) insertText = `${key}: ${String(property.const)}`;
    else if (items && isObjectSchema(items) && !this.context.flow) insertText = `${key}:\n${child}- $0`;
    else if (items) insertText = `${key}: [$0]`;
    else if (isObjectSchema(property) && !this.context.flow) insertText = `${key}:\n${child}$0`;
    else insertText = `${key}: $0`;
    return retrigger ? { insertText, snippet: true, retrigger } : { insertText, snippet: true };
  }

  private values(): CompletionEntry[] {
    const { path } = this.context;
    const kind = referenceKindAt(path);
    if (kind) return this.references(kind);
    const shape = shapeOf(path);
    if (shape === 'event.timezone') return this.timeZones();
    if (shape === 'sessions.#.items.#.duration') return this.itemDurations();
    if (shape === 'sessions.#.room') return this.rooms();
    if (AGENDA_ITEM_SHAPES.includes(shape)) return this.agendaItems();
    if (shape === 'people.#.honorific') return (schemaAt(path)?.examples ?? []).map((example, i) => this.value(String(example), 'enum', i));
    const schema = schemaAt(path);
    if (schema?.const !== undefined) return [this.value(String(schema.const), 'enum', 0, undefined, false, typeof schema.const === 'number')];
    if (schema?.enum) return this.enums(schema.enum.map(String));
    if (schema?.format === 'date') return this.dates();
    if (isTime(schema)) return this.times();
    return [];
  }

  /** A value to insert: text in the quotes typed (or in double quotes when `quoted`, or when plain YAML would not read it back); a number as it is. */
  private value(label: string, kind: CompletionKind, order: number, detail?: string, quoted = false, number = false): CompletionEntry {
    const typedQuote = /^["']/.test(this.context.typed) ? this.context.typed[0] : undefined;
    const quote = typedQuote ?? (quoted ? '"' : '');
    const insertText = quote ? `${quote}${label}${quote}` : number ? label : yamlText(label);
    const entry: CompletionEntry = { label, kind, insertText, snippet: false, range: this.range, sortText: String(order).padStart(4, '0') };
    if (detail) entry.detail = detail;
    if (typedQuote) entry.filterText = insertText;
    return entry;
  }

  /** The other entries of the list the cursor is in, so that a list does not get the same value twice. */
  private siblings(): Set<string> {
    const { path, at } = this.context;
    if (typeof path[path.length - 1] !== 'number') return new Set();
    const list = at(path.slice(0, -1));
    return new Set(itemsOf(list).filter((_, i) => i !== path[path.length - 1]).map(scalarText).filter((t): t is string => t !== undefined));
  }

  private enums(values: string[]): CompletionEntry[] {
    const taken = this.siblings();
    const field = this.context.path.filter((s) => typeof s === 'string').pop();
    return values.filter((v) => !taken.has(v)).map((v, i) => this.value(v, 'enum', i, codeName(field, v, this.locale)));
  }

  private references(kind: EntityKind): CompletionEntry[] {
    const { path } = this.context;
    const root = this.scope.agenda ? (this.scope.agenda.doc.contents as Node | null) : this.context.root;
    const entities = collectEntities(root);
    const taken = this.siblings();
    const inSession = path[0] === 'sessions' && path.includes('items') ? this.sessionPeople(Number(path[1])) : new Set<string>();
    return [...entities.byId[kind].values()]
      .filter((definition) => !taken.has(definition.id))
      .map((definition, order) => {
        const entry = this.value(definition.id, 'reference', (inSession.has(definition.id) ? 0 : 1000) + order, entityTitle(definition));
        entry.documentation = entityMarkdown(root, entities, definition, this.locale);
        return entry;
      });
  }

  /**
   * The numbers of `event.agendaItems` with their titles, for a session's `agendaItems` (none the session lists
   * already): a whole number as it is, another (`3 (a)`) as text in quotes.
   */
  private agendaItems(): CompletionEntry[] {
    const { path, at, root } = this.context;
    const index = path[3];
    const taken = new Set(sessionAgendaItems(at(path.slice(0, 2))).filter((_, i) => i !== index).map((entry) => entry.number));
    return (this.scope.agendaItems ?? eventAgendaItems(root)).filter(({ number }) => !taken.has(number)).map(({ number, node }, order) => {
      const whole = /^\d+$/.test(number);
      return this.value(number, 'reference', order, textLine(valueOf(node, 'title')), !whole, whole);
    });
  }

  /** The chair, moderators and speakers of a session: the likely speakers of its items. */
  private sessionPeople(index: number): Set<string> {
    const session = this.context.at(['sessions', index]);
    const chair = valueOf(session, 'chair');
    const ids = [scalarText(chair), ...['chair', 'moderators', 'speakers'].flatMap((k) => itemsOf(valueOf(session, k)).map(scalarText))];
    return new Set(ids.filter((id): id is string => id !== undefined));
  }

  private dates(): CompletionEntry[] {
    const { path, at } = this.context;
    const event = at(['event']);
    const first = scalarText(valueOf(event, 'start'));
    const last = scalarText(valueOf(event, 'end'));
    let days: string[];
    if (path.join('.') === 'event.end') days = first ? datesFrom(first, 7) : [];
    else if (path[0] === 'sessions' && path.length === 3 && first) days = datesBetween(first, last ?? first);
    else days = [];
    const previous = scalarText(at(['sessions', Number(path[1]) - 1, 'date']));
    return days.map((day, i) => {
      const entry = this.value(day, 'date', i, formatDay(day, this.dateLocale()));
      if (day === previous) entry.preselect = true;
      return entry;
    });
  }

  /** The rooms the other sessions use, most used first, so that one room is always written the same way. */
  private rooms(): CompletionEntry[] {
    const index = Number(this.context.path[1]);
    const counts = new Map<string, number>();
    this.context.sessions().forEach((session, i) => {
      const room = i === index ? undefined : textLine(valueOf(session, 'room'));
      if (room) counts.set(room, (counts.get(room) ?? 0) + 1);
    });
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([room, count], i) => this.value(room, 'enum', i, this.say(count === 1 ? msg('complete.usedOnce') : msg('complete.usedBy', { n: count }))));
  }

  private timeZones(): CompletionEntry[] {
    const day = scalarText(this.context.at(['event', 'start']));
    return ianaTimeZones().map((zone, i) => this.value(zone, 'enum', i, timeZoneName(zone, day, this.dateLocale())));
  }

  /** For an item's `duration`: what fills the gap until the next item's own time (or the session's end), then round lengths. */
  private itemDurations(): CompletionEntry[] {
    const { path, at } = this.context;
    const session = at(['sessions', Number(path[1])]) ?? null;
    return itemDurationSlots(session, Number(path[3])).map(([minutes, detail], i) => {
      const entry = this.value(String(minutes), 'enum', i, this.say(detail), false, true);
      if (i === 0) entry.preselect = true;
      return entry;
    });
  }

  private times(): CompletionEntry[] {
    const { path } = this.context;
    const sessions = this.context.sessions();
    const index = Number(path[1]);
    const session = sessions[index];
    if (path[0] !== 'sessions' || !session) return [];
    let slots: [number, Message][];
    if (path.length === 3 && path[2] === 'start') slots = freeSlots(sessions, index);
    else if (path.length === 3 && path[2] === 'end') slots = endSlots(sessions, index);
    else if (path[2] === 'items' && path[4] === 'time') slots = itemSlots(session, Number(path[3]));
    else slots = [];
    return slots.map(([minutes, detail], i) => {
      const entry = this.value(formatMinutes(minutes), 'time', i, this.say(detail), true);
      if (i === 0) entry.preselect = true;
      return entry;
    });
  }
}

/** The ISO dates from `first` to `last`, both included (at most a year of them). */
function datesBetween(first: string, last: string): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  const end = Date.parse(`${last}T00:00:00Z`);
  if (Number.isNaN(start)) return [];
  if (Number.isNaN(end) || end < start) return [first];
  return datesFrom(first, Math.min(MAX_EVENT_DAYS, Math.round((end - start) / 86_400_000) + 1));
}

function datesFrom(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  if (Number.isNaN(start)) return [];
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}


/**
 * The completions at a position of an agenda's text: keys the schema allows there (required ones first, none
 * already present), enum values, ids of topics, people and organisations where an id belongs, dates within the
 * event, and times at the next free slot. Works on incomplete lines and in flow style (`topics: [cr`). Only the
 * entry around the cursor is parsed again; `parsed`, the agenda as already parsed, serves for the rest (it is
 * parsed here when not given). Details and documentation, the schema's documentation of keys included, are in
 * `locale`'s language (English by default). In a programme of files, `scope` adds the ids and agenda items of the
 * agendas the file is part of.
 */
export function completionsAt(text: string, position: Position, parsed?: ParsedAgenda, locale?: string, scope?: AuthoringScope): CompletionEntry[] {
  const context = cursorContext(text, position, parsed ? (parsed.doc.contents as Node | null) : undefined);
  return context ? new Completer(text, context, locale, scope).run() : [];
}

import { isCollection, type Node } from 'yaml';
import { isObjectSchema, schemaAt } from '../base/agendaSchema';
import { LineIndex } from '../base/lines';
import type { Position } from '../base/model';
import { itemsOf, locate, pairsOf, scalarText, type PathSegment } from '../parse/nodes';
import { parseYaml } from '../parse/parse';
import { entryWindow } from './entryWindow';
import { findScalar, type ScalarHit } from './walk';

/** What the cursor is writing: a key of a mapping, or a value (a scalar, or an entry of a list). */
export interface CursorContext {
  kind: 'key' | 'value';
  /** For a key: the path of the mapping it goes in. For a value: the path of the value itself. */
  path: PathSegment[];
  /** The offsets a completion replaces: the word around the cursor, with its quotes. */
  span: [number, number];
  /** What has been typed from the start of the span up to the cursor. */
  typed: string;
  /** For a key: the keys the mapping already has. */
  present: string[];
  /** For a key: whether a `:` already follows it on the line. */
  hasColon: boolean;
  /** Whether the cursor is inside a flow collection (`[a, b]` or `{a: b}`). */
  flow: boolean;
  /** The column of the span's start, and the indentation of the cursor's line. */
  column: number;
  lineIndent: number;
  /**
   * The node at a path of the agenda as it is being typed: inside the entry around the cursor, from a parse of
   * that entry with a placeholder at the cursor (so incomplete lines still parse); elsewhere, from the agenda.
   */
  at(path: readonly PathSegment[]): Node | null | undefined;
  /** The agenda's sessions, the one around the cursor as it is being typed. */
  sessions(): (Node | null)[];
  /** The agenda as parsed, for what lies outside the entry around the cursor (ids, the event, other sessions). */
  root: Node | null;
}

/** The placeholder written at the cursor before parsing, so that an incomplete line still parses. */
const MARKER = 'agenda0cursor0marker';

const WORD = /[^\s,[\]{}"'#]/;
const CLOSERS: Record<string, string> = { '[': ']', '{': '}' };

function inComment(before: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]))) return true;
  }
  return false;
}

/** Where the quote opens that the end of `before` is inside (`room: "Hall W`), or -1 when it is inside none. */
function openQuote(before: string): number {
  let open = -1;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (open >= 0) {
      if (c === before[open]) open = -1;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s,[{:]/.test(before[i - 1]))) open = i;
  }
  return open;
}

/** The closing brackets a line needs for the flow collections it opens and leaves open. */
function missingClosers(line: string): string {
  const stack: string[] = [];
  let quote: string | undefined;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') stack.push(CLOSERS[c]);
    else if ((c === ']' || c === '}') && stack[stack.length - 1] === c) stack.pop();
  }
  return stack.reverse().join('');
}

/** Whether the next line with content is indented to `column`: it continues a mapping the cursor's line starts. */
function continues(lines: LineIndex, line: number, column: number): boolean {
  for (let next = line + 1; next < lines.lineCount; next++) {
    const text = lines.lineText(next);
    if (!text.trim() || /^\s*#/.test(text)) continue;
    return text.length - text.trimStart().length === column;
  }
  return false;
}

/** Parses a text that holds the placeholder and finds it, with its path. */
function findMarker(text: string): { root: Node | null; hit: ScalarHit } | undefined {
  const root = parseYaml(text).doc.contents as Node | null;
  const hit = findScalar(root, ({ node }) => scalarText(node) === MARKER);
  return hit ? { root, hit } : undefined;
}

/**
 * Works out what the cursor is writing, in block or flow style, even on a line that does not parse yet: the
 * word at the cursor is replaced by a placeholder (a key `placeholder:` when the line holds nothing else), open
 * brackets are closed, and the placeholder is looked up in a parse of the entry around the cursor (the whole
 * text where the entry cannot be told). `root`, the agenda as already parsed, serves for everything else.
 */
export function cursorContext(text: string, position: Position, root?: Node | null): CursorContext | undefined {
  const lines = new LineIndex(text);
  const offset = lines.offsetAt(position);
  const lineStart = lines.lineStart(position.line);
  const lineText = lines.lineText(position.line);
  const at = offset - lineStart;
  if (inComment(lineText.slice(0, at))) return undefined;

  const open = openQuote(lineText.slice(0, at));
  let start = at;
  let end = at;
  if (open >= 0) {
    start = open + 1;
    while (end < lineText.length && lineText[end] !== lineText[open]) end++;
  } else {
    while (start > 0 && WORD.test(lineText[start - 1])) start--;
    if (lineText[at - 1] === ':') start = at;
    while (end < lineText.length && WORD.test(lineText[end]) && !(lineText[end] === ':' && /^:(\s|$)/.test(lineText.slice(end)))) end++;
  }
  const quote = lineText[start - 1] === '"' || lineText[start - 1] === "'" ? lineText[start - 1] : undefined;
  const spanStart = quote ? start - 1 : start;
  const spanEnd = quote && lineText[end] === quote ? end + 1 : end;

  const prefix = lineText.slice(0, spanStart);
  const rest = lineText.slice(spanEnd);
  const keyPlace = /^\s*(-\s+)*$/.test(prefix);
  const hasColon = /^\s*:(\s|$)/.test(rest);
  const itemStart = /-\s+$/.test(prefix) && !continues(lines, position.line, spanStart);
  let line = keyPlace && !hasColon ? prefix + MARKER + (itemStart ? '' : ':') : prefix + MARKER + rest;
  line += missingClosers(line);

  const allLines = Array.from({ length: lines.lineCount }, (_, i) => lines.lineText(i));
  const window = entryWindow(allLines, position.line, line);
  let local = window && findMarker(window.text);
  let entry = window?.path ?? [];
  if (!local) {
    local = findMarker(text.slice(0, lineStart) + line + text.slice(lineStart + lineText.length));
    entry = [];
    if (!local) return undefined;
    root = local.root;
  }
  const agenda = root === undefined ? (parseYaml(text).doc.contents as Node | null) : root;
  const { hit, root: entryRoot } = local;
  const toLocal = (path: readonly PathSegment[]) => (entry.length === 2 ? [entry[0], 0, ...path.slice(2)] : [...path]);
  const inEntry = (path: readonly PathSegment[]) => entry.length > 0 && entry.every((segment, i) => path[i] === segment);
  const globalPath = entry.length === 2 ? [entry[0], entry[1], ...hit.path.slice(2)] : hit.path;
  const nodeAt = (path: readonly PathSegment[]) => (inEntry(path) ? locate(entryRoot, toLocal(path)).node : locate(agenda, path).node);

  const context: CursorContext = {
    kind: hit.isKey ? 'key' : 'value',
    path: hit.isKey ? globalPath.slice(0, -1) : globalPath,
    span: [lineStart + spanStart, lineStart + spanEnd],
    typed: lineText.slice(spanStart, at),
    present: [],
    hasColon,
    flow: false,
    column: spanStart,
    lineIndent: lineText.length - lineText.trimStart().length,
    at: nodeAt,
    sessions: () => {
      const sessions = [...itemsOf(locate(agenda, ['sessions']).node)];
      if (entry[0] === 'sessions' && entry.length === 2) sessions[Number(entry[1])] = nodeAt(entry) ?? null;
      return sessions;
    },
    root: agenda,
  };
  const localParent = hit.path.slice(0, -1);
  const parent = locate(entryRoot, localParent).node;
  context.flow = isCollection(parent) && !!parent.flow;
  if (!hit.isKey && typeof globalPath[globalPath.length - 1] === 'number' && !context.flow && isObjectSchema(schemaAt(globalPath))) {
    context.kind = 'key';
    context.path = globalPath;
  }
  if (context.kind === 'key') {
    const map = locate(entryRoot, hit.isKey ? localParent : hit.path).node;
    context.present = pairsOf(map).map((p) => scalarText(p.key)).filter((k): k is string => k !== undefined && k !== MARKER);
  }
  return context;
}

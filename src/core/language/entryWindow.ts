import type { PathSegment } from '../parse/nodes';

/**
 * The lines of the top-level entry around a line, as a small YAML text of its own: the section's key line, then
 * the entry (for a list section such as `sessions`, the one list entry; for a mapping section such as `event`,
 * all of it). Parsing it instead of the whole agenda keeps completion fast on agendas of thousands of lines.
 */
export interface EntryWindow {
  /** The window's text, with `line` replaced by the given text. */
  text: string;
  /** Where the entry sits in the whole agenda: `['sessions', 12]`, `['event']`, or `[]` for the root's keys. */
  path: PathSegment[];
}

interface Shape {
  indent: number;
  /** Blank or a comment: belongs to whatever is around it. */
  empty: boolean;
  dash: boolean;
}

function shapeOf(line: string): Shape {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  return { indent, empty: rest === '' || rest.startsWith('#'), dash: /^-(\s|$)/.test(rest) };
}

/** The key of a top-level line that opens a block (`sessions:`, `event:  # comment`), or undefined. */
function blockKey(line: string): string | undefined {
  return /^([A-Za-z_$][\w$-]*):\s*(#.*)?$/.exec(line)?.[1];
}

/**
 * The window around `line` (0-based) of `lines`, where the text of `line` is `replacement`; undefined when the
 * shape of the text around is unusual (flow collections over several lines, a root that is a list...), so that
 * the caller parses the whole text instead.
 */
export function entryWindow(lines: readonly string[], line: number, replacement: string): EntryWindow | undefined {
  const at = (i: number) => (i === line ? replacement : lines[i]);
  const shape = (i: number): Shape => shapeOf(at(i));

  if (shape(line).indent === 0 && !shape(line).dash) {
    const keys = lines.flatMap((text, i) => (i !== line && !shape(i).empty && shape(i).indent === 0 && !shape(i).dash ? [text.replace(/:(\s.*)?$/, ':')] : []));
    if (keys.some((key) => !/^[A-Za-z_$][\w$-]*:$/.test(key))) return undefined;
    return { text: [...keys, replacement].join('\n'), path: [] };
  }

  let top = line - 1;
  while (top >= 0 && (shape(top).empty || shape(top).indent > 0)) top--;
  const section = top >= 0 ? blockKey(lines[top]) : undefined;
  if (section === undefined) return undefined;
  let end = line + 1;
  while (end < lines.length && (shape(end).empty || shape(end).indent > 0)) end++;

  let first = top + 1;
  while (first < end && shape(first).empty && first !== line) first++;
  const dash = shape(first).dash ? shape(first).indent : -1;
  if (dash < 0) return { text: [`${section}:`, ...range(top + 1, end).map(at)].join('\n'), path: [section] };

  let itemStart = line;
  while (itemStart > top && !(shape(itemStart).dash && shape(itemStart).indent === dash)) itemStart--;
  if (itemStart === top) return undefined;
  let itemEnd = itemStart + 1;
  while (itemEnd < end && (itemEnd === line || shape(itemEnd).empty || shape(itemEnd).indent > dash)) itemEnd++;
  const index = range(top + 1, itemStart).filter((i) => !shape(i).empty && shape(i).dash && shape(i).indent === dash).length;
  return { text: [`${section}:`, ...range(itemStart, itemEnd).map(at)].join('\n'), path: [section, index] };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

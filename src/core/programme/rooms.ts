import type { Node } from 'yaml';
import { itemsOf, pairsOf, scalarText, valueOf, valueSpan } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';

/** A room as written: its text, or for a language map its first translation. */
export function roomName(node: Node | null | undefined): string | undefined {
  return scalarText(node) ?? scalarText(pairsOf(node)[0]?.value);
}

/** A room's text as a key (`roomKey`): trimmed, in lower case, with single spaces. */
export function normalRoom(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * A session's room as a key for telling rooms apart, the same in every face (the clash checks, completion, the
 * move fix, schedule.json): its text trimmed, in lower case with single spaces; for a language map, the
 * translation of the first language code in alphabetical order, so that the order the translations are written
 * in does not matter.
 */
export function roomKey(node: Node | null | undefined): string | undefined {
  const plain = scalarText(node);
  if (plain !== undefined) return normalRoom(plain) || undefined;
  const translations = pairsOf(node)
    .map((pair): [string | undefined, string | undefined] => [scalarText(pair.key), scalarText(pair.value)])
    .filter((entry): entry is [string, string] => entry[0] !== undefined && entry[1] !== undefined && normalRoom(entry[1]) !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return translations.length ? normalRoom(translations[0][1]) : undefined;
}

/** One entry of the top-level `rooms` registry that has an id. */
export interface RoomDefinition {
  id: string;
  /** Its position in `rooms`. */
  index: number;
  node: Node;
  /** Offsets of the id's value. */
  idSpan: [number, number];
}

/** A room registry read once per parse: its entries in file order, and the first entry of each id. */
export interface RoomRegistry {
  definitions: RoomDefinition[];
  byId: Map<string, RoomDefinition>;
}

const registries = new WeakMap<ParsedAgenda, RoomRegistry>();

/**
 * The agenda's own `rooms` registry (`id`, `name`, `capacity`, `floor`): every entry with an id, and the first of
 * each id. Empty when the agenda declares no rooms. Computed once per parse; tolerant of any shape.
 */
export function roomsOf(parsed: ParsedAgenda): RoomRegistry {
  let registry = registries.get(parsed);
  if (registry) return registry;
  registry = { definitions: [], byId: new Map() };
  itemsOf(valueOf(parsed.doc.contents, 'rooms')).forEach((node, index) => {
    const idNode = valueOf(node, 'id');
    const id = scalarText(idNode);
    const idSpan = valueSpan(idNode);
    if (!node || id === undefined || !idSpan) return;
    const definition: RoomDefinition = { id, index, node, idSpan };
    registry!.definitions.push(definition);
    if (!registry!.byId.has(id)) registry!.byId.set(id, definition);
  });
  registries.set(parsed, registry);
  return registry;
}

/** A session's `room` written as one piece of text, with where its value is: what names a room of a registry. */
export function roomReference(session: Node): { id: string; span: [number, number] } | undefined {
  const node = valueOf(session, 'room');
  const id = scalarText(node);
  const span = valueSpan(node);
  return id === undefined || !span ? undefined : { id, span };
}

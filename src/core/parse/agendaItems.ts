import { isMap, type Node } from 'yaml';
import { itemsOf, pairOf, scalarText, valueOf, valueSpan } from './nodes';

/** One entry of a session's `agendaItems`: the node of its number, and whether it says the item is `continued`. */
export interface AgendaItemEntry {
  /** The entry as written: a number, or a mapping of `item` and `continued`. */
  entry: Node | null;
  /** The node of the number: the entry itself, or its `item`. */
  node: Node | null | undefined;
  /** The number as trimmed text (`3` and `"3"` are one), undefined when there is none. */
  number?: string;
  continued: boolean;
}

/** A session's `agendaItems` entry read: its number as trimmed text and whether it is `continued: true`. */
export function agendaItemEntry(entry: Node | null): AgendaItemEntry {
  const node = isMap(entry) ? valueOf(entry, 'item') : entry;
  const number = scalarText(node)?.trim();
  const read: AgendaItemEntry = { entry, node, continued: isMap(entry) && scalarText(valueOf(entry, 'continued')) === 'true' };
  if (number) read.number = number;
  return read;
}

/** The entries of a session's `agendaItems`, in the order written (none when it has no list). */
export function sessionAgendaItems(session: unknown): AgendaItemEntry[] {
  return itemsOf(valueOf(session, 'agendaItems')).map(agendaItemEntry);
}

/** An agenda item of `event.agendaItems`: its number as trimmed text, and its node. */
export interface EventAgendaItem {
  number: string;
  node: Node | null;
}

/** The agenda items of `event.agendaItems` that have a number: the number as trimmed text, and the item's node. */
export function eventAgendaItems(root: unknown): EventAgendaItem[] {
  return itemsOf(valueOf(valueOf(root, 'event'), 'agendaItems')).flatMap((node) => {
    const number = scalarText(valueOf(node, 'number'))?.trim();
    return number ? [{ number, node }] : [];
  });
}

/** Where `continued: true` of an entry is written, key and value together (undefined without both). */
export function continuedSpan(entry: Node | null): [number, number] | undefined {
  const pair = pairOf(entry, 'continued');
  const key = pair?.key.range;
  const value = valueSpan(pair?.value);
  return key && value ? [key[0], value[1]] : undefined;
}

/** A session as the rule of continued agenda items reads it: its entries, and whether it is cancelled. */
export interface AgendaItemTaker<S> {
  session: S;
  entries: readonly AgendaItemEntry[];
  cancelled: boolean;
}

/**
 * The entries that continue an agenda item (`continued: true`) that no session before them takes up, of sessions
 * given in programme order: a session takes up every item it lists, continued or not, unless it is cancelled. Only
 * the numbers of `known` count (an unknown number has its own diagnostic).
 */
export function continuedNotBegun<S>(sessions: Iterable<AgendaItemTaker<S>>, known: ReadonlySet<string>): { session: S; entry: AgendaItemEntry }[] {
  const takenUp = new Set<string>();
  const found: { session: S; entry: AgendaItemEntry }[] = [];
  for (const { session, entries, cancelled } of sessions) {
    for (const entry of entries) {
      if (entry.number && entry.continued && known.has(entry.number) && !takenUp.has(entry.number)) found.push({ session, entry });
    }
    if (!cancelled) for (const { number } of entries) if (number) takenUp.add(number);
  }
  return found;
}

import { isMap, type Node } from 'yaml';
import { itemsOf, scalarText, valueOf } from './nodes';

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

/** The agenda items of `event.agendaItems` that have a number: the number as trimmed text, and the item's node. */
export function eventAgendaItems(root: unknown): { number: string; node: Node | null }[] {
  return itemsOf(valueOf(valueOf(root, 'event'), 'agendaItems')).flatMap((node) => {
    const number = scalarText(valueOf(node, 'number'))?.trim();
    return number ? [{ number, node }] : [];
  });
}

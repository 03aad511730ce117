import type { Node, Pair } from 'yaml';
import type { Range } from '../base/model';
import { contentSpan, itemsOf, pairOf, pairsOf, scalarText, valueOf, valueSpan } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { formatMinutes, sessionTime } from '../time/time';
import { textLine } from '../words/text';
import { entityTitle, sessionWhen } from './entityInfo';

/** What a symbol stands for; the extension maps each to an icon. */
export type AgendaSymbolKind = 'event' | 'section' | 'organization' | 'person' | 'topic' | 'session' | 'item' | 'document';

/** An entry of the Outline and breadcrumbs: the event, each list, and each entry of them with its parts. */
export interface AgendaSymbol {
  name: string;
  detail: string;
  kind: AgendaSymbolKind;
  /** All the entry covers. */
  range: Range;
  /** What to select when it is picked (its id, title or key); inside `range`. */
  selectionRange: Range;
  children: AgendaSymbol[];
}

const LIST_KINDS: Record<string, AgendaSymbolKind> = { organizations: 'organization', people: 'person', topics: 'topic', sessions: 'session' };

class SymbolBuilder {
  constructor(private readonly parsed: ParsedAgenda) {}

  private symbol(name: string | undefined, detail: string, kind: AgendaSymbolKind, span: [number, number], selection: [number, number] | undefined, children: AgendaSymbol[] = []): AgendaSymbol {
    const lines = this.parsed.lines;
    const pick = selection && selection[0] >= span[0] && selection[1] <= span[1] ? selection : span;
    return { name: name || '(untitled)', detail, kind, range: lines.range(span[0], span[1]), selectionRange: lines.range(pick[0], pick[1]), children };
  }

  /** A key with its value, from the key to the end of the value. */
  private pairSpan(pair: Pair<Node, Node | null>): [number, number] {
    const key = valueSpan(pair.key) ?? [0, 0];
    return [key[0], contentSpan(pair.value, this.parsed.text)?.[1] ?? key[1]];
  }

  build(): AgendaSymbol[] {
    const root = this.parsed.doc.contents as Node | null;
    const result: AgendaSymbol[] = [];
    for (const pair of pairsOf(root)) {
      const key = scalarText(pair.key);
      if (key === 'event') result.push(this.event(pair));
      else if (key && LIST_KINDS[key]) {
        const children = itemsOf(pair.value).map((node, index) => this.entry(LIST_KINDS[key], node, index)).filter((s): s is AgendaSymbol => !!s);
        result.push(this.symbol(key, String(children.length), 'section', this.pairSpan(pair), valueSpan(pair.key), children));
      }
    }
    return result;
  }

  private event(pair: Pair<Node, Node | null>): AgendaSymbol {
    const event = pair.value;
    const start = scalarText(valueOf(event, 'start'));
    const end = scalarText(valueOf(event, 'end'));
    const dates = start && end && end !== start ? `${start} – ${end}` : start ?? '';
    return this.symbol(textLine(valueOf(event, 'shortTitle')) ?? textLine(valueOf(event, 'title')) ?? 'event', dates, 'event', this.pairSpan(pair), valueSpan(pair.key), this.documents(event));
  }

  private documents(owner: Node | null): AgendaSymbol[] {
    return itemsOf(valueOf(owner, 'documents')).flatMap((node) => {
      const span = contentSpan(node, this.parsed.text);
      if (!span) return [];
      const symbol = scalarText(valueOf(node, 'symbol'));
      const title = textLine(valueOf(node, 'title'));
      return [this.symbol(symbol ?? title, symbol ? title ?? '' : '', 'document', span, valueSpan(valueOf(node, symbol ? 'symbol' : 'title')))];
    });
  }

  private entry(kind: AgendaSymbolKind, node: Node | null, index: number): AgendaSymbol | undefined {
    const span = contentSpan(node, this.parsed.text);
    if (!span || !node) return undefined;
    const id = scalarText(valueOf(node, 'id'));
    const idSpan = valueSpan(valueOf(node, 'id')) ?? valueSpan(pairsOf(node)[0]?.key);
    if (kind !== 'session') {
      const title = kind === 'organization' || kind === 'person' || kind === 'topic' ? entityTitle({ kind, node }) : undefined;
      return this.symbol(title ?? id ?? `${kind} ${index + 1}`, title && id ? id : '', kind, span, idSpan);
    }
    const title = textLine(valueOf(node, 'title'));
    const children = [...this.items(node), ...this.documents(node)];
    const titleSpan = valueSpan(pairOf(node, 'title')?.value) ?? idSpan;
    return this.symbol(title ?? id ?? `Session ${index + 1}`, sessionWhen(node), 'session', span, titleSpan, children);
  }

  private items(session: Node): AgendaSymbol[] {
    const times = sessionTime(session).items;
    return itemsOf(valueOf(session, 'items')).flatMap((node, i) => {
      const span = contentSpan(node, this.parsed.text);
      if (!span) return [];
      const start = times[i]?.start;
      const title = textLine(valueOf(node, 'title')) ?? `Item ${i + 1}`;
      const kind = scalarText(valueOf(node, 'kind')) ?? '';
      return [this.symbol(start !== undefined ? `${formatMinutes(start)} ${title}` : title, kind, 'item', span, valueSpan(valueOf(node, 'title')))];
    });
  }
}

/** The Outline of an agenda: the event, then organisations, people, topics and sessions (with their items and documents). */
export function documentSymbols(parsed: ParsedAgenda): AgendaSymbol[] {
  return new SymbolBuilder(parsed).build();
}

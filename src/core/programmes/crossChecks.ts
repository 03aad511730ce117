import type { Diagnostic, DiagnosticCode, RelatedLocation, Severity } from '../base/model';
import { clock, SCOPED_KINDS, sessionName, unknownAgendaItem, type ScopedKind, type TimedSession } from '../check/semantic';
import { withMessage } from '../messages/diagnosticText';
import { msg, type Message } from '../messages/messages';
import { continuedNotBegun, continuedSpan } from '../parse/agendaItems';
import { valueSpan } from '../parse/nodes';
import { compareSessionTimes } from '../programme/model';
import { extentsMeet } from '../time/extent';
import { relativePath } from './paths';
import type { FileSummary, Spanned, SummarySession } from './summary';

/** How the files of a programme hang together. */
export interface Links {
  /** For each file with `partOf`, the file it names (undefined when none of the programme's files is there). */
  partOf: Map<string, string | undefined>;
  parent: Map<string, string>;
  /** The agendas each file is part of, nearest first, up to a cycle. */
  ancestors: Map<string, string[]>;
  /** The root of each file whose chain of parents ends. */
  root: Map<string, string>;
  /** The files of each root's programme, parents before children, then by key. */
  members: Map<string, string[]>;
  /** How many files name each file as their parent. */
  children: Map<string, number>;
  /** For each file in a cycle, the cycle from it. */
  cycles: Map<string, string[]>;
}

/** A session that holds a room or a person, in its file. */
interface Booking {
  uri: string;
  session: SummarySession;
  timed: TimedSession;
  /** Where the diagnostic about it goes. */
  span: [number, number];
  /** Its place in the programme's order, for ties. */
  order: number;
}

const ENTITY_NAMES: Record<ScopedKind, Message> = {
  organization: msg('entity.organization'),
  person: msg('entity.person'),
  topic: msg('entity.topic'),
  track: msg('entity.track'),
  document: msg('entity.document'),
  room: msg('entity.room'),
};

/**
 * The codes of a file's own check that the programme finds again for a file that takes part in one (see
 * `crossFileDiagnostics`): its agenda items are the programme's.
 */
export const AGENDA_ITEM_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>(['unknown-agenda-item', 'agenda-item-not-begun']);

class CrossFileReporter {
  readonly diagnostics = new Map<string, Diagnostic[]>();

  constructor(private readonly files: ReadonlyMap<string, FileSummary>, private readonly links: Links) {}

  private range(uri: string, span: [number, number]): Diagnostic['range'] {
    return this.files.get(uri)!.parsed.lines.range(span[0], span[1]);
  }

  private add(uri: string, span: [number, number] | undefined, severity: Severity, code: DiagnosticCode, message: Message, related?: [string, [number, number], Message], suggestions?: string[]): void {
    if (!span) return;
    const diagnostic = withMessage({ range: this.range(uri, span), severity, code }, message);
    if (related) {
      const [other, otherSpan, otherMessage] = related;
      const location: RelatedLocation = withMessage({ range: this.range(other, otherSpan) }, otherMessage);
      if (other !== uri) location.uri = other;
      diagnostic.related = [location];
    }
    if (suggestions?.length) diagnostic.suggestions = suggestions;
    const list = this.diagnostics.get(uri);
    if (list) list.push(diagnostic);
    else this.diagnostics.set(uri, [diagnostic]);
  }

  run(): Map<string, Diagnostic[]> {
    this.parents();
    this.agendaItems();
    for (const members of this.links.members.values()) {
      if (members.length < 2) continue;
      const order = new Map(members.map((uri, i) => [uri, i]));
      for (const uri of members) {
        this.shadows(uri);
        this.dates(uri);
      }
      this.sessionIds(members);
      this.rooms(members, order);
      this.people(members, order);
    }
    return this.diagnostics;
  }

  private parents(): void {
    for (const [uri, parent] of this.links.partOf) {
      const partOf = this.files.get(uri)!.partOf!;
      if (parent === undefined) this.add(uri, partOf.span, 'error', 'parent-not-found', msg('files.parentNotFound', { path: partOf.value }));
    }
    for (const [uri, cycle] of this.links.cycles) {
      const next = this.links.parent.get(uri)!;
      const names = [...cycle, uri].map((file) => relativePath(uri, file)).join(' → ');
      this.add(uri, this.files.get(uri)!.partOf!.span, 'error', 'parent-cycle', msg('files.parentCycle', { files: names }),
        [next, this.files.get(next)!.partOf!.span, msg('files.partOf', { file: relativePath(uri, next) })]);
    }
  }

  /**
   * The agenda items of every file in a programme, against those it sees: its own event's, else those of the
   * nearest agenda it is part of that declares any (the congress's). An unknown number is reported in its file; a
   * continued item that no session before it takes up, in programme order over every file that sees the same
   * items. Each has a related location at the items' declaration when that is in another file.
   */
  private agendaItems(): void {
    const order = new Map<string, number>();
    for (const members of this.links.members.values()) members.forEach((uri, i) => order.set(uri, i));
    const groups = new Map<string, { uri: string; session: SummarySession }[]>();
    for (const [uri, summary] of this.files) {
      if (!this.links.partOf.has(uri) && !this.links.children.get(uri)) continue;
      const owner = [uri, ...(this.links.ancestors.get(uri) ?? [])].find((file) => this.files.get(file)!.agendaItems);
      const declared = owner === undefined ? undefined : this.files.get(owner)!.agendaItems!;
      const numbers = [...(declared?.numbers.keys() ?? [])];
      for (const session of summary.sessions) {
        if (!session.agendaItems.length) continue;
        for (const { node, number } of session.agendaItems) {
          if (!number || declared?.numbers.has(number)) continue;
          const { message, suggestions } = unknownAgendaItem(number, sessionName(session.node, session.index), numbers);
          const related = owner !== undefined && owner !== uri ? this.declaration(uri, owner, declared!.span) : undefined;
          this.add(uri, valueSpan(node), 'error', 'unknown-agenda-item', message, related, suggestions);
        }
        const group = groups.get(owner ?? uri) ?? [];
        group.push({ uri, session });
        groups.set(owner ?? uri, group);
      }
    }
    for (const [owner, sessions] of groups) {
      const declared = this.files.get(owner)!.agendaItems;
      if (!declared) continue;
      const rank = (uri: string) => order.get(uri) ?? Number.MAX_SAFE_INTEGER;
      sessions.sort((a, b) => compareSessionTimes(a.session.model, b.session.model) || rank(a.uri) - rank(b.uri) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.session.index - b.session.index);
      const takers = sessions.map((taker) => ({ session: taker, entries: taker.session.agendaItems, cancelled: taker.session.cancelled }));
      for (const { session: { uri, session }, entry } of continuedNotBegun(takers, new Set(declared.numbers.keys()))) {
        const number = entry.number!;
        const related = owner !== uri ? this.declaration(uri, owner, declared.numbers.get(number)!, number) : undefined;
        this.add(uri, continuedSpan(entry.entry), 'warning', 'agenda-item-not-begun', msg('semantic.continuedNotBegun', { id: sessionName(session.node, session.index), number }), related);
      }
    }
  }

  /** A related location at the agenda items (or one item) another file declares. */
  private declaration(uri: string, owner: string, span: [number, number], number?: string): [string, [number, number], Message] {
    const file = relativePath(uri, owner);
    return [owner, span, number === undefined ? msg('files.agendaItems', { file }) : msg('files.agendaItem', { number, file })];
  }

  /** Ids a file defines again though an agenda it is part of defines them. */
  private shadows(uri: string): void {
    const ancestors = this.links.ancestors.get(uri) ?? [];
    for (const kind of SCOPED_KINDS) {
      for (const [id, span] of this.files.get(uri)!.definitions[kind]) {
        const owner = ancestors.find((file) => this.files.get(file)!.definitions[kind].has(id));
        if (owner === undefined) continue;
        const file = relativePath(uri, owner);
        this.add(uri, span, 'warning', 'id-shadows-parent', msg('files.shadowedId', { kind: ENTITY_NAMES[kind], id, file }),
          [owner, this.files.get(owner)!.definitions[kind].get(id)!, msg('files.parentDefinition', { kind: ENTITY_NAMES[kind], id, file })]);
      }
    }
  }

  /** Sessions and the event's own dates outside the dates of the nearest agenda it is part of that has them. */
  private dates(uri: string): void {
    const owner = (this.links.ancestors.get(uri) ?? []).find((file) => {
      const { start, end } = this.files.get(file)!.event;
      return start && end && start.value <= end.value;
    });
    if (owner === undefined) return;
    const { start, end } = this.files.get(owner)!.event as { start: Spanned; end: Spanned };
    const [first, last] = [start.value, end.value];
    const file = relativePath(uri, owner);
    const related: [string, [number, number], Message] = [owner, [start.span[0], end.span[1]], msg('files.parentDates', { file })];
    const summary = this.files.get(uri)!;
    for (const key of ['start', 'end'] as const) {
      const date = summary.event[key];
      if (date && (date.value < first || date.value > last)) {
        this.add(uri, date.span, 'error', 'date-outside-parent', msg('files.eventOutsideParent', { key, date: date.value, first, last, file }), related);
      }
    }
    for (const session of summary.sessions) {
      const date = session.date;
      if (!date || (date.value >= first && date.value <= last)) continue;
      const id = session.id?.value ?? `${session.index + 1}`;
      this.add(uri, date.span, 'error', 'date-outside-parent', msg('files.outsideParent', { id, date: date.value, first, last, file }), related);
    }
  }

  /** Session ids written in two files of one programme: the later file (children after parents) is told. */
  private sessionIds(members: string[]): void {
    const first = new Map<string, [string, Spanned]>();
    for (const uri of members) {
      for (const session of this.files.get(uri)!.sessions) {
        if (!session.id) continue;
        const earlier = first.get(session.id.value);
        if (!earlier) first.set(session.id.value, [uri, session.id]);
        else if (earlier[0] !== uri) {
          const file = relativePath(uri, earlier[0]);
          this.add(uri, session.id.span, 'error', 'programme-duplicate-session', msg('files.sessionIdCollision', { id: session.id.value, file }),
            [earlier[0], earlier[1].span, msg('files.session', { id: session.id.value, file })]);
        }
      }
    }
  }

  /** Of two clashing bookings, the one to report: in a file that is part of the other's, else the later one. */
  private told(earlier: Booking, later: Booking): [Booking, Booking] {
    return (this.links.ancestors.get(earlier.uri) ?? []).includes(later.uri) ? [earlier, later] : [later, earlier];
  }

  private rooms(members: string[], order: Map<string, number>): void {
    const byRoom = new Map<string, Booking[]>();
    for (const uri of members) {
      for (const session of this.files.get(uri)!.sessions) {
        if (!session.timed || session.roomKey === undefined || !session.startSpan) continue;
        const list = byRoom.get(session.roomKey) ?? [];
        list.push({ uri, session, timed: session.timed, span: session.startSpan, order: order.get(uri)! * 1e6 + session.index });
        byRoom.set(session.roomKey, list);
      }
    }
    for (const bookings of byRoom.values()) {
      crossSweep(bookings, (earlier, later) => {
        const [told, other] = this.told(earlier, later);
        const written = told.session.room ?? '';
        const registered = [told.uri, ...(this.links.ancestors.get(told.uri) ?? [])].map((file) => this.files.get(file)!.roomNames.get(written)).find((name) => name !== undefined);
        const file = relativePath(told.uri, other.uri);
        const otherTimes = other.timed.date === told.timed.date ? clock(other.timed.extent) : `${clock(other.timed.extent)} on ${other.timed.date}`;
        this.add(told.uri, told.span, 'error', 'programme-room-clash',
          msg('files.roomClash', { id: told.timed.id, times: clock(told.timed.extent), other: other.timed.id, otherTimes, file, room: registered ?? written, date: told.timed.date }),
          [other.uri, other.span, msg('files.session', { id: other.timed.id, file })]);
      });
    }
  }

  private people(members: string[], order: Map<string, number>): void {
    const byPerson = new Map<string, Booking[]>();
    for (const uri of members) {
      const chain = [uri, ...(this.links.ancestors.get(uri) ?? [])];
      for (const session of this.files.get(uri)!.sessions) {
        if (!session.timed) continue;
        for (const [person, span] of session.people) {
          const definer = chain.find((file) => this.files.get(file)!.definitions.person.has(person)) ?? '';
          const key = `${definer}\u0000${person}`;
          const list = byPerson.get(key) ?? [];
          list.push({ uri, session, timed: session.timed, span, order: order.get(uri)! * 1e6 + session.index });
          byPerson.set(key, list);
        }
      }
    }
    for (const [key, bookings] of byPerson) {
      const person = key.slice(key.indexOf('\u0000') + 1);
      crossSweep(bookings, (earlier, later) => {
        const [told, other] = this.told(earlier, later);
        const file = relativePath(told.uri, other.uri);
        this.add(told.uri, told.span, 'warning', 'programme-person-clash',
          msg('files.personClash', { person, other: other.timed.id, times: clock(other.timed.extent), date: other.timed.date, file }),
          [other.uri, other.span, msg('files.personInSession', { person, other: other.timed.id, file })]);
      });
    }
  }
}

/**
 * Calls `clash` for each booking that meets an earlier one of another file (clashes within one file are that
 * file's own checks), naming the earlier one of another file that ends last: one pass in time order, keeping the
 * latest-ending booking and the latest-ending one of another file than it.
 */
function crossSweep(bookings: Booking[], clash: (earlier: Booking, later: Booking) => void): void {
  const sorted = [...bookings].sort((a, b) => a.timed.from - b.timed.from || a.order - b.order);
  let latest: Booking | undefined;
  let other: Booking | undefined;
  for (const booking of sorted) {
    const candidate = latest && latest.uri !== booking.uri ? latest : other;
    if (candidate && extentsMeet({ start: candidate.timed.from, end: candidate.timed.to }, { start: booking.timed.from, end: booking.timed.to })) clash(candidate, booking);
    if (!latest || booking.timed.to > latest.timed.to) {
      if (latest && latest.uri !== booking.uri) other = latest;
      latest = booking;
    } else if (booking.uri !== latest.uri && (!other || booking.timed.to > other.timed.to)) other = booking;
  }
}

/**
 * What only the files of a programme together tell, by file: a `partOf` that names no file (`parent-not-found`)
 * or is part of a cycle (`parent-cycle`); and within each programme, ids that an agenda defines again though an
 * agenda it is part of does (`id-shadows-parent`), sessions and events dated outside the parent event
 * (`date-outside-parent`), session ids used in two files (`programme-duplicate-session`), rooms booked twice
 * (`programme-room-clash`) and people in two places at once (`programme-person-clash`) across files; and in every
 * file that takes part in a programme, the agenda items its sessions take up (`unknown-agenda-item`,
 * `agenda-item-not-begun`), against the items it sees and over the programme's order. Each is
 * reported in the file where the fix belongs (the child, else the later session), with a related location in the
 * other file.
 */
export function crossFileDiagnostics(files: ReadonlyMap<string, FileSummary>, links: Links): Map<string, Diagnostic[]> {
  return new CrossFileReporter(files, links).run();
}

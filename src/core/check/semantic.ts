import type { Node } from 'yaml';
import type { Diagnostic, DiagnosticCode, RelatedLocation, Severity } from '../base/model';
import { closest } from '../base/suggest';
import { ENTITY_LISTS, type AgendaEntities, type EntityKind } from '../parse/entities';
import { pairOf, scalarText, valueOf, valueSpan } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { programmeOf } from '../programme/model';
import { roomKey, roomName } from '../programme/rooms';
import { dayPartOf, inDayPart, isDayPart } from '../time/dayParts';
import { formatMinutes, isCalendarDate, minutesOf, type SessionTime } from '../time/time';
import { ianaTimeZones } from '../time/timeZones';
import { withMessage } from '../messages/diagnosticText';
import { didYouMean, msg, type Message, type MessageId } from '../messages/messages';
import { translationDiagnostics } from './translations';

const UNKNOWN_CODE: Record<EntityKind, DiagnosticCode> = {
  organization: 'unknown-organization',
  person: 'unknown-person',
  topic: 'unknown-topic',
  session: 'unknown-topic',
};

interface TimedSession {
  index: number;
  node: Node;
  id: string;
  time: SessionTime & { date: string; start: number; end: number };
}

class SemanticReporter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly root: Node | null;
  private readonly entities: AgendaEntities;

  constructor(private readonly parsed: ParsedAgenda) {
    this.root = parsed.doc.contents as Node | null;
    this.entities = programmeOf(parsed).entities;
  }

  private add(span: [number, number] | undefined, severity: Severity, code: DiagnosticCode, message: Message, extra: Partial<Diagnostic> = {}): void {
    if (!span) return;
    this.diagnostics.push(Object.assign(withMessage({ range: this.parsed.lines.range(span[0], span[1]), severity, code }, message), extra));
  }

  private related(span: [number, number] | undefined, message: Message): RelatedLocation[] {
    return span ? [withMessage({ range: this.parsed.lines.range(span[0], span[1]) }, message)] : [];
  }

  run(): Diagnostic[] {
    this.duplicates();
    this.references();
    this.unused();
    this.event();
    const timed = this.sessions();
    this.overlaps(timed);
    return this.diagnostics;
  }

  private duplicates(): void {
    for (const kind of Object.keys(ENTITY_LISTS) as EntityKind[]) {
      for (const definition of this.entities.definitions[kind]) {
        const first = this.entities.byId[kind].get(definition.id);
        if (!first || first === definition) continue;
        const line = this.parsed.lines.positionAt(first.idSpan[0]).line + 1;
        this.add(definition.idSpan, 'error', 'duplicate-id', msg('semantic.duplicateId', { kind: kindName(kind), id: definition.id, line }),
          { related: this.related(first.idSpan, msg('semantic.firstId', { kind: kindName(kind), id: definition.id })) });
      }
    }
  }

  private references(): void {
    for (const reference of this.entities.references) {
      if (this.entities.byId[reference.kind].has(reference.id)) continue;
      const known = [...this.entities.byId[reference.kind].keys()];
      const suggestions = closest(reference.id, known);
      const list = ENTITY_LISTS[reference.kind];
      const message = known.length
        ? msg('semantic.unknown', { kind: kindName(reference.kind), id: reference.id, list, hint: didYouMean(suggestions) })
        : msg('semantic.unknownNone', { kind: kindName(reference.kind), id: reference.id, list });
      this.add(reference.span, 'error', UNKNOWN_CODE[reference.kind], message, suggestions.length ? { suggestions } : {});
    }
  }

  private unused(): void {
    const used: Record<EntityKind, Set<string>> = { organization: new Set(), person: new Set(), topic: new Set(), session: new Set() };
    for (const reference of this.entities.references) used[reference.kind].add(reference.id);
    for (const kind of ['organization', 'person', 'topic'] as EntityKind[]) {
      for (const [id, definition] of this.entities.byId[kind]) {
        if (used[kind].has(id)) continue;
        const message = kind === 'topic' ? 'semantic.unusedTopic' : kind === 'person' ? 'semantic.unusedPerson' : 'semantic.unusedOrganization';
        this.add(definition.idSpan, 'info', 'unused-id', msg(message, { id }));
      }
    }
  }

  private event(): void {
    const event = valueOf(this.root, 'event');
    const zoneNode = valueOf(event, 'timezone');
    const zone = scalarText(zoneNode);
    if (zone !== undefined && !isTimeZone(zone)) {
      const suggestions = closest(zone, ianaTimeZones());
      this.add(valueSpan(zoneNode), 'error', 'unknown-timezone', msg('semantic.timezone', { zone, hint: didYouMean(suggestions) }), suggestions.length ? { suggestions } : {});
    }
    const start = scalarText(valueOf(event, 'start'));
    const endNode = valueOf(event, 'end');
    const end = scalarText(endNode);
    if (isCalendarDate(start) && isCalendarDate(end) && end < start) {
      this.add(valueSpan(endNode), 'error', 'time-order', msg('semantic.eventOrder', { end, start }), { suggestions: [start] });
    }
  }

  private sessions(): TimedSession[] {
    const event = valueOf(this.root, 'event');
    const first = scalarText(valueOf(event, 'start'));
    const last = scalarText(valueOf(event, 'end'));
    const dated = isCalendarDate(first) && isCalendarDate(last) && first <= last;
    const timed: TimedSession[] = [];
    for (const { index, node, id: written, time } of programmeOf(this.parsed).sessions) {
      const id = written ?? `${index + 1}`;
      if (dated && time.day !== undefined && (time.day < first || time.day > last)) {
        this.add(valueSpan(valueOf(node, 'date')), 'error', 'date-outside-event', msg('semantic.outsideEvent', { id, date: time.day, first, last }));
      }
      this.sessionClock(node, id, time);
      const cancelled = scalarText(valueOf(node, 'status')) === 'cancelled';
      if (!cancelled && time.day !== undefined && time.start !== undefined && time.end !== undefined && time.end > time.start) {
        timed.push({ index, node, id, time: { ...time, date: time.day, start: time.start, end: time.end } });
      }
    }
    return timed;
  }

  private sessionClock(node: Node, id: string, time: SessionTime): void {
    const endNode = valueOf(node, 'end');
    const durationNode = valueOf(node, 'duration');
    const end = minutesOf(scalarText(endNode));
    if (pairOf(node, 'start') === undefined) {
      for (const [key, value] of [['end', endNode], ['duration', durationNode]] as const) {
        if (value) this.add(valueSpan(value), 'warning', 'time-mismatch', msg('semantic.noStart', { id, key }));
      }
    }
    if (time.start !== undefined && end !== undefined) {
      if (end <= time.start) {
        const message = end === time.start
          ? msg('semantic.endsWhenStarts', { id, time: formatMinutes(end) })
          : msg('semantic.endsBeforeStart', { id, end: formatMinutes(end), start: formatMinutes(time.start) });
        this.add(valueSpan(endNode), 'error', 'time-order', message);
      }
      const duration = Number(scalarText(durationNode));
      if (durationNode && Number.isInteger(duration) && duration > 0 && time.start + duration !== end) {
        this.add(valueSpan(durationNode), 'warning', 'time-mismatch',
          msg('semantic.durationMismatch', { id, duration, minutes: end - time.start }),
          end > time.start ? { suggestions: [String(end - time.start)] } : {});
      }
    }
    const partNode = valueOf(node, 'part');
    if (isDayPart(time.part) && time.start !== undefined && !inDayPart(time.start, time.part)) {
      this.add(valueSpan(partNode), 'warning', 'part-mismatch', msg('semantic.partMismatch', { id, time: formatMinutes(time.start), part: msg(`part.${time.part}` as MessageId) }), { suggestions: [dayPartOf(time.start)] });
    }
    this.items(id, time);
  }

  private items(id: string, time: SessionTime): void {
    let previousEnd: number | undefined;
    const written = time.endFrom === 'end' || time.endFrom === 'duration' ? time.end : undefined;
    time.items.forEach((item, i) => {
      const timeNode = valueOf(item.node, 'time');
      const anchor = valueSpan(timeNode) ?? valueSpan(pairOf(item.node, 'title')?.key) ?? valueSpan(item.node);
      const label = msg('semantic.item', { n: i + 1, id });
      if (item.explicit && item.start !== undefined && previousEnd !== undefined && item.start < previousEnd) {
        this.add(anchor, 'warning', 'item-overlap', msg('semantic.itemOverlap', { item: label, start: formatMinutes(item.start), end: formatMinutes(previousEnd) }));
      } else if (item.start !== undefined && time.start !== undefined && item.start < time.start) {
        this.add(anchor, 'warning', 'time-outside-session', msg('semantic.itemBeforeSession', { item: label, start: formatMinutes(item.start), sessionStart: formatMinutes(time.start) }));
      }
      if (written !== undefined && time.start !== undefined && written > time.start) {
        if (item.end !== undefined && item.end > written) {
          const span = valueSpan(valueOf(item.node, 'duration')) ?? anchor;
          this.add(span, 'warning', 'time-outside-session', msg('semantic.itemAfterSession', { item: label, end: formatMinutes(item.end), sessionEnd: formatMinutes(written) }));
        } else if (item.end === undefined && item.start !== undefined && item.start >= written) {
          this.add(anchor, 'warning', 'time-outside-session', msg('semantic.itemAtSessionEnd', { item: label, start: formatMinutes(item.start), sessionEnd: formatMinutes(written) }));
        }
      }
      previousEnd = item.end ?? (item.start !== undefined && previousEnd !== undefined ? Math.max(previousEnd, item.start) : item.start);
    });
  }

  private overlaps(timed: TimedSession[]): void {
    const sorted = [...timed].sort((a, b) => a.time.date.localeCompare(b.time.date) || a.time.start - b.time.start || a.index - b.index);
    const people = this.peopleBySession();
    for (let i = 0; i < sorted.length; i++) {
      const later = sorted[i];
      for (let j = i - 1; j >= 0; j--) {
        const earlier = sorted[j];
        if (earlier.time.date !== later.time.date) break;
        if (earlier.time.end <= later.time.start) continue;
        this.roomClash(earlier, later);
        this.personClash(earlier, later, people);
      }
    }
  }

  private roomClash(earlier: TimedSession, later: TimedSession): void {
    const roomA = roomKey(valueOf(earlier.node, 'room'));
    const roomB = roomKey(valueOf(later.node, 'room'));
    if (!roomA || roomA !== roomB) return;
    const startNode = valueOf(later.node, 'start');
    const room = roomName(valueOf(earlier.node, 'room')) ?? roomA;
    this.add(valueSpan(startNode), 'error', 'time-overlap',
      msg('semantic.roomClash', { id: later.id, times: hours(later), other: earlier.id, otherTimes: hours(earlier), room, date: later.time.date }),
      { related: this.related(valueSpan(valueOf(earlier.node, 'start')), msg('semantic.session', { id: earlier.id })) });
  }

  private personClash(earlier: TimedSession, later: TimedSession, people: Map<number, Map<string, [number, number]>>): void {
    const first = people.get(earlier.index);
    for (const [person, span] of people.get(later.index) ?? []) {
      if (!first?.has(person)) continue;
      this.add(span, 'warning', 'person-double-booked',
        msg('semantic.personClash', { person, other: earlier.id, times: hours(earlier), date: earlier.time.date }),
        { related: this.related(first.get(person), msg('semantic.personInSession', { person, other: earlier.id })) });
    }
  }

  /** For each session, the people in it (chair, moderators, speakers) and where each is first named. */
  private peopleBySession(): Map<number, Map<string, [number, number]>> {
    const result = new Map<number, Map<string, [number, number]>>();
    for (const reference of this.entities.references) {
      if (reference.kind !== 'person' || reference.session === undefined) continue;
      let people = result.get(reference.session);
      if (!people) result.set(reference.session, (people = new Map()));
      if (!people.has(reference.id)) people.set(reference.id, reference.span);
    }
    return result;
  }
}

/** A kind of entry in words: "person", «personne». */
function kindName(kind: EntityKind): Message {
  return msg(`entity.${kind}`);
}

/** A session's hours: `09:00–10:30`. */
function hours(session: TimedSession): string {
  return `${formatMinutes(session.time.start)}–${formatMinutes(session.time.end)}`;
}

/** The last zone asked about and the answer: an agenda names one zone, checked again on every edit. */
let lastZone: [string, boolean] | undefined;

function isTimeZone(zone: string): boolean {
  if (lastZone?.[0] !== zone) {
    try {
      if (!ianaTimeZones().includes(zone)) new Intl.DateTimeFormat('en', { timeZone: zone });
      lastZone = [zone, true];
    } catch {
      lastZone = [zone, false];
    }
  }
  return lastZone[1];
}

/**
 * Checks what a schema cannot: references, unique ids, dates and times, clashes of rooms and people, missing
 * translations.
 */
export function semanticDiagnostics(parsed: ParsedAgenda): Diagnostic[] {
  return [...new SemanticReporter(parsed).run(), ...translationDiagnostics(parsed)];
}

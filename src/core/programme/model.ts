import { isScalar, type Node } from 'yaml';
import { collectEntities, type AgendaEntities, type Reference } from '../parse/entities';
import { itemsOf, scalarText, valueOf } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { DAY_PARTS, isDayPart } from '../time/dayParts';
import { sessionTime, type SessionTime } from '../time/time';
import { roomKey } from './rooms';

/** A session of the agenda as every face places it: where it is written, and when it takes place. */
export interface ModelSession {
  /** Its position in `sessions`. */
  index: number;
  node: Node;
  id?: string;
  time: SessionTime;
  /** Where in the day it sorts, in minutes: its start, else the start of its part of the day, else after all. */
  sortMinute: number;
  /** The references written in it (chair, moderators, speakers, topics, track, documents, its items' speakers and authors), in file order. */
  references: Reference[];
  /** Its `track` as written (an id of `tracks`). */
  track?: string;
  /** Its room as every face tells rooms apart (`roomKey`). */
  roomKey?: string;
}

/** The sessions on one day, in programme order; `date` is undefined for sessions without a real date. */
export interface ModelDay {
  date?: string;
  sessions: ModelSession[];
}

/** An agenda resolved once: its ids and references, its sessions with their times, and its days in order. */
export interface ProgrammeModel {
  entities: AgendaEntities;
  /** Every session that is a mapping, in file order. */
  sessions: ModelSession[];
  /** The days in date order, the sessions without a real date last. */
  days: ModelDay[];
}

const models = new WeakMap<ParsedAgenda, ProgrammeModel>();

function sortMinute(time: SessionTime): number {
  if (time.start !== undefined) return time.start;
  return isDayPart(time.part) ? DAY_PARTS[time.part].from : 24 * 60;
}

/**
 * The order of sessions in every face: by day (sessions without a real date last), then by start, a session known
 * only by its part of the day at the start of that part, one with neither last; on the same minute a session with
 * only a part first, then file order.
 */
export function compareSessions(a: ModelSession, b: ModelSession): number {
  return compareSessionTimes(a, b) || a.index - b.index;
}

/** {@link compareSessions} without file order: 0 for sessions at one place in the programme's time (of one file or two). */
export function compareSessionTimes(a: ModelSession, b: ModelSession): number {
  const [dayA, dayB] = [a.time.day, b.time.day];
  if (dayA !== dayB) return dayA === undefined ? 1 : dayB === undefined ? -1 : dayA < dayB ? -1 : 1;
  const timedA = a.time.start === undefined ? 0 : 1;
  const timedB = b.time.start === undefined ? 0 : 1;
  return a.sortMinute - b.sortMinute || timedA - timedB;
}

/** One session of `sessions` as the model holds it, from its node, its position and the references in it. */
export function modelSession(node: Node, index: number, references: Reference[] = []): ModelSession {
  const time = sessionTime(node);
  const session: ModelSession = { index, node, time, sortMinute: sortMinute(time), references };
  const id = scalarText(valueOf(node, 'id'));
  const track = scalarText(valueOf(node, 'track'));
  const room = roomKey(valueOf(node, 'room'));
  if (id !== undefined) session.id = id;
  if (track !== undefined) session.track = track;
  if (room !== undefined) session.roomKey = room;
  return session;
}

function read(parsed: ParsedAgenda): ProgrammeModel {
  const root = parsed.doc.contents as Node | null;
  const entities = collectEntities(root);
  const references = new Map<number, Reference[]>();
  for (const reference of entities.references) {
    if (reference.session === undefined) continue;
    const list = references.get(reference.session);
    if (list) list.push(reference);
    else references.set(reference.session, [reference]);
  }
  const sessions: ModelSession[] = [];
  itemsOf(valueOf(root, 'sessions')).forEach((node, index) => {
    if (node && !(isScalar(node) && node.value === null)) sessions.push(modelSession(node, index, references.get(index)));
  });
  const byDay = new Map<string | undefined, ModelSession[]>();
  for (const session of [...sessions].sort(compareSessions)) {
    const list = byDay.get(session.time.day);
    if (list) list.push(session);
    else byDay.set(session.time.day, [session]);
  }
  const days = [...byDay].map(([date, list]): ModelDay => (date === undefined ? { sessions: list } : { date, sessions: list }));
  return { entities, sessions, days };
}

/**
 * The programme model of a parsed agenda: its definitions and references, every session with its times (one rule
 * for a session's extent, see `sessionTime`) and the days with their sessions in the one order of `compareSessions`.
 * The outline, the printed programme, the calendar, schedule.json, the checks of times and the authoring help all
 * read it. A pure function of the parse, computed once per parse and kept while the parse is: call it freely.
 * Tolerant of any shape; never throws.
 */
export function programmeOf(parsed: ParsedAgenda): ProgrammeModel {
  let model = models.get(parsed);
  if (!model) models.set(parsed, (model = read(parsed)));
  return model;
}

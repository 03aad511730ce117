import type { Node } from 'yaml';
import { scalarText, valueOf } from '../parse/nodes';
import { roomKey } from '../programme/rooms';
import { DAY_PARTS, inDayPart, isDayPart } from '../time/dayParts';
import { formatMinutes, minutesOf, sessionExtent, sessionTime, type SessionTime } from '../time/time';
import { capitalized, msg, type Message, type MessageId } from '../messages/messages';
import { textLine } from '../words/text';

const DAY_END = 24 * 60;

const USUAL_START: Record<keyof typeof DAY_PARTS, MessageId> = { morning: 'slot.usualMorning', afternoon: 'slot.usualAfternoon', evening: 'slot.usualEvening' };

/** A length offered for a session: "1 hour", "2 hours", "90 minutes". */
function lengthOf(minutes: number): Message {
  if (minutes % 60) return msg('slot.minutes', { n: minutes });
  return minutes === 60 ? msg('slot.oneHour') : msg('slot.hours', { n: minutes / 60 });
}

/** A session that holds a room for a while on a day: its id, start and end in minutes. */
export interface Booking {
  /** Its id, or "session 3" for one without. */
  id: string | Message;
  start: number;
  end: number;
}

/** The other sessions on the same day in the same room (every session of the day when the room is not given). */
export function bookings(sessions: (Node | null)[], index: number): Booking[] {
  const own = sessions[index];
  const date = scalarText(valueOf(own, 'date'));
  const room = roomKey(valueOf(own, 'room'));
  const result: Booking[] = [];
  sessions.forEach((node, i) => {
    const time = sessionTime(node);
    const extent = sessionExtent(time);
    if (i === index || time.date !== date || !extent || scalarText(valueOf(node, 'status')) === 'cancelled') return;
    const other = roomKey(valueOf(node, 'room'));
    if (room && other && other !== room) return;
    result.push({ id: scalarText(valueOf(node, 'id')) ?? msg('slot.sessionN', { n: i + 1 }), ...extent });
  });
  return result.sort((a, b) => a.start - b.start);
}

/** When the room of a session is free on its day: the end of each booking that no other booking covers, in its part of the day. */
export function freeSlots(sessions: (Node | null)[], index: number): [number, Message][] {
  const own = sessions[index];
  const part = sessionTime(own).part;
  const room = textLine(valueOf(own, 'room')) ?? capitalized(msg('fix.theRoom'));
  const busy = bookings(sessions, index);
  const slots: [number, Message][] = [];
  for (const booking of busy) {
    const time = booking.end;
    if (busy.some((b) => b.start <= time && time < b.end) || slots.some(([t]) => t === time) || !inDayPart(time, part) || time >= DAY_END) continue;
    const next = busy.find((b) => b.start >= time);
    slots.push([time, next ? msg('slot.freeUntil', { room, from: formatMinutes(time), next: next.id, at: formatMinutes(next.start) }) : msg('slot.freeAfter', { room, id: booking.id })]);
  }
  if (slots.length) return slots.sort((a, b) => a[0] - b[0]);
  const usual = sessions
    .filter((node, i) => i !== index && (part === undefined || sessionTime(node).part === part))
    .map((node) => sessionTime(node).start)
    .filter((start): start is number => start !== undefined && inDayPart(start, part) && !busy.some((b) => b.start <= start && start < b.end));
  const distinct = [...new Set(usual)].sort((a, b) => a - b);
  if (distinct.length) return distinct.map((start) => [start, msg('slot.otherStarts')]);
  return isDayPart(part) ? [[DAY_PARTS[part].usual, msg(USUAL_START[part])]] : [];
}

/** Ends for a session: its start plus its duration, up to the next booking of its room, and round lengths. */
export function endSlots(sessions: (Node | null)[], index: number): [number, Message][] {
  const own = sessions[index];
  const start = minutesOf(scalarText(valueOf(own, 'start')));
  if (start === undefined) return [];
  const result: [number, Message][] = [];
  const duration = Number(scalarText(valueOf(own, 'duration')));
  if (Number.isInteger(duration) && duration > 0) result.push([start + duration, msg('slot.durationSays', { n: duration })]);
  const next = bookings(sessions, index).find((b) => b.start > start);
  if (next) result.push([next.start, msg('slot.untilStarts', { id: next.id })]);
  for (const minutes of [60, 90, 120, 180]) result.push([start + minutes, lengthOf(minutes)]);
  const seen = new Set<number>();
  return result.filter(([t]) => t < DAY_END && !seen.has(t) && !!seen.add(t));
}

/**
 * When an item starts, or would start if it followed the item before it: an untimed item has no time of its own,
 * but one being given a `time` or `duration` follows the last timed item before it (or the session's start).
 */
function followingStart(time: SessionTime, index: number): number | undefined {
  const item = time.items[index];
  if (item && !item.untimed) return item.start;
  for (let i = index - 1; i >= 0; i--) if (!time.items[i].untimed) return time.items[i].end;
  return time.start;
}

/** The time an item starts if it follows the item before it (or the session's start, for the first). */
export function itemSlots(session: Node | null, index: number): [number, Message][] {
  const start = followingStart(sessionTime(session), index);
  if (start === undefined) return [];
  return [[start, msg(index === 0 ? 'slot.sessionStarts' : 'slot.itemBeforeEnds')]];
}

/**
 * Where a session of `length` minutes fits in its room on its day without touching another booking: the first
 * free time in its part of the day, else the first at all. Undefined when the day has no such gap.
 */
export function freeWindow(sessions: (Node | null)[], index: number, length: number): number | undefined {
  const busy = bookings(sessions, index);
  const part = sessionTime(sessions[index]).part;
  const starts = [...new Set(busy.map((b) => b.end))].sort((a, b) => a - b);
  const fits = (start: number) => start + length <= DAY_END && !busy.some((b) => b.start < start + length && start < b.end);
  return starts.find((start) => inDayPart(start, part) && fits(start)) ?? starts.find(fits);
}

/**
 * Durations for an item, the first the one that fits: what fills the gap until the next item's own time (or
 * until the session ends), then round lengths.
 */
export function itemDurationSlots(session: Node | null, index: number): [number, Message][] {
  const time = sessionTime(session);
  const start = followingStart(time, index);
  const next = time.items.slice(index + 1).find((item) => item.explicit);
  const until = next?.start ?? (time.endFrom === 'items' ? undefined : time.end);
  const durations: [number, Message][] = [];
  if (start !== undefined && until !== undefined && until > start) {
    durations.push([until - start, msg(next ? 'slot.untilNextItem' : 'slot.untilSessionEnds', { time: formatMinutes(until) })]);
  }
  for (const minutes of [15, 30, 45, 60]) if (!durations.some(([d]) => d === minutes)) durations.push([minutes, msg('slot.minutes', { n: minutes })]);
  return durations;
}

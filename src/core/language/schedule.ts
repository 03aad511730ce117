import type { Node } from 'yaml';
import { scalarText, valueOf } from '../parse/nodes';
import { roomKey } from '../programme/rooms';
import { DAY_PARTS, inDayPart, isDayPart } from '../time/dayParts';
import { formatMinutes, minutesOf, sessionExtent, sessionTime, type SessionTime } from '../time/time';
import { textLine } from '../words/text';

const DAY_END = 24 * 60;

/** A session that holds a room for a while on a day: its id, start and end in minutes. */
export interface Booking {
  id: string;
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
    result.push({ id: scalarText(valueOf(node, 'id')) ?? `session ${i + 1}`, ...extent });
  });
  return result.sort((a, b) => a.start - b.start);
}

/** When the room of a session is free on its day: the end of each booking that no other booking covers, in its part of the day. */
export function freeSlots(sessions: (Node | null)[], index: number): [number, string][] {
  const own = sessions[index];
  const part = sessionTime(own).part;
  const room = textLine(valueOf(own, 'room')) ?? 'The room';
  const busy = bookings(sessions, index);
  const slots: [number, string][] = [];
  for (const booking of busy) {
    const time = booking.end;
    if (busy.some((b) => b.start <= time && time < b.end) || slots.some(([t]) => t === time) || !inDayPart(time, part) || time >= DAY_END) continue;
    const next = busy.find((b) => b.start >= time);
    slots.push([time, next ? `${room} is free from ${formatMinutes(time)} until ${next.id} at ${formatMinutes(next.start)}` : `${room} is free after ${booking.id}`]);
  }
  if (slots.length) return slots.sort((a, b) => a[0] - b[0]);
  const usual = sessions
    .filter((node, i) => i !== index && (part === undefined || sessionTime(node).part === part))
    .map((node) => sessionTime(node).start)
    .filter((start): start is number => start !== undefined && inDayPart(start, part) && !busy.some((b) => b.start <= start && start < b.end));
  const distinct = [...new Set(usual)].sort((a, b) => a - b);
  if (distinct.length) return distinct.map((start) => [start, 'When other sessions start']);
  return isDayPart(part) ? [[DAY_PARTS[part].usual, `A usual start for the ${part}`]] : [];
}

/** Ends for a session: its start plus its duration, up to the next booking of its room, and round lengths. */
export function endSlots(sessions: (Node | null)[], index: number): [number, string][] {
  const own = sessions[index];
  const start = minutesOf(scalarText(valueOf(own, 'start')));
  if (start === undefined) return [];
  const result: [number, string][] = [];
  const duration = Number(scalarText(valueOf(own, 'duration')));
  if (Number.isInteger(duration) && duration > 0) result.push([start + duration, `${duration} minutes, as \`duration\` says`]);
  const next = bookings(sessions, index).find((b) => b.start > start);
  if (next) result.push([next.start, `Until ${next.id} starts`]);
  for (const minutes of [60, 90, 120, 180]) result.push([start + minutes, `${minutes / 60 >= 1 && minutes % 60 === 0 ? `${minutes / 60} hour${minutes > 60 ? 's' : ''}` : `${minutes} minutes`}`]);
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
export function itemSlots(session: Node | null, index: number): [number, string][] {
  const start = followingStart(sessionTime(session), index);
  if (start === undefined) return [];
  return [[start, index === 0 ? 'When the session starts' : 'When the item before ends']];
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
export function itemDurationSlots(session: Node | null, index: number): [number, string][] {
  const time = sessionTime(session);
  const start = followingStart(time, index);
  const next = time.items.slice(index + 1).find((item) => item.explicit);
  const until = next?.start ?? (time.endFrom === 'items' ? undefined : time.end);
  const durations: [number, string][] = [];
  if (start !== undefined && until !== undefined && until > start) {
    durations.push([until - start, next ? `Until the next item at ${formatMinutes(until)}` : `Until the session ends at ${formatMinutes(until)}`]);
  }
  for (const minutes of [15, 30, 45, 60]) if (!durations.some(([d]) => d === minutes)) durations.push([minutes, `${minutes} minutes`]);
  return durations;
}

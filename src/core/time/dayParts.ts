/** The parts of the day a session may give instead of (or beside) its times. */
export type DayPart = 'morning' | 'afternoon' | 'evening';

/** Where each part of the day lies, in minutes since midnight: `[from, to)`, and a usual start to offer. */
export interface DayPartHours {
  from: number;
  to: number;
  usual: number;
}

/**
 * The one definition of the parts of the day: morning before noon, afternoon from noon to 18:00, evening from
 * 18:00. The check (`part-mismatch`), the order of sessions in every face and the times offered while writing
 * all read it.
 */
export const DAY_PARTS: Readonly<Record<DayPart, DayPartHours>> = {
  morning: { from: 0, to: 12 * 60, usual: 9 * 60 },
  afternoon: { from: 12 * 60, to: 18 * 60, usual: 14 * 60 },
  evening: { from: 18 * 60, to: 24 * 60, usual: 18 * 60 },
};

/** Whether a text names a part of the day. */
export function isDayPart(text: string | undefined): text is DayPart {
  return text === 'morning' || text === 'afternoon' || text === 'evening';
}

/** The part of the day a time (minutes since midnight) falls in. */
export function dayPartOf(minutes: number): DayPart {
  const m = ((minutes % 1440) + 1440) % 1440;
  return m < DAY_PARTS.morning.to ? 'morning' : m < DAY_PARTS.afternoon.to ? 'afternoon' : 'evening';
}

/** Whether a time lies in a part of the day; any time lies in no part (undefined) or an unknown one. */
export function inDayPart(minutes: number, part: string | undefined): boolean {
  return !isDayPart(part) || (minutes >= DAY_PARTS[part].from && minutes < DAY_PARTS[part].to);
}

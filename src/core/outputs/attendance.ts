import type { ProgrammeAttendance } from '../programme/programme';
import { formatDateRange } from '../time/dates';
import { isCalendarDate } from '../time/time';
import type { ProgrammeLabels } from '../words/labels';
import { languageName } from '../words/localize';

/** How people attend a session, in words, each part present only where it has something to say. */
export interface AttendanceWords {
  /** "In person", "Online", "In person and online". */
  mode?: string;
  /** Where to join online, and on what. */
  online?: { url?: string; platform?: string };
  /** Where to register, and until when ("by 15 January 2019"). */
  registration?: { url?: string; by?: string };
  /** The names of the languages interpreted into. */
  interpretation?: string[];
}

/** International Sign (`ils`), which the runtime's language names lack, in the languages of the labels. */
const INTERNATIONAL_SIGN: Record<string, string> = {
  en: 'International Sign', fr: 'signes internationaux', es: 'señas internacionales', ar: 'الإشارات الدولية',
  ru: 'международный жестовый язык', zh: '国际手语', de: 'International Sign', it: 'segni internazionali',
  pt: 'sinais internacionais', ja: '国際手話', ko: '국제 수어',
};

/** The name of a language interpreted into, sign languages included. */
function interpretedName(code: string, language: string): string {
  if (code.toLowerCase() === 'ils') return INTERNATIONAL_SIGN[language.toLowerCase().split('-')[0]] ?? INTERNATIONAL_SIGN.en;
  return languageName(code, language);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * How people attend, in the words of a language: all of `attendance`, or with `besides` (the event's) only what
 * differs from it, so that a session repeats nothing the programme says once for the whole event.
 */
export function attendanceWords(attendance: ProgrammeAttendance, labels: ProgrammeLabels, language: string, locale: string, besides?: ProgrammeAttendance): AttendanceWords {
  const words: AttendanceWords = {};
  const differs = (key: keyof ProgrammeAttendance) => besides === undefined || !same(attendance[key], besides[key]);
  if (attendance.mode !== undefined && differs('mode')) words.mode = labels.modes[attendance.mode] ?? attendance.mode;
  if (attendance.online && (attendance.online.url || attendance.online.platform) && differs('online')) words.online = attendance.online;
  const registration = attendance.registration;
  if (registration && (registration.url || registration.deadline) && differs('registration')) {
    words.registration = {};
    if (registration.url) words.registration.url = registration.url;
    if (registration.deadline) {
      const date = isCalendarDate(registration.deadline) ? formatDateRange(registration.deadline, registration.deadline, locale) ?? registration.deadline : registration.deadline;
      words.registration.by = labels.registerBy.replace('{date}', date);
    }
  }
  if (attendance.interpretation.length && differs('interpretation')) words.interpretation = attendance.interpretation.map((code) => interpretedName(code, language));
  return words;
}

/** The attendance as lines of plain text (for a calendar's description): "Online (Zoom): https://...". */
export function attendanceLines(words: AttendanceWords, labels: ProgrammeLabels): string[] {
  const lines: string[] = [];
  const { online, registration, interpretation } = words;
  if (words.mode) lines.push(words.mode);
  if (online) lines.push(`${labels.joinOnline}${online.platform ? ` (${online.platform})` : ''}${online.url ? `${labels.colon}${online.url}` : ''}`);
  if (registration) lines.push(`${labels.registration}${registration.by ? ` ${registration.by}` : ''}${registration.url ? `${labels.colon}${registration.url}` : ''}`);
  if (interpretation) lines.push(`${labels.interpretation}${labels.colon}${interpretation.join(labels.comma)}`);
  return lines;
}

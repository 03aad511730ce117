import type { ParsedAgenda } from '../parse/parse';
import { programmeOf } from '../programme/model';
import { readProgramme, type ProgrammeEvent, type ProgrammeSession } from '../programme/programme';
import { normalRoom } from '../programme/rooms';
import { dateLocale, formatBriefDay, formatDay, formatTimeRange } from '../time/dates';
import { DAY_MINUTES, extentsMeet } from '../time/extent';
import { formatMinutes, sessionExtent } from '../time/time';
import { localizer } from '../words/localize';
import { programmeLabels, type ProgrammeLabels } from '../words/labels';
import { namesText } from '../words/text';
import { html, type SafeHtml } from './html';

/** One agenda file of the programme a timetable shows. */
export interface TimetableFile {
  parsed: ParsedAgenda;
  /**
   * How the page names the file, for click-to-source across files (a URI or a path): each block of its sessions
   * carries it as `data-file`. Left out for a timetable of one file, whose blocks carry only `data-line`.
   */
  file?: string;
  /**
   * Name this file's event on each of its blocks: set for the files of a whole programme other than its root, so
   * that the congress's timetable tells which workshop or side event a session belongs to.
   */
  nameEvent?: boolean;
}

/** Options for the timetable. */
export interface TimetableOptions {
  /** The language of texts given in several languages; default: the first file's first language (see `localizer`). */
  language?: string;
  /** Mark blocks with `data-line` (0-based source lines) and `data-session` for click-to-source. Default: true. */
  sourceLines?: boolean;
  /**
   * The agendas the files are part of (`partOf`) and does not show, the root first: their `rooms` registries are
   * columns before those of the files, so that one workshop's timetable shows the congress's rooms.
   */
  parents?: readonly ParsedAgenda[];
}

/** A column of the timetable: a room, told apart by `roomKey`, or the sessions that name none (`key` undefined). */
export interface TimetableRoom {
  key?: string;
  /** The registry's name of the room, else the room as the first session in it writes it. */
  name?: string;
}

/** The workshop or side event of a programme of files a session belongs to: its event's title and short title. */
export interface TimetablePart {
  title: string;
  shortTitle?: string;
}

/**
 * A session's block on one day: its stretch of that day (minutes since midnight, a session running past midnight
 * cut at 24:00 and continued on the next day from 00:00), its column, and its lane among the sessions it overlaps
 * in that column (shown side by side).
 */
export interface TimetableBlock {
  session: ProgrammeSession;
  /** Its file's position in the files given. */
  file: number;
  /** Its column's position in `rooms`. */
  room: number;
  start: number;
  end: number;
  /** It began the day before (this is its part after midnight). */
  continued: boolean;
  /** It runs on into the next day. */
  continues: boolean;
  lane: number;
  lanes: number;
  /** It holds its room at the same time as another session that is not cancelled (never in the no-room column). */
  clash: boolean;
  /** The event it belongs to, in a programme of files: its file's (`nameEvent`), or the session's `partOf` in a merged agenda. */
  part?: TimetablePart;
}

/** One day's grid: its date, the whole hours it spans, and its blocks, column by column in time order. */
export interface TimetableDay {
  date: string;
  from: number;
  to: number;
  blocks: TimetableBlock[];
}

/** Why a session has no block: no real date, no start, or an end before its start. */
export type UnplacedReason = 'no-date' | 'no-start' | 'ends-before-start';

/** A session the timetable lists below its grids instead of placing. */
export interface UnplacedSession {
  session: ProgrammeSession;
  file: number;
  reason: UnplacedReason;
  part?: TimetablePart;
}

/** The timetable of a programme of one or more files, laid out: what `renderTimetable` draws. */
export interface TimetableLayout {
  language: string;
  direction: 'ltr' | 'rtl';
  /**
   * The same columns on every day: the rooms of the `rooms` registries (the parents', then the files', each in its
   * order, used or not), then the other rooms in the order they are first used, then "no room" if a session has none.
   */
  rooms: TimetableRoom[];
  days: TimetableDay[];
  unplaced: UnplacedSession[];
}

/** The least height a block is laid out with (a session known only by its start), in minutes. */
const LEAST_MINUTES = 15;

function nextDate(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** A session's piece on one day, before columns and lanes. */
interface Piece {
  session: ProgrammeSession;
  file: number;
  part: TimetablePart | undefined;
  date: string;
  start: number;
  end: number;
  continued: boolean;
  continues: boolean;
}

/** The pieces of one session: its day, then each next day it runs into past midnight. */
function piecesOf(session: ProgrammeSession, file: number, part: TimetablePart | undefined, date: string, start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  for (let day = date, offset = 0; offset === 0 || end > offset; day = nextDate(day), offset += DAY_MINUTES) {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + DAY_MINUTES);
    pieces.push({ session, file, part, date: day, start: from - offset, end: to - offset, continued: offset > 0, continues: end > offset + DAY_MINUTES });
  }
  return pieces;
}

function shownEnd(piece: { start: number; end: number }): number {
  return Math.max(piece.end, piece.start + LEAST_MINUTES);
}

/** An event as the blocks of its sessions name it: by its title (else its short title), and its short title. */
function partOfEvent(event: ProgrammeEvent): TimetablePart | undefined {
  const title = event.title ?? event.shortTitle;
  if (title === undefined) return undefined;
  return event.shortTitle === undefined ? { title } : { title, shortTitle: event.shortTitle };
}

/** Lanes for one column's blocks in time order: overlapping blocks side by side, each group as wide as it needs. */
function assignLanes(blocks: TimetableBlock[]): void {
  let group: TimetableBlock[] = [];
  let groupEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => group.forEach((block) => (block.lanes = laneEnds.length));
  for (const block of blocks) {
    if (block.start >= groupEnd) {
      close();
      [group, laneEnds] = [[], []];
    }
    const free = laneEnds.findIndex((end) => end <= block.start);
    block.lane = free < 0 ? laneEnds.length : free;
    laneEnds[block.lane] = shownEnd(block);
    groupEnd = Math.max(groupEnd, shownEnd(block));
    group.push(block);
  }
  close();
}

function markClashes(blocks: TimetableBlock[]): void {
  const booked = blocks.filter((block) => block.session.status !== 'cancelled');
  for (const block of booked) {
    block.clash = booked.some((other) => other !== block && extentsMeet(block, other));
  }
}

/**
 * Lays out the timetable of a programme of one or more agenda files: one grid per day, the rooms across (the same
 * columns every day: the rooms of the `rooms` registries in their order, used or not, then other rooms in the order
 * they are first used, then a column of its own for sessions without a room), each session a block from its start to its
 * end as the programme model reads them (`programmeOf`, `sessionExtent`, rooms told apart by `roomKey`). Sessions
 * that overlap in a column stand side by side, and those that book one room at once are marked as a clash (a
 * cancelled session books nothing). A session past midnight is cut at 24:00 and continued on the next day. Sessions
 * without a date, a start, or with an end before their start are listed as unplaced. Pure; never throws.
 */
export function timetableLayout(files: ParsedAgenda | readonly TimetableFile[], options: TimetableOptions = {}): TimetableLayout {
  const list = Array.isArray(files) ? (files as readonly TimetableFile[]) : [{ parsed: files as ParsedAgenda }];
  const { language, direction } = localizer(list[0]?.parsed.value, options.language);
  const pieces: Piece[] = [];
  const unplaced: UnplacedSession[] = [];
  const registries = (options.parents ?? []).map((parent) => readProgramme(parent, { language }).rooms);
  list.forEach(({ parsed, nameEvent }, file) => {
    const model = new Map(programmeOf(parsed).sessions.map((session) => [session.index, session.time]));
    const programme = readProgramme(parsed, { language });
    registries.push(programme.rooms);
    const event = nameEvent ? partOfEvent(programme.event) : undefined;
    for (const day of programme.days) {
      for (const session of day.sessions) {
        const time = model.get(session.index);
        const extent = time && sessionExtent(time);
        const part = event ?? session.partOf;
        if (time?.day === undefined) unplaced.push({ session, file, reason: 'no-date', ...(part ? { part } : {}) });
        else if (!extent) unplaced.push({ session, file, reason: time.start === undefined ? 'no-start' : 'ends-before-start', ...(part ? { part } : {}) });
        else pieces.push(...piecesOf(session, file, part, time.day, extent.start, extent.end));
      }
    }
  });
  pieces.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.start - b.start || b.end - a.end || a.file - b.file || a.session.index - b.session.index));
  const rooms: TimetableRoom[] = [];
  const columns = new Map<string | undefined, number>();
  for (const registered of registries.flat()) {
    const key = normalRoom(registered.id);
    if (columns.has(key)) continue;
    columns.set(key, rooms.length);
    rooms.push({ key, name: registered.name });
  }
  const columnOf = (session: ProgrammeSession) => {
    let column = columns.get(session.roomKey);
    if (column === undefined && session.roomKey !== undefined) {
      columns.set(session.roomKey, (column = rooms.length));
      rooms.push({ key: session.roomKey, name: session.room ?? session.roomKey });
    }
    return column;
  };
  const placed = pieces.map((piece) => ({ piece, room: columnOf(piece.session) }));
  if (placed.some((p) => p.room === undefined)) rooms.push({});
  const days = new Map<string, TimetableBlock[]>();
  for (const { piece, room } of placed) {
    const { session, file, part, start, end, continued, continues } = piece;
    const block: TimetableBlock = { session, file, room: room ?? rooms.length - 1, start, end, continued, continues, lane: 0, lanes: 1, clash: false };
    if (part) block.part = part;
    const blocks = days.get(piece.date);
    if (blocks) blocks.push(block);
    else days.set(piece.date, [block]);
  }
  const grids = [...days].map(([date, blocks]): TimetableDay => {
    const byRoom = rooms.map((_, room) => blocks.filter((block) => block.room === room));
    byRoom.forEach(assignLanes);
    byRoom.forEach((column, room) => rooms[room].key !== undefined && markClashes(column));
    const from = Math.floor(Math.min(...blocks.map((b) => b.start)) / 60) * 60;
    const to = Math.min(DAY_MINUTES, Math.ceil(Math.max(...blocks.map(shownEnd)) / 60) * 60);
    return { date, from, to, blocks: byRoom.flat() };
  });
  return { language, direction, rooms, days: grids, unplaced };
}

class TimetableRenderer {
  private readonly labels: ProgrammeLabels;
  private readonly locale: string;
  /** How many lanes wide each column is: the most sessions side by side in it on any day. */
  private readonly lanes: number[];

  constructor(private readonly layout: TimetableLayout, private readonly files: readonly TimetableFile[], private readonly sourceLines: boolean) {
    this.labels = programmeLabels(layout.language);
    this.locale = dateLocale(layout.language);
    const blocks = layout.days.flatMap((day) => day.blocks);
    this.lanes = layout.rooms.map((_, room) => Math.max(1, ...blocks.filter((block) => block.room === room).map((block) => block.lanes)));
  }

  private source(session: ProgrammeSession, file: number): SafeHtml | undefined {
    if (!this.sourceLines) return undefined;
    const name = this.files[file]?.file;
    return html` data-session="${session.index}"${name === undefined ? '' : html` data-file="${name}"`} data-line="${session.line}"`;
  }

  private part(part: string | undefined): string | undefined {
    return part === 'morning' || part === 'afternoon' || part === 'evening' ? this.labels[part] : undefined;
  }

  private block(block: TimetableBlock, from: number): SafeHtml {
    const { session } = block;
    const classes = [
      'tt-block',
      session.format ? `tt-${session.format}` : '',
      session.status === 'cancelled' || session.status === 'tentative' ? `tt-${session.status}` : '',
      block.clash ? 'tt-clash' : '',
      block.continued ? 'tt-continued' : '',
      block.continues ? 'tt-continues' : '',
      block.end === block.start ? 'tt-moment' : '',
    ].filter((c) => c).join(' ');
    const time = formatTimeRange(session.start, session.end) ?? '';
    const title = session.title ?? session.id ?? '';
    const notes = [
      block.clash ? this.labels.roomClash : undefined,
      session.status === 'cancelled' || session.status === 'tentative' ? this.labels[session.status] : undefined,
      block.continued ? this.labels.fromDayBefore : undefined,
      block.continues ? this.labels.runsPastMidnight : undefined,
    ].filter((n): n is string => n !== undefined);
    const room = this.layout.rooms[block.room];
    const tooltip = [`${time} ${title}`, block.part?.title, room?.key === undefined ? undefined : room.name, ...notes].filter((t) => t).join(' \u00b7 ');
    const geometry = `--tt-top:${block.start - from};--tt-length:${block.end - block.start};--tt-lane:${block.lane};--tt-lanes:${block.lanes}`;
    const start = session.start === undefined ? '' : formatMinutes(session.start);
    const end = time.slice(start.length);
    return html`<div class="${classes}"${this.source(session, block.file)} data-start="${block.start}" data-end="${block.end}" data-lane="${block.lane}" data-lanes="${block.lanes}" style="${geometry}" title="${tooltip}"><div class="tt-text"><span class="tt-time" dir="ltr">${start}${end ? html`<span class="tt-end">${end}</span>` : ''}</span>${notes.map((note) => html` <span class="tt-note">${note}</span>`)}${this.partName(title, block.part)} <span class="tt-title">${title}</span></div></div>`;
  }

  /** The name of the event a block or an unplaced session belongs to (its short title), unless its title names it. */
  private partName(title: string, part: TimetablePart | undefined): SafeHtml | undefined {
    if (!part || namesText(title, part.title) || (part.shortTitle !== undefined && namesText(title, part.shortTitle))) return undefined;
    return html` <span class="tt-part">${part.shortTitle ?? part.title}</span>`;
  }

  private day(day: TimetableDay): SafeHtml {
    const hours: SafeHtml[] = [];
    for (let minute = day.from; minute < day.to; minute += 60) hours.push(html`<div class="tt-hour" dir="ltr">${formatMinutes(minute)}</div>`);
    const { lanes } = this;
    const width = (index: number) => html` data-lanes="${lanes[index]}" style="--tt-column-lanes:${lanes[index]}"`;
    const columns = this.layout.rooms.map((room, index) => {
      const blocks = day.blocks.filter((block) => block.room === index);
      return html`<div class="tt-column${room.key === undefined ? ' tt-no-room' : ''}"${room.key === undefined ? '' : html` data-room="${room.key}"`}${width(index)}>${blocks.map((block) => this.block(block, day.from))}</div>`;
    });
    const heads = this.layout.rooms.map((room, index) => html`<div class="tt-room${room.key === undefined ? ' tt-no-room' : ''}"${width(index)}>${room.name ?? this.labels.noRoom}</div>`);
    return html`<section class="tt-day" id="timetable-${day.date}">
<h3 class="day-title">${formatDay(day.date, this.locale)}</h3>
<div class="tt-grid" data-from="${day.from}" data-to="${day.to}" style="--tt-span:${day.to - day.from};--tt-lanes-across:${lanes.reduce((sum, n) => sum + n, 0)}">
<div class="tt-head"><div class="tt-corner"><span class="tt-corner-day">${formatBriefDay(day.date, this.locale)}</span></div>${heads}</div>
<div class="tt-body"><div class="tt-hours">${hours}</div>${columns}</div>
</div>
</section>`;
  }

  private unplaced(): SafeHtml | undefined {
    const { unplaced } = this.layout;
    if (!unplaced.length) return undefined;
    const reasons: Record<UnplacedReason, string> = { 'no-date': this.labels.dateToBeAnnounced, 'no-start': this.labels.noStart, 'ends-before-start': this.labels.endsBeforeStart };
    const entries = unplaced.map(({ session, file, reason, part }) => {
      const when = [reason === 'no-date' ? undefined : formatDay(session.date ?? '', this.locale), this.part(session.part), reasons[reason]].filter((w) => w);
      const title = session.title ?? session.id ?? '';
      return html`<li class="tt-unplaced-session"${this.source(session, file)}><span class="tt-title">${title}</span>${this.partName(title, part)} <span class="tt-when">${when.join(this.labels.comma)}</span></li>`;
    });
    return html`<section class="tt-unplaced"><h3 class="day-title">${this.labels.unplaced}</h3><ul>${entries}</ul></section>`;
  }

  render(): SafeHtml {
    const { layout } = this;
    const body = layout.days.length ? layout.days.map((day) => this.day(day)) : html`<p class="empty">${this.labels.noSessions}</p>`;
    return html`<article class="programme timetable" lang="${layout.language}" dir="${layout.direction}">
<h2 class="section-title">${this.labels.timetable}</h2>
${body}
${this.unplaced()}
</article>
`;
  }
}

/**
 * Renders the timetable of a programme of one or more agenda files as an HTML fragment (an
 * `<article class="programme timetable">`, styled by `TIMETABLE_CSS`): per day a grid of time down the side and
 * rooms across, each session a block placed by `timetableLayout`. A block's place is in its `data-start`, `data-end`,
 * `data-lane` and `data-lanes` (and, for pages that allow style attributes, in custom properties of its `style`);
 * its source in `data-line`, with `data-file` when the files are named. Every piece of agenda text is escaped.
 */
export function renderTimetable(files: ParsedAgenda | readonly TimetableFile[], options: TimetableOptions = {}): string {
  const list = Array.isArray(files) ? (files as readonly TimetableFile[]) : [{ parsed: files as ParsedAgenda }];
  return new TimetableRenderer(timetableLayout(list, options), list, options.sourceLines ?? true).render().value;
}

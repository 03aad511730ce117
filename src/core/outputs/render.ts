import { countryName } from '../words/countries';
import { dateLocale, formatDateRange, formatDay, formatShortDay, formatTimeRange, timeZoneName } from '../time/dates';
import { DAY_MINUTES } from '../time/extent';
import { formatMinutes } from '../time/time';
import { html, join, raw, safeUrl, type HtmlValue, type SafeHtml } from './html';
import { programmeLabels, type ProgrammeLabels } from '../words/labels';
import { languageName } from '../words/localize';
import { namesText, sameText } from '../words/text';
import { attendanceWords, type AttendanceWords } from './attendance';
import { renderMarkdown } from './markdown';
import type { ParsedAgenda } from '../parse/parse';
import { PROGRAMME_CSS } from './programmeStyle';
import { renderTimetable } from './timetable';
import { TIMETABLE_CSS } from './timetableStyle';
import {
  readProgramme,
  type Programme,
  type ProgrammeDay,
  type ProgrammeDocument,
  type ProgrammeEvent,
  type ProgrammeItem,
  type ProgrammeOrganization,
  type ProgrammePerson,
  type ProgrammeSession,
  type ProgrammeTopic,
} from '../programme/programme';

/** Options for rendering a programme. */
export interface RenderOptions {
  /** The language to print texts given in several languages (ISO 639-1); default: the event's first, else English. */
  language?: string;
  /**
   * Two or more languages to print side by side, as UN documents are printed: each block of the programme (the
   * header, each session, the index) in one column per language. Overrides `language`.
   */
  languages?: readonly string[];
  /** Mark elements with `data-line` (0-based source lines) for scroll sync and click-to-source. Default: true. */
  sourceLines?: boolean;
  /**
   * The organiser's own stylesheets for the standalone page, after its own styles: CSS text to inline, or `https:`
   * addresses to link (others are left out). With any, the page may also load images and fonts over `https:` and
   * as `data:` (a logo).
   */
  stylesheets?: readonly ({ css: string } | { url: string })[];
  /** Add the timetable after the programme in the standalone page (`renderTimetable`, printed landscape). */
  timetable?: boolean;
}

/** The `<style>` and `<link>` elements of an organiser's stylesheets, and what the page's policy must allow for them. */
function organiserStyles(stylesheets: RenderOptions['stylesheets'] = []): { elements: SafeHtml; csp: { style: string; media: string } } {
  const links = stylesheets.flatMap((s) => ('url' in s && /^https:\/\//i.test(s.url) && safeUrl(s.url) ? [s.url.trim()] : []));
  const inline = stylesheets.flatMap((s) => ('css' in s ? [s.css.replace(/<\/(style)/gi, '<\\/$1')] : []));
  const elements = join([...inline.map((css) => html`<style>${raw(css)}</style>\n`), ...links.map((url) => html`<link rel="stylesheet" href="${url}">\n`)]);
  const origins = [...new Set(links.map((url) => /^https:\/\/[^/?#]+/i.exec(url)![0].toLowerCase()))];
  if (!inline.length && !links.length) return { elements, csp: { style: '', media: '' } };
  return { elements, csp: { style: origins.map((o) => ` ${o}`).join(''), media: "; img-src data: https:; font-src data: https:" } };
}

/** A person's organisation, unless their position already names it ("Officer, Treasury Board Secretariat"). */
function affiliationBesides(person: ProgrammePerson, named: (position: string, organization: ProgrammeOrganization) => boolean): string | undefined {
  const organization = person.organization;
  if (!organization) return undefined;
  if (!organization.known) return organization.id;
  return person.position !== undefined && named(person.position, organization) ? undefined : organization.name;
}

/** Whether a position names an organisation (its name or acronym), as `namesText` tells. */
function positionNames(position: string, organization: ProgrammeOrganization): boolean {
  return [organization.name, organization.acronym].some((n) => n !== undefined && namesText(position, n));
}

/**
 * The header's lines: the series (the larger meeting), the body and short title, and the title, each printed
 * once: a text already printed above is left out (a committee named as series, body and title shows once, as the
 * title).
 */
function headerLines(event: ProgrammeEvent): [string | undefined, string[], string] {
  const title = event.title ?? event.shortTitle ?? '';
  const shown: string[] = [title];
  const once = (text: string | undefined) => {
    if (text === undefined || shown.some((s) => sameText(s, text))) return undefined;
    shown.push(text);
    return text;
  };
  const body = [once(event.body), once(event.shortTitle)].filter((p): p is string => p !== undefined);
  return [once(event.series), body, title];
}

/**
 * A day's sessions (in time order) in runs that share time: a timed session joins the run before it when it starts
 * before the run ends, or with it; every other session is a run of its own.
 */
function parallelGroups(sessions: readonly ProgrammeSession[]): ProgrammeSession[][] {
  const groups: ProgrammeSession[][] = [];
  let first: number | undefined;
  let end = 0;
  for (const session of sessions) {
    const start = session.start;
    if (start !== undefined && first !== undefined && (start < end || start === first)) {
      groups[groups.length - 1].push(session);
    } else {
      groups.push([session]);
      first = start;
      end = start ?? 0;
    }
    if (start !== undefined) end = Math.max(end, session.end ?? start);
  }
  return groups;
}

/** A person's photo, when it is one a page may load: an `https:` address. */
function photoUrl(person: ProgrammePerson): string | undefined {
  const url = person.photo?.trim();
  return url && /^https:\/\//i.test(url) && safeUrl(url) ? url : undefined;
}

/** The colours a track may give its sessions: `#RGB` or `#RRGGBB`, nothing that could end a CSS value. */
const TRACK_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

class ProgrammeRenderer {
  private readonly labels: ProgrammeLabels;
  private readonly locale: string;

  private readonly topicAnchors: Map<string, string>;
  /** The people whose bio the page has printed. */
  private readonly bios = new Set<string>();
  /** Whether a position names an organisation, by position, name and acronym: a person is printed many times. */
  private readonly namings = new Map<string, Map<string, Map<string | undefined, boolean>>>();

  /** `suffix` ends every anchor, so that the programmes of a side-by-side page do not share ids. */
  constructor(readonly programme: Programme, private readonly sourceLines: boolean, private readonly suffix = '', private readonly photos = false) {
    this.topicAnchors = new Map(programme.topics.map((t) => [t.id, t.anchor + suffix]));
    this.labels = programmeLabels(programme.language);
    this.locale = dateLocale(programme.language);
  }

  private at(line: number | undefined): SafeHtml | undefined {
    return this.sourceLines && line !== undefined ? html` data-line="${line}"` : undefined;
  }

  private link(url: string | undefined, content: HtmlValue): SafeHtml {
    const safe = safeUrl(url);
    return safe ? html`<a href="${safe}" rel="noopener noreferrer">${content}</a>` : html`${content}`;
  }

  private country(code: string | undefined): string | undefined {
    return code === undefined ? undefined : countryName(code, this.programme.language);
  }

  private organizationName(organization: ProgrammeOrganization): SafeHtml {
    if (!organization.known) return this.unresolved(organization.id);
    const name = organization.acronym && organization.acronym !== organization.name ? html`${organization.name} (${organization.acronym})` : html`${organization.name}`;
    return this.link(organization.url, name);
  }

  private unresolved(id: string): SafeHtml {
    return html`<span class="unresolved" title="${this.labels.unknownReference}">${id}</span>`;
  }

  private personName(person: ProgrammePerson): SafeHtml {
    if (!person.known) return this.unresolved(person.id);
    return html`<span class="person-name">${person.displayName}</span>`;
  }

  /** A person's position, affiliation (unless the position names it) and country, after their name. */
  private personDetail(person: ProgrammePerson): SafeHtml | undefined {
    const details = [person.position, affiliationBesides(person, (position, organization) => this.positionNames(position, organization)), this.country(person.country)].filter((d): d is string => d !== undefined);
    return details.length ? html`<span class="person-detail">${this.labels.comma}${details.join(this.labels.comma)}</span>` : undefined;
  }

  private positionNames(position: string, organization: ProgrammeOrganization): boolean {
    let byName = this.namings.get(position);
    if (!byName) this.namings.set(position, (byName = new Map()));
    let byAcronym = byName.get(organization.name);
    if (!byAcronym) byName.set(organization.name, (byAcronym = new Map()));
    let named = byAcronym.get(organization.acronym);
    if (named === undefined) byAcronym.set(organization.acronym, (named = positionNames(position, organization)));
    return named;
  }

  /** A person's name, linked to their page when they have one. */
  private personLink(person: ProgrammePerson): SafeHtml {
    return person.known && safeUrl(person.url) ? this.link(person.url, this.personName(person)) : this.personName(person);
  }

  private personLine(person: ProgrammePerson): SafeHtml {
    const src = this.photos ? photoUrl(person) : undefined;
    const photo = src && html`<img class="person-photo" src="${src}" alt="" loading="lazy">`;
    const bio = person.bio === undefined || !this.firstBio(person) ? undefined : html`<div class="person-bio prose">${renderMarkdown(person.bio)}</div>`;
    return html`<li class="person${photo ? ' has-photo' : ''}"${this.at(person.line)}>${photo}${this.personLink(person)}${this.personDetail(person)}${bio}</li>`;
  }

  /** Whether this is the first place the page shows a person with their bio: each bio is printed once, where they first appear. */
  private firstBio(person: ProgrammePerson): boolean {
    if (!person.known || this.bios.has(person.id)) return false;
    this.bios.add(person.id);
    return true;
  }

  private role(label: string, people: ProgrammePerson[], line: number | undefined): SafeHtml | undefined {
    if (!people.length) return undefined;
    return html`<div class="role"${this.at(line)}><dt>${label}</dt><dd><ul class="people">${people.map((p) => this.personLine(p))}</ul></dd></div>`;
  }

  private markdown(text: string | undefined, className: string, line: number | undefined): SafeHtml | undefined {
    return text === undefined ? undefined : html`<div class="${className} prose"${this.at(line)}>${renderMarkdown(text)}</div>`;
  }

  private documents(documents: ProgrammeDocument[], line: number | undefined, heading?: SafeHtml): SafeHtml | undefined {
    if (!documents.length) return undefined;
    const entries = documents.map((d) => {
      const symbol = d.symbol ? html`<span class="document-symbol">${this.link(d.url, d.symbol)}</span>` : undefined;
      const title = d.title ? html`<span class="document-title">${d.symbol ? d.title : this.link(d.url, d.title)}</span>` : undefined;
      return html`<li class="document"${this.at(d.line)}>${symbol}${title}</li>`;
    });
    return html`<div class="documents"${this.at(line)}>${heading}<ul class="document-list">${entries}</ul></div>`;
  }

  private header(): SafeHtml {
    const { event } = this.programme;
    const lines = event.lines;
    const place = [event.venue.city, this.country(event.venue.country)].filter((p): p is string => p !== undefined).join(this.labels.comma);
    const dates = formatDateRange(event.start, event.end, this.locale);
    const dateline = [place, dates].filter((p) => p).join(this.labels.comma);
    const [series, body, title] = headerLines(event);
    const agendaItems = event.agendaItems.length
      ? html`<ul class="agenda-items"${this.at(lines.agendaItems)}>${event.agendaItems.map((item) =>
          html`<li${this.at(item.line)}><span class="agenda-item-number">${this.labels.agendaItem}${item.number !== undefined ? ` ${item.number}` : ''}</span>${item.title ? html` <span class="agenda-item-title">${item.title}</span>` : ''}</li>`)}</ul>`
      : undefined;
    return html`<header class="programme-header"${this.at(event.line)}>
${series ? html`<p class="series"${this.at(lines.series)}>${series}</p>` : ''}
${dateline ? html`<p class="dateline"${this.at(lines.venue ?? lines.start)}>${dateline}</p>` : ''}
${body.length ? html`<p class="body"${this.at(lines.body ?? lines.shortTitle)}>${join(body, ' \u00b7 ')}</p>` : ''}
<h1 class="event-title"${this.at(lines.title)}>${title}</h1>
${agendaItems}
</header>`;
  }

  private facts(): SafeHtml | undefined {
    const { event } = this.programme;
    const lines = event.lines;
    const venue = [event.venue.site, event.venue.city, this.country(event.venue.country)].filter((p): p is string => p !== undefined);
    const dates = event.start !== undefined ? this.dateSpan(event.start, event.end) : undefined;
    const languages = event.languages.length > 1 ? event.languages.map((code) => languageName(code, this.programme.language)).join(this.labels.comma) : undefined;
    const interpreted = attendanceWords(event.attendance, this.labels, this.programme.language, this.locale);
    const attendance = this.attendanceParts({ ...(interpreted.mode ? { mode: interpreted.mode } : {}), ...(interpreted.online ? { online: interpreted.online } : {}) });
    const registration = interpreted.registration && html`${safeUrl(interpreted.registration.url) ? this.link(interpreted.registration.url, interpreted.registration.url) : ''}${interpreted.registration.url && interpreted.registration.by ? ' ' : ''}${interpreted.registration.by}`;
    const fact = (label: string, value: HtmlValue, line: number | undefined) =>
      value === undefined || value === '' ? undefined : html`<div class="fact"${this.at(line)}><dt>${label}</dt><dd>${value}</dd></div>`;
    const rows = [
      fact(this.labels.venue, venue.join(this.labels.comma), lines.venue),
      fact(this.labels.dates, dates, lines.start),
      fact(this.labels.organizers, event.organizers.length ? join(event.organizers.map((o) => this.organizationName(o)), this.labels.semicolon) : undefined, lines.organizers),
      fact(this.labels.partners, event.partners.length ? join(event.partners.map((o) => this.organizationName(o)), this.labels.semicolon) : undefined, lines.partners),
      fact(this.labels.languages, languages, lines.languages),
      fact(this.labels.attendance, attendance.length ? join(attendance, ' \u00b7 ') : undefined, lines.mode ?? lines.online),
      fact(this.labels.registration, registration, lines.registration),
      fact(this.labels.interpretation, interpreted.interpretation?.join(this.labels.comma), lines.interpretation),
      fact(this.labels.webPage, safeUrl(event.url) ? this.link(event.url, event.url) : undefined, lines.url),
    ].filter((row) => row !== undefined);
    return rows.length ? html`<dl class="facts">${rows}</dl>` : undefined;
  }

  private dateSpan(start: string, end: string | undefined): string {
    const first = formatDay(start, this.locale);
    return end === undefined || end === start ? first : `${first} \u2013 ${formatDay(end, this.locale)}`;
  }

  /** A time range as the programme prints it: midnight at the end as 24:00, a time of the next day marked. */
  private clock(start: number | undefined, end: number | undefined): SafeHtml | undefined {
    if (start === undefined) return undefined;
    if (end === start) end = undefined;
    const range = end === DAY_MINUTES && start < DAY_MINUTES ? `${formatMinutes(start)}\u201324:00` : formatTimeRange(start, end);
    const nextDay = start >= DAY_MINUTES || (end !== undefined && end > DAY_MINUTES);
    return html`${range}${nextDay ? html`<span class="next-day" title="${this.labels.nextDay}">+1</span>` : ''}`;
  }

  private when(session: ProgrammeSession): SafeHtml {
    const time = this.clock(session.start, session.end);
    const part = this.part(session.part);
    return html`<div class="session-when"${this.at(session.lines.start ?? session.lines.part ?? session.lines.date)}>${time ? html`<span class="session-time" dir="ltr">${time}</span>` : ''}${part ? html`<span class="session-part">${part}</span>` : ''}</div>`;
  }

  private part(part: string | undefined): string | undefined {
    return part === 'morning' || part === 'afternoon' || part === 'evening' ? this.labels[part] : part;
  }

  private item(item: ProgrammeItem, timed: boolean): SafeHtml {
    const time = this.clock(item.start, item.end);
    const speakers = item.speakers.length
      ? html`<span class="item-speakers"${this.at(item.lines.speakers)}>${join(item.speakers.map((p) => html`<span class="person">${this.personLink(p)}${this.personDetail(p)}</span>`), this.labels.semicolon)}</span>`
      : undefined;
    const authors = item.authors.length
      ? html`<span class="item-authors"${this.at(item.lines.authors)}><span class="label">${this.labels.authors}</span> ${join(item.authors.map((p) => this.personLink(p)), this.labels.comma)}</span>`
      : undefined;
    const title = safeUrl(item.url) ? this.link(item.url, item.title ?? item.url ?? '') : item.title ?? '';
    return html`<li class="item${item.kind ? ` item-${item.kind}` : ''}"${this.at(item.line)}>${timed ? html`<span class="item-time" dir="ltr">${time ?? ''}</span>` : ''}<div class="item-body"><span class="item-title"${this.at(item.lines.title)}>${title}</span>${speakers}${authors}${this.markdown(item.description, 'item-description', item.lines.description)}</div></li>`;
  }

  /** How people attend the event or a session: the mode, where to join online, registration, interpretation. */
  private attendanceParts(words: AttendanceWords): SafeHtml[] {
    const { online, registration, interpretation } = words;
    return [
      words.mode === undefined ? undefined : html`<span class="attendance-mode">${words.mode}</span>`,
      online && html`<span class="attendance-online">${safeUrl(online.url) ? this.link(online.url, this.labels.joinOnline) : this.labels.joinOnline}${online.platform ? ` (${online.platform})` : ''}</span>`,
      registration && html`<span class="attendance-registration">${safeUrl(registration.url) ? this.link(registration.url, this.labels.registration) : this.labels.registration}${registration.by ? ` ${registration.by}` : ''}</span>`,
      interpretation && html`<span class="attendance-interpretation">${this.labels.interpretation}${this.labels.colon}${interpretation.join(this.labels.comma)}</span>`,
    ].filter((part): part is SafeHtml => part !== undefined);
  }

  private agendaItems(session: ProgrammeSession): SafeHtml | undefined {
    if (!session.agendaItems.length) return undefined;
    const label = session.agendaItems.length > 1 ? this.labels.agendaItems : this.labels.agendaItem;
    const refs = session.agendaItems.map((ref) => html`<span class="agenda-item-ref"${this.at(ref.line)}><span class="agenda-item-number">${ref.known ? ref.number : this.unresolved(ref.number)}</span>${ref.title ? html` <span class="agenda-item-title">${ref.title}</span>` : ''}${ref.continued ? html` <span class="agenda-item-continued">(${this.labels.continued})</span>` : ''}</span>`);
    return html`<p class="session-agenda-items"${this.at(session.lines.agendaItems)}><span class="label">${label}</span> ${join(refs, this.labels.semicolon)}</p>`;
  }

  session(session: ProgrammeSession): SafeHtml {
    const { lines } = session;
    const status = session.status === 'tentative' || session.status === 'cancelled' ? html` <span class="badge badge-${session.status}">${this.labels[session.status]}</span>` : undefined;
    const meta = [
      session.room ? html`<span class="session-room"${this.at(lines.room)}>${session.room}</span>` : undefined,
      session.track ? html`<span class="session-track"${this.at(lines.track)}>${session.track.known ? session.track.title : this.unresolved(session.track.id)}</span>` : undefined,
      session.format && session.format !== 'other' && session.format !== 'moment' ? html`<span class="session-format"${this.at(lines.format)}>${this.labels.formats[session.format] ?? session.format}</span>` : undefined,
    ].filter((m) => m !== undefined);
    const roles = [
      this.role(session.chairs.length > 1 ? this.labels.coChairs : this.labels.chair, session.chairs, lines.chair),
      this.role(this.labels.moderators, session.moderators, lines.moderators),
      this.role(this.labels.speakers, session.speakers, lines.speakers),
    ].filter((r) => r !== undefined);
    const topics = session.topics.length
      ? html`<p class="session-topics"${this.at(lines.topics)}><span class="label">${this.labels.topics}</span> ${join(session.topics.map((t) =>
          t.known ? html`<a class="topic-ref" href="#${this.topicAnchor(t.id)}"${this.at(t.line)}>${t.title}</a>` : this.unresolved(t.id)), this.labels.semicolon)}</p>`
      : undefined;
    const timed = session.items.some((i) => i.start !== undefined);
    const items = session.items.length ? html`<ol class="items${timed ? '' : ' items-untimed'}"${this.at(lines.items)}>${session.items.map((i) => this.item(i, timed))}</ol>` : undefined;
    const attendance = this.attendanceParts(attendanceWords(session.attendance, this.labels, this.programme.language, this.locale, this.programme.event.attendance));
    const track = session.track?.color !== undefined && TRACK_COLOR.test(session.track.color) ? html` data-track-color="${session.track.color.toLowerCase()}"` : undefined;
    const url = safeUrl(session.url) ? html`<p class="session-url"${this.at(lines.url)}>${this.link(session.url, session.url)}</p>` : undefined;
    return html`<article class="session${session.status ? ` session-${session.status}` : ''}" id="${session.anchor}${this.suffix}"${this.sourceLines ? html` data-session="${session.index}"` : ''}${this.at(session.line)}${track}>
${this.when(session)}
<div class="session-main">
${this.partOf(session)}<h4 class="session-title"${this.at(lines.title)}><span class="session-title-text">${session.title ?? session.id ?? ''}</span>${status}</h4>
${meta.length ? html`<p class="session-meta">${join(meta, ' \u00b7 ')}</p>` : ''}
${attendance.length ? html`<p class="session-attendance"${this.at(lines.mode ?? lines.online ?? lines.registration ?? lines.interpretation)}>${join(attendance, ' \u00b7 ')}</p>` : ''}
${this.agendaItems(session)}
${this.markdown(session.description, 'session-description', lines.description)}
${roles.length ? html`<dl class="roles">${roles}</dl>` : ''}
${topics}
${items}
${this.documents(session.documents, lines.documents, html`<span class="label">${this.labels.documents}</span>`)}
${url}
</div>
</article>`;
  }

  /** The workshop or side event a session of a merged programme belongs to, unless its title names it already. */
  private partOf(session: ProgrammeSession): SafeHtml | undefined {
    const part = session.partOf;
    if (part === undefined || namesText(session.title ?? '', part.title)) return undefined;
    return html`<p class="session-part-of">${part.title}</p>\n`;
  }

  private topicAnchor(id: string): string {
    return this.topicAnchors.get(id) ?? '';
  }

  dayTitle(day: ProgrammeDay): SafeHtml {
    const title = day.date ? formatDay(day.date, this.locale) : this.labels.dateToBeAnnounced;
    return html`<h3 class="day-title"${this.at(day.sessions[0]?.line)}>${title}</h3>`;
  }

  private day(day: ProgrammeDay): SafeHtml {
    return html`<section class="day"${day.date ? html` id="day-${day.date}${this.suffix}"` : ''}>
${this.dayTitle(day)}
${parallelGroups(day.sessions).map((group) => group.length > 1 ? this.parallel(group) : this.session(group[0]))}
</section>`;
  }

  /** Sessions at the same time, side by side under the time they span. */
  private parallel(sessions: ProgrammeSession[]): SafeHtml {
    const start = Math.min(...sessions.map((s) => s.start ?? DAY_MINUTES));
    const end = Math.max(...sessions.map((s) => s.end ?? s.start ?? 0));
    return html`<div class="parallel">
<p class="parallel-heading"><span class="parallel-time" dir="ltr">${this.clock(start, end > start ? end : undefined)}</span> <span class="parallel-label">${this.labels.parallelSessions}</span></p>
<div class="parallel-sessions">
${sessions.map((s) => this.session(s))}
</div>
</div>`;
  }

  scheduleHeading(): SafeHtml {
    const { event, days } = this.programme;
    const zone = event.timezone ? timeZoneName(event.timezone, event.start, this.locale) : undefined;
    const note = zone ? html`<p class="timezone-note"${this.at(event.lines.timezone)}>${this.labels.localTimes.replace('{zone}', zone)}</p>` : undefined;
    return html`<h2 class="section-title">${this.labels.programme}</h2>
${note}${days.length ? '' : html`\n<p class="empty">${this.labels.noSessions}</p>`}`;
  }

  private schedule(): SafeHtml {
    return html`<section class="schedule"${this.at(this.programme.lines.sessions)}>
${this.scheduleHeading()}
${this.programme.days.map((d) => this.day(d))}
</section>`;
  }

  private topicEntry(topic: ProgrammeTopic): SafeHtml {
    const sessions = topic.sessions.length
      ? html`<ul class="topic-sessions">${topic.sessions.map((s) => {
          const time = this.clock(s.start, s.end);
          const when = join([s.date ? formatShortDay(s.date, this.locale) : undefined, time ? html`<span dir="ltr">${time}</span>` : this.part(s.part)], this.labels.comma);
          return html`<li><a href="#${s.anchor}${this.suffix}">${s.title ?? s.id ?? ''}</a>${when.value ? html` <span class="topic-when">${when}</span>` : ''}</li>`;
        })}</ul>`
      : html`<p class="topic-unscheduled">${this.labels.notScheduled}</p>`;
    return html`<div class="topic" id="${topic.anchor}${this.suffix}"${this.at(topic.line)}><dt class="topic-title">${topic.title}</dt><dd>${this.markdown(topic.description, 'topic-description', undefined)}${sessions}</dd></div>`;
  }

  topicIndex(): SafeHtml | undefined {
    const { topics } = this.programme;
    if (!topics.length) return undefined;
    const collator = new Intl.Collator(this.locale, { numeric: true });
    const sorted = [...topics].sort((a, b) => collator.compare(a.title, b.title));
    return html`<section class="topic-index"${this.at(this.programme.lines.topics)}>
<h2 class="section-title">${this.labels.topicIndex}</h2>
<dl class="topics">${sorted.map((t) => this.topicEntry(t))}</dl>
</section>`;
  }

  /** What comes before the schedule: the header, the facts, the description and the documents of the event. */
  preamble(): (SafeHtml | undefined)[] {
    const { event } = this.programme;
    return [
      this.header(),
      this.facts(),
      this.markdown(event.description, 'event-description', event.lines.description),
      this.documents(event.documents, event.lines.documents, html`<h2 class="section-title">${this.labels.documents}</h2>`),
    ];
  }

  /** The class of the `<article>` that holds the programme. */
  articleClass(): string {
    const { event } = this.programme;
    return `programme${event.description !== undefined || event.documents.length > 0 ? ' has-preamble' : ''}`;
  }

  render(): SafeHtml {
    const { language, direction } = this.programme;
    return html`<article class="${this.articleClass()}" lang="${language}" dir="${direction}">
${this.preamble().map((block) => block && html`${block}\n`)}${this.schedule()}
${this.topicIndex()}
</article>
`;
  }
}

function programmeOf(parsed: ParsedAgenda, options: RenderOptions): Programme {
  const language = options.languages?.length ? options.languages[0] : options.language;
  return readProgramme(parsed, language === undefined ? {} : { language });
}

/** The renderers of a page: one, or one per language side by side. */
function renderersOf(parsed: ParsedAgenda, options: RenderOptions, sourceLines: boolean, photos = false): ProgrammeRenderer[] {
  const languages = options.languages && options.languages.length > 1 ? [...new Set(options.languages)] : [];
  if (languages.length < 2) return [new ProgrammeRenderer(programmeOf(parsed, options), sourceLines, '', photos)];
  return languages.map((language, i) => new ProgrammeRenderer(readProgramme(parsed, { language }), sourceLines && i === 0, i === 0 ? '' : `-${language}`, photos));
}

/** The colours of the tracks of a programme, as CSS for a page whose policy allows its own styles. */
function trackColors(programme: Programme): string {
  const colors = [...new Set(programme.tracks.flatMap((t) => (t.color !== undefined && TRACK_COLOR.test(t.color) ? [t.color.toLowerCase()] : [])))];
  return colors.map((color) => `[data-track-color="${color}"] { --track-color: ${color}; }\n`).join('');
}

/** Whether anyone in the programme has a photo to show (the page's policy then allows images over https). */
function hasPhotos(programme: Programme): boolean {
  return programme.days.some((day) => day.sessions.some((s) => [...s.chairs, ...s.moderators, ...s.speakers].some((p) => photoUrl(p) !== undefined)));
}

/** One row of a side-by-side programme: a block in each language, or nothing when no language has it. */
function sideBySideRow(renderers: readonly ProgrammeRenderer[], block: (renderer: ProgrammeRenderer, index: number) => SafeHtml | undefined): SafeHtml | undefined {
  const blocks = renderers.map(block);
  if (blocks.every((b) => b === undefined)) return undefined;
  return html`<div class="side-by-side">
${renderers.map((r, i) => html`<div class="side" lang="${r.programme.language}" dir="${r.programme.direction}">
${blocks[i]}
</div>
`)}</div>
`;
}

/**
 * A programme in several languages side by side: each block (the event's header and facts, each day's title, each
 * session, the index of topics) in a row with one column per language, so that a reader finds the same session
 * across the page. The days and sessions are the same in every language (one programme model), only the text differs.
 */
function renderSideBySide(renderers: readonly ProgrammeRenderer[]): SafeHtml {
  const [first] = renderers;
  const preambles = renderers.map((r) => r.preamble());
  const row = (block: (renderer: ProgrammeRenderer, index: number) => SafeHtml | undefined) => sideBySideRow(renderers, block);
  const days = first.programme.days.map((day, d) => html`<section class="day"${day.date ? html` id="day-${day.date}"` : ''}>
${row((r) => r.dayTitle(r.programme.days[d]))}${day.sessions.map((_, i) => row((r) => r.session(r.programme.days[d].sessions[i])))}</section>
`);
  return html`<article class="${first.articleClass()} programme-side-by-side" lang="${first.programme.language}" dir="${first.programme.direction}">
${preambles[0].map((_, b) => row((_r, i) => preambles[i][b]))}<section class="schedule">
${row((r) => r.scheduleHeading())}${days}</section>
${row((r) => r.topicIndex())}</article>
`;
}

function renderPage(renderers: readonly ProgrammeRenderer[]): SafeHtml {
  return renderers.length > 1 ? renderSideBySide(renderers) : renderers[0].render();
}

function titleOf(programme: Programme): string {
  const name = programme.event.shortTitle ?? programme.event.title;
  const word = programmeLabels(programme.language).programme;
  return name ? `${name} \u2014 ${word}` : word;
}

/**
 * Renders a parsed agenda as an HTML fragment (an `<article class="programme">`): the event header, each day with
 * its sessions in time order, and an index of topics. Every piece of agenda text is escaped, descriptions are
 * rendered from Markdown without raw HTML, and only `http`, `https` and `mailto` links are kept. Tolerant of a
 * broken agenda: whatever could be parsed is shown.
 */
export function renderProgramme(parsed: ParsedAgenda, options: RenderOptions = {}): string {
  return renderPage(renderersOf(parsed, options, options.sourceLines ?? true)).value;
}

/** The title a rendered programme goes by: the event's short title (or title) and "Programme". */
export function programmeTitle(parsed: ParsedAgenda, options: RenderOptions = {}): string {
  return titleOf(programmeOf(parsed, options));
}

/** A CSS string literal that holds any text safely: every character outside a small safe set is hex-escaped. */
function cssString(text: string): string {
  return `"${[...text].map((c) => (/[A-Za-z0-9 .,()-]/.test(c) ? c : `\\${(c.codePointAt(0) ?? 32).toString(16)} `)).join('')}"`;
}

/**
 * Renders a parsed agenda as a standalone, print-ready HTML document: the programme with its CSS embedded (A4 print
 * styles, running footer with the title and page numbers), no scripts and no external requests (its
 * Content-Security-Policy forbids both), no source lines unless asked for.
 */
export function renderStandalone(parsed: ParsedAgenda, options: RenderOptions = {}): string {
  const organiser = organiserStyles(options.stylesheets);
  const renderers = renderersOf(parsed, options, options.sourceLines ?? false, true);
  const { programme } = renderers[0];
  const images = hasPhotos(programme) && !organiser.csp.media ? '; img-src https:' : '';
  const title = renderers.map((r) => titleOf(r.programme)).filter((t, i, all) => all.indexOf(t) === i).join(' / ');
  return html`<!DOCTYPE html>
<html lang="${programme.language}" dir="${programme.direction}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'${organiser.csp.style}${organiser.csp.media}${images}; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Agenda Author">
<title>${title}</title>
<style>
${raw(PROGRAMME_CSS)}${options.timetable ? raw(TIMETABLE_CSS) : ''}
${raw(trackColors(programme))}@page { @bottom-left { content: ${raw(cssString(title))}; } }
</style>
${organiser.elements}</head>
<body class="standalone">
${renderPage(renderers)}${options.timetable ? raw(renderTimetable(parsed, { language: programme.language, sourceLines: options.sourceLines ?? false })) : ''}</body>
</html>
`.value;
}

/**
 * A deterministic generator of congress-scale agendas for the benchmark and the incremental checker's tests:
 * days of parallel sessions in several rooms, people with affiliations, topics, timed items, multilingual titles,
 * block-scalar descriptions and documents. Every agenda it makes is clean under `check` (no diagnostic at all):
 * rooms never double-booked, nobody in two sessions at once, every id defined once and used.
 */

/** How big an agenda to make. */
export interface AgendaSize {
  days: number;
  sessionsPerDay: number;
  people: number;
  topics: number;
  organizations: number;
}

/** The three sizes the benchmark measures: a one-day workshop (~300 lines), a congress (~5,000), a large one (~20,000). */
export const AGENDA_SIZES = {
  workshop: { days: 1, sessionsPerDay: 6, people: 22, topics: 10, organizations: 6 },
  congress: { days: 8, sessionsPerDay: 26, people: 200, topics: 60, organizations: 40 },
  large: { days: 8, sessionsPerDay: 100, people: 900, topics: 160, organizations: 90 },
} satisfies Record<string, AgendaSize>;

export type AgendaSizeName = keyof typeof AGENDA_SIZES;

/** A small seeded pseudo-random generator (mulberry32), so every run makes the same agenda. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amina', 'José', 'Li', 'Olga', 'Kwame', 'Sofía', 'Hiroshi', 'Fatima', 'Lars', 'Priya', 'Émile', 'Zanele', 'Mateus', 'Yuki',
  'Ana', 'Omar', 'Ingrid', 'Chen', 'Nadia', 'Tomás', 'Aisha', 'Pedro', 'Sara', 'Dmitri', 'Leila', 'Jonas', 'Mei', 'Kofi', 'Elena', 'Ravi'];
const LAST = ['Okafor', 'García', 'Wang', 'Ivanova', 'Mensah', 'Núñez', 'Tanaka', 'Haddad', 'Nilsson', 'Sharma', 'Dubois', 'Dlamini',
  'Silva', 'Sato', 'Kowalska', 'Farouk', 'Berg', 'Liu', 'Benali', 'Ortega', 'Bello', 'Costa', 'Cohen', 'Petrov', 'Rahimi', 'Weber'];
const HONORIFICS = ['H.E.', 'Dr.', 'Prof.', 'Ms.', 'Mr.'];
const POSITIONS = ['Director, Division for Treaty Affairs', 'Senior Research Fellow', 'Chief of Section', 'Prosecutor', 'Judge',
  'Head of Unit', 'Programme Officer', 'Professor of Criminology', 'Commissioner of Police', 'Legal Adviser'];
const COUNTRIES = ['JP', 'KR', 'US', 'AT', 'BR', 'NG', 'IN', 'FR', 'ZA', 'MX', 'EG', 'DE', 'CN', 'KE', 'AR', 'SE', 'TH', 'CA'];
const INSTITUTION_KINDS = ['Institute of Criminology', 'Ministry of Justice', 'Police Academy', 'Centre for Human Rights', 'Bar Association',
  'University Law School', 'Office of the Prosecutor', 'Forensic Science Laboratory', 'Anti-Corruption Commission', 'Cybercrime Centre'];
const PLACES = ['Nairobi', 'Vienna', 'Bangkok', 'Kyoto', 'Lagos', 'São Paulo', 'Geneva', 'Cairo', 'Santiago', 'Tallinn', 'Seoul', 'Manila'];
const SUBJECTS = ['cybercrime', 'trafficking in persons', 'smuggling of migrants', 'corruption', 'money laundering', 'firearms',
  'wildlife crime', 'terrorism financing', 'juvenile justice', 'prison reform', 'victim support', 'restorative justice',
  'organized crime', 'drug markets', 'forensic science', 'international cooperation', 'extradition', 'crime prevention',
  'violence against women', 'child protection', 'cryptocurrencies', 'artificial intelligence', 'border management', 'rule of law'];
const ANGLES = ['trends and responses', 'good practices', 'the role of civil society', 'data and evidence', 'technical assistance',
  'regional perspectives', 'new technologies', 'legislative frameworks', 'capacity building', 'partnerships with the private sector'];
const FORMATS = ['plenary', 'panel', 'keynote', 'roundtable', 'workshop', 'presentation', 'discussion', 'side-event'];
const KINDS = ['opening', 'presentation', 'panel', 'discussion', 'qa', 'closing'];
const WORDS = ['the', 'workshop', 'reviews', 'recent', 'developments', 'in', 'national', 'legislation', 'and', 'practice', 'experts',
  'from', 'governments', 'academia', 'civil', 'society', 'share', 'lessons', 'learned', 'on', 'investigation', 'prosecution', 'of',
  'cases', 'with', 'a', 'focus', 'cross-border', 'cooperation', 'evidence', 'sharing', 'safeguards', 'for', 'human', 'rights'];

/** The time slots of a congress day: [start, end, part of the day], in minutes since midnight. */
const SLOTS: [number, number, string][] = [
  [9 * 60, 10 * 60 + 30, 'morning'],
  [11 * 60, 12 * 60 + 30, 'morning'],
  [13 * 60 + 15, 14 * 60 + 45, 'afternoon'],
  [15 * 60, 16 * 60 + 30, 'afternoon'],
  [17 * 60, 18 * 60, 'afternoon'],
  [18 * 60 + 30, 20 * 60, 'evening'],
];

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A scalar as YAML text: plain when that reads back the same, double-quoted otherwise. */
function scalar(text: string): string {
  return /: |^[\s\-?:,[\]{}#&*!|>'"%@`]| #|:$/.test(text) ? JSON.stringify(text) : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isoDate(day: number): string {
  return new Date(Date.UTC(2026, 3, 20 + day)).toISOString().slice(0, 10);
}

class Writer {
  readonly lines: string[] = [];
  constructor(readonly random: () => number) {}

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  line(indent: number, text: string): void {
    this.lines.push(' '.repeat(indent) + text);
  }

  paragraph(indent: number, key: string, sentences: number): void {
    this.line(indent, `${key}: |`);
    for (let s = 0; s < sentences; s++) {
      const count = 8 + Math.floor(this.random() * 8);
      const words = Array.from({ length: count }, () => this.pick(WORDS));
      this.line(indent + 2, `${capitalize(words.join(' '))}.`);
    }
  }
}

interface Person {
  id: string;
}

/** Splits `total` minutes into `count` parts, each a multiple of five and at least ten minutes. */
function splitMinutes(writer: Writer, total: number, count: number): number[] {
  const parts = new Array<number>(count).fill(10);
  let left = total - 10 * count;
  while (left > 0) {
    parts[Math.floor(writer.pick([0, 1, 2, 3, 4, 5, 6, 7].slice(0, count)))] += 5;
    left -= 5;
  }
  return parts;
}

/** A session's timed items, from its start to its end: the first at the session's start, some with their own time. */
function writeItems(writer: Writer, start: number, end: number, subject: string, chair: Person, speakers: Person[]): void {
  const count = 2 + Math.floor(writer.random() * 2);
  writer.line(4, 'items:');
  let at = start;
  splitMinutes(writer, end - start, count).forEach((duration, i) => {
    const kind = i === 0 ? 'opening' : i === count - 1 ? 'closing' : writer.pick(KINDS.slice(1, 5));
    if (i === 0 || writer.chance(0.3)) {
      writer.line(6, `- time: "${clock(at)}"`);
      writer.line(8, `duration: ${duration}`);
    } else {
      writer.line(6, `- duration: ${duration}`);
    }
    writer.line(8, `title: ${capitalize(kind)}${kind === 'presentation' || kind === 'panel' ? ` on ${subject}` : ''}`);
    writer.line(8, `kind: ${kind}`);
    const voices = i === 0 ? [chair] : speakers.filter(() => writer.chance(0.5));
    if (voices.length) writer.line(8, `speakers: [${voices.map((p) => p.id).join(', ')}]`);
    at += duration;
  });
}

/**
 * Makes the YAML text of an agenda of the given size; the same size and seed always give the same text.
 * Lines end with `\n`, and the text ends with one.
 */
export function generateAgenda(size: AgendaSize, seed = 1): string {
  const writer = new Writer(randomSource(seed));
  const line = writer.line.bind(writer);
  const firstDay = isoDate(0);
  const lastDay = isoDate(size.days - 1);

  const organizations = Array.from({ length: size.organizations }, (_, i) => {
    const place = PLACES[i % PLACES.length];
    const kind = INSTITUTION_KINDS[Math.floor(i / PLACES.length) % INSTITUTION_KINDS.length];
    const name = `${place} ${kind}`;
    return { id: `${slug(name)}${i >= PLACES.length * INSTITUTION_KINDS.length ? `-${i}` : ''}`, name };
  });
  const people: Person[] = Array.from({ length: size.people }, (_, i) => ({
    id: `${slug(FIRST[i % FIRST.length])}-${slug(LAST[Math.floor(i / FIRST.length) % LAST.length])}${i >= FIRST.length * LAST.length ? `-${i}` : ''}`,
  }));
  const topics = Array.from({ length: size.topics }, (_, i) => {
    const subject = SUBJECTS[i % SUBJECTS.length];
    const angle = ANGLES[Math.floor(i / SUBJECTS.length) % ANGLES.length];
    return { id: `${slug(subject)}-${slug(angle)}`, title: `${capitalize(subject)}: ${angle}`, subject };
  });

  line(0, '# A generated congress programme (bench/generateAgenda.ts). Every line is valid under `agenda check`.');
  line(0, 'version: 1');
  line(0, '');
  line(0, 'event:');
  line(2, 'id: congress-2026');
  line(2, 'title:');
  line(4, 'en: Fifteenth Congress on Crime Prevention and Criminal Justice');
  line(4, 'fr: Quinzième Congrès pour la prévention du crime et la justice pénale');
  line(4, 'es: Decimoquinto Congreso sobre Prevención del Delito y Justicia Penal');
  line(2, 'shortTitle: Congress 2026');
  line(2, 'series: United Nations Congress on Crime Prevention and Criminal Justice');
  line(2, 'body: Committee I');
  line(2, 'agendaItems:');
  for (let i = 1; i <= 6; i++) {
    line(4, `- number: ${i}`);
    line(6, `title: ${capitalize(SUBJECTS[i])} and ${ANGLES[i]}`);
  }
  writer.paragraph(2, 'description', 4);
  line(2, 'venue:');
  line(4, 'site: Kyoto International Conference Center');
  line(4, 'city: Kyoto');
  line(4, 'country: JP');
  line(2, 'timezone: Asia/Tokyo');
  line(2, `start: ${firstDay}`);
  line(2, `end: ${lastDay}`);
  line(2, 'languages: [en, fr, es]');
  line(2, `organizers: [${organizations[0].id}]`);
  line(2, `partners: [${organizations.slice(1, 3).map((o) => o.id).join(', ')}]`);
  line(2, 'url: https://www.unodc.org/congress/');
  line(2, 'documents:');
  line(4, '- symbol: A/CONF.240/1');
  line(6, 'title: Provisional agenda and annotations');
  line(6, 'url: https://undocs.org/A/CONF.240/1');

  line(0, '');
  line(0, 'organizations:');
  organizations.forEach((org, i) => {
    line(2, `- id: ${org.id}`);
    line(4, `name: ${org.name}`);
    if (writer.chance(0.5)) line(4, `acronym: ${org.name.split(/\s+/).map((w) => w[0]).join('').toUpperCase()}`);
    line(4, `url: https://www.example.org/${org.id}/`);
    line(4, `country: ${COUNTRIES[i % COUNTRIES.length]}`);
  });

  line(0, '');
  line(0, 'people:');
  people.forEach((person, i) => {
    line(2, `- id: ${person.id}`);
    line(4, `name: ${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
    if (writer.chance(0.4)) line(4, `honorific: ${writer.pick(HONORIFICS)}`);
    if (writer.chance(0.7)) line(4, `position: ${writer.pick(POSITIONS)}`);
    line(4, `affiliation: ${organizations[3 + (i % (organizations.length - 3))]?.id ?? organizations[i % organizations.length].id}`);
    line(4, `country: ${writer.pick(COUNTRIES)}`);
    if (writer.chance(0.15)) line(4, `email: ${person.id}@example.org`);
  });

  line(0, '');
  line(0, 'topics:');
  for (const topic of topics) {
    line(2, `- id: ${topic.id}`);
    line(4, `title: ${scalar(topic.title)}`);
    if (writer.chance(0.4)) line(4, `description: How ${topic.subject} shapes the work of criminal justice systems.`);
  }

  line(0, '');
  line(0, 'sessions:');
  const roomsPerSlot = Math.ceil(size.sessionsPerDay / SLOTS.length);
  const rooms = ['Plenary Hall', ...Array.from({ length: roomsPerSlot - 1 }, (_, i) => `Room ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ''}`)];
  const castLimit = Math.min(7, Math.floor(people.length / roomsPerSlot));
  let personCursor = 0;
  let topicCursor = 0;
  let number = 0;
  for (let day = 0; day < size.days; day++) {
    line(2, `# Day ${day + 1}, ${isoDate(day)}`);
    for (let s = 0; s < size.sessionsPerDay; s++) {
      const [start, end, part] = SLOTS[Math.floor(s / roomsPerSlot)];
      const room = rooms[s % roomsPerSlot];
      const format = part === 'evening' ? 'reception' : writer.pick(FORMATS);
      const subject = writer.pick(SUBJECTS);
      const title = `${capitalize(subject)}: ${writer.pick(ANGLES)}`;
      number++;
      const id = `d${day + 1}-${slug(subject)}-${number}`;
      const cast = Array.from({ length: Math.min(castLimit, 3 + Math.floor(writer.random() * 5)) }, (_, i) => people[(personCursor + i) % people.length]);
      personCursor += cast.length;
      const [chair, ...speakers] = cast;
      const sessionTopics = Array.from({ length: 2 + Math.floor(writer.random() * 2) }, () => topics[topicCursor++ % topics.length]);

      line(2, `- id: ${id}`);
      if (writer.chance(0.2)) {
        line(4, 'title:');
        line(6, `en: ${scalar(title)}`);
        line(6, `fr: ${scalar(`${title} (version française)`)}`);
        line(6, `es: ${scalar(`${title} (versión española)`)}`);
      } else {
        line(4, `title: ${scalar(title)}`);
      }
      line(4, `date: ${isoDate(day)}`);
      line(4, `part: ${part}`);
      line(4, `start: "${clock(start)}"`);
      if (writer.chance(0.3)) line(4, `duration: ${end - start}`);
      else line(4, `end: "${clock(end)}"`);
      line(4, `room: ${room}`);
      line(4, `format: ${format}`);
      if (writer.chance(0.1)) line(4, 'status: tentative');
      line(4, `chair: ${chair.id}`);
      if (speakers.length > 3) {
        line(4, `moderators: [${speakers[0].id}]`);
        line(4, `speakers: [${speakers.slice(1).map((p) => p.id).join(', ')}]`);
      } else {
        line(4, `speakers: [${speakers.map((p) => p.id).join(', ')}]`);
      }
      line(4, `topics: [${[...new Set(sessionTopics.map((t) => t.id))].join(', ')}]`);
      if (writer.chance(0.5)) writer.paragraph(4, 'description', 1 + Math.floor(writer.random() * 2));
      if (writer.chance(0.25)) line(4, `url: https://www.unodc.org/congress/sessions/${id}`);
      if (writer.chance(0.2)) {
        line(4, 'documents:');
        line(6, `- symbol: A/CONF.240/CRP.${number}`);
        line(8, `title: Background paper on ${subject}`);
        line(8, `url: https://undocs.org/A/CONF.240/CRP.${number}`);
      }
      if (writer.chance(0.3)) writeItems(writer, start, end, subject, chair, speakers);
      line(0, '');
    }
  }
  return writer.lines.join('\n').replace(/\n+$/, '\n');
}

/** The congress of many files the benchmark and the tests of the programme of files use. */
export interface CongressSize {
  days: number;
  rooms: number;
  /** Files besides the root: committees and workshops, then side events. */
  files: number;
  people: number;
  topics: number;
  organizations: number;
}

/** One root, eight days, twelve rooms and about 250 files of some 20,000 lines in all. */
export const CONGRESS_OF_FILES: CongressSize = { days: 8, rooms: 12, files: 249, people: 320, topics: 60, organizations: 40 };

/** A problem planted in a generated congress, and where its diagnostic must be: the file and the session. */
export interface PlantedFault {
  code: 'programme-room-clash' | 'programme-person-clash' | 'id-shadows-parent' | 'date-outside-parent' | 'programme-duplicate-session';
  file: string;
  /** The session the diagnostic is on; for `id-shadows-parent`, the id defined again. */
  at: string;
}

/** A generated congress: its files by path (`congress.agenda.yaml`, `side-events/...`), and the faults planted in it. */
export interface GeneratedCongress {
  files: Map<string, string>;
  faults: PlantedFault[];
  lines: number;
}

interface CongressSession {
  file: string;
  id: string;
  day: number;
  slot: number;
  room: number;
  cast: Person[];
}

/**
 * Makes a congress of many agenda files (see {@link CONGRESS_OF_FILES}): a root with the event, the shared
 * organisations, people, topics and twelve rooms, and the files part of it (committees, workshops and side events,
 * each in its folder, each with `partOf`), referring to the root's ids, some with people of their own. Each session
 * has its own room and slot, and nobody is in two sessions of one slot, so that without `faults` the programme is
 * clean under the cross-file checks; with `faults`, one of each cross-file problem is planted twice in known places
 * (listed in `faults`). The same size, seed and faults always give the same files.
 */
export function generateCongress(size: CongressSize = CONGRESS_OF_FILES, options: { seed?: number; faults?: boolean } = {}): GeneratedCongress {
  const writer = new Writer(randomSource(options.seed ?? 11));
  const files = new Map<string, string>();
  const faults: PlantedFault[] = [];
  const organizations = Array.from({ length: size.organizations }, (_, i) => ({ id: `org-${i + 1}`, name: `${PLACES[i % PLACES.length]} ${INSTITUTION_KINDS[i % INSTITUTION_KINDS.length]}` }));
  const people: Person[] = Array.from({ length: size.people }, (_, i) => ({ id: `${slug(FIRST[i % FIRST.length])}-${slug(LAST[i % LAST.length])}-${i + 1}` }));
  const topics = Array.from({ length: size.topics }, (_, i) => ({ id: `topic-${i + 1}`, subject: SUBJECTS[i % SUBJECTS.length], angle: ANGLES[i % ANGLES.length] }));
  const rooms = Array.from({ length: size.rooms }, (_, i) => (i === 0 ? { id: 'plenary-hall', name: 'Plenary Hall' } : { id: `room-${i}`, name: `Conference Room ${i}` }));

  const cells: [number, number, number][] = [];
  for (let day = 0; day < size.days; day++) for (let slot = 0; slot < SLOTS.length; slot++) for (let room = 0; room < size.rooms; room++) cells.push([day, slot, room]);
  const rootCells = cells.filter(([, slot, room]) => room === 0 && slot === 0);
  const freeCells = cells.filter(([, slot, room]) => !(room === 0 && slot === 0));
  const castOf = new Map<string, number>();
  const cast = (day: number, slot: number, count: number): Person[] => {
    const key = `${day}/${slot}`;
    const from = castOf.get(key) ?? (day * SLOTS.length + slot) * 37;
    castOf.set(key, from + count);
    return Array.from({ length: count }, (_, i) => people[(from + i) % people.length]);
  };
  const sessions = (file: string, count: number, take: () => [number, number, number]): CongressSession[] =>
    Array.from({ length: count }, (_, i) => {
      const [day, slot, room] = take();
      return { file, id: `${file.replace(/^.*\//, '').replace('.agenda.yaml', '')}-${i + 1}`, day, slot, room, cast: cast(day, slot, 3 + Math.floor(writer.random() * 3)) };
    });
  const writeSession = (session: CongressSession, topicIndex: number) => {
    const [start, end, part] = SLOTS[session.slot];
    const subject = topics[topicIndex % topics.length];
    const [chair, ...speakers] = session.cast;
    writer.line(2, `- id: ${session.id}`);
    writer.line(4, `title: ${scalar(`${capitalize(subject.subject)}: ${subject.angle}`)}`);
    writer.line(4, `date: ${isoDate(session.day)}`);
    writer.line(4, `part: ${part}`);
    writer.line(4, `start: "${clock(start)}"`);
    writer.line(4, `end: "${clock(end)}"`);
    writer.line(4, `room: ${rooms[session.room].id}`);
    writer.line(4, `format: ${writer.pick(FORMATS)}`);
    writer.line(4, 'status: confirmed');
    writer.line(4, `chair: ${chair.id}`);
    writer.line(4, `speakers: [${speakers.map((p) => p.id).join(', ')}]`);
    writer.line(4, `topics: [${subject.id}]`);
    writer.paragraph(4, 'description', 4 + Math.floor(writer.random() * 3));
    writer.line(4, `url: https://www.unodc.org/congress/sessions/${session.id}`);
    writer.line(4, 'documents:');
    writer.line(6, `- symbol: A/CONF.240/CRP.${session.day + 1}.${session.slot + 1}.${session.room + 1}`);
    writer.line(8, `title: Background paper on ${subject.subject}`);
    writeItems(writer, start, end, subject.subject, chair, speakers);
  };
  const finish = (file: string) => {
    files.set(file, writer.lines.join('\n').replace(/\n+$/, '\n'));
    writer.lines.length = 0;
  };

  const plenaries = sessions('congress.agenda.yaml', rootCells.length, () => rootCells.shift()!);
  const children: { file: string; title: string; sessions: CongressSession[]; own: Person[] }[] = [];
  const kinds = [['committees', 'Committee', 2], ['workshops', 'Workshop', 4], ['side-events', 'Side event', size.files - 6]] as const;
  let cursor = 0;
  for (const [folder, label, count] of kinds) {
    for (let i = 0; i < count; i++) {
      const file = `${folder}/${slug(label)}-${String(i + 1).padStart(3, '0')}.agenda.yaml`;
      const wanted = folder === 'side-events' ? (i % 4 === 0 ? 1 : 2) : 4;
      const own = folder === 'side-events' && i % 5 === 0 ? [{ id: `guest-${i + 1}` }] : [];
      const list = sessions(file, wanted, () => freeCells[cursor++ % freeCells.length]);
      if (own.length) list[0].cast = [...list[0].cast, ...own];
      children.push({ file, title: `${label} ${i + 1}: ${capitalize(SUBJECTS[i % SUBJECTS.length])}`, sessions: list, own });
    }
  }
  if (options.faults) {
    const sides = children.filter((child) => child.file.startsWith('side-events/'));
    const recast = (session: CongressSession) => {
      const guests = session.cast.filter((p) => p.id.startsWith('guest-'));
      session.cast = [...cast(session.day, session.slot, session.cast.length - guests.length), ...guests];
    };
    for (const [a, b] of [[sides[10], children[0]], [sides[40], children[1]]]) {
      Object.assign(a.sessions[0], { day: b.sessions[0].day, slot: b.sessions[0].slot, room: b.sessions[0].room });
      recast(a.sessions[0]);
      faults.push({ code: 'programme-room-clash', file: a.file, at: a.sessions[0].id });
    }
    for (const a of [sides[20], sides[60]]) {
      const x = a.sessions[0];
      const y = children.find((other) => other !== a && other.file.startsWith('side-events/') && other.sessions.some((s) => s.day === x.day && s.slot === x.slot))!;
      const ys = y.sessions.find((s) => s.day === x.day && s.slot === x.slot)!;
      x.cast = [...x.cast, ys.cast[1]];
      const later = a.file < y.file ? [y.file, ys.id] : [a.file, x.id];
      faults.push({ code: 'programme-person-clash', file: later[0], at: later[1] });
    }
    for (const side of [sides[30], sides[90]]) {
      side.own.push({ id: people[7].id });
      side.sessions[0].cast = [...side.sessions[0].cast.filter((p) => p.id !== people[7].id), people[7]];
      faults.push({ code: 'id-shadows-parent', file: side.file, at: people[7].id });
    }
    for (const side of [sides[48], sides[100]]) {
      side.sessions[0].day = size.days + 1;
      recast(side.sessions[0]);
      faults.push({ code: 'date-outside-parent', file: side.file, at: 'start' });
      faults.push({ code: 'date-outside-parent', file: side.file, at: 'end' });
      faults.push({ code: 'date-outside-parent', file: side.file, at: side.sessions[0].id });
    }
    for (const [a, b] of [[sides[70], sides[71]], [sides[120], sides[121]]]) {
      b.sessions[0].id = a.sessions[0].id;
      faults.push({ code: 'programme-duplicate-session', file: b.file, at: b.sessions[0].id });
    }
  }

  writer.line(0, '# The root of a generated congress of many files (bench/generateAgenda.ts, generateCongress).');
  writer.line(0, 'version: 1');
  writer.line(0, 'event:');
  writer.line(2, 'title: Fifteenth Congress on Crime Prevention and Criminal Justice');
  writer.line(2, 'venue:');
  writer.line(4, 'site: Kyoto International Conference Center');
  writer.line(4, 'city: Kyoto');
  writer.line(4, 'country: JP');
  writer.line(2, 'timezone: Asia/Tokyo');
  writer.line(2, `start: ${isoDate(0)}`);
  writer.line(2, `end: ${isoDate(size.days - 1)}`);
  writer.line(2, `organizers: [${organizations[0].id}]`);
  writer.line(0, 'organizations:');
  for (const org of organizations) {
    writer.line(2, `- id: ${org.id}`);
    writer.line(4, `name: ${org.name}`);
  }
  writer.line(0, 'people:');
  people.forEach((person, i) => {
    writer.line(2, `- id: ${person.id}`);
    writer.line(4, `name: ${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]}`);
    writer.line(4, `position: ${writer.pick(POSITIONS)}`);
    writer.line(4, `affiliation: ${organizations[i % organizations.length].id}`);
  });
  writer.line(0, 'topics:');
  for (const topic of topics) {
    writer.line(2, `- id: ${topic.id}`);
    writer.line(4, `title: ${scalar(`${capitalize(topic.subject)}: ${topic.angle}`)}`);
  }
  writer.line(0, 'rooms:');
  rooms.forEach((room, i) => {
    writer.line(2, `- id: ${room.id}`);
    writer.line(4, `name: ${room.name}`);
    writer.line(4, `capacity: ${i === 0 ? 1200 : 60 + 20 * (i % 5)}`);
    writer.line(4, `floor: ${i === 0 ? 'Ground floor' : `Floor ${1 + (i % 3)}`}`);
  });
  writer.line(0, 'sessions:');
  plenaries.forEach((session, i) => writeSession(session, i));
  finish('congress.agenda.yaml');

  let topicCursor = plenaries.length;
  for (const child of children) {
    writer.line(0, `# ${child.title}: part of the congress.`);
    writer.line(0, 'version: 1');
    writer.line(0, `partOf: ../congress.agenda.yaml`);
    const days = child.sessions.map((s) => s.day).sort((a, b) => a - b);
    writer.line(0, 'event:');
    writer.line(2, `title: ${scalar(child.title)}`);
    writer.line(2, `start: ${isoDate(days[0])}`);
    writer.line(2, `end: ${isoDate(days[days.length - 1])}`);
    if (child.own.length) {
      writer.line(0, 'people:');
      for (const person of child.own) {
        writer.line(2, `- id: ${person.id}`);
        writer.line(4, `name: Guest ${person.id}`);
      }
    }
    writer.line(0, 'sessions:');
    for (const session of child.sessions) writeSession(session, topicCursor++);
    finish(child.file);
  }
  const lines = [...files.values()].reduce((sum, text) => sum + text.split('\n').length - 1, 0);
  return { files, faults, lines };
}

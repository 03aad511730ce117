import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { buildOutline, checkParsed, ENGLISH_OUTLINE_WORDS, outlineNodeAt, outlineNodes, outlineText, parseAgenda } from '../../src/core';
import type { Outline, OutlineNode, OutlineOptions, OutlineWords, Range } from '../../src/core';

const ROOT = path.join(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const EXAMPLE = read('examples/kyoto-2020-workshop-4.agenda.yaml');
const PARTS = read('test/fixtures/invalid/parts-and-unknown-ids.agenda.yaml');
const UNCLOSED = read('test/fixtures/invalid/unclosed-quote.agenda.yaml');
const VIENNA = read('test/fixtures/valid/vienna-multilingual.agenda.yaml');

function outlineOf(text: string, options: OutlineOptions = {}): Outline {
  const parsed = parseAgenda(text);
  return buildOutline(parsed, { diagnostics: checkParsed(parsed), ...options });
}

function at(outline: Outline, ...labels: string[]): OutlineNode {
  let nodes = outline.roots;
  let found: OutlineNode | undefined;
  for (const label of labels) {
    found = nodes.find((n) => n.label === label);
    assert.ok(found, `no node "${label}" among ${JSON.stringify(nodes.map((n) => n.label))}`);
    nodes = found.children;
  }
  return found!;
}

function span(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

function rows(nodes: OutlineNode[]): string[] {
  return nodes.map((n) => `${n.kind} | ${n.label} | ${n.description} | ${span(n.range)}`);
}

/** The offset of the `n`-th (0-based) occurrence of `needle` in the example. */
function offsetOf(needle: string, n = 0, from = 0): number {
  let offset = from - 1;
  for (let i = 0; i <= n; i++) offset = EXAMPLE.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `the example has ${n + 1} × ${JSON.stringify(needle)}`);
  return offset;
}

/** `line:character` of an offset of the example (0-based, as `span` writes a range). */
function placeOf(offset: number): string {
  const before = EXAMPLE.slice(0, offset).split('\n');
  return `${before.length - 1}:${before[before.length - 1].length}`;
}

/** The 0-based line of an offset of the example. */
function line(offset: number): number {
  return EXAMPLE.slice(0, offset).split('\n').length - 1;
}

/** The span of `word` at its last place in the `n`-th occurrence of `context` (`spanIn('chair: chair', 'chair')` is the value). */
function spanIn(context: string, word: string, n = 0): string {
  const start = offsetOf(context, n) + context.lastIndexOf(word);
  return `${placeOf(start)}-${placeOf(start + word.length)}`;
}

/** The span from the `n`-th occurrence of `from` to the end of the first `to` after it: an entry, from its first key to its last value. */
function between(from: string, to: string, n = 0): string {
  const start = offsetOf(from, n);
  return `${placeOf(start)}-${placeOf(offsetOf(to, 0, start) + to.length)}`;
}

/** Where the sessions and items of the example lie, found by their text, not by line numbers. */
const SESSIONS = {
  first: between('id: first-meeting', 'kind: discussion'),
  second: between('id: second-meeting', 'speakers: [private-sector-panellist]'),
  third: between('id: third-meeting', 'speakers: [unodc-secretariat, chair]'),
};

const ITEM_6 = 'Agenda item 6: International cooperation and technical assistance to prevent and address all forms of crime: terrorism in all its forms and manifestations; and new and emerging forms of crime';

const FIRST = ['Workshop 4', 'Friday, 24 April 2020', '10:00–13:00 · First meeting · Room B'];

describe('outline of the example agenda', () => {
  const outline = outlineOf(EXAMPLE);

  it('has the event, the agenda items, the topics and the people at the top', () => {
    assert.deepStrictEqual(rows(outline.roots), [
      `event | Workshop 4 | 24\u2009–\u200925 April 2020 · Kyoto | ${between('event:', 'https://undocs.org/A/CONF.234/11')}`,
      `agendaItems | Agenda items | 1 | ${between('agendaItems:\n', 'and emerging forms of crime')}`,
      `topics | Topics | 10 | ${between('topics:\n', 'technology in law enforcement and criminal justice')}`,
      `people | People | 7 | ${between('people:', 'name: Panellist from the private sector')}`,
    ]);
  });

  it('lists the days in date order and their sessions in time order', () => {
    const event = outline.roots[0];
    assert.deepStrictEqual(rows(event.children), [
      `day | Friday, 24 April 2020 | 2 sessions | ${between('id: first-meeting', 'speakers: [private-sector-panellist]')}`,
      `day | Saturday, 25 April 2020 | 1 session | ${SESSIONS.third}`,
    ]);
    assert.deepStrictEqual(rows(event.children[0].children), [
      `session | 10:00–13:00 · First meeting · Room B | Agenda item 6 · panel | ${SESSIONS.first}`,
      `session | 15:00–18:00 · Second meeting · Room B | Agenda item 6 (continued) · panel | ${SESSIONS.second}`,
    ]);
    assert.deepStrictEqual(outline.days, [
      { key: '2020-04-24', label: 'Friday, 24 April 2020', sessions: 2 },
      { key: '2020-04-25', label: 'Saturday, 25 April 2020', sessions: 1 },
    ]);
  });

  it('gives a session its agenda items, topics, chair, speakers and timed items, each at its own range', () => {
    assert.deepStrictEqual(rows(at(outline, ...FIRST).children), [
      `agendaItemRef | ${ITEM_6} |  | ${spanIn('agendaItems: [6', '6')}`,
      `topicRef | Cryptocurrencies |  | ${spanIn('topics: [cryptocurrencies', 'cryptocurrencies')}`,
      `topicRef | Technology and darknet markets, including drug markets |  | ${spanIn('topics: [cryptocurrencies, darknet-markets', 'darknet-markets')}`,
      `topicRef | Firearms and technology-related security threats |  | ${spanIn('darknet-markets, firearms', 'firearms')}`,
      `personRef | Chair of Committee II | chair | ${spanIn('chair: chair', 'chair')}`,
      `personRef | Representative of the Secretariat | speaker · UNODC | ${spanIn('speakers: [unodc-secretariat', 'unodc-secretariat')}`,
      `personRef | Expert of the Korean Institute of Criminology | speaker · KIC | ${spanIn('speakers: [unodc-secretariat, kic-expert', 'kic-expert')}`,
      `personRef | Panellist from academia | speaker | ${spanIn('speakers: [unodc-secretariat, kic-expert, academia-panellist', 'academia-panellist')}`,
      `item | 10:00–10:15 · Opening of the workshop | opening | ${between('time: "10:00"\n        duration: 15', 'speakers: [chair]')}`,
      `item | 10:15–10:35 · Introduction of the working paper | presentation | ${between('duration: 20', 'speakers: [unodc-secretariat]')}`,
      `item | 10:35–11:35 · Panel on cryptocurrencies and darknet markets | panel | ${between('duration: 60', 'speakers: [kic-expert, academia-panellist]')}`,
      `item | 11:35–13:00 · Interactive discussion | discussion | ${between('duration: 85', 'kind: discussion')}`,
    ]);
    assert.deepStrictEqual(rows(at(outline, ...FIRST, '10:35–11:35 · Panel on cryptocurrencies and darknet markets').children), [
      `personRef | Expert of the Korean Institute of Criminology | speaker · KIC | ${spanIn('speakers: [kic-expert', 'kic-expert')}`,
      `personRef | Panellist from academia | speaker | ${spanIn('speakers: [kic-expert, academia-panellist', 'academia-panellist')}`,
    ]);
  });

  it('lists the agenda items with the sessions that take each up, in time order, continued ones marked', () => {
    const item = at(outline, 'Agenda items', ITEM_6);
    assert.deepStrictEqual(rows([item]), [`agendaItem | ${ITEM_6} | 3 sessions | ${between('number: 6', 'and emerging forms of crime')}`]);
    assert.strictEqual(item.tooltip, `Agenda item 6\n${ITEM_6.slice('Agenda item 6: '.length)}\nTaken up in 3 sessions.`);
    assert.deepStrictEqual(item.agendaItem, { number: '6' });
    assert.deepStrictEqual(rows(item.children), [
      `sessionRef | First meeting | Fri 24 Apr, 10:00–13:00 | ${spanIn('agendaItems: [6', '6')}`,
      `sessionRef | Second meeting | Fri 24 Apr, 15:00–18:00 · continued | ${spanIn('agendaItems: [{ item: 6, continued: true }', '{ item: 6, continued: true }')}`,
      `sessionRef | Third meeting | Sat 25 Apr, 10:00–13:00 · continued | ${spanIn('agendaItems: [{ item: 6, continued: true }', '{ item: 6, continued: true }', 1)}`,
    ]);
    assert.deepStrictEqual(item.children.map((n) => [n.target?.id, n.tooltip.split('\n').pop()]), [['first-meeting', 'Room B'], ['second-meeting', 'Continued'], ['third-meeting', 'Continued']]);
    const [ref] = at(outline, 'Workshop 4', 'Friday, 24 April 2020', '15:00–18:00 · Second meeting · Room B').children;
    assert.deepStrictEqual([rows([ref]), ref.tooltip, ref.agendaItem], [
      [`agendaItemRef | ${ITEM_6} | continued | ${spanIn('agendaItems: [{ item: 6, continued: true }', '{ item: 6, continued: true }')}`],
      `${ITEM_6} (continued)`,
      { number: '6', continued: true },
    ]);
  });

  it('ends a session range at its last value, before the blank line and the next session', () => {
    const lines = EXAMPLE.split('\n');
    const session = at(outline, ...FIRST);
    assert.strictEqual(lines[session.range.start.line].slice(session.range.start.character), 'id: first-meeting');
    assert.strictEqual(lines[session.range.end.line].slice(0, session.range.end.character), '        kind: discussion');
  });

  it('points references at their definitions', () => {
    const topic = at(outline, ...FIRST, 'Cryptocurrencies');
    assert.deepStrictEqual(topic.target && { ...topic.target, range: span(topic.target.range!), idRange: span(topic.target.idRange!) },
      { kind: 'topic', id: 'cryptocurrencies', range: between('id: cryptocurrencies', 'how investigators trace them.'), idRange: spanIn('id: cryptocurrencies', 'cryptocurrencies') });
    assert.deepStrictEqual(topic.session, { index: 0, id: 'first-meeting' });
    const chair = at(outline, ...FIRST, 'Chair of Committee II');
    assert.deepStrictEqual([chair.target?.kind, chair.target?.id, span(chair.target!.idRange!), chair.roles], ['person', 'chair', spanIn('- id: chair', 'chair'), ['chair']]);
  });

  it('lists every topic with the sessions that cover it', () => {
    assert.deepStrictEqual(rows(at(outline, 'Topics', 'Cryptocurrencies').children), [
      `sessionRef | First meeting | Fri 24 Apr, 10:00–13:00 | ${spanIn('topics: [cryptocurrencies', 'cryptocurrencies')}`,
    ]);
    assert.deepStrictEqual(rows(at(outline, 'Topics').children.slice(0, 2)), [
      `topic | Cryptocurrencies | 1 session | ${between('id: cryptocurrencies', 'how investigators trace them.')}`,
      `topic | Technology and darknet markets, including drug markets | 1 session | ${between('id: darknet-markets', 'including drug markets')}`,
    ]);
    const use = at(outline, 'Topics', 'Cryptocurrencies', 'First meeting');
    assert.deepStrictEqual([use.target?.kind, use.target?.id, span(use.target!.range!)], ['session', 'first-meeting', SESSIONS.first]);
  });

  it('lists every person with the sessions they chair or speak in, and how', () => {
    assert.deepStrictEqual(rows(at(outline, 'People', 'Chair of Committee II').children), [
      `sessionRef | First meeting | Fri 24 Apr, 10:00–13:00 · chair, speaker | ${spanIn('chair: chair', 'chair', 0)}`,
      `sessionRef | Second meeting | Fri 24 Apr, 15:00–18:00 · chair | ${spanIn('chair: chair', 'chair', 1)}`,
      `sessionRef | Third meeting | Sat 25 Apr, 10:00–13:00 · chair, speaker | ${spanIn('chair: chair', 'chair', 2)}`,
    ]);
    assert.deepStrictEqual(rows(at(outline, 'People').children.slice(0, 2)), [
      `person | Chair of Committee II | 3 sessions | ${between('id: chair', 'name: Chair of Committee II')}`,
      `person | Representative of the Secretariat | UNODC · 2 sessions | ${between('id: unodc-secretariat', 'affiliation: unodc')}`,
    ]);
    assert.strictEqual(at(outline, 'People', 'Representative of the Secretariat').tooltip,
      'Representative of the Secretariat\nUnited Nations Office on Drugs and Crime\nId: unodc-secretariat\nTakes part in 2 sessions.');
    assert.deepStrictEqual(rows(at(outline, 'People', 'Panellist from civil society').children), [
      `sessionRef | Second meeting | Fri 24 Apr, 15:00–18:00 · speaker | ${spanIn('speakers: [nij-expert, civil-society-panellist', 'civil-society-panellist')}`,
    ]);
  });

  it('gives every node a unique id and its parent id', () => {
    const nodes = [...outlineNodes(outline.roots)];
    assert.strictEqual(nodes.length, 103);
    assert.strictEqual(new Set(nodes.map((n) => n.id)).size, nodes.length);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const node of nodes) {
      for (const child of node.children) assert.strictEqual(byId.get(child.parentId!), node);
    }
    assert.deepStrictEqual(outline.roots.map((n) => n.parentId), [undefined, undefined, undefined, undefined]);
    assert.strictEqual(at(outline, ...FIRST, 'Chair of Committee II').id, 'event/day:2020-04-24/session:first-meeting/chair:chair');
  });

  it('keeps node ids when the text is edited', () => {
    const edited = EXAMPLE.replace('title: First meeting', 'title: Opening meeting').replace('    start: "15:00"', '    start: "14:30"');
    const ids = (o: Outline) => [...outlineNodes(o.roots)].map((n) => n.id).sort();
    assert.deepStrictEqual(ids(outlineOf(edited)), ids(outline));
  });

  it('carries no diagnostics for a clean agenda', () => {
    assert.deepStrictEqual([...outlineNodes(outline.roots)].filter((n) => n.diagnostics.length).map((n) => n.id), []);
  });

  it('tells a session and an item in its tooltip who, what and when', () => {
    assert.strictEqual(at(outline, ...FIRST).tooltip, [
      'First meeting',
      'Friday, 24 April 2020, 10:00–13:00 (morning)',
      'Room B · panel',
      'Agenda item 6',
      'Chair: Chair of Committee II',
      'Speakers: Representative of the Secretariat, Expert of the Korean Institute of Criminology, Panellist from academia',
      'Topics: Cryptocurrencies; Technology and darknet markets, including drug markets; Firearms and technology-related security threats',
      '',
      'Opening of the workshop, then technology as a means for crime in illicit markets: virtual currencies, darknet trade in drugs and firearms.',
    ].join('\n'));
    assert.strictEqual(at(outline, ...FIRST, '10:00–10:15 · Opening of the workshop').tooltip,
      'Opening of the workshop\n10:00–10:15 · opening\nSpeakers: Chair of Committee II');
  });

  it('copies a node and what is under it as indented text', () => {
    assert.strictEqual(outlineText(at(outline, ...FIRST, '10:35–11:35 · Panel on cryptocurrencies and darknet markets')), [
      '10:35–11:35 · Panel on cryptocurrencies and darknet markets (panel)',
      '  Expert of the Korean Institute of Criminology (speaker · KIC)',
      '  Panellist from academia (speaker)',
    ].join('\n'));
  });
});

describe('outline dates', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('formats days in the given locale, plain English the way the UN writes dates', () => {
    assert.deepStrictEqual(outlineOf(EXAMPLE, { locale: 'de' }).days.map((d) => d.label), ['Freitag, 24. April 2020', 'Samstag, 25. April 2020']);
    assert.deepStrictEqual(outlineOf(EXAMPLE, { locale: 'en-US' }).days.map((d) => d.label), ['Friday, April 24, 2020', 'Saturday, April 25, 2020']);
    assert.deepStrictEqual(outlineOf(EXAMPLE, { locale: 'en' }).days.map((d) => d.label), ['Friday, 24 April 2020', 'Saturday, 25 April 2020']);
  });

  it('gives the same day in every time zone of the machine', () => {
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) {
      process.env.TZ = tz;
      assert.deepStrictEqual(outlineOf(EXAMPLE).days.map((d) => d.label), ['Friday, 24 April 2020', 'Saturday, 25 April 2020'], tz);
    }
  });

  it('falls back to en-GB for a locale Intl does not know', () => {
    assert.deepStrictEqual(outlineOf(EXAMPLE, { locale: 'not a locale!' }).days[0].label, 'Friday, 24 April 2020');
  });
});

describe('outline of an agenda with mistakes', () => {
  const outline = outlineOf(PARTS);

  it('orders sessions by part of the day, then time, and puts sessions without a date last', () => {
    assert.deepStrictEqual(outline.roots[0].children.map((day) => [day.label, day.children.map((s) => s.label)]), [
      ['Monday, 1 March 2021', ['Morning · Morning round · Room 2', '09:00–09:45 · Second morning round', 'Afternoon · Afternoon round · Room 10']],
      ['Tuesday, 2 March 2021', ['17:00–18:00 · Closing']],
      ['No date', ['Undated side event · Foyer']],
    ]);
  });

  it('sorts by room on request, with numbers in room names in numeric order', () => {
    assert.deepStrictEqual(outlineOf(PARTS, { sort: 'room' }).roots[0].children[0].children.map((s) => s.label),
      ['Morning · Morning round · Room 2', 'Afternoon · Afternoon round · Room 10', '09:00–09:45 · Second morning round']);
  });

  it('shows one day on request, in the days and in the topics and people', () => {
    const filtered = outlineOf(PARTS, { day: '2021-03-02' });
    assert.deepStrictEqual(filtered.roots[0].children.map((d) => d.label), ['Tuesday, 2 March 2021']);
    assert.deepStrictEqual(at(filtered, 'Topics', 'Drones').children, []);
    assert.strictEqual(at(filtered, 'Topics', 'Drones').description, 'no session');
    assert.deepStrictEqual(at(filtered, 'People', 'Dr. Ana Lima').children, []);
    assert.strictEqual(filtered.days.length, 3);
  });

  it('picks the text in the language of the locale, else the first the event declares', () => {
    assert.strictEqual(outline.roots[0].label, 'Spring workshop');
    assert.strictEqual(outlineOf(PARTS, { locale: 'fr-CH' }).roots[0].label, 'Atelier de printemps');
    assert.strictEqual(outlineOf(PARTS, { locale: 'ja' }).roots[0].label, 'Atelier de printemps');
  });

  it('shows unknown references by their id and attaches their diagnostics', () => {
    const session = ['Spring workshop', 'Monday, 1 March 2021', 'Morning · Morning round · Room 2'];
    const robots = at(outline, ...session, 'robots');
    assert.deepStrictEqual([robots.kind, robots.description, span(robots.range), robots.target], ['topicRef', 'robots (not defined)', '28:21-28:27', { kind: 'topic', id: 'robots' }]);
    assert.deepStrictEqual(robots.diagnostics.map((d) => [d.code, d.message]), [['unknown-topic', 'Unknown topic `robots`: no entry of `topics` has this id.']]);
    assert.deepStrictEqual(at(outline, ...session, 'bob').diagnostics.map((d) => d.code), ['unknown-person']);
    assert.deepStrictEqual(at(outline, ...session).diagnostics.map((d) => d.code), ['unknown-person', 'unknown-topic']);
    assert.deepStrictEqual(at(outline, ...session.slice(0, 2)).diagnostics.map((d) => d.code), ['unknown-person', 'unknown-topic', 'duplicate-id']);
    assert.deepStrictEqual(outline.roots[0].diagnostics, []);
  });

  it('keeps node ids unique when two sessions share an id', () => {
    const day = outline.roots[0].children[0];
    assert.deepStrictEqual(day.children.map((s) => s.id), [
      'event/day:2021-03-01/session:early',
      'event/day:2021-03-01/session:early~2',
      'event/day:2021-03-01/session:late',
    ]);
    assert.deepStrictEqual(day.children[1].diagnostics.map((d) => [d.code, span(d.range)]), [['duplicate-id', '29:8-29:13']]);
  });

  it('names a session without an id by its title and its place in the list', () => {
    const undated = at(outline, 'Spring workshop', 'No date', 'Undated side event · Foyer');
    assert.deepStrictEqual([undated.id, undated.session, span(undated.range)], ['event/day:/session#3', { index: 3 }, '34:4-35:15']);
    assert.deepStrictEqual(undated.diagnostics.map((d) => [d.code, d.message]), [['schema-required', 'Session 4 is missing the required keys `id` and `date`.']]);
  });
});

describe('outline of a file that does not parse', () => {
  it('shows what could be parsed around an unclosed quote, and marks the broken session', () => {
    const outline = outlineOf(UNCLOSED);
    assert.deepStrictEqual(rows(outline.roots[0].children[0].children), [
      'session | 10:00–11:00 · First meeting |  | 9:4-14:20',
      'session | 12:00 · Second meetin |  | 15:4-18:18',
    ]);
    const broken = outline.roots[0].children[0].children[1];
    assert.deepStrictEqual(broken.diagnostics.map((d) => [d.code, span(d.range)]), [['yaml-syntax', '16:11-16:26']]);
    assert.deepStrictEqual(rows(at(outline, 'Topics', 'Drones').children), ['sessionRef | First meeting | Mon 1 Mar, 10:00–11:00 | 14:13-14:19']);
  });

  it('marks the session a tab breaks, and shows what YAML could still read', () => {
    const text = EXAMPLE.replace('    room: Room B\n    format: panel\n    chair: chair\n    speakers: [nij-expert', '\troom: Room B\n    format: panel\n    chair: chair\n    speakers: [nij-expert');
    const outline = outlineOf(text);
    const day = outline.roots[0].children[0];
    assert.deepStrictEqual(rows(day.children), [
      `session | 10:00–13:00 · First meeting · Room B | Agenda item 6 · panel | ${SESSIONS.first}`,
      `session | 15:00–18:00 · Second meeting |  | ${between('id: second-meeting', 'end: "18:00"')}`,
    ]);
    const [first, second] = day.children;
    assert.deepStrictEqual(first.diagnostics, []);
    const tab = line(offsetOf('    room: Room B', 1));
    assert.strictEqual(text.split('\n')[tab], '\troom: Room B');
    assert.deepStrictEqual(second.diagnostics[0], {
      range: { start: { line: tab, character: 0 }, end: { line: tab, character: 1 } },
      severity: 'error',
      code: 'yaml-syntax',
      message: 'Tabs cannot indent YAML; indent with spaces.',
    });
    assert.ok(second.diagnostics.every((d) => d.code === 'yaml-syntax'));
    assert.strictEqual(day.diagnostics[0], second.diagnostics[0]);
  });

  it('has no nodes for an empty file, a plain list or a bare scalar', () => {
    for (const text of ['', '# nothing yet\n', '- one\n- two\n', 'just text']) assert.deepStrictEqual(outlineOf(text).roots, [], JSON.stringify(text));
  });

  it('survives sessions that are not a list of mappings', () => {
    const outline = outlineOf('version: 1\nevent:\n  title: T\nsessions:\n  - Keynote\n  - [a, b]\n  -\n  - title: 42\n    date: 2020-01-01\n');
    assert.deepStrictEqual(outline.roots[0].children.map((d) => [d.label, d.children.map((s) => `${s.label} ${span(s.range)}`)]), [
      ['Wednesday, 1 January 2020', ['42 7:4-8:20']],
      ['No date', ['Keynote 4:4-4:11', 'Session 2 5:4-5:10']],
    ]);
  });
});

describe('outlineNodeAt', () => {
  const outline = outlineOf(EXAMPLE);
  /** The id of the node at the `n`-th occurrence of `needle` in the example, moved on by `shift` characters. */
  const label = (needle: string, n = 0, shift = 0) => {
    const [line, character] = placeOf(offsetOf(needle, n) + shift).split(':').map(Number);
    return outlineNodeAt(outline, { line, character })?.id;
  };

  it('finds the reference under the cursor rather than its session or the same reference in a group', () => {
    assert.strictEqual(label('chair: chair', 0, 9), 'event/day:2020-04-24/session:first-meeting/chair:chair');
    assert.strictEqual(label('topics: [cryptocurrencies', 0, 9), 'event/day:2020-04-24/session:first-meeting/topic:cryptocurrencies');
  });

  it('finds the item or the session around the cursor', () => {
    assert.strictEqual(label('title: Opening of the workshop', 0, 2), 'event/day:2020-04-24/session:first-meeting/item#0');
    assert.strictEqual(label('room: Room B'), 'event/day:2020-04-24/session:first-meeting');
  });

  it('finds definitions in the topics and people groups, and the event', () => {
    assert.strictEqual(label('title: Cryptocurrencies', 0, 6), 'topics/topic:cryptocurrencies');
    assert.strictEqual(label('name: Expert of the Korean Institute'), 'people/person:kic-expert');
    assert.strictEqual(label('end: 2020-04-25'), 'event');
  });

  it('finds nothing outside every node', () => {
    assert.strictEqual(label('version: 1'), undefined);
    assert.strictEqual(label('\n\n  - id: second-meeting', 0, 1), undefined);
  });
});

describe('outline of a multilingual agenda', () => {
  const labels = (locale: string) => {
    const outline = outlineOf(VIENNA, { locale });
    return [...outlineNodes(outline.roots)].slice(0, 6).map((n) => `${n.label} | ${n.description}`);
  };

  it('shows the text in the language of the interface when the agenda has it', () => {
    assert.deepStrictEqual(labels('fr'), [
      'Réunion d\'experts | 28–29 mars 2026 · Vienne',
      'Samedi 28 mars 2026 | 1 session',
      '10:00–11:30 · Ouverture ; élection du Bureau, ordre du jour · Salle du Conseil A | ',
      'Preuves électroniques | ',
      'H.E. Amal Haddad | chair',
      'Jean Dupont | speaker · ONUDC',
    ]);
    assert.deepStrictEqual(labels('ar').slice(0, 3), [
      'اجتماع الخبراء | 28–29 مارس 2026 · فيينا',
      'السبت، 28 مارس 2026 | 1 session',
      '10:00–11:30 · افتتاح الاجتماع · قاعة المجلس ألف | ',
    ]);
  });

  it('falls back to the first language the event declares, never to a map of languages', () => {
    assert.deepStrictEqual(labels('de'), [
      'Expert meeting | 28.–29. März 2026 · Vienna',
      'Samstag, 28. März 2026 | 1 session',
      '10:00–11:30 · Opening; election of officers, agenda · Board Room A | ',
      'Electronic evidence | ',
      'H.E. Amal Haddad | chair',
      'Jean Dupont | speaker · UNODC',
    ]);
    const every = [...outlineNodes(outlineOf(VIENNA, { locale: 'ja' }).roots)].flatMap((n) => [n.label, n.description, n.tooltip]);
    assert.deepStrictEqual(every.filter((text) => /\[object|[{}]|\b(fr|ar): /.test(text)), []);
  });

  it('writes the description of the session, one language, on the lines of the tooltip', () => {
    const opening = outlineOf(VIENNA, { locale: 'fr' }).roots[0].children[0].children[0];
    assert.strictEqual(opening.tooltip.split('\n').at(-1), 'Déclarations liminaires.');
  });
});

describe('outline words', () => {
  /** The English words, each wrapped in ⟦ ⟧ so that a test can tell them from the agenda's own text. */
  const MARKED = Object.fromEntries(Object.entries(ENGLISH_OUTLINE_WORDS).map(([key, word]) => [key,
    key === 'labelled' ? word : typeof word === 'function' ? (...args: never[]) => `⟦${(word as (...a: never[]) => string)(...args)}⟧` : `⟦${word}⟧`,
  ])) as unknown as OutlineWords;
  /** An agenda whose own text is all Greek, with every shape the outline names in words of its own. */
  const GREEK = [
    'version: 1',
    'event:',
    '  title: Εργαστήριο',
    '  venue: { city: Αθήνα }',
    '  start: 2021-03-01',
    '  end: 2021-03-02',
    '  agendaItems: [{ number: 1, title: Άνοιγμα }, { number: 2 }]',
    'people:',
    '  - { id: άννα, name: Άννα, honorific: Δρ., position: Πρόεδρος }',
    '  - { id: βασίλης, name: Βασίλης }',
    '  - { id: γιώργος, name: Γιώργος }',
    'topics:',
    '  - { id: δρόνοι, title: Δρόνοι, description: Περιγραφή }',
    '  - { id: ρομπότ, title: Ρομπότ }',
    'sessions:',
    '  - id: πρωί',
    '    title: Πρωινή συνεδρία',
    '    date: 2021-03-01',
    '    part: morning',
    '    room: Αίθουσα',
    '    format: roundtable',
    '    status: tentative',
    '    chair: άννα',
    '    moderators: [βασίλης]',
    '    speakers: [άννα, ξένος]',
    '    topics: [δρόνοι, άγνωστο]',
    '    agendaItems: [1]',
    '    description: Λόγια',
    '  - id: απόγευμα',
    '    date: 2021-03-01',
    '    start: "14:00"',
    '    end: "15:00"',
    '    format: side-event',
    '    status: cancelled',
    '    agendaItems: [{ item: 1, continued: true }, 9]',
    '    items:',
    '      - { duration: 30, kind: qa, speakers: [βασίλης] }',
    '      - { title: Συζήτηση, duration: 30, kind: discussion }',
    '  - { room: Φουαγιέ }',
    '',
  ].join('\n');
  const texts = (outline: Outline) => [...outlineNodes(outline.roots)].flatMap((n) => [n.label, n.description, n.tooltip]);
  /** A text without the words marked in it, the innermost first (`⟦⟦Agenda item 1⟧ (continued)⟧`). */
  const unmarked = (text: string): string => (/⟦[^⟦⟧]*⟧/.test(text) ? unmarked(text.replace(/⟦[^⟦⟧]*⟧/g, '')) : text);

  it('takes every word it adds from the words given, in the locale given', () => {
    const outline = outlineOf(GREEK, { locale: 'el', words: MARKED });
    const english = texts(outline).map(unmarked).filter((text) => /[A-Za-z]/.test(text));
    assert.deepStrictEqual(english, []);
  });

  it('puts the words in their places', () => {
    const outline = outlineOf(GREEK, { locale: 'el', words: MARKED });
    const [morning, afternoon] = outline.roots[0].children[0].children;
    assert.deepStrictEqual(rows([outline.roots[0].children[0]]).map((row) => row.split(' | ').slice(0, 3).join(' | ')), ['day | Δευτέρα 1 Μαρτίου 2021 | ⟦2 sessions⟧']);
    assert.deepStrictEqual([morning.label, morning.description], ['⟦morning⟧ · Πρωινή συνεδρία · Αίθουσα', '⟦Agenda item 1⟧ · ⟦tentative⟧ · ⟦round table⟧']);
    assert.deepStrictEqual(morning.tooltip.split('\n'), [
      'Πρωινή συνεδρία',
      'Δευτέρα 1 Μαρτίου 2021, ⟦morning⟧',
      'Αίθουσα · ⟦round table⟧',
      '⟦Agenda item 1⟧',
      '⟦Chair⟧: Δρ. Άννα',
      '⟦Moderators⟧: Βασίλης',
      '⟦Speakers⟧: Δρ. Άννα, ξένος',
      '⟦Topics⟧: Δρόνοι; άγνωστο',
      '⟦tentative⟧',
      '',
      'Λόγια',
    ]);
    assert.deepStrictEqual(morning.children.map((n) => `${n.label} | ${n.description}`), [
      '⟦Agenda item 1⟧: Άνοιγμα | ',
      'Δρόνοι | ',
      'άγνωστο | ⟦άγνωστο (not defined)⟧',
      'Δρ. Άννα | ⟦chair⟧',
      'Βασίλης | ⟦moderator⟧',
      'Δρ. Άννα | ⟦speaker⟧',
      'ξένος | ⟦speaker⟧ · ⟦ξένος (not defined)⟧',
    ]);
    assert.deepStrictEqual([afternoon.label, afternoon.description], ['14:00–15:00 · απόγευμα', '⟦⟦Agenda item 1⟧ (continued)⟧, ⟦Agenda item 9⟧ · ⟦cancelled⟧ · ⟦side event⟧']);
    assert.deepStrictEqual(afternoon.children.map((n) => `${n.label} | ${n.description} | ${n.tooltip}`), [
      '⟦Agenda item 1⟧: Άνοιγμα | ⟦continued⟧ | ⟦⟦Agenda item 1⟧: Άνοιγμα (continued)⟧',
      '⟦Agenda item 9⟧ | ⟦9 (not defined)⟧ | ⟦Agenda item `9` is not listed in `event.agendaItems`.⟧',
      '14:00–14:30 · ⟦Item 1⟧ | ⟦Q&A⟧ | ⟦Item 1⟧\n14:00–14:30 · ⟦Q&A⟧\n⟦Speakers⟧: Βασίλης',
      '14:30–15:00 · Συζήτηση | ⟦discussion⟧ | Συζήτηση\n14:30–15:00 · ⟦discussion⟧',
    ]);
    assert.deepStrictEqual(outline.roots[0].children[1].children.map((n) => n.label), ['⟦Session 3⟧ · Φουαγιέ']);
    assert.deepStrictEqual(outline.roots.slice(1).map((n) => `${n.label} | ${n.description} | ${n.tooltip}`), ['⟦Agenda items⟧ | 2 | ⟦Agenda items⟧: 2', '⟦Topics⟧ | 2 | ⟦Topics⟧: 2', '⟦People⟧ | 3 | ⟦People⟧: 3']);
    assert.deepStrictEqual(at(outline, '⟦Agenda items⟧').children.map((n) => `${n.label} | ${n.description} | ${n.tooltip}`), [
      '⟦Agenda item 1⟧: Άνοιγμα | ⟦2 sessions⟧ | ⟦Agenda item 1⟧\nΆνοιγμα\n⟦Taken up in 2 sessions.⟧',
      '⟦Agenda item 2⟧ | ⟦no session⟧ | ⟦Agenda item 2⟧\n⟦No session takes up this item.⟧',
    ]);
    assert.deepStrictEqual(at(outline, '⟦Agenda items⟧', '⟦Agenda item 1⟧: Άνοιγμα').children.map((n) => `${n.label} | ${n.description}`), [
      'Πρωινή συνεδρία | Δευ 1 Μαρ, ⟦morning⟧',
      'απόγευμα | Δευ 1 Μαρ, 14:00–15:00 · ⟦continued⟧',
    ]);
    assert.strictEqual(at(outline, '⟦Topics⟧', 'Ρομπότ').tooltip, 'Ρομπότ\n⟦Id⟧: ρομπότ\n⟦No session covers this topic.⟧');
    assert.strictEqual(at(outline, '⟦People⟧', 'Γιώργος').description, '⟦no session⟧');
    assert.deepStrictEqual(at(outline, '⟦People⟧', 'Δρ. Άννα').children.map((n) => n.description), ['Δευ 1 Μαρ, ⟦morning⟧ · ⟦chair⟧, ⟦speaker⟧']);
    assert.strictEqual(outlineOf('event: { start: 2021-03-01 }\n', { words: MARKED }).roots[0].label, '⟦Untitled event⟧');
  });

  it('writes values of the format in words a person reads, in English by default', () => {
    const outline = outlineOf(GREEK, { locale: 'el' });
    const [morning, afternoon] = outline.roots[0].children[0].children;
    assert.deepStrictEqual([morning.description, afternoon.description, afternoon.children[2].description], ['Agenda item 1 · tentative · round table', 'Agenda item 1 (continued), Agenda item 9 · cancelled · side event', 'Q&A']);
  });
});

import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { main } from '../../src/cli/main';
import { toICalendar } from '../../src/core/outputs/ical';
import { produceOutput } from '../../src/core/outputs/produce';
import { renderProgramme, renderStandalone } from '../../src/core/outputs/render';
import { toScheduleJson, type ScheduleJson } from '../../src/core/outputs/scheduleJson';
import { parseAgenda } from '../../src/core/parse/parse';
import { programmeLabels } from '../../src/core/words/labels';
import { FIXTURES, REPO } from './findings';
import { memoryIo } from './memoryIo';
import { parseCalendar } from './parseCalendar';

const TRACKS = fs.readFileSync(path.join(FIXTURES, 'render/parallel-tracks.agenda.yaml'), 'utf8');
const STAMP = new Date('2026-01-15T08:30:00Z');

function page(text: string, options: Parameters<typeof renderProgramme>[1] = {}): string {
  return renderProgramme(parseAgenda(text), { sourceLines: false, ...options });
}

function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  assert.ok(start >= 0, `no ${from}`);
  const end = text.indexOf(to, start + from.length);
  return text.slice(start, end < 0 ? undefined : end);
}

function scheduleOf(text: string, itemsAsEvents = false): ScheduleJson {
  const result = toScheduleJson(parseAgenda(text), { itemsAsEvents, generator: { name: 'agenda-author', version: '9.9.9' } });
  assert.ok('json' in result, 'problem' in result ? result.problem : '');
  return JSON.parse(JSON.stringify(result.json)) as ScheduleJson;
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { color: true } });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'test/fixtures/schedule-json/schema.json'), 'utf8')));
}

const UN_BODY = `version: 1
event:
  title: Sixth Committee
  series: Sixth Committee
  body: Sixth Committee
  start: 2026-10-05
  end: 2026-10-05
sessions:
  - {id: m4, title: 4th formal meeting, date: 2026-10-05, start: "10:00", end: "13:00", room: Conference Room 4}
`;

describe('the programme as real programmes need it (issue 16)', () => {
  describe('what it printed wrong', () => {
    const output = page(TRACKS);

    it('leaves out an affiliation that the position already names, and keeps one it does not', () => {
      assert.ok(output.includes('<span class="person-name">Claire Moreau</span><span class="person-detail">, Officer, Treasury Board Secretariat</span>'));
      assert.ok(output.includes('<span class="person-name">Michele Pasin</span><span class="person-detail">, Researcher, University of Vienna</span>'));
      const acronym = page(TRACKS.replace('position: "Officer, Treasury Board Secretariat"', 'position: "Officer, TBS"').replace('name: Treasury Board Secretariat }', 'name: Treasury Board Secretariat, acronym: TBS }'));
      assert.ok(acronym.includes('<span class="person-detail">, Officer, TBS</span>'), 'an acronym names it too');
      const word = page(TRACKS.replace('position: Researcher', 'position: Researcher at UWE Bristol'));
      assert.ok(word.includes('<span class="person-detail">, Researcher at UWE Bristol, University of Vienna</span>'), 'UW is not named by UWE');
    });

    it('sorts the index of topics with numbers in number order (2, 4, 10)', () => {
      const index = between(output, '<section class="topic-index"', '</section>');
      assert.deepEqual([...index.matchAll(/<dt class="topic-title">([^<]*)</g)].map((m) => m[1]), ['Session 2 topics', 'Session 4 topics', 'Session 10 topics']);
    });

    it('does not print the format "other", and prints the others', () => {
      assert.ok(!output.includes('>Other<'));
      assert.ok(between(output, 'id="session-track-c"', '</article>').includes('<h4 class="session-title"><span class="session-title-text">Poster session</span></h4>\n\n'), 'no meta line at all');
      assert.ok(output.includes('<p class="session-meta"><span class="session-room">Hall B</span> · <span class="session-format">Presentation</span></p>'));
    });

    it('prints each of series, body and title once: a committee named three times shows once, as the title', () => {
      const header = between(page(UN_BODY), '<header', '</header>');
      assert.equal(header, '<header class="programme-header">\n\n<p class="dateline">5 October 2026</p>\n\n<h1 class="event-title">Sixth Committee</h1>\n\n');
      const distinct = between(page(UN_BODY.replace('  series: Sixth Committee\n', '  series: Eighty-first session of the General Assembly\n').replace('  title: Sixth Committee\n', '  title: Programme of work\n')), '<header', '</header>');
      assert.ok(distinct.includes('<p class="series">Eighty-first session of the General Assembly</p>'));
      assert.ok(distinct.includes('<p class="body">Sixth Committee</p>'));
      assert.ok(distinct.includes('<h1 class="event-title">Programme of work</h1>'));
      const sameAsBody = between(page(UN_BODY.replace('  title: Sixth Committee\n', '  title: Programme of work\n')), '<header', '</header>');
      assert.equal((sameAsBody.match(/Sixth Committee/g) ?? []).length, 1, sameAsBody);
    });
  });

  describe('parallel sessions', () => {
    const output = page(TRACKS);

    it('groups sessions that share time under the time they span, side by side, in the one order', () => {
      const group = between(output, '<div class="parallel">', 'id="session-lunch"');
      assert.ok(group.startsWith('<div class="parallel">\n<p class="parallel-heading"><span class="parallel-time" dir="ltr">10:30–12:00</span> <span class="parallel-label">Parallel sessions</span></p>\n<div class="parallel-sessions">\n<article class="session" id="session-track-a">'));
      assert.deepEqual([...group.matchAll(/<article class="session" id="session-([^"]+)"/g)].map((m) => m[1]), ['track-a', 'track-b', 'track-c', 'track-d']);
      assert.equal(output.match(/<div class="parallel">/g)?.length, 1, 'the keynote, the lunch and the closing stand alone');
    });

    it('names the label in the language shown', () => {
      assert.ok(page(TRACKS, { language: 'fr' }).includes('<span class="parallel-label">Séances parallèles</span>'));
    });
  });

  describe('times past midnight', () => {
    const NIGHT = `version: 1
event: {title: Hackathon, start: 2026-05-09, end: 2026-05-10}
sessions:
  - id: night
    title: Hacking through the night
    date: 2026-05-09
    start: "22:00"
    end: "08:30"
    items:
      - {title: Pizza, time: "22:00", duration: 60}
      - {title: Midnight snack, time: "00:30", duration: 30}
  - {id: party, title: Party, date: 2026-05-10, start: "22:00", end: "00:00"}
`;
    const output = page(NIGHT);

    it('marks an end on the next day instead of printing 22:00–08:30, and the items after midnight', () => {
      assert.ok(output.includes('<span class="session-time" dir="ltr">22:00–08:30<span class="next-day" title="the next day">+1</span></span>'));
      assert.ok(output.includes('<span class="item-time" dir="ltr">22:00–23:00</span>'));
      assert.ok(output.includes('<span class="item-time" dir="ltr">00:30–01:00<span class="next-day" title="the next day">+1</span></span>'));
    });

    it('prints an end at midnight as 24:00', () => {
      assert.ok(output.includes('<span class="session-time" dir="ltr">22:00–24:00</span>'));
    });
  });

  describe('labels in more languages', () => {
    it('has every word in German, Italian, Portuguese, Japanese and Korean, none left in English', () => {
      const english = programmeLabels('en');
      for (const language of ['de', 'it', 'pt', 'ja', 'ko']) {
        const labels = programmeLabels(language);
        assert.deepEqual(Object.keys(labels).sort(), Object.keys(english).sort(), language);
        assert.deepEqual(Object.keys(labels.formats).sort(), Object.keys(english.formats).sort(), language);
        for (const key of ['chair', 'speakers', 'programme', 'venue', 'parallelSessions', 'topicIndex'] as const) assert.notEqual(labels[key], english[key], `${language} ${key}`);
      }
      assert.equal(programmeLabels('pt-BR').chair, 'Presidência');
      assert.equal(programmeLabels('sv').chair, 'Chair', 'other languages fall back to English');
    });

    it('prints a German page in German words and dates, and says the text stands in from other languages, in render as in export', async () => {
      const german = page(TRACKS, { language: 'de' });
      assert.ok(german.includes('<h3 class="day-title">Mittwoch, 8. Juli 2026</h3>'));
      assert.ok(german.includes('<span class="parallel-label">Parallele Sitzungen</span>'));
      for (const args of [['render', 'day.agenda.yaml', '--lang', 'de'], ['export', 'day.agenda.yaml', '--ics', '--lang', 'de']]) {
        const io = memoryIo({ '/work/day.agenda.yaml': TRACKS });
        assert.equal(await main(args, io), 0);
        assert.equal(io.err, 'agenda: day.agenda.yaml has no text in German (de); its other languages stand in.\n', args.join(' '));
      }
    });
  });

  describe('side by side in two languages', () => {
    const BILINGUAL = `version: 1
event:
  title: {en: Expert meeting, fr: Réunion d’experts}
  start: 2026-03-28
  end: 2026-03-28
  languages: [en, fr]
topics:
  - {id: evidence, title: {en: Electronic evidence, fr: Preuves électroniques}}
sessions:
  - {id: opening, title: {en: Opening, fr: Ouverture}, date: 2026-03-28, start: "10:00", end: "11:00", topics: [evidence]}
  - {id: closing, title: {en: Closing, fr: Clôture}, date: 2026-03-28, start: "11:00", end: "12:00"}
`;
    const output = page(BILINGUAL, { languages: ['en', 'fr'] });

    it('prints each session in a row with one column per language, the same sessions in the same order', () => {
      assert.ok(output.startsWith('<article class="programme programme-side-by-side" lang="en" dir="ltr">\n<div class="side-by-side">\n<div class="side" lang="en" dir="ltr">\n<header class="programme-header">'));
      const rows = [...output.matchAll(/<div class="side-by-side">\n<div class="side" lang="en" dir="ltr">\n<article class="session" id="session-(\w+)">[\s\S]*?<\/article>\n<\/div>\n<div class="side" lang="fr" dir="ltr">\n<article class="session" id="session-(\w+)-fr">/g)];
      assert.deepEqual(rows.map((m) => [m[1], m[2]]), [['opening', 'opening'], ['closing', 'closing']]);
      assert.deepEqual([...output.matchAll(/<span class="session-title-text">([^<]*)</g)].map((m) => m[1]), ['Opening', 'Ouverture', 'Closing', 'Clôture']);
      assert.deepEqual([...output.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]), ['Saturday, 28 March 2026', 'samedi 28 mars 2026']);
    });

    it('gives every element one id, and links each language to its own sessions', () => {
      const ids = [...output.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
      assert.ok(output.includes('<a class="topic-ref" href="#topic-evidence-fr">Preuves électroniques</a>'));
      assert.ok(output.includes('<a href="#session-opening-fr">Ouverture</a>'));
    });

    it('writes a standalone page titled in both languages, and the CLI writes it for --lang en,fr', async () => {
      const standalone = renderStandalone(parseAgenda(BILINGUAL), { languages: ['en', 'fr'] });
      assert.ok(standalone.includes('<title>Expert meeting — Programme / Réunion d’experts — Programme</title>'));
      const io = memoryIo({ '/work/b.agenda.yaml': BILINGUAL });
      assert.equal(await main(['render', 'b.agenda.yaml', '--lang', 'en,fr'], io), 0);
      assert.equal(io.out, standalone);
      assert.equal(io.err, '');
    });

    it('refuses several languages for export, and says which language of several has no text', async () => {
      const io = memoryIo({ '/work/b.agenda.yaml': BILINGUAL });
      assert.equal(await main(['export', 'b.agenda.yaml', '--ics', '--lang', 'en,fr'], io), 2);
      assert.ok(io.err.startsWith('agenda: --lang takes one language for export (several side by side, such as en,fr, are for render)\n'));
      const result = produceOutput(parseAgenda(BILINGUAL), 'html', { languages: ['fr', 'de'] });
      assert.ok('text' in result);
      assert.deepEqual(result.notes, [{ kind: 'no-text-in-language', language: 'de' }]);
      assert.equal(result.language, 'fr');
    });
  });

  describe('the calendar', () => {
    it('names the event after a session title that does not, and not twice', () => {
      const { events } = parseCalendar(toICalendar(parseAgenda(UN_BODY.replace('  series: Sixth Committee\n', '').replace('  title: Sixth Committee\n', '  title: Programme of work\n')), { stamp: STAMP }));
      assert.deepEqual(events.map((e) => e.summary), ['4th formal meeting — Sixth Committee']);
      const named = parseCalendar(toICalendar(parseAgenda(UN_BODY.replace('title: 4th formal meeting', 'title: 4th formal meeting of the Sixth Committee')), { stamp: STAMP }));
      assert.deepEqual(named.events.map((e) => e.summary), ['4th formal meeting of the Sixth Committee']);
      const short = parseCalendar(toICalendar(parseAgenda(TRACKS), { stamp: STAMP }));
      assert.equal(short.events[0].summary, 'Opening keynote — DH 2026', 'the short title first');
    });

    it('leaves breaks and meals out unless asked, on the command line with --include-breaks', async () => {
      const summaries = (text: string) => parseCalendar(text).events.map((e) => e.summary.replace(' — DH 2026', ''));
      const all = ['Opening keynote', 'Linked data', 'Text reuse', 'Poster session', 'Lightning talks', 'Closing'];
      assert.deepEqual(summaries(toICalendar(parseAgenda(TRACKS), { stamp: STAMP })), all);
      assert.deepEqual(summaries(toICalendar(parseAgenda(TRACKS), { stamp: STAMP, includeBreaks: true })), [...all.slice(0, 5), 'Lunch', 'Closing']);
      const io = memoryIo({ '/work/day.agenda.yaml': TRACKS });
      assert.equal(await main(['export', 'day.agenda.yaml', '--ics', '--include-breaks'], io), 0);
      assert.deepEqual(summaries(io.out), [...all.slice(0, 5), 'Lunch', 'Closing']);
      const wrong = memoryIo({ '/work/day.agenda.yaml': TRACKS });
      assert.equal(await main(['export', 'day.agenda.yaml', '--schedule-json', '--include-breaks'], wrong), 2);
      assert.ok(wrong.err.startsWith('agenda: --include-breaks is for the calendar (--ics)\n'));
    });
  });

  describe('schedule.json', () => {
    const validate = validator();

    it('puts sessions without a room that run at once in rooms of their own, never two at once in one', () => {
      const json = scheduleOf(TRACKS);
      assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
      const [day] = json.schedule.conference.days;
      const rooms = Object.fromEntries(Object.entries(day.rooms).map(([room, events]) => [room, events.map((e) => e.slug.replace('dh-day-', ''))]));
      assert.deepEqual(rooms, {
        Aula: ['keynote', 'closing'],
        'Hall A': ['track-a'],
        'Hall B': ['track-b'],
        'Room to be announced 1': ['track-c', 'lunch'],
        'Room to be announced 2': ['track-d'],
      });
      const one = scheduleOf(TRACKS.replace('start: "11:00"\n    end: "12:00"', 'start: "11:30"\n    end: "12:00"'));
      assert.deepEqual(one.schedule.conference.rooms.map((r) => r.name), ['Aula', 'Hall A', 'Hall B', 'Room to be announced']);
    });

    it('makes timed items events of their own when asked, in their session’s room, on the command line with --items-as-events', async () => {
      const json = scheduleOf(TRACKS, true);
      assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
      const hall = json.schedule.conference.days[0].rooms['Hall A'];
      assert.deepEqual(hall.map((e) => [e.slug, e.start, e.duration, e.title, e.subtitle, e.type, e.persons.map((p) => p.name)]), [
        ['dh-day-track-a-1', '10:30', '00:30', 'Knowledge graphs of letters', 'Linked data', 'other', ['Dr. Ken Ito']],
        ['dh-day-track-a-2', '11:00', '00:30', 'Editions as data', 'Linked data', 'other', []],
        ['dh-day-track-a-3', '11:30', '00:30', 'Discussion', 'Linked data', 'discussion', []],
      ]);
      assert.equal(new Set(hall.map((e) => e.guid)).size, 3);
      const io = memoryIo({ '/work/day.agenda.yaml': TRACKS });
      assert.equal(await main(['export', 'day.agenda.yaml', '--schedule-json', '--items-as-events'], io), 0);
      assert.deepEqual((JSON.parse(io.out) as ScheduleJson).schedule.conference.days[0].rooms['Hall A'].map((e) => e.title), ['Knowledge graphs of letters', 'Editions as data', 'Discussion']);
    });
  });
});

import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { toICalendar } from '../../src/core/outputs/ical';
import { produceOutput } from '../../src/core/outputs/produce';
import { renderProgramme, renderStandalone } from '../../src/core/outputs/render';
import { toScheduleJson, type ScheduleJson } from '../../src/core/outputs/scheduleJson';
import { parseAgenda } from '../../src/core/parse/parse';
import { programmeLabels } from '../../src/core/words/labels';
import { FIXTURES, scheduleJsonValidator as validator } from './findings';
import { memoryIo } from './memoryIo';
import { parseCalendar } from './parseCalendar';

const TRACKS = fs.readFileSync(path.join(FIXTURES, 'render/parallel-tracks.agenda.yaml'), 'utf8');
const HYBRID = fs.readFileSync(path.join(FIXTURES, 'render/hybrid-meeting.agenda.yaml'), 'utf8');
const HACKATHON = fs.readFileSync(path.join(FIXTURES, 'render/overnight-hackathon.agenda.yaml'), 'utf8');
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
      assert.ok(between(output, 'id="session-track-c"', '</article>').includes('<p class="session-meta"><span class="session-track">Posters</span></p>'), 'its track, and no format');
      assert.ok(output.includes('<p class="session-meta"><span class="session-room">Aula</span> · <span class="session-format">Keynote</span></p>'));
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
      assert.ok(group.startsWith('<div class="parallel">\n<p class="parallel-heading"><span class="parallel-time" dir="ltr">10:30–12:00</span> <span class="parallel-label">Parallel sessions</span></p>\n<div class="parallel-sessions">\n<article class="session" id="session-track-a" data-track-color="#1f77b4">'));
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
      const roomless = (secondStart: string) => `version: 1
event: {id: day, title: Day, start: 2026-07-08, end: 2026-07-08, timezone: Europe/Vienna}
sessions:
  - {id: keynote, title: Keynote, date: 2026-07-08, start: "09:00", end: "10:00", room: Aula}
  - {id: posters, title: Posters, date: 2026-07-08, start: "10:30", end: "11:30"}
  - {id: lightning, title: Lightning talks, date: 2026-07-08, start: "${secondStart}", end: "12:00"}
  - {id: lunch, title: Lunch, date: 2026-07-08, start: "12:00", end: "13:00", format: break}
`;
      const json = scheduleOf(roomless('11:00'));
      assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
      const rooms = Object.fromEntries(Object.entries(json.schedule.conference.days[0].rooms).map(([room, events]) => [room, events.map((e) => e.slug.replace('day-', ''))]));
      assert.deepEqual(rooms, { Aula: ['keynote'], 'Room to be announced 1': ['posters', 'lunch'], 'Room to be announced 2': ['lightning'] });
      const one = scheduleOf(roomless('11:30'));
      assert.deepEqual(one.schedule.conference.rooms.map((r) => r.name), ['Aula', 'Room to be announced']);
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

  describe('the keys of real programmes, in the programme', () => {
    const tracks = page(TRACKS);
    const hybrid = page(HYBRID);
    const hackathon = page(HACKATHON);

    it('names each session’s track and gives it the track’s colour, in the preview by the page’s script and in a page by its style sheet', () => {
      assert.ok(tracks.includes('<article class="session" id="session-track-a" data-track-color="#1f77b4">'));
      assert.ok(tracks.includes('<p class="session-meta"><span class="session-room">Hall A</span> · <span class="session-track">Linked data</span> · <span class="session-format">Presentation</span></p>'));
      assert.ok(tracks.includes('<p class="session-meta"><span class="session-track">Posters</span></p>'));
      const standalone = renderStandalone(parseAgenda(TRACKS));
      assert.ok(standalone.includes('[data-track-color="#1f77b4"] { --track-color: #1f77b4; }\n[data-track-color="#d62728"] { --track-color: #d62728; }\n[data-track-color="#2ca02c"] { --track-color: #2ca02c; }\n@page'));
      const odd = page(TRACKS.replace('color: "#1f77b4"', 'color: "red; background: url(x)"'));
      assert.ok(odd.includes('<article class="session" id="session-track-a">'), 'a colour that is not #RGB or #RRGGBB is left out');
    });

    it('prints co-chairs under one label, people with their page, bio, and the event’s attendance in its facts', () => {
      assert.ok(hybrid.includes('<div class="role"><dt>Co-Chairs</dt><dd><ul class="people"><li class="person"><a href="https://example.org/people/haddad" rel="noopener noreferrer"><span class="person-name">H.E. Amal Haddad</span></a><span class="person-detail">, Permanent Representative</span><div class="person-bio prose"><p>Chairs the Committee at its eighty-first session.</p>\n</div></li><li class="person"><span class="person-name">Mr. Jean Dupont</span><span class="person-detail">, Vice-Chair</span></li></ul></dd></div>'));
      assert.ok(hybrid.includes('<div class="fact"><dt>Attendance</dt><dd><span class="attendance-mode">In person and online</span> · <span class="attendance-online"><a href="https://example.org/webtv/c6" rel="noopener noreferrer">Join online</a> (UN Web TV)</span></dd></div>'));
      assert.ok(hybrid.includes('<div class="fact"><dt>Registration</dt><dd><a href="https://example.org/register/c6" rel="noopener noreferrer">https://example.org/register/c6</a> by 28 September 2026</dd></div>'));
      assert.ok(hybrid.includes('<div class="fact"><dt>Interpretation</dt><dd>Arabic, Chinese, English, French, Russian, Spanish, International Sign</dd></div>'));
    });

    it('prints a session’s attendance only where it differs from the event’s', () => {
      assert.deepEqual([...hybrid.matchAll(/<p class="session-attendance">(.*?)<\/p>/g)].map((m) => m[1]), [
        '<span class="attendance-mode">Online</span> · <span class="attendance-online"><a href="https://example.org/zoom/briefing" rel="noopener noreferrer">Join online</a> (Zoom)</span> · <span class="attendance-registration"><a href="https://example.org/register/briefing" rel="noopener noreferrer">Registration</a></span> · <span class="attendance-interpretation">Interpretation: English, French</span>',
      ]);
      const french = page(HYBRID, { language: 'fr' });
      assert.ok(french.includes('<span class="attendance-mode">En ligne</span> · <span class="attendance-online"><a href="https://example.org/zoom/briefing" rel="noopener noreferrer">Participer en ligne</a> (Zoom)</span>'));
      assert.ok(french.includes('<dd><a href="https://example.org/register/c6" rel="noopener noreferrer">https://example.org/register/c6</a> avant le 28 septembre 2026</dd>'));
    });

    it('prints the agenda items a session takes up, with their titles, and says when one is continued', () => {
      assert.deepEqual([...hybrid.matchAll(/<p class="session-agenda-items">(.*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '')), [
        'Agenda item 3 (a) Report of the International Law Commission',
        'Agenda items 3 (a) Report of the International Law Commission (continued); 3 (b) Crimes against humanity',
      ]);
      assert.ok(page(HYBRID, { language: 'fr' }).includes('<span class="label">Points de l’ordre du jour</span> <span class="agenda-item-ref"><span class="agenda-item-number">3 (a)</span> <span class="agenda-item-title">Rapport de la Commission du droit international</span> <span class="agenda-item-continued">(suite)</span></span>'));
    });

    it('prints an item’s speakers with their affiliation, its authors, and links its title to the paper', () => {
      assert.ok(tracks.includes('<span class="item-title"><a href="https://example.org/papers/letters" rel="noopener noreferrer">Knowledge graphs of letters</a></span><span class="item-speakers"><span class="person"><span class="person-name">Dr. Ken Ito</span><span class="person-detail">, University of Vienna</span></span></span><span class="item-authors"><span class="label">Authors</span> <span class="person-name">Dr. Ken Ito</span>, <span class="person-name">Michele Pasin</span></span>'));
    });

    it('prints a session past midnight with a next-day mark, a moment at its time alone, 24:00, and untimed items without times', () => {
      assert.deepEqual([...hackathon.matchAll(/<div class="session-when">(.*?)<\/div>/g)].map((m) => m[1]), [
        '<span class="session-time" dir="ltr">17:00–18:00</span>',
        '<span class="session-time" dir="ltr">18:00–02:00<span class="next-day" title="the next day">+1</span></span>',
        '<span class="session-time" dir="ltr">17:30</span>',
        '<span class="session-time" dir="ltr">20:00–24:00</span>',
      ]);
      assert.ok(hackathon.includes('<ol class="items items-untimed"><li class="item"><div class="item-body"><span class="item-title">Welcome</span></div></li><li class="item"><div class="item-body"><span class="item-title">Challenges presented</span></div></li>'));
      assert.ok(hackathon.includes('<span class="item-time" dir="ltr">00:00–00:30<span class="next-day" title="the next day">+1</span></span>'));
      assert.ok(!hackathon.includes('session-format'), 'a moment says so by its time, not by a format');
    });

    it('shows photos over https in a standalone page only, whose policy then allows them', () => {
      const withPhoto = TRACKS.replace('position: Researcher }', 'position: Researcher, photo: "https://example.org/pasin.jpg" }');
      const standalone = renderStandalone(parseAgenda(withPhoto));
      assert.ok(standalone.includes(`content="default-src 'none'; style-src 'unsafe-inline'; img-src https:; base-uri 'none'; form-action 'none'"`));
      assert.ok(standalone.includes('<li class="person has-photo"><img class="person-photo" src="https://example.org/pasin.jpg" alt="" loading="lazy"><span class="person-name">Michele Pasin</span>'));
      assert.ok(!page(withPhoto).includes('<img'), 'the preview loads nothing from the web');
      const insecure = renderStandalone(parseAgenda(TRACKS.replace('position: Researcher }', 'position: Researcher, photo: "http://example.org/pasin.jpg" }')));
      assert.ok(!insecure.includes('<img') && !insecure.includes('img-src'));
    });
  });

  describe('the keys of real programmes, in the calendar and schedule.json', () => {
    it('puts an online session’s join link in URL and LOCATION, a hybrid one’s room and link, the track as category, the rest in the description', () => {
      const text = toICalendar(parseAgenda(HYBRID), { stamp: STAMP });
      const { events } = parseCalendar(text);
      assert.deepEqual(events.map((e) => [e.summary, e.location, e.url]), [
        ['4th formal meeting — Sixth Committee', 'Conference Room 4, United Nations Headquarters, New York, United States of America, Online — UN Web TV', 'https://example.org/webtv/c6'],
        ['5th formal meeting — Sixth Committee', 'Conference Room 4, United Nations Headquarters, New York, United States of America, Online — UN Web TV', 'https://example.org/webtv/c6'],
        ['Online briefing for delegates — Sixth Committee', 'Online — Zoom', 'https://example.org/zoom/briefing'],
      ]);
      assert.equal(events[1].description, [
        'Agenda items: 3 (a) Report of the International Law Commission (continued); 3 (b) Crimes against humanity',
        'Chair: H.E. Amal Haddad',
        '',
        'In person and online',
        'Join online (UN Web TV): https://example.org/webtv/c6',
        'Registration by 28 September 2026: https://example.org/register/c6',
        'Interpretation: Arabic, Chinese, English, French, Russian, Spanish, International Sign',
      ].join('\n'));
      assert.ok(events[0].description.startsWith('Agenda item: 3 (a) Report of the International Law Commission\nCo-Chairs: H.E. Amal Haddad; Mr. Jean Dupont\n'));
      const tracks = toICalendar(parseAgenda(TRACKS), { stamp: STAMP });
      assert.match(tracks, /\r\nSUMMARY:Linked data — DH 2026\r\n[\s\S]*?CATEGORIES:Linked data\r\n/);
      const paper = parseCalendar(tracks).events.find((e) => e.summary.startsWith('Linked data'))!;
      assert.ok(paper.description.includes('\n10:30–11:00 Knowledge graphs of letters — Dr. Ken Ito (UW) — Authors: Dr. Ken Ito, Michele Pasin — https://example.org/papers/letters\n'), paper.description);
    });

    it('writes a session past midnight and a moment at their real times', () => {
      const { events } = parseCalendar(toICalendar(parseAgenda(HACKATHON), { stamp: STAMP }));
      assert.deepEqual(events.map((e) => [e.uid.split('.')[0], e.start, e.end]), [
        ['kickoff', '2026-05-09T15:00:00.000Z', '2026-05-09T16:00:00.000Z'],
        ['hacking', '2026-05-09T16:00:00.000Z', '2026-05-10T00:00:00.000Z'],
        ['end', '2026-05-10T15:30:00.000Z', null],
        ['party', '2026-05-10T18:00:00.000Z', '2026-05-10T22:00:00.000Z'],
      ]);
    });

    it('gives schedule.json the tracks with their colours, each session its track, online sessions the room Online, people their page and bio, and the join link', () => {
      const validate = validator();
      for (const text of [TRACKS, HYBRID, HACKATHON]) {
        const json = scheduleOf(text);
        assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
      }
      const tracks = scheduleOf(TRACKS).schedule.conference;
      assert.deepEqual(tracks.tracks, [
        { name: 'Linked data', slug: 'data', color: '#1f77b4' },
        { name: 'Text analysis', slug: 'text', color: '#d62728' },
        { name: 'Posters', slug: 'posters', color: '#2ca02c' },
      ]);
      assert.deepEqual(Object.fromEntries(Object.entries(tracks.days[0].rooms).map(([room, events]) => [room, events.map((e) => [e.title, e.track])])), {
        Aula: [['Opening keynote', null], ['Closing', null]],
        'Hall A': [['Linked data', 'Linked data']],
        'Hall B': [['Text reuse', 'Text analysis']],
        Posters: [['Poster session', 'Posters']],
        Foyer: [['Lightning talks', null]],
        'Room to be announced': [['Lunch', null]],
      });
      const hybrid = scheduleOf(HYBRID).schedule.conference;
      const [monday, tuesday] = hybrid.days;
      const fourth = monday.rooms['Conference Room 4'][0];
      assert.deepEqual(fourth.persons.map((p) => [p.name, p.url, p.biography]), [
        ['H.E. Amal Haddad', 'https://example.org/people/haddad', 'Chairs the Committee at its eighty-first session.'],
        ['Mr. Jean Dupont', undefined, undefined],
      ]);
      assert.deepEqual(fourth.links[0], { type: 'web', url: 'https://example.org/webtv/c6', title: 'Join online (UN Web TV)' });
      assert.deepEqual(Object.keys(tuesday.rooms).filter((room) => tuesday.rooms[room].length), ['Online']);
    });
  });
});

import * as assert from 'assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { fileAgenda, parseAgenda, programmeAgenda, ProgrammeOfFiles, renderProgramme, toICalendar, toScheduleJson, type ScheduleJson } from '../../src/core';
import { agendaFilesUnder, FIXTURES, REPO, scheduleJsonValidator } from './findings';
import { parseCalendar } from './parseCalendar';

const CONGRESS = path.join(FIXTURES, 'congress');
const BASE = 'file:///w/congress/';
const ROOT = `${BASE}congress.agenda.yaml`;
const STAMP = new Date('2026-01-15T08:30:00Z');
/** Kwame Okafor speaks at the corruption workshop and at the whistle-blowers' side event. */
const OKAFOR_BIO = ['  - id: p-okafor\n    name: Kwame Okafor\n', '  - id: p-okafor\n    name: Kwame Okafor\n    bio: Prosecutor for **economic crime** in Accra.\n'];

/** The hand-written congress as a programme of files, a text of it changed by `edit` if given. */
function congress(edit: (name: string, text: string) => string = (_name, text) => text): ProgrammeOfFiles {
  const programme = new ProgrammeOfFiles();
  for (const name of agendaFilesUnder(CONGRESS)) programme.set(BASE + name, parseAgenda(edit(name, fs.readFileSync(path.join(CONGRESS, name), 'utf8'))));
  return programme;
}

function page(programme: ProgrammeOfFiles, file = ROOT): string {
  return renderProgramme(file === ROOT ? programmeAgenda(programme, ROOT) : fileAgenda(programme, file)!, { sourceLines: false });
}

/** Each session of a page as `[the event it belongs to, its title, the people in it]`. */
function sessionsOf(html: string): [string, string, string[]][] {
  return [...html.matchAll(/<article class="session[^>]*>([\s\S]*?)<\/article>/g)].map(([, body]) => [
    /<p class="session-part-of">([^<]*)<\/p>/.exec(body)?.[1] ?? '',
    /<span class="session-title-text">([^<]*)</.exec(body)![1],
    [...body.matchAll(/<span class="person-name">([^<]*)</g)].map((m) => m[1]),
  ]);
}

function schedule(programme: ProgrammeOfFiles): ScheduleJson {
  const result = toScheduleJson(programmeAgenda(programme, ROOT), { generator: { name: 'agenda-author', version: '9.9.9' } });
  assert.ok('json' in result, 'problem' in result ? result.problem : '');
  return JSON.parse(JSON.stringify(result.json)) as ScheduleJson;
}

describe('the outputs of a whole programme of files', () => {
  describe('each session names the workshop or side event it comes from', () => {
    it('on the programme page: a line above the title, unless the title names it already; none for the root’s own', () => {
      assert.deepEqual(sessionsOf(page(congress())), [
        ['', 'Opening of the Congress', ['Ana García']],
        ['Workshop on cybercrime', 'Electronic evidence', ['Yuki Tanaka']],
        ['', 'Ransomware in practice', []],
        ['', 'Supporting victims of trafficking', ['Pedro García']],
        ['Workshop on corruption', 'Integrity in public procurement', ['Kwame Okafor']],
        ['', 'Protecting whistle-blowers', ['Kwame Okafor']],
      ]);
      const html = page(congress());
      assert.ok(html.includes('<div class="session-main">\n<p class="session-part-of">Workshop on cybercrime</p>\n<h4 class="session-title"><span class="session-title-text">Electronic evidence</span></h4>'));
    });

    it('in the calendar: the summary names it (else the congress), and it is a category', () => {
      const { calendar, events } = parseCalendar(toICalendar(programmeAgenda(congress(), ROOT), { stamp: STAMP }));
      const categories = calendar.getAllSubcomponents('vevent').map((event) => event.getAllProperties('categories').flatMap((p) => p.getValues() as string[]));
      assert.deepEqual(events.map((e, i) => [e.uid.split('.')[0], e.summary, categories[i]]), [
        ['opening', 'Opening of the Congress — Regional Congress on Crime Prevention', []],
        ['w1-evidence', 'Electronic evidence — Workshop on cybercrime', ['Workshop on cybercrime']],
        ['side-ransomware', 'Ransomware in practice — Regional Congress on Crime Prevention', ['Ransomware in practice']],
        ['side-victims', 'Supporting victims of trafficking — Regional Congress on Crime Prevention', ['Supporting victims of trafficking']],
        ['w2-integrity', 'Integrity in public procurement — Workshop on corruption', ['Workshop on corruption']],
        ['side-whistleblowers', 'Protecting whistle-blowers — Regional Congress on Crime Prevention', ['Protecting whistle-blowers']],
      ]);
    });

    it('in schedule.json: it is the track of its sessions (a track of their own comes first), slugged by its path, valid by the schema', () => {
      const json = schedule(congress());
      assert.equal(scheduleJsonValidator()(json), true);
      const { conference } = json.schedule;
      assert.deepEqual(conference.tracks, [
        { name: 'Corruption', slug: 'corruption' },
        { name: 'Workshop on cybercrime', slug: 'workshops-cybercrime' },
        { name: 'Ransomware in practice', slug: 'side-events-ransomware' },
        { name: 'Supporting victims of trafficking', slug: 'side-events-victims' },
        { name: 'Workshop on corruption', slug: 'workshops-corruption' },
        { name: 'Protecting whistle-blowers', slug: 'side-events-whistleblowers' },
      ]);
      assert.deepEqual(conference.days.flatMap((day) => Object.values(day.rooms).flat().map((e) => [e.title, e.track])), [
        ['Opening of the Congress', 'Corruption'],
        ['Supporting victims of trafficking', 'Supporting victims of trafficking'],
        ['Electronic evidence', 'Workshop on cybercrime'],
        ['Ransomware in practice', 'Ransomware in practice'],
        ['Protecting whistle-blowers', 'Protecting whistle-blowers'],
        ['Integrity in public procurement', 'Workshop on corruption'],
      ]);
      const withId = schedule(congress((name, text) => (name === 'workshops/cybercrime.agenda.yaml' ? text.replace('event:\n', 'event:\n  id: ws-cyber\n') : text)));
      assert.equal(withId.schedule.conference.tracks[1].slug, 'ws-cyber', 'the event’s id when it has one');
    });
  });

  describe('an id a file defines again means its own entry in its own sessions', () => {
    it('shows the side event’s Pedro García in its session and the congress’s Ana García in the congress’s, everywhere', () => {
      const programme = congress();
      const merged = programmeAgenda(programme, ROOT);
      const people = (merged.value as { people: { id: string; name: string }[] }).people;
      assert.deepEqual(people.map((p) => [p.id, p.name]), [['p-garcia', 'Ana García'], ['p-okafor', 'Kwame Okafor'], ['p-tanaka', 'Yuki Tanaka'], ['p-garcia-2', 'Pedro García']]);
      const { events } = parseCalendar(toICalendar(merged, { stamp: STAMP }));
      assert.deepEqual(events.filter((e) => /opening|victims/.test(e.uid)).map((e) => e.description.split('\n')[0]), ['Chair: Ana García (UNODC)', 'Speakers: Pedro García']);
      const persons = schedule(programme).schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).flatMap((e) => e.persons);
      const garcias = persons.filter((p) => p.name.endsWith('García'));
      assert.deepEqual(garcias.map((p) => p.name), ['Ana García', 'Pedro García']);
      assert.notEqual(garcias[0].guid, garcias[1].guid, 'two people, two ids');
    });

    it('resolves every kind by the file that refers to it: a shadowed topic, room and organisation, and a person’s affiliation', () => {
      const programme = congress((name, text) => name !== 'side-events/victims.agenda.yaml' ? text : text
        .replace('people:\n  - id: p-garcia\n    name: Pedro García\n', 'organizations:\n  - {id: unodc, name: Victims Support Network}\npeople:\n  - id: p-garcia\n    name: Pedro García\n    affiliation: unodc\ntopics:\n  - {id: corruption, title: Trafficking}\nrooms:\n  - {id: room-a, name: Tent on the lawn}\n')
        .replace('    room: room-a\n', '    room: room-a\n    topics: [corruption]\n'));
      const victims = sessionsOf(page(programme)).find(([, title]) => title.startsWith('Supporting'))!;
      assert.deepEqual(victims, ['', 'Supporting victims of trafficking', ['Pedro García']]);
      const html = page(programme);
      const session = html.slice(html.indexOf('id="session-side-victims"'), html.indexOf('</article>', html.indexOf('id="session-side-victims"')));
      assert.match(session, /<span class="session-room">Tent on the lawn<\/span>/);
      assert.match(session, /<span class="person-detail">, Victims Support Network<\/span>/);
      assert.match(session, /<a class="topic-ref" href="#topic-corruption-2">Trafficking<\/a>/);
      const opening = html.slice(html.indexOf('id="session-opening"'), html.indexOf('</article>', html.indexOf('id="session-opening"')));
      assert.match(opening, /<span class="session-room">Plenary Hall<\/span>/);
      assert.match(opening, /<span class="person-detail">, United Nations Office on Drugs and Crime<\/span>/);
      assert.match(opening, /<a class="topic-ref" href="#topic-corruption">Corruption<\/a>/);
    });
  });

  describe('a bio is printed once, where the person first appears', () => {
    it('in the whole programme', () => {
      const html = page(congress((name, text) => (name === 'congress.agenda.yaml' ? text.replace(OKAFOR_BIO[0], OKAFOR_BIO[1]) : text)));
      const bios = [...html.matchAll(/<span class="person-name">Kwame Okafor<\/span>(<div class="person-bio prose">[\s\S]*?<\/div>)?<\/li>/g)].map((m) => m[1] ?? '');
      assert.deepEqual(bios, ['<div class="person-bio prose"><p>Prosecutor for <strong>economic crime</strong> in Accra.</p>\n</div>', '']);
    });

    it('in a single agenda, once per language of a side-by-side page', () => {
      const text = fs.readFileSync(path.join(FIXTURES, 'render/hybrid-meeting.agenda.yaml'), 'utf8');
      const count = (html: string, bio: string) => html.split(bio).length - 1;
      const single = renderProgramme(parseAgenda(text), { sourceLines: false });
      assert.equal(count(single, 'Chairs the Committee at its eighty-first session.'), 1);
      assert.equal(count(single, '<span class="person-name">H.E. Amal Haddad</span>'), 2, 'she chairs both meetings');
      const sides = renderProgramme(parseAgenda(text), { sourceLines: false, languages: ['en', 'fr'] });
      assert.equal(count(sides, 'Chairs the Committee at its eighty-first session.'), 1);
      assert.equal(count(sides, 'Préside la Commission à sa quatre-vingt-unième session.'), 1);
    });
  });

  describe('one file of a programme, alone', () => {
    it('uses the congress’s people and topics it names, and no others, and all of its rooms', () => {
      const cyber = fileAgenda(congress(), `${BASE}workshops/cybercrime.agenda.yaml`)!;
      const value = cyber.value as Record<string, { id: string }[]>;
      assert.deepEqual(['people', 'topics', 'rooms', 'organizations'].map((key) => value[key]?.map((entry) => entry.id)), [['p-tanaka'], ['cybercrime'], ['plenary-hall', 'room-a', 'room-b'], undefined]);
      assert.deepEqual(sessionsOf(page(congress(), `${BASE}workshops/cybercrime.agenda.yaml`)), [['', 'Electronic evidence', ['Yuki Tanaka']]]);
      assert.deepEqual(sessionsOf(page(congress(), `${BASE}side-events/victims.agenda.yaml`)), [['', 'Supporting victims of trafficking', ['Pedro García']]]);
      const programme = congress();
      assert.equal(fileAgenda(programme, ROOT), programme.summary(ROOT)!.parsed, 'the root is itself, unchanged');
    });

    it('keeps the file’s own lines (the preview’s scroll and click-to-source); what it takes of the congress stands at its partOf', () => {
      const html = renderProgramme(fileAgenda(congress(), `${BASE}workshops/cybercrime.agenda.yaml`)!);
      assert.deepEqual([...html.matchAll(/<(\w+) class="([^"]*)"[^>]*data-line="(\d+)"/g)].map((m) => `${m[3]} ${m[1]}.${m[2]}`), [
        '4 header.programme-header', '5 p.dateline', '4 h1.event-title', '5 div.fact', '7 section.schedule', '2 p.timezone-note',
        '8 h3.day-title', '8 article.session', '11 div.session-when', '9 h4.session-title', '13 span.session-room', '14 div.role', '14 li.person',
        '15 p.session-topics', '15 a.topic-ref', '2 section.topic-index', '2 div.topic',
      ]);
    });

    it('takes the time zone of the nearest agenda above it that names one, unless it names its own', () => {
      const cyber = `${BASE}workshops/cybercrime.agenda.yaml`;
      const zoneOf = (programme: ProgrammeOfFiles) => (fileAgenda(programme, cyber)!.value as { event: { timezone?: string } }).event.timezone;
      assert.equal(zoneOf(congress()), 'Europe/Vienna');
      assert.equal(zoneOf(congress((name, text) => (name.startsWith('workshops/cyber') ? text.replace('  end: 2026-03-08\n', '  end: 2026-03-08\n  timezone: Europe/Berlin\n') : text))), 'Europe/Berlin');
      assert.equal(zoneOf(congress((_name, text) => text.replace('  timezone: Europe/Vienna\n', ''))), undefined);
      const { events } = parseCalendar(toICalendar(fileAgenda(congress(), cyber)!, { stamp: STAMP }));
      assert.deepEqual(events.map((e) => [e.start, e.end]), [['2026-03-08T09:00:00.000Z', '2026-03-08T11:00:00.000Z']], '10:00 to 12:00 in Vienna');
    });

    it('is the agenda it stands for written out in full: each file’s page, calendar and schedule.json are those of its value printed as YAML', () => {
      const programme = congress();
      for (const file of programme.uris().filter((uri) => uri !== ROOT)) {
        const agenda = fileAgenda(programme, file)!;
        const written = parseAgenda(stringify(agenda.value));
        assert.equal(renderProgramme(agenda, { sourceLines: false }), renderProgramme(written, { sourceLines: false }), file);
        assert.equal(toICalendar(agenda, { stamp: STAMP }), toICalendar(written, { stamp: STAMP }), file);
        assert.deepEqual(toScheduleJson(agenda, {}), toScheduleJson(written, {}), file);
      }
    });
  });
});

/** `dist/cli.js` in a real process, in `cwd`. */
function agenda(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [path.join(REPO, 'dist/cli.js'), ...args], { cwd: options.cwd ?? REPO, encoding: 'utf8', input: options.input ?? '', timeout: 30000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('agenda render, export and check of one file of a programme, in real processes', () => {
  const workshop = 'test/fixtures/congress/workshops/cybercrime.agenda.yaml';
  const text = fs.readFileSync(path.join(REPO, workshop), 'utf8');
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-partof-'));
    fs.mkdirSync(path.join(dir, 'w'));
    fs.writeFileSync(path.join(dir, 'w/cybercrime.agenda.yaml'), text);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the congress for the ids the workshop uses: render and both exports clean', () => {
    const html = agenda(['render', workshop]);
    assert.deepEqual([html.status, html.stderr], [0, '']);
    assert.deepEqual(sessionsOf(html.stdout), [['', 'Electronic evidence', ['Yuki Tanaka']]]);
    assert.ok(html.stdout.includes('<span class="session-room">Room B</span>') && html.stdout.includes('<a class="topic-ref" href="#topic-cybercrime">Cybercrime</a>'));
    const timetable = agenda(['render', workshop, '--timetable']);
    assert.deepEqual([...timetable.stdout.matchAll(/<div class="tt-room"[^>]*>([^<]*)</g)].map((m) => m[1]), ['Plenary Hall', 'Room A', 'Room B'], 'the congress’s rooms, free ones too');
    const ics = agenda(['export', workshop, '--ics']);
    assert.deepEqual([ics.status, ics.stderr], [0, '']);
    assert.deepEqual(parseCalendar(ics.stdout).events.map((e) => [e.summary, e.location, e.description]), [['Electronic evidence — Workshop on cybercrime', 'Room B', 'Chair: Yuki Tanaka\nTopics: Cybercrime']]);
    const json = agenda(['export', workshop, '--schedule-json']);
    assert.deepEqual([json.status, json.stderr], [0, ''], 'the congress’s time zone is the workshop’s');
    const talk = (JSON.parse(json.stdout) as ScheduleJson).schedule.conference.days[0].rooms['Room B'][0];
    assert.deepEqual([talk.title, talk.date, talk.persons.map((p) => p.name)], ['Electronic evidence', '2026-03-08T10:00:00+01:00', ['Yuki Tanaka']]);
  });

  it('reports the side event’s shadowing warning, and shows its own Pedro García', () => {
    const victims = agenda(['render', 'test/fixtures/congress/side-events/victims.agenda.yaml']);
    assert.equal(victims.status, 0);
    assert.equal(victims.stderr, 'test/fixtures/congress/side-events/victims.agenda.yaml:9:9: warning: The person id `p-garcia` is already defined in `../congress.agenda.yaml`, which this agenda is part of; this entry hides it. Refer to that entry instead, or give this one another id. [id-shadows-parent]\n'
      + 'test/fixtures/congress/congress.agenda.yaml:14:9: note: The person `p-garcia` in `../congress.agenda.yaml`\n');
    assert.deepEqual(sessionsOf(victims.stdout), [['', 'Supporting victims of trafficking', ['Pedro García']]]);
  });

  it('says so when the parent is missing, or there but unreadable, and writes nothing', () => {
    const missing = agenda(['export', 'w/cybercrime.agenda.yaml', '--ics', '-o', 'out.ics'], { cwd: dir });
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, [
      'w/cybercrime.agenda.yaml:3:9: error: No agenda file is found at `../congress.agenda.yaml`, the parent this agenda names in `partOf` (the path is relative to this file). [parent-not-found]',
      'w/cybercrime.agenda.yaml:15:12: error: Unknown person `p-tanaka`: add it under `people` first. [unknown-person]',
      'w/cybercrime.agenda.yaml:16:14: error: Unknown topic `cybercrime`: add it under `topics` first. [unknown-topic]',
      'agenda: w/cybercrime.agenda.yaml has 3 errors; nothing written (--force writes it anyway).',
      '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'congress.agenda.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const binary = agenda(['render', 'w/cybercrime.agenda.yaml', '-o', 'out.html'], { cwd: dir });
    assert.equal(binary.status, 1);
    assert.ok(binary.stderr.startsWith('agenda: w/cybercrime.agenda.yaml is part of congress.agenda.yaml, which is a binary file, not agenda text\nw/cybercrime.agenda.yaml:3:9: error: No agenda file is found'), binary.stderr);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['congress.agenda.yaml', 'w']);
  });

  it('reads standard input against --stdin-path, the path it stands for; without it, says why partOf is not found', () => {
    const named = agenda(['render', '-', '--stdin-path', workshop], { input: text });
    assert.deepEqual(named, agenda(['render', workshop]));
    const checked = agenda(['check', '-', '--stdin-path', workshop, '--format', 'json'], { input: text });
    assert.deepEqual([checked.status, checked.stdout], [0, '[]\n']);
    const unnamed = agenda(['export', '-', '--ics'], { input: text });
    assert.equal(unnamed.status, 1);
    assert.ok(unnamed.stderr.startsWith('agenda: <stdin> is part of ../congress.agenda.yaml (partOf), which cannot be found from standard input; give --stdin-path PATH, the path the agenda stands for, to read it\n<stdin>:3:9: error: No agenda file is found at `../congress.agenda.yaml`'), unnamed.stderr);
    const named2 = agenda(['check', '-', '--stdin-path', 'elsewhere/cybercrime.agenda.yaml'], { input: text });
    assert.equal(named2.status, 1);
    assert.ok(named2.stdout.startsWith('elsewhere/cybercrime.agenda.yaml:3:9: error: No agenda file is found'), 'named by the path given');
    fs.copyFileSync(path.join(REPO, 'test/fixtures/congress/congress.agenda.yaml'), path.join(dir, 'congress.agenda.yaml'));
    const over = agenda(['render', '-', '--stdin-path', 'w/cybercrime.agenda.yaml', '-o', 'w/cybercrime.agenda.yaml'], { cwd: dir, input: text });
    assert.deepEqual([over.status, over.stderr], [2, 'agenda: refusing to write the programme over the agenda itself (w/cybercrime.agenda.yaml)\n']);
    assert.equal(fs.readFileSync(path.join(dir, 'w/cybercrime.agenda.yaml'), 'utf8'), text, 'the file standard input stands for is unchanged');
    for (const [args, problem] of [
      [['check', workshop, '--stdin-path', workshop], '--stdin-path is for an agenda read from standard input (-)'],
      [['render', '-', '--stdin-path'], '--stdin-path needs the path the agenda on standard input stands for'],
    ] as const) {
      const wrong = agenda([...args], { input: text });
      assert.equal(wrong.status, 2);
      assert.ok(wrong.stderr.startsWith(`agenda: ${problem}\n\nUsage:`), wrong.stderr);
    }
  });

  it('renders the whole congress of a folder with each session’s workshop or side event', () => {
    const html = agenda(['render', 'test/fixtures/congress', '--force']);
    assert.equal(html.status, 0);
    assert.deepEqual(sessionsOf(html.stdout).map(([part, title]) => [part, title]), [
      ['', 'Opening of the Congress'],
      ['Workshop on cybercrime', 'Electronic evidence'],
      ['', 'Ransomware in practice'],
      ['', 'Supporting victims of trafficking'],
      ['Workshop on corruption', 'Integrity in public procurement'],
      ['', 'Protecting whistle-blowers'],
    ]);
  });
});

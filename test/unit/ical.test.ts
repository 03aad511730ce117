import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import ICAL from 'ical.js';
import { check } from '../../src/core/check/check';
import { sessionUid, toICalendar, vtimezone } from '../../src/core/outputs/ical';
import { parseAgenda } from '../../src/core/parse/parse';
import { parseCalendar } from './parseCalendar';

const ROOT = path.resolve(__dirname, '../../..');
const KYOTO = fs.readFileSync(path.join(ROOT, 'examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');
const VIENNA = fs.readFileSync(path.join(ROOT, 'test/fixtures/valid/vienna-multilingual.agenda.yaml'), 'utf8');
const STAMP = new Date('2026-01-15T08:30:00Z');

function agendaWith(event: string, sessions: string): string {
  return `version: 1\nevent:\n  title: Meeting\n  start: 2026-03-28\n  end: 2026-03-29\n${event}sessions:\n${sessions}`;
}

describe('iCalendar export', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('exports the example agenda as three sessions at their exact times in Kyoto', () => {
    assert.deepEqual(check(KYOTO).filter((d) => d.severity !== 'info'), []);
    const { events } = parseCalendar(toICalendar(parseAgenda(KYOTO), { stamp: STAMP }));
    assert.deepEqual(events.map((e) => [e.uid, e.start, e.end, e.startZone]), [
      ['first-meeting.crime-congress-14-ws4@agenda-author', '2020-04-24T01:00:00.000Z', '2020-04-24T04:00:00.000Z', 'Asia/Tokyo'],
      ['second-meeting.crime-congress-14-ws4@agenda-author', '2020-04-24T06:00:00.000Z', '2020-04-24T09:00:00.000Z', 'Asia/Tokyo'],
      ['third-meeting.crime-congress-14-ws4@agenda-author', '2020-04-25T01:00:00.000Z', '2020-04-25T04:00:00.000Z', 'Asia/Tokyo'],
    ]);
  });

  it('writes summary, location from room and venue, description with chair, speakers, topics, items and documents', () => {
    const { events } = parseCalendar(toICalendar(parseAgenda(KYOTO), { stamp: STAMP }));
    const first = events[0];
    assert.equal(first.summary, 'First meeting — Workshop 4', 'the title, then the event it belongs to (its short title)');
    assert.equal(first.location, 'Room B, Kyoto International Conference Center, Kyoto, Japan');
    assert.equal(first.status, 'CONFIRMED');
    assert.equal(first.url, 'https://www.unodc.org/congress/');
    const item6 = 'International cooperation and technical assistance to prevent and address all forms of crime: terrorism in all its forms and manifestations; and new and emerging forms of crime';
    assert.equal(first.description, [
      `Agenda item: 6 ${item6}`,
      'Chair: Chair of Committee II',
      'Speakers: Representative of the Secretariat (UNODC); Expert of the Korean Institute of Criminology (KIC); Panellist from academia',
      'Topics: Cryptocurrencies; Technology and darknet markets, including drug markets; Firearms and technology-related security threats',
      '',
      'Opening of the workshop, then technology as a means for crime in illicit markets: virtual currencies, darknet trade in drugs and firearms.',
      '',
      'Programme:',
      '10:00–10:15 Opening of the workshop — Chair of Committee II',
      '10:15–10:35 Introduction of the working paper — Representative of the Secretariat (UNODC)',
      '10:35–11:35 Panel on cryptocurrencies and darknet markets — Expert of the Korean Institute of Criminology (KIC); Panellist from academia',
      '11:35–13:00 Interactive discussion',
      '',
      'Documents:',
      'A/CONF.234/11 Working paper prepared by the Secretariat https://undocs.org/A/CONF.234/11',
    ].join('\n'));
    assert.deepStrictEqual(events.slice(1).map((event) => event.description.split('\n')[0]), [`Agenda item: 6 ${item6} (continued)`, `Agenda item: 6 ${item6} (continued)`]);
  });

  it('writes the VTIMEZONE of the event, DTSTAMP in UTC and CRLF line ends, folded to 75 octets', () => {
    const text = toICalendar(parseAgenda(VIENNA), { stamp: STAMP, language: 'ar' });
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const lines = text.split('\r\n');
    assert.equal(lines.pop(), '');
    assert.deepEqual(lines.filter((l) => l.includes('\n')), []);
    assert.deepEqual(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75), []);
    assert.deepEqual(lines.filter((l) => l.startsWith('DTSTAMP')), ['DTSTAMP:20260115T083000Z', 'DTSTAMP:20260115T083000Z', 'DTSTAMP:20260115T083000Z']);
    assert.deepEqual(lines.filter((l) => l.startsWith('TZID')), ['TZID:Europe/Vienna']);
    assert.ok(lines.includes('DTSTART;TZID=Europe/Vienna:20260329T100000'));
  });

  it('keeps wall-clock times across the change to summer time', () => {
    const { events } = parseCalendar(toICalendar(parseAgenda(VIENNA), { stamp: STAMP }));
    assert.deepEqual(events.map((e) => [e.uid, e.start, e.end]), [
      ['opening.vienna-expert-meeting@agenda-author', '2026-03-28T09:00:00.000Z', '2026-03-28T10:30:00.000Z'],
      ['summer-time.vienna-expert-meeting@agenda-author', '2026-03-29T08:00:00.000Z', '2026-03-29T09:30:00.000Z'],
      ['side-event.vienna-expert-meeting@agenda-author', '2026-03-29', null],
    ]);
  });

  it('writes the chosen language, with its labels, and escapes commas and semicolons', () => {
    const { calendar, events } = parseCalendar(toICalendar(parseAgenda(VIENNA), { stamp: STAMP, language: 'fr' }));
    assert.equal(calendar.getFirstPropertyValue('prodid'), '-//Agenda Author//Agenda Author//FR');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), "Réunion d'experts");
    assert.equal(events[0].summary, 'Ouverture ; élection du Bureau, ordre du jour — Réunion d\'experts');
    assert.equal(events[0].location, 'Salle du Conseil A, Vienna International Centre, Vienne, Autriche');
    assert.equal(events[0].description, 'Présidence\u202f: H.E. Amal Haddad\nIntervenants\u202f: Jean Dupont (ONUDC)\nThèmes\u202f: Preuves électroniques\n\nDéclarations liminaires.');
    assert.equal(events[1].description, 'Thèmes\u202f: Preuves électroniques\n\nProgramme\u202f:\n10:00–10:30 Exposé — Jean Dupont (ONUDC)\n10:30–11:30 Débat');
  });

  it('turns Markdown descriptions into plain text with link addresses', () => {
    const { events } = parseCalendar(toICalendar(parseAgenda(VIENNA), { stamp: STAMP, language: 'en' }));
    assert.ok(events[0].description.endsWith('\n\nOpening statements by the chair and the secretariat (https://www.unodc.org/).'));
  });

  it('marks tentative and cancelled sessions, and gives sessions known by their part of the day the whole day', () => {
    const { events } = parseCalendar(toICalendar(parseAgenda(VIENNA), { stamp: STAMP }));
    assert.deepEqual(events.map((e) => [e.status, e.allDay]), [['CONFIRMED', false], ['TENTATIVE', false], ['CANCELLED', true]]);
    assert.equal(events[2].description, 'Afternoon');
  });

  it('is the same text for the same agenda and stamp', () => {
    const parsed = parseAgenda(VIENNA);
    assert.equal(toICalendar(parsed, { stamp: STAMP }), toICalendar(parsed, { stamp: STAMP }));
  });

  it('keeps UIDs when titles change, and builds them from the title and first day without an event id', () => {
    const renamed = VIENNA.replace('en: Expert meeting on cybercrime', 'en: Expert group on cybercrime');
    assert.deepEqual(parseCalendar(toICalendar(parseAgenda(renamed))).events.map((e) => e.uid),
      parseCalendar(toICalendar(parseAgenda(VIENNA))).events.map((e) => e.uid));
    const text = agendaWith('', '  - id: one\n    title: One\n    date: 2026-03-28\n    start: "09:00"\n    end: "10:00"\n');
    assert.deepEqual(parseCalendar(toICalendar(parseAgenda(text))).events.map((e) => e.uid), ['one.meeting-2026-03-28@agenda-author']);
    assert.equal(sessionUid('ws4', 'first'), 'first.ws4@agenda-author');
  });

  it('writes floating times when the event has no time zone', () => {
    const text = agendaWith('', '  - id: one\n    title: One\n    date: 2026-03-28\n    start: "09:00"\n    end: "10:15"\n');
    const ics = toICalendar(parseAgenda(text), { stamp: STAMP });
    assert.ok(ics.includes('\r\nDTSTART:20260328T090000\r\nDTEND:20260328T101500\r\n'));
    assert.ok(!ics.includes('VTIMEZONE'));
    const { calendar } = parseCalendar(ics);
    const start = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstart') as ICAL.Time;
    assert.equal(start.zone?.tzid, 'floating');
    assert.equal(start.toString(), '2026-03-28T09:00:00');
  });

  it('ends a session without end or duration when its last item ends', () => {
    const text = agendaWith('  timezone: America/New_York\n',
      '  - id: one\n    title: One\n    date: 2026-03-28\n    start: "09:00"\n    items:\n      - duration: 20\n        title: A\n      - duration: 25\n        title: B\n');
    const { events } = parseCalendar(toICalendar(parseAgenda(text)));
    assert.deepEqual([events[0].start, events[0].end], ['2026-03-28T13:00:00.000Z', '2026-03-28T13:45:00.000Z']);
  });

  it('names a linked time zone as the agenda does, with the rules of the zone it links to', () => {
    const text = agendaWith('  timezone: Europe/Amsterdam\n', '  - id: one\n    title: One\n    date: 2026-03-29\n    start: "09:00"\n    end: "10:00"\n');
    const ics = toICalendar(parseAgenda(text));
    assert.ok(ics.includes('\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\nX-LIC-LOCATION:Europe/Amsterdam\r\n'));
    assert.ok(ics.includes('\r\nDTSTART;TZID=Europe/Amsterdam:20260329T090000\r\n'));
    assert.deepEqual(parseCalendar(ics).events.map((e) => [e.start, e.end]), [['2026-03-29T07:00:00.000Z', '2026-03-29T08:00:00.000Z']]);
  });

  it('has a VTIMEZONE for every time zone the runtime knows', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    assert.ok(zones.length > 300);
    assert.deepEqual(zones.filter((zone) => !vtimezone(zone)?.startsWith(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`)), []);
  });
});

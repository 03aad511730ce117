import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { toScheduleJson, type ScheduleJson } from '../../src/core/outputs/scheduleJson';
import { parseAgenda } from '../../src/core/parse/parse';

const ROOT = path.resolve(__dirname, '../../..');
const KYOTO = fs.readFileSync(path.join(ROOT, 'examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');
const VIENNA = fs.readFileSync(path.join(ROOT, 'test/fixtures/valid/vienna-multilingual.agenda.yaml'), 'utf8');

/** The published schema.json of the format (draft-06), as shipped in the fixtures. */
function publishedValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, formats: { color: true } });
  addFormats(ajv);
  ajv.addMetaSchema(draft06);
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/schedule-json/schema.json'), 'utf8')));
}

function exported(text: string, language?: string): { json: ScheduleJson; skipped: { id: string; reason: string }[] } {
  const result = toScheduleJson(parseAgenda(text), { language, generator: { name: 'agenda-author', version: '9.9.9' } });
  if ('problem' in result) throw new Error(result.problem);
  return { json: JSON.parse(JSON.stringify(result.json)) as ScheduleJson, skipped: result.skipped };
}

describe('schedule.json export', () => {
  const validate = publishedValidator();

  it('validates against the published schema, for the example and a multilingual agenda', () => {
    for (const json of [exported(KYOTO).json, exported(VIENNA).json, exported(VIENNA, 'ar').json]) {
      assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
    }
  });

  it(`accepts a real export of the format (pretalx, DemoCon), so the validator reads the schema as the format's tools do`, () => {
    const democon = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/schedule-json/example-pretalx-democon.json'), 'utf8')) as ScheduleJson;
    assert.equal(democon.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat()).length, 36);
    assert.equal(validate(democon), true, JSON.stringify(validate.errors, null, 2));
  });

  it('is refused by the schema when a required field is missing, so the check above can fail', () => {
    const { json } = exported(KYOTO);
    delete (json.schedule.conference.days[0].rooms['Room B'][0] as Partial<ScheduleJson['schedule']['conference']['days'][0]['rooms'][string][0]>).guid;
    assert.equal(validate(json), false);
    assert.deepEqual(validate.errors?.map((e) => [e.instancePath, e.message]), [['/schedule/conference/days/0/rooms/Room B/0', "must have required property 'guid'"]]);
  });

  it('lays the example out as conference, days, rooms and events with persons', () => {
    const { json, skipped } = exported(KYOTO);
    assert.deepEqual(skipped, []);
    assert.equal(json.$schema, 'https://c3voc.de/schedule/schema.json');
    assert.deepEqual(json.generator, { name: 'agenda-author', version: '9.9.9' });
    const { days, ...conference } = json.schedule.conference;
    assert.deepEqual({ ...conference, rooms: conference.rooms.map((r) => r.name), tracks: conference.tracks.map((t) => t.slug) }, {
      acronym: 'crime_congress_14_ws4',
      title: 'Current crime trends, recent developments and emerging solutions, in particular new technologies as means for and tools against crime',
      start: '2020-04-24',
      end: '2020-04-25',
      daysCount: 2,
      timeslot_duration: '00:15',
      time_zone_name: 'Asia/Tokyo',
      url: 'https://www.unodc.org/congress/',
      rooms: ['Room B'],
      tracks: ['cryptocurrencies', 'trafficking-in-persons', 'robotics-and-drones'],
    });
    assert.deepEqual(days.map((d) => [d.index, d.date, d.day_start, d.day_end, Object.keys(d.rooms)]), [
      [1, '2020-04-24', '2020-04-24T00:00:00+09:00', '2020-04-24T23:59:00+09:00', ['Room B']],
      [2, '2020-04-25', '2020-04-25T00:00:00+09:00', '2020-04-25T23:59:00+09:00', ['Room B']],
    ]);
    const events = days.flatMap((d) => d.rooms['Room B']);
    assert.deepEqual(events.map((e) => [e.slug, e.date, e.start, e.end, e.duration, e.room, e.type, e.language]), [
      ['crime-congress-14-ws4-first-meeting', '2020-04-24T10:00:00+09:00', '10:00', '2020-04-24T13:00:00+09:00', '03:00', 'Room B', 'panel', 'en'],
      ['crime-congress-14-ws4-second-meeting', '2020-04-24T15:00:00+09:00', '15:00', '2020-04-24T18:00:00+09:00', '03:00', 'Room B', 'panel', 'en'],
      ['crime-congress-14-ws4-third-meeting', '2020-04-25T10:00:00+09:00', '10:00', '2020-04-25T13:00:00+09:00', '03:00', 'Room B', 'panel', 'en'],
    ]);
    assert.deepEqual(events[0].persons.map((p) => p.name),
      ['Chair of Committee II', 'Representative of the Secretariat', 'Expert of the Korean Institute of Criminology', 'Panellist from academia']);
    assert.equal(events[0].track, 'Cryptocurrencies');
    assert.equal(events[0].abstract, 'Opening of the workshop, then technology as a means for crime in illicit\nmarkets: virtual currencies, darknet trade in drugs and firearms.');
    assert.equal(events[0].description.split('\n')[1], '10:15 Introduction of the working paper (Representative of the Secretariat)');
    assert.deepEqual(events[0].links, [{ type: 'paper', url: 'https://undocs.org/A/CONF.234/11', title: 'A/CONF.234/11 Working paper prepared by the Secretariat' }]);
  });

  it('gives times with the UTC offset of their day, across the change to summer time', () => {
    const { json } = exported(VIENNA);
    const events = json.schedule.conference.days.flatMap((d) => Object.values(d.rooms).flat());
    assert.deepEqual(events.map((e) => [e.date, e.end, e.duration]), [
      ['2026-03-28T10:00:00+01:00', '2026-03-28T11:30:00+01:00', '01:30'],
      ['2026-03-29T10:00:00+02:00', '2026-03-29T11:30:00+02:00', '01:30'],
    ]);
    assert.equal(json.schedule.conference.days[1].day_start, '2026-03-29T00:00:00+01:00');
  });

  it('uses stable version 5 UUIDs: the person convention from e-mail addresses, and session ids otherwise', () => {
    const { json } = exported(VIENNA);
    const first = json.schedule.conference.days[0].rooms['Board Room A'][0];
    assert.equal(first.guid, 'a18d78ba-28b1-51b1-a2c0-cf3239ddc0a9');
    assert.equal(first.id, 0xa18d78b + 1);
    assert.deepEqual(first.persons[0], { guid: 'abfdf711-789b-5b18-bd72-1c446212bb41', name: 'H.E. Amal Haddad' });
    assert.deepEqual(exported(VIENNA).json, json);
  });

  it('writes one language, and leaves out cancelled sessions and those without a start time', () => {
    const { json, skipped } = exported(VIENNA, 'fr');
    assert.deepEqual(skipped, [{ id: 'side-event', reason: 'it is cancelled' }]);
    const rooms = json.schedule.conference.days[0].rooms;
    assert.deepEqual(Object.keys(rooms), ['Salle du Conseil A']);
    assert.deepEqual([json.schedule.conference.title, rooms['Salle du Conseil A'][0].title, rooms['Salle du Conseil A'][0].language],
      ["Réunion d'experts sur la cybercriminalité", 'Ouverture ; élection du Bureau, ordre du jour', 'fr']);
    const untimed = exported(VIENNA.replace('    status: cancelled\n', ''));
    assert.deepEqual(untimed.skipped, [{ id: 'side-event', reason: 'it has no start time yet' }]);
  });

  it('puts sessions without a room in a room to be announced, in the chosen language', () => {
    const text = VIENNA.replace(/    room: \{[^\n]*\n/g, '');
    assert.deepEqual(Object.keys(exported(text, 'es').json.schedule.conference.days[0].rooms), ['Sala por confirmar']);
    assert.equal(validate(exported(text).json), true);
  });

  it('asks for a time zone, since every time carries its UTC offset', () => {
    const result = toScheduleJson(parseAgenda(VIENNA.replace('  timezone: Europe/Vienna\n', '')));
    assert.deepEqual(result, { problem: 'schedule.json gives every time with its UTC offset: add `event.timezone` (such as `Asia/Tokyo`) to the agenda.' });
  });
});

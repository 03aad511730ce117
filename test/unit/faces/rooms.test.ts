import * as assert from 'assert/strict';
import { applyEdits, check, checkParsed, completionsAt, parseAgenda, quickFixes } from '../../../src/core';
import { toScheduleJson } from '../../../src/core/outputs/scheduleJson';
import { cursor } from '../language/agendaText';
import { agendaWith, session } from './agendas';

const messages = (text: string, code: string) => check(text).filter((d) => d.code === code).map((d) => d.message);

/** The rooms of a schedule.json and the sessions in each, by title. */
function scheduleRooms(text: string): Record<string, string[]> {
  const result = toScheduleJson(parseAgenda(text));
  if ('problem' in result) throw new Error(result.problem);
  const rooms: Record<string, string[]> = {};
  for (const day of result.json.schedule.conference.days) {
    for (const [room, events] of Object.entries(day.rooms)) rooms[room] = [...(rooms[room] ?? []), ...events.map((e) => e.title)];
  }
  assert.deepEqual(Object.keys(rooms), result.json.schedule.conference.rooms.map((r) => r.name));
  return rooms;
}

const at = (start: string, end: string, room: string, more: Record<string, string> = {}) => ({ date: '2020-04-24', start: `"${start}"`, end: `"${end}"`, room, ...more });

describe('one identity for a room (issue 15, class 3)', () => {
  it('puts rooms that differ in case and spacing in one room of schedule.json, named as first written', () => {
    const text = agendaWith([
      session('a', at('09:00', '10:00', 'Hall A')),
      session('b', at('10:00', '11:00', 'hall  a')),
      session('c', at('11:00', '12:00', ' HALL A ')),
      session('d', at('09:00', '10:00', 'Hall B')),
    ], ['timezone: Europe/Vienna']);
    assert.deepEqual(check(text).filter((d) => d.severity !== 'info'), []);
    assert.deepEqual(scheduleRooms(text), { 'Hall A': ['Session a', 'Session b', 'Session c'], 'Hall B': ['Session d'] });
  });

  it('takes a room given as a language map as one room whatever the order of its keys, in the check and in schedule.json', () => {
    const text = agendaWith([
      session('en-first', at('09:00', '10:30', '{ en: Plenary hall, fr: Salle plénière }')),
      session('fr-first', at('10:00', '11:00', '{ fr: Salle plénière, en: Plenary hall }')),
    ], ['timezone: Europe/Vienna', 'languages: [en, fr]']);
    assert.deepEqual(messages(text, 'time-overlap'), ['Session `fr-first` (10:00–11:00) overlaps session `en-first` (09:00–10:30) in the same room (Plenary hall) on 2020-04-24.']);
    const fixed = text.replace('"09:00", end: "10:30"', '"09:00"').replace(/start: "09:00"\n    end: "10:30"/, 'start: "08:00"\n    end: "09:00"');
    assert.deepEqual(scheduleRooms(fixed), { 'Plenary hall': ['Session en-first', 'Session fr-first'] });
  });

  it('takes a language map without event languages as one room whatever its key order, and plain text as the room in every language', () => {
    const text = agendaWith([
      session('map-one', at('09:00', '10:30', '{ fr: Salle B, de: Saal B }')),
      session('map-two', at('10:00', '11:00', '{ de: Saal B, fr: Salle B }')),
      session('plain', at('10:30', '11:30', 'saal b')),
    ]);
    assert.deepEqual(messages(text, 'time-overlap'), [
      'Session `map-two` (10:00–11:00) overlaps session `map-one` (09:00–10:30) in the same room (Salle B) on 2020-04-24.',
      'Session `plain` (10:30–11:30) overlaps session `map-two` (10:00–11:00) in the same room (Saal B) on 2020-04-24.',
    ]);
  });

  it('moves a clashing session to when the room is free, whatever the case its room is written in', () => {
    const text = agendaWith([
      session('first', at('09:00', '10:00', 'Hall A')),
      session('second', at('10:00', '11:00', 'HALL A')),
      session('third', at('09:30', '10:00', 'hall a')),
    ]);
    const parsed = parseAgenda(text);
    const fixes = quickFixes(parsed, checkParsed(parsed).filter((d) => d.code === 'time-overlap'));
    const move = fixes.find((f) => f.title.startsWith('Move'));
    assert.equal(move?.title, 'Move to 11:00–11:30, when hall a is free');
    assert.deepEqual(messages(applyEdits(text, move!.edits), 'time-overlap'), []);
  });
});

describe('a cancelled session holds no room and nobody (issue 15, class 8)', () => {
  const people = (text: string) => text.replace('sessions:', 'people:\n  - { id: ann, name: Ann Lee }\nsessions:');

  it('lets a replacement take a cancelled session\'s slot and room without a clash, so exports run', () => {
    const text = people(agendaWith([
      session('dropped', at('10:00', '11:00', 'Hall A', { status: 'cancelled', chair: 'ann' })),
      session('replacement', at('10:00', '11:00', 'Hall A', { chair: 'ann' })),
      session('tentative', at('10:30', '11:30', 'Hall B', { status: 'tentative' })),
      session('other', at('10:45', '11:00', 'Hall B')),
    ], ['timezone: Europe/Vienna']));
    assert.deepEqual(check(text).map((d) => d.code), ['time-overlap']);
    assert.deepEqual(messages(text, 'time-overlap'), ['Session `other` (10:45–11:00) overlaps session `tentative` (10:30–11:30) in the same room (Hall B) on 2020-04-24.']);
    const fixed = text.replace(/(id: other[\s\S]*?)room: Hall B/, '$1room: Hall C');
    assert.deepEqual(check(fixed).filter((d) => d.severity !== 'info'), []);
    assert.deepEqual(scheduleRooms(fixed), { 'Hall A': ['Session replacement'], 'Hall B': ['Session tentative'], 'Hall C': ['Session other'] });
  });

  it('offers the slot of a cancelled session when completing a start time in its room', () => {
    const { text, position } = cursor(agendaWith([
      session('before', at('09:00', '10:00', 'Hall A')),
      session('dropped', at('10:00', '12:00', 'Hall A', { status: 'cancelled' })),
      'id: new\ntitle: New\ndate: 2020-04-24\nroom: Hall A\nstart: ‸',
    ]));
    const labels = completionsAt(text, position).sort((a, b) => a.sortText.localeCompare(b.sortText)).map((e) => [e.label, e.detail]);
    assert.deepEqual(labels[0], ['10:00', 'Hall A is free after before']);
  });
});

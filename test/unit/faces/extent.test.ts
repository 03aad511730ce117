import * as assert from 'assert';
import { check } from '../../../src/core';
import { endAfter, extentsMeet, timeAfter } from '../../../src/core/time/extent';
import { describeAll, type Finding } from '../findings';
import { agendaWith, session } from './agendas';

/** What `check` reports with the given codes, as findings. */
function reported(text: string, ...codes: string[]): Finding[] {
  return describeAll(text, check(text)).filter((f) => codes.includes(f.code));
}

describe('one rule for a session\'s extent (issue 15, classes 2 and 4)', () => {
  describe('the rule', () => {
    it('reads 00:00 and 24:00 after a start as midnight, and an earlier end within 12 hours, or before noon after an evening start, as the next day', () => {
      assert.strictEqual(endAfter(22 * 60, 0), 1440);
      assert.strictEqual(endAfter(22 * 60, 1440), 1440);
      assert.strictEqual(endAfter(60, 0), 1440);
      assert.strictEqual(endAfter(0, 0), 0);
      assert.strictEqual(endAfter(23 * 60, 60), 1500);
      assert.strictEqual(endAfter(20 * 60, 8 * 60), 32 * 60);
      assert.strictEqual(endAfter(19 * 60 + 30, 8 * 60 + 30), 32 * 60 + 30, 'a night of work, thirteen hours');
      assert.strictEqual(endAfter(18 * 60, 12 * 60), 36 * 60, 'from the start of the evening to noon');
      assert.strictEqual(endAfter(18 * 60, 12 * 60 + 1), 12 * 60 + 1, 'past noon: an end before the start');
      assert.strictEqual(endAfter(17 * 60 + 59, 8 * 60), 8 * 60, 'an afternoon start: fifteen hours is no night');
      assert.strictEqual(endAfter(13 * 60, 10 * 60), 10 * 60);
      assert.strictEqual(endAfter(10 * 60, 11 * 60), 11 * 60);
    });

    it('reads an item time after midnight on the session\'s next day, but not a time well before its start', () => {
      assert.strictEqual(timeAfter(23 * 60, 15), 1455);
      assert.strictEqual(timeAfter(23 * 60, 0), 1440);
      assert.strictEqual(timeAfter(10 * 60, 9 * 60 + 30), 9 * 60 + 30);
      assert.strictEqual(timeAfter(10 * 60, 0), 0);
    });

    it('lets a moment meet a stretch it starts, and two moments at the same time meet', () => {
      assert.ok(extentsMeet({ start: 600, end: 600 }, { start: 600, end: 660 }));
      assert.ok(extentsMeet({ start: 600, end: 600 }, { start: 600, end: 600 }));
      assert.ok(extentsMeet({ start: 630, end: 630 }, { start: 600, end: 660 }));
      assert.ok(!extentsMeet({ start: 660, end: 660 }, { start: 600, end: 660 }));
      assert.ok(!extentsMeet({ start: 600, end: 660 }, { start: 660, end: 720 }));
    });
  });

  describe('sessions without an end (class 2)', () => {
    it('checks a session with a start but no end or duration against the room: it lasts until its items end', () => {
      const text = agendaWith([
        session('open', { date: '2020-04-24', start: '"10:00"', room: 'Hall A', items: '[{ title: Welcome, duration: 30 }, { title: Talk, duration: 60 }]' }),
        session('later', { date: '2020-04-24', start: '"11:00"', end: '"12:00"', room: 'Hall A' }),
        session('after', { date: '2020-04-24', start: '"11:30"', end: '"12:30"', room: 'Hall B' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-overlap').map((f) => f.message), [
        'Session `later` (11:00–12:00) overlaps session `open` (10:00–11:30) in the same room (Hall A) on 2020-04-24.',
      ]);
    });

    it('holds the room at the start of a session whose length nothing tells', () => {
      const text = agendaWith([
        session('talk', { date: '2020-04-24', start: '"10:00"', end: '"11:00"', room: 'Hall A' }),
        session('pop-up', { date: '2020-04-24', start: '"10:30"', room: 'Hall A' }),
        session('moment', { date: '2020-04-24', start: '"11:00"', room: 'Hall A' }),
        session('same-moment', { date: '2020-04-24', start: '"11:00"', room: 'Hall A' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-overlap').map((f) => f.message), [
        'Session `pop-up` (10:30) overlaps session `talk` (10:00–11:00) in the same room (Hall A) on 2020-04-24.',
        'Session `same-moment` (11:00) overlaps session `moment` (11:00) in the same room (Hall A) on 2020-04-24.',
      ]);
    });

    it('books a person in a session without an end until its items end', () => {
      const text = agendaWith([
        session('open', { date: '2020-04-24', start: '"10:00"', chair: 'ann', items: '[{ title: Talk, duration: 90 }]' }),
        session('panel', { date: '2020-04-24', start: '"11:00"', duration: '30', speakers: '[ann]' }),
        session('evening', { date: '2020-04-24', start: '"11:30"', duration: '30', speakers: '[ann]' }),
      ], []).replace('sessions:', 'people:\n  - id: ann\n    name: Ann Lee\nsessions:');
      assert.deepStrictEqual(reported(text, 'person-double-booked').map((f) => `${f.text}: ${f.message}`), [
        'ann: `ann` is also in session `open` at the same time (10:00–11:30 on 2020-04-24).',
      ]);
    });

    it('says so when a session has an end or a duration but no start, wherever it is written', () => {
      const text = agendaWith([
        session('no-start', { date: '2020-04-24', part: 'morning', end: '"12:00"' }),
        session('flow', { date: '2020-04-24', part: 'afternoon', duration: '60' }),
      ]).replace('  - id: flow', "  - { id: flowing, title: Flowing, date: 2020-04-24, end: '18:00' }\n  - id: flow");
      assert.deepStrictEqual(reported(text, 'time-mismatch').map((f) => [f.text, f.message]), [
        ['"12:00"', 'Session `no-start` has `end` but no `start`, so it has no time in the programme, the calendar or the checks: add its `start`.'],
        ["'18:00'", 'Session `flowing` has `end` but no `start`, so it has no time in the programme, the calendar or the checks: add its `start`.'],
        ['60', 'Session `flow` has `duration` but no `start`, so it has no time in the programme, the calendar or the checks: add its `start`.'],
      ]);
    });

    it('does not warn on a session with a start and an end, a part alone, or a start written wrong (the schema says so)', () => {
      const text = agendaWith([
        session('timed', { date: '2020-04-24', start: '"10:00"', end: '"11:00"' }),
        session('part', { date: '2020-04-24', part: 'morning' }),
        session('bad-start', { date: '2020-04-24', start: '"9h"', end: '"11:00"' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-mismatch', 'time-order'), []);
      assert.deepStrictEqual(reported(text, 'schema-pattern').map((f) => f.text), ['"9h"']);
    });
  });

  describe('midnight (class 4)', () => {
    it('takes an end at 00:00 after a late start as midnight: no error, no fix that swaps it', () => {
      const text = agendaWith([
        session('late', { date: '2020-04-24', start: '"22:00"', end: '"00:00"', duration: '120' }),
        session('day', { date: '2020-04-25', start: '"10:00"', end: '"00:00"' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-order', 'time-mismatch'), []);
    });

    it('reads an end at most 12 hours after the start across midnight as the next day, and flags one that is not', () => {
      const text = agendaWith([
        session('night', { date: '2020-04-24', start: '"23:00"', end: '"01:30"', duration: '150' }),
        session('typo', { date: '2020-04-25', start: '"14:00"', end: '"12:00"' }),
        session('zero', { date: '2020-04-25', start: '"00:00"', end: '"00:00"' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-order', 'time-mismatch').map((f) => [f.text, f.message]), [
        ['"12:00"', 'Session `typo` ends (12:00) before it starts (14:00).'],
        ['"00:00"', 'Session `zero` ends when it starts (00:00).'],
      ]);
    });

    it('makes a session running past midnight clash with one early the next day in the same room', () => {
      const text = agendaWith([
        session('night', { date: '2020-04-24', start: '"23:00"', end: '"02:00"', room: 'Hall A' }),
        session('dawn', { date: '2020-04-25', start: '"01:00"', end: '"03:00"', room: 'hall a' }),
        session('by-duration', { date: '2020-04-25', start: '"22:30"', duration: '180', room: 'Hall B' }),
        session('next-morning', { date: '2020-04-26', start: '"01:00"', end: '"02:00"', room: 'Hall B' }),
        session('free-morning', { date: '2020-04-26', start: '"01:30"', end: '"02:00"', room: 'Hall A' }),
      ]);
      assert.deepStrictEqual(reported(text, 'time-overlap').map((f) => f.message), [
        'Session `dawn` (01:00–03:00) overlaps session `night` (23:00–02:00 on 2020-04-24) in the same room (Hall A) on 2020-04-25.',
        'Session `next-morning` (01:00–02:00) overlaps session `by-duration` (22:30–01:30 on 2020-04-25) in the same room (Hall B) on 2020-04-26.',
      ]);
    });

    it('does not flag items timed after midnight in a late session as overlapping or outside it', () => {
      const text = agendaWith([
        session('hack', {
          date: '2020-04-24', start: '"22:00"', end: '"02:00"',
          items: '[{ title: Pitches, time: "22:00", duration: 90 }, { title: Snack, time: "23:45", duration: 30 }, { title: Demos, time: "00:30", duration: 60 }, { title: Judging, time: "01:30", duration: 30 }]',
        }),
      ]);
      assert.deepStrictEqual(reported(text, 'item-overlap', 'time-outside-session'), []);
    });

    it('still flags an item after midnight that runs past a late session\'s end, and one before its start', () => {
      const text = agendaWith([
        session('hack', {
          date: '2020-04-24', start: '"22:00"', end: '"01:00"',
          items: '[{ title: Early, time: "21:30", duration: 30 }, { title: Demos, time: "00:30", duration: 60 }]',
        }),
      ]);
      assert.deepStrictEqual(reported(text, 'item-overlap', 'time-outside-session').map((f) => f.message), [
        'Item 1 of session `hack` starts at 21:30, before the session starts (22:00).',
        'Item 2 of session `hack` runs until 01:30, after the session ends (01:00).',
      ]);
    });
  });
});

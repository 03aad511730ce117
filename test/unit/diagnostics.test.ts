import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check, internalError, parseAgenda, ProgrammeOfFiles } from '../../src/core';
import { checkWith } from '../../src/core/check/check';
import { agendaFilesUnder, findings, fixtureNames, readFixture, REPO, type Finding } from './findings';

interface Case {
  fixture: string;
  behaviour: string;
  expected: Finding[];
}

/** Each file of `test/fixtures/invalid`, and exactly what `check` must report on it (0-based ranges). */
const CASES: Case[] = [
  {
    fixture: 'date-outside-event',
    behaviour: "reports a session dated outside the event's dates on its date",
    expected: [
      { at: '8:10-8:20', text: '2020-04-26', severity: 'error', code: 'date-outside-event', message: "Session `first-meeting` is on 2020-04-26, outside the event's dates (2020-04-24 to 2020-04-25)." },
    ],
  },
  {
    fixture: 'duplicate-id',
    behaviour: 'reports a repeated id on the repeat, pointing back at the first',
    expected: [
      { at: '8:8-8:16', text: 'firearms', severity: 'error', code: 'duplicate-id', message: 'The topic id `firearms` is already used on line 7; ids must be unique.', related: ['6:8-6:16 firearms: First topic `firearms`'] },
      { at: '15:8-15:21', text: 'first-meeting', severity: 'error', code: 'duplicate-id', message: 'The session id `first-meeting` is already used on line 12; ids must be unique.', related: ['11:8-11:21 first-meeting: First session `first-meeting`'] },
    ],
  },
  {
    fixture: 'empty',
    behaviour: 'reports an empty file as an agenda that needs its required keys',
    expected: [
      { at: '0:0-0:0', text: '', severity: 'error', code: 'schema-required', message: 'The agenda is empty: it needs at least `version: 1`, an `event` and a list of `sessions`.' },
    ],
  },
  {
    fixture: 'item-overlap',
    behaviour: 'warns on the time of an item that starts before the item before it ends',
    expected: [
      { at: '15:14-15:21', text: '"10:30"', severity: 'warning', code: 'item-overlap', message: 'Item 2 of session `first-meeting` starts at 10:30, before the item before it ends (11:00).' },
    ],
  },
  {
    fixture: 'missing-translation',
    behaviour: "warns on text in a language map that lacks a language of the event, on the field's key",
    expected: [
      { at: '2:2-2:7', text: 'title', severity: 'warning', code: 'missing-translation', message: '`event.title` has no Spanish (es) text; `event.languages` lists en, fr, es.', related: ['7:13-7:25 [en, fr, es]: The languages of the event'] },
      { at: '10:4-10:9', text: 'title', severity: 'warning', code: 'missing-translation', message: '`title` of session `first-meeting` has no French (fr) or Spanish (es) text; `event.languages` lists en, fr, es.', related: ['7:13-7:25 [en, fr, es]: The languages of the event'] },
    ],
  },
  {
    fixture: 'part-mismatch',
    behaviour: "warns on a part of the day that does not match the session's start time, suggesting the right one",
    expected: [
      { at: '9:10-9:19', text: 'afternoon', severity: 'warning', code: 'part-mismatch', message: 'Session `first-meeting` starts at 10:00, which is not in the afternoon.', suggestions: ['morning'] },
    ],
  },
  {
    fixture: 'parts-and-unknown-ids',
    behaviour: 'reports unknown ids, a repeated session id and a session without id or date in a programme given by parts of the day',
    expected: [
      { at: '27:20-27:23', text: 'bob', severity: 'error', code: 'unknown-person', message: 'Unknown person `bob`: no entry of `people` has this id.' },
      { at: '28:21-28:27', text: 'robots', severity: 'error', code: 'unknown-topic', message: 'Unknown topic `robots`: no entry of `topics` has this id.' },
      { at: '29:8-29:13', text: 'early', severity: 'error', code: 'duplicate-id', message: 'The session id `early` is already used on line 22; ids must be unique.', related: ['21:8-21:13 early: First session `early`'] },
      { at: '34:4-34:9', text: 'title', severity: 'error', code: 'schema-required', message: 'Session 4 is missing the required keys `id` and `date`.' },
    ],
  },
  {
    fixture: 'person-double-booked',
    behaviour: 'warns on a person named in two sessions at once, pointing at the other session',
    expected: [
      { at: '22:15-22:23', text: 'jane-doe', severity: 'warning', code: 'person-double-booked', message: '`jane-doe` is also in session `first-meeting` at the same time (10:00–13:00 on 2020-04-24).', related: ['15:11-15:19 jane-doe: `jane-doe` in session `first-meeting`'] },
    ],
  },
  {
    fixture: 'schema-alternative',
    behaviour: 'reports an `online` with neither a `url` nor a `platform` on its key (an `x-` key and an untimed item are no fault)',
    expected: [
      { at: '11:4-11:10', text: 'online', severity: 'error', code: 'schema-alternative', message: '`online` of session `first-meeting` needs a `url` or a `platform`.' },
    ],
  },
  {
    fixture: 'schema-empty',
    behaviour: 'reports empty text, lists and language maps on the value',
    expected: [
      { at: '5:13-5:15', text: '[]', severity: 'error', code: 'schema-empty', message: '`event.languages` is empty; list at least one entry, or remove the key.' },
      { at: '6:14-6:16', text: '{}', severity: 'error', code: 'schema-empty', message: '`event.shortTitle` is empty; give the text in at least one language.' },
      { at: '8:8-8:16', text: 'jane-doe', severity: 'info', code: 'unused-id', message: 'The person `jane-doe` is never used: no session names this person.' },
      { at: '9:10-9:12', text: '""', severity: 'error', code: 'schema-empty', message: '`name` of person `jane-doe` is empty; write the text.' },
    ],
  },
  {
    fixture: 'schema-enum',
    behaviour: 'reports values outside a list of choices on the value, suggesting the closest choice',
    expected: [
      { at: '5:18-5:25', text: 'english', severity: 'error', code: 'schema-enum', message: '`english` is not a valid language code. Did you mean `en`?', suggestions: ['en'] },
      { at: '7:13-7:18', text: 'Japan', severity: 'error', code: 'schema-enum', message: '`Japan` is not a valid country code. Did you mean `JP`?', suggestions: ['JP'] },
      { at: '10:4-10:11', text: 'english', severity: 'error', code: 'schema-enum', message: '`english` is not an ISO 639-1 language code, such as `en` or `fr`. Did you mean `en`?', suggestions: ['en'] },
      { at: '15:10-15:16', text: 'mornin', severity: 'error', code: 'schema-enum', message: '`mornin` is not a valid part of the day. Did you mean `morning`? Use one of: morning, afternoon, evening.', suggestions: ['morning'] },
      { at: '16:12-16:17', text: 'Panel', severity: 'error', code: 'schema-enum', message: '`Panel` is not a valid session format. Did you mean `panel`? Use one of: plenary, panel, keynote, roundtable, workshop, presentation, discussion, ceremony, side-event, break, reception, moment, other.', suggestions: ['panel'] },
    ],
  },
  {
    fixture: 'schema-format',
    behaviour: 'reports malformed dates, e-mail addresses and web addresses on the value, fixing dates where certain',
    expected: [
      { at: '8:11-8:19', text: 'jane.doe', severity: 'error', code: 'schema-format', message: '`jane.doe` is not an e-mail address such as `jane.doe@example.org`.' },
      { at: '12:10-12:19', text: '2020-4-24', severity: 'error', code: 'schema-format', message: '`2020-4-24` is not a date: write YYYY-MM-DD, here `2020-04-24`.', suggestions: ['2020-04-24'] },
      { at: '16:10-16:20', text: '2020-04-31', severity: 'error', code: 'schema-format', message: '`2020-04-31` is not a date in the calendar.' },
      { at: '17:9-17:29', text: 'https://exa mple.org', severity: 'error', code: 'schema-format', message: '`https://exa mple.org` is not a valid web address.' },
    ],
  },
  {
    fixture: 'schema-pattern',
    behaviour: 'reports ids, times and web addresses in the wrong form on the value, with the corrected form',
    expected: [
      { at: '6:8-6:21', text: 'First Meeting', severity: 'error', code: 'schema-pattern', message: '`First Meeting` is not a valid `id`: use lower-case letters, digits and hyphens, starting with a letter, e.g. `first-meeting`.', suggestions: ['first-meeting'] },
      { at: '9:11-9:15', text: '9.30', severity: 'error', code: 'schema-pattern', message: '`9.30` is not a time: write HH:MM on the 24-hour clock, here `09:30`.', suggestions: ['09:30'] },
      { at: '10:9-10:16', text: '"12h30"', severity: 'error', code: 'schema-pattern', message: '`12h30` is not a time: write HH:MM on the 24-hour clock, here `12:30`.', suggestions: ['12:30'] },
      { at: '11:9-11:22', text: 'www.unodc.org', severity: 'error', code: 'schema-pattern', message: '`www.unodc.org` is not a web address: it should start with `https://`.', suggestions: ['https://www.unodc.org'] },
    ],
  },
  {
    fixture: 'schema-range',
    behaviour: 'reports durations out of range on the value',
    expected: [
      { at: '10:14-10:15', text: '0', severity: 'error', code: 'schema-range', message: '`duration` must be at least 1 minute; it is 0.' },
      { at: '12:18-12:22', text: '1500', severity: 'error', code: 'schema-range', message: '`duration` must be at most 1440 minutes; it is 1500.' },
    ],
  },
  {
    fixture: 'schema-required',
    behaviour: 'reports missing keys once per object on its key, or on the first key of a list entry',
    expected: [
      { at: '1:0-1:5', text: 'event', severity: 'error', code: 'schema-required', message: '`event` is missing the required keys `start` and `end`.' },
      { at: '4:4-4:6', text: 'id', severity: 'error', code: 'schema-required', message: 'Session `first-meeting` is missing the required keys `title` and `date`.' },
    ],
  },
  {
    fixture: 'schema-type-not-a-mapping',
    behaviour: 'reports a file that is a list rather than a mapping on its first line',
    expected: [
      { at: '0:0-0:12', text: '- version: 1', severity: 'error', code: 'schema-type', message: 'The agenda should be a mapping of keys such as `version`, `event` and `sessions`, not a list.' },
    ],
  },
  {
    fixture: 'schema-type',
    behaviour: 'reports values of the wrong type on the value, or on the key of a block that spans lines',
    expected: [
      { at: '5:13-5:15', text: 'en', severity: 'error', code: 'schema-type', message: '`languages` should be a list, not the text "en"; write `[en]` for a list of one.', suggestions: ['[en]'] },
      { at: '6:2-6:8', text: 'series', severity: 'error', code: 'schema-type', message: '`series` has no value; it should be text, or a map from language code to text.' },
      { at: '11:10-11:13', text: '101', severity: 'error', code: 'schema-type', message: '`room` should be text, or a map from language code to text, not the number `101`; put it in quotes: `"101"`.', suggestions: ['"101"'] },
      { at: '12:4-12:10', text: 'topics', severity: 'error', code: 'schema-type', message: '`topics` should be a list, not a mapping.' },
    ],
  },
  {
    fixture: 'schema-unique',
    behaviour: 'reports a repeated list entry on the repeat',
    expected: [
      { at: '5:22-5:24', text: 'en', severity: 'error', code: 'schema-unique', message: '`en` is listed twice in `event.languages`; remove one.' },
      { at: '13:25-13:33', text: 'jane-doe', severity: 'error', code: 'schema-unique', message: '`jane-doe` is listed twice in `speakers` of session `first-meeting`; remove one.' },
    ],
  },
  {
    fixture: 'schema-unknown-key',
    behaviour: 'reports unknown keys on the key, suggesting the closest allowed key or listing them',
    expected: [
      { at: '7:4-7:8', text: 'room', severity: 'error', code: 'schema-unknown-key', message: 'Unknown key `room` in `event.venue`. Allowed keys: site, city, country.' },
      { at: '12:4-12:11', text: 'speaker', severity: 'error', code: 'schema-unknown-key', message: 'Unknown key `speaker` in session `first-meeting`. Did you mean `speakers`?', suggestions: ['speakers'] },
      { at: '14:8-14:16', text: 'jane-doe', severity: 'info', code: 'unused-id', message: 'The person `jane-doe` is never used: no session names this person.' },
    ],
  },
  {
    fixture: 'schema-version',
    behaviour: 'reports a version other than 1 on the value',
    expected: [
      { at: '0:9-0:10', text: '2', severity: 'error', code: 'schema-version', message: 'The agenda format version must be `1`, not `2`.', suggestions: ['1'] },
    ],
  },
  {
    fixture: 'time-mismatch',
    behaviour: 'warns on a duration that disagrees with the start and end times',
    expected: [
      { at: '11:14-11:16', text: '90', severity: 'warning', code: 'time-mismatch', message: 'Session `first-meeting` lasts 90 minutes by `duration` but 180 minutes by `start` and `end`.', suggestions: ['180'] },
    ],
  },
  {
    fixture: 'time-order',
    behaviour: 'reports an end before or at the start on the end',
    expected: [
      { at: '4:7-4:17', text: '2020-04-24', severity: 'error', code: 'time-order', message: 'The event ends (2020-04-24) before it starts (2020-04-25).', suggestions: ['2020-04-25'] },
      { at: '10:9-10:16', text: '"10:00"', severity: 'error', code: 'time-order', message: 'Session `first-meeting` ends (10:00) before it starts (13:00).' },
      { at: '15:9-15:16', text: '"15:00"', severity: 'error', code: 'time-order', message: 'Session `second-meeting` ends when it starts (15:00).' },
    ],
  },
  {
    fixture: 'time-outside-session',
    behaviour: 'warns on items that start before their session, run past its end, or start when it has ended (with no duration)',
    expected: [
      { at: '12:14-12:21', text: '"09:30"', severity: 'warning', code: 'time-outside-session', message: 'Item 1 of session `first-meeting` starts at 09:30, before the session starts (10:00).' },
      { at: '16:18-16:20', text: '90', severity: 'warning', code: 'time-outside-session', message: 'Item 2 of session `first-meeting` runs until 12:30, after the session ends (12:00).' },
      { at: '26:14-26:21', text: '"11:00"', severity: 'warning', code: 'time-outside-session', message: 'Item 2 of session `second-meeting` starts at 11:00, when the session has ended (11:00).' },
      { at: '28:14-28:21', text: '"11:15"', severity: 'warning', code: 'time-outside-session', message: 'Item 3 of session `second-meeting` starts at 11:15, when the session has ended (11:00).' },
    ],
  },
  {
    fixture: 'time-overlap',
    behaviour: 'reports two sessions in the same room at once on the later start, ignoring case and spaces in room names',
    expected: [
      { at: '15:11-15:18', text: '"12:00"', severity: 'error', code: 'time-overlap', message: 'Session `side-event` (12:00–14:00) overlaps session `first-meeting` (10:00–13:00) in the same room (Room B) on 2020-04-24.', related: ['9:11-9:18 "10:00": Session `first-meeting`'] },
    ],
  },
  {
    fixture: 'unknown-room',
    behaviour: 'reports a room that is not an id of the rooms the agenda declares, with the closest one',
    expected: [
      { at: '14:10-14:16', text: 'room-c', severity: 'error', code: 'unknown-room', message: 'Unknown room `room-c`: no entry of `rooms` has this id. Did you mean `room-b`?', suggestions: ['room-b'] },
    ],
  },
  {
    fixture: 'unclosed-quote',
    behaviour: 'reports an unclosed quote in the middle of the sessions once, leaving the sessions before it unharmed',
    expected: [
      { at: '16:11-16:26', text: '"Second meeting', severity: 'error', code: 'yaml-syntax', message: 'This text opens a `"` quote that is never closed; add the closing `"` at its end.' },
    ],
  },
  {
    fixture: 'unknown-ids-empty-lists',
    behaviour: 'asks for a list entry when a reference points into a list that does not exist',
    expected: [
      { at: '9:15-9:23', text: 'jane-doe', severity: 'error', code: 'unknown-person', message: 'Unknown person `jane-doe`: add it under `people` first.' },
      { at: '10:13-10:29', text: 'cryptocurrencies', severity: 'error', code: 'unknown-topic', message: 'Unknown topic `cryptocurrencies`: add it under `topics` first.' },
    ],
  },
  {
    fixture: 'unknown-ids',
    behaviour: 'reports references to undefined organizations, people and topics on the reference, suggesting close ids',
    expected: [
      { at: '5:15-5:21', text: 'unodcc', severity: 'error', code: 'unknown-organization', message: 'Unknown organization `unodcc`: no entry of `organizations` has this id. Did you mean `unodc`?', suggestions: ['unodc'] },
      { at: '7:8-7:13', text: 'unodc', severity: 'info', code: 'unused-id', message: 'The organization `unodc` is never used: nothing refers to it.' },
      { at: '12:17-12:20', text: 'kic', severity: 'error', code: 'unknown-organization', message: 'Unknown organization `kic`: no entry of `organizations` has this id.' },
      { at: '14:8-14:24', text: 'cryptocurrencies', severity: 'info', code: 'unused-id', message: 'The topic `cryptocurrencies` is never used: no session covers it.' },
      { at: '20:11-20:18', text: 'jane-do', severity: 'error', code: 'unknown-person', message: 'Unknown person `jane-do`: no entry of `people` has this id. Did you mean `jane-doe`?', suggestions: ['jane-doe'] },
      { at: '22:13-22:27', text: 'cryptocurrency', severity: 'error', code: 'unknown-topic', message: 'Unknown topic `cryptocurrency`: no entry of `topics` has this id. Did you mean `cryptocurrencies`?', suggestions: ['cryptocurrencies'] },
    ],
  },
  {
    fixture: 'unknown-track',
    behaviour: 'reports a track id that no entry of tracks has, and an unknown co-chair in a list, suggesting close ids',
    expected: [
      { at: '11:8-11:26', text: 'digital-humanities', severity: 'info', code: 'unused-id', message: 'The track `digital-humanities` is never used: no session is in it.' },
      { at: '22:11-22:27', text: 'digital-humanity', severity: 'error', code: 'unknown-track', message: 'Unknown track `digital-humanity`: no entry of `tracks` has this id. Did you mean `digital-humanities`?', suggestions: ['digital-humanities'] },
      { at: '23:22-23:27', text: 'li-we', severity: 'error', code: 'unknown-person', message: 'Unknown person `li-we`: no entry of `people` has this id. Did you mean `li-wei`?', suggestions: ['li-wei'] },
    ],
  },
  {
    fixture: 'unknown-document',
    behaviour: 'reports a document id that no entry of the top-level documents has, beside a document written in place, and documents never listed',
    expected: [
      { at: '10:8-10:14', text: 'report', severity: 'info', code: 'unused-id', message: 'The document `report` is never used: neither the event nor any session lists it.' },
      { at: '12:8-12:13', text: 'guide', severity: 'info', code: 'unused-id', message: 'The document `guide` is never used: neither the event nor any session lists it.' },
      { at: '19:8-19:15', text: 'reports', severity: 'error', code: 'unknown-document', message: 'Unknown document `reports`: no entry of `documents` has this id. Did you mean `report`?', suggestions: ['report'] },
    ],
  },
  {
    fixture: 'unknown-agenda-item',
    behaviour: "reports a session's agenda items that event.agendaItems does not list, the one written alike but for spaces first",
    expected: [
      { at: '17:21-17:27', text: '"3(a)"', severity: 'error', code: 'unknown-agenda-item', message: 'Session `first-meeting` takes up agenda item `3(a)`, which `event.agendaItems` does not list. Did you mean `3 (a)`?', suggestions: ['3 (a)'] },
      { at: '17:37-17:42', text: '3 (d)', severity: 'error', code: 'unknown-agenda-item', message: 'Session `first-meeting` takes up agenda item `3 (d)`, which `event.agendaItems` does not list. Did you mean `3 (a)`?', suggestions: ['3 (a)', '3 (b)', '3'] },
    ],
  },
  {
    fixture: 'agenda-item-not-begun',
    behaviour: 'warns at `continued` of an agenda item that no session before it in programme order takes up (a cancelled session takes up nothing)',
    expected: [
      { at: '23:38-23:53', text: 'continued: true', severity: 'warning', code: 'agenda-item-not-begun', message: 'Session `first-meeting` continues agenda item `3 (a)`, but no session before it takes the item up: remove `continued` if the item begins here, or list the item in an earlier session.' },
      { at: '36:8-36:23', text: 'continued: true', severity: 'warning', code: 'agenda-item-not-begun', message: 'Session `afternoon-meeting` continues agenda item `3 (b)`, but no session before it takes the item up: remove `continued` if the item begins here, or list the item in an earlier session.' },
    ],
  },
  {
    fixture: 'document-symbol',
    behaviour: 'warns of document symbols that are not UN symbols, in every list of documents, with the tidied symbol when that makes one',
    expected: [
      { at: '6:14-6:27', text: 'A/CONF.213./4', severity: 'warning', code: 'document-symbol', message: '`A/CONF.213./4` is not a UN document symbol. Did you mean `A/CONF.213/4`?', suggestions: ['A/CONF.213/4'] },
      { at: '12:12-12:32', text: 'A /CONF.234//RPM.1/1', severity: 'warning', code: 'document-symbol', message: '`A /CONF.234//RPM.1/1` is not a UN document symbol. Did you mean `A/CONF.234/RPM.1/1`?', suggestions: ['A/CONF.234/RPM.1/1'] },
      { at: '20:16-20:39', text: 'conference room paper 3', severity: 'warning', code: 'document-symbol', message: '`conference room paper 3` is not a UN document symbol: parts separated by `/`, such as `A/CONF.213/4`, with no space and no empty part.' },
    ],
  },
  {
    fixture: 'unplaced-parallel',
    behaviour: 'warns of sessions at the same time with neither room nor track, leaving out those with one, cancelled ones and moments',
    expected: [
      { at: '17:11-17:18', text: '"14:00"', severity: 'warning', code: 'unplaced-parallel', message: 'Session `papers-b` (14:00–15:30) is at the same time as session `papers-a` (14:00–15:30) on 2020-04-24, and neither has a `room` or a `track`: nobody can tell where each one is.', related: ['12:11-12:18 "14:00": Session `papers-a`'] },
      { at: '22:11-22:18', text: '"15:00"', severity: 'warning', code: 'unplaced-parallel', message: 'Session `papers-c` (15:00–16:00) is at the same time as session `papers-a` (14:00–15:30) on 2020-04-24, and neither has a `room` or a `track`: nobody can tell where each one is.', related: ['12:11-12:18 "14:00": Session `papers-a`'] },
    ],
  },
  {
    fixture: 'unknown-timezone',
    behaviour: 'reports a time zone that is not an IANA zone on the value, suggesting close zones',
    expected: [
      { at: '5:12-5:22', text: 'Asia/Tokio', severity: 'error', code: 'unknown-timezone', message: '`Asia/Tokio` is not an IANA time zone such as `Europe/Vienna`. Did you mean `Asia/Tokyo`?', suggestions: ['Asia/Tokyo'] },
    ],
  },
  {
    fixture: 'unused-id',
    behaviour: 'notes organizations, people and topics that nothing refers to',
    expected: [
      { at: '6:8-6:11', text: 'kic', severity: 'info', code: 'unused-id', message: 'The organization `kic` is never used: nothing refers to it.' },
      { at: '9:8-9:16', text: 'jane-doe', severity: 'info', code: 'unused-id', message: 'The person `jane-doe` is never used: no session names this person.' },
      { at: '12:8-12:16', text: 'firearms', severity: 'info', code: 'unused-id', message: 'The topic `firearms` is never used: no session covers it.' },
    ],
  },
  {
    fixture: 'yaml-alias-limit',
    behaviour: 'reports aliases that expand to too much data on the first alias, without schema noise',
    expected: [
      { at: '2:7-2:9', text: '*a', severity: 'error', code: 'yaml-alias-limit', message: 'The aliases (`*name`) in this file expand to too much data to check; write the repeated parts out instead.' },
    ],
  },
  {
    fixture: 'yaml-syntax-colon-in-value',
    behaviour: 'reports a colon inside an unquoted value on the value, offering it in quotes',
    expected: [
      { at: '7:11-7:40', text: 'Panel: the future of policing', severity: 'error', code: 'yaml-syntax', message: 'This value contains `: `, which starts another key; put the whole value in quotes: `"Panel: the future of policing"`.', suggestions: ['"Panel: the future of policing"'] },
    ],
  },
  {
    fixture: 'yaml-syntax-duplicate-key',
    behaviour: 'reports a duplicate key on the whole second key, pointing back at the first',
    expected: [
      { at: '9:4-9:9', text: 'title', severity: 'error', code: 'yaml-syntax', message: 'The key `title` appears twice in this mapping; keep one.', related: ['7:4-7:9 title: First `title`'] },
    ],
  },
  {
    fixture: 'yaml-syntax-misaligned-key',
    behaviour: 'reports a key indented differently from its siblings on that line',
    expected: [
      { at: '5:3-5:23', text: 'timezone: Asia/Tokyo', severity: 'error', code: 'yaml-syntax', message: 'This line is indented further than the key above it, so it reads as part of its value; line it up with the keys above.' },
    ],
  },
  {
    fixture: 'yaml-syntax-missing-colon',
    behaviour: 'reports a key without its colon on that key',
    expected: [
      { at: '5:0-5:8', text: 'sessions', severity: 'error', code: 'yaml-syntax', message: 'This line has no `:`; write `key: value`, or start a list entry with `- `.' },
    ],
  },
  {
    fixture: 'yaml-syntax-over-indented',
    behaviour: 'reports an over-indented line on that line, not on the value above it',
    expected: [
      { at: '7:6-7:26', text: 'title: First meeting', severity: 'error', code: 'yaml-syntax', message: 'This line is indented further than the key above it, so it reads as part of its value; line it up with the keys above.' },
    ],
  },
  {
    fixture: 'yaml-syntax-reserved-character',
    behaviour: 'reports a value starting with a reserved character, offering it in quotes',
    expected: [
      { at: '5:14-5:23', text: '@congress', severity: 'error', code: 'yaml-syntax', message: 'A value cannot start with `@` unless it is in quotes: write `"@congress"`.', suggestions: ['"@congress"'] },
    ],
  },
  {
    fixture: 'yaml-syntax-tab',
    behaviour: 'reports a tab used for indentation on the tab, without echoes of the broken session',
    expected: [
      { at: '8:0-8:1', text: '\t', severity: 'error', code: 'yaml-syntax', message: 'Tabs cannot indent YAML; indent with spaces.' },
    ],
  },
  {
    fixture: 'yaml-syntax-two-documents',
    behaviour: 'reports a second YAML document on its `---` line',
    expected: [
      { at: '6:0-6:3', text: '---', severity: 'error', code: 'yaml-syntax', message: 'An agenda file holds one YAML document; remove the second `---` and what follows, or move it to its own file.' },
    ],
  },
  {
    fixture: 'yaml-syntax-unclosed-bracket',
    behaviour: 'reports an unclosed `[` from the bracket to the end of its line',
    expected: [
      { at: '9:12-9:39', text: '[cryptocurrencies, firearms', severity: 'error', code: 'yaml-syntax', message: 'This list opens with `[` but never closes; add `]` at its end.' },
    ],
  },
  {
    fixture: 'yaml-syntax-unclosed-quote',
    behaviour: 'reports an unclosed quote from the quote to the end of its line, without echoes',
    expected: [
      { at: '7:11-7:25', text: '"First meeting', severity: 'error', code: 'yaml-syntax', message: 'This text opens a `"` quote that is never closed; add the closing `"` at its end.' },
    ],
  },
  {
    fixture: 'yaml-syntax-undefined-alias',
    behaviour: 'reports an alias with no anchor on the alias',
    expected: [
      { at: '5:14-5:20', text: '*short', severity: 'error', code: 'yaml-syntax', message: '`*short` refers to an anchor `&short` that is not defined above it.' },
    ],
  },
  {
    fixture: 'yaml-warning',
    behaviour: 'warns on a YAML tag, which agenda files do not use',
    expected: [
      { at: '5:14-5:20', text: '!short', severity: 'warning', code: 'yaml-warning', message: 'Agenda files do not use YAML tags such as `!short`; remove it.' },
    ],
  },
  {
    fixture: 'yaml-too-deep',
    behaviour: 'refuses lists nested over 100 deep (a runaway `[`) at the bracket that crosses the limit, before the YAML parser recurses',
    expected: [
      { at: '8:108-8:109', text: '[', severity: 'error', code: 'yaml-too-deep', message: 'Lists and mappings nest more than 100 levels deep here, too deep to check (an agenda needs about ten); look for a `[` or `{` that is never closed.' },
    ],
  },
];

/** The codes `DiagnosticCode` declares in src/core/base/model.ts. */
/** The codes of the diagnostics a programme of the agenda files under a folder gets (see programmeFiles.test.ts). */
function programmeCodes(dir: string): string[] {
  const programme = new ProgrammeOfFiles();
  for (const name of agendaFilesUnder(dir)) programme.set(name, parseAgenda(fs.readFileSync(path.join(dir, name), 'utf8')));
  return programme.uris().flatMap((uri) => programme.diagnostics(uri).map((d) => d.code));
}

function declaredCodes(): string[] {
  const model = fs.readFileSync(path.join(REPO, 'src/core/base/model.ts'), 'utf8');
  const union = /export type DiagnosticCode =([^;]*);/.exec(model)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]).sort();
}

describe('diagnostics on the invalid fixtures', () => {
  for (const { fixture, behaviour, expected } of CASES) {
    it(`${behaviour} (${fixture})`, () => {
      assert.deepStrictEqual(findings(readFixture(`invalid/${fixture}.agenda.yaml`)), expected);
    });
  }

  it('has an expectation for every invalid fixture and a fixture for every expectation', () => {
    assert.deepStrictEqual(CASES.map((c) => `${c.fixture}.agenda.yaml`).sort(), fixtureNames('invalid'));
  });

  it('covers every diagnostic code the core declares', () => {
    const covered = new Set<string>(CASES.flatMap((c) => c.expected.map((e) => e.code)));
    covered.add('file-too-large');
    covered.add('internal-error');
    for (const folder of ['congress', 'programme-errors']) for (const code of programmeCodes(path.join(REPO, 'test/fixtures', folder))) covered.add(code);
    assert.deepStrictEqual(declaredCodes().filter((code) => !covered.has(code)), []);
    assert.ok(declaredCodes().length >= 29);
  });

  it('documents every diagnostic code in the README table, with its severity', () => {
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const rows = new Map([...readme.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));
    assert.deepStrictEqual(declaredCodes().filter((code) => !rows.has(code)), []);
    for (const { expected } of CASES) {
      for (const finding of expected) assert.strictEqual(rows.get(finding.code), finding.severity, finding.code);
    }
  });

  it('gives the same ranges when the file has Windows line breaks', () => {
    for (const { fixture, expected } of CASES) {
      const text = readFixture(`invalid/${fixture}.agenda.yaml`).replace(/\n/g, '\r\n');
      assert.deepStrictEqual(findings(text).map((f) => [f.at, f.code]), expected.map((f) => [f.at, f.code]), fixture);
    }
  });
});

describe('file-too-large', () => {
  it('reports a text over the limit once at the top instead of checking it', () => {
    const text = readFixture('invalid/schema-enum.agenda.yaml');
    assert.deepStrictEqual(findings(text, { maxLength: 100 }), [{
      at: '0:0-0:0',
      text: '',
      severity: 'warning',
      code: 'file-too-large',
      message: `This file is too large to check as you type (${text.length} characters; the limit is 100 characters); run \`agenda check\` on it instead.`,
    }]);
  });

  it('checks a text of exactly the limit', () => {
    const text = readFixture('invalid/schema-enum.agenda.yaml');
    assert.ok(check(text, { maxLength: text.length }).every((d) => d.code !== 'file-too-large'));
  });
});

describe('internal-error', () => {
  const text = readFixture('invalid/schema-enum.agenda.yaml');
  const fault = new TypeError("Cannot read properties of undefined (reading 'items')");

  it('reports a failure of the core as `internal-error` at the top, saying what failed and to report it, and hands over the error', () => {
    let caught: unknown;
    const found = checkWith(text, {}, () => {
      throw fault;
    }, (error) => (caught = error));
    assert.deepStrictEqual(found, [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 'error',
      code: 'internal-error',
      message: "Agenda Author failed to check this file (TypeError: Cannot read properties of undefined (reading 'items')). This is a fault in Agenda Author, not in the file: please report it, with the file, at https://github.com/agenda-author/agenda-author/issues.",
    }]);
    assert.strictEqual(caught, fault);
  });

  it('says what was thrown when it is not an Error', () => {
    assert.strictEqual(internalError('no sessions list').message, 'Agenda Author failed to check this file (no sessions list). This is a fault in Agenda Author, not in the file: please report it, with the file, at https://github.com/agenda-author/agenda-author/issues.');
  });

  it('is not the code of a YAML syntax error, which a setting may hide', () => {
    assert.ok(!['yaml-syntax', 'yaml-warning'].includes(internalError(fault).code));
  });
});

describe('time zones', () => {
  const withZone = (zone: string) => `version: 1\nevent:\n  title: T\n  start: 2020-04-24\n  end: 2020-04-24\n  timezone: ${zone}\nsessions: []\n`;

  it('knows the current IANA names that Node\'s own list lacks, and the older ones', () => {
    for (const zone of ['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Calcutta', 'Europe/Kiev']) assert.deepStrictEqual(check(withZone(zone)), [], zone);
  });

  it('suggests them for a misspelt zone', () => {
    const [kolkata] = check(withZone('Asia/Kolkatta'));
    assert.strictEqual(kolkata.message, '`Asia/Kolkatta` is not an IANA time zone such as `Europe/Vienna`. Did you mean `Asia/Kolkata`?');
    const [kyiv] = check(withZone('Europe/Kyyiv'));
    assert.deepStrictEqual([kyiv.code, kyiv.suggestions?.[0]], ['unknown-timezone', 'Europe/Kyiv']);
  });
});

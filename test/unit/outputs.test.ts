import * as assert from 'assert/strict';
import { languageTag, outputLanguage, parseAgenda, produceOutput, renderStandalone, toICalendar } from '../../src/core';
import { readFixture } from './findings';

const VIENNA = readFixture('valid/vienna-multilingual.agenda.yaml');

describe('produceOutput, the one pipeline of the exports', () => {
  it('writes what the renderer and the calendar write, in the language resolved', () => {
    const parsed = parseAgenda(VIENNA);
    const html = produceOutput(parsed, 'html', { language: 'ar' });
    assert.ok('text' in html);
    assert.deepEqual([html.text, html.language, html.notes], [renderStandalone(parsed, { language: 'ar' }), 'ar', []]);
    const stamp = new Date(Date.UTC(2026, 0, 1));
    const ics = produceOutput(parsed, 'ics', { stamp });
    assert.ok('text' in ics);
    assert.deepEqual([ics.text, ics.language], [toICalendar(parsed, { stamp }), 'en']);
  });

  it('refuses an agenda with errors unless forced, and counts them; the settings decide which checks count', () => {
    const broken = parseAgenda(VIENNA.replace('    end: "11:30"\n', '    end: "09:30"\n'));
    const refused = produceOutput(broken, 'html');
    assert.ok('refused' in refused && refused.refused === 'errors');
    assert.equal(refused.errors, 1);
    assert.deepEqual(refused.diagnostics.map((d) => d.code), ['time-order']);
    assert.ok('text' in produceOutput(broken, 'html', { force: true }));
    const withoutSemantic = produceOutput(broken, 'html', { check: { semantic: false } });
    assert.ok('text' in withoutSemantic);
    assert.deepEqual(withoutSemantic.diagnostics, []);
    assert.ok('text' in produceOutput(broken, 'ics', { diagnostics: [] }), 'diagnostics given are not found again');
  });

  it('passes on what the format cannot hold, and the sessions it leaves out', () => {
    const noZone = produceOutput(parseAgenda(VIENNA.replace('  timezone: Europe/Vienna\n', '')), 'schedule-json');
    assert.ok('refused' in noZone && noZone.refused === 'problem');
    assert.match(noZone.problem, /^schedule\.json gives every time with its UTC offset/);
    const schedule = produceOutput(parseAgenda(VIENNA), 'schedule-json', { language: 'de' });
    assert.ok('notes' in schedule);
    assert.deepEqual(schedule.notes, [{ kind: 'no-text-in-language', language: 'de' }, { kind: 'session-left-out', session: 'side-event', reason: 'it is cancelled' }]);
  });

  it('never throws on an agenda forced through errors that an output cannot take', () => {
    for (const text of ['', 'version: 1\nevent: {title: T, start: 2020-02-30, end: 2020-02-30}\nsessions: [{id: a, title: A, date: 2020-02-30, start: "10:00", duration: 5}]\n', 'a: &a [*a]\n']) {
      for (const format of ['html', 'ics', 'schedule-json'] as const) {
        const result = produceOutput(parseAgenda(text), format, { force: true });
        assert.ok('text' in result || ('refused' in result && result.refused === 'problem'), `${format}: ${JSON.stringify(text)}`);
      }
    }
  });
});

describe('languageTag and outputLanguage', () => {
  it('take ISO 639 codes with a script or region, in canonical form, and nothing else', () => {
    assert.deepEqual(['fr', 'FR', 'fr-ca', 'zh-hant-tw', 'es-419', 'ast'].map(languageTag), ['fr', 'fr', 'fr-CA', 'zh-Hant-TW', 'es-419', 'ast']);
    assert.deepEqual(['French', 'fr_CA', 'f', '', 'fr-', '12', 'x-private', 'fr-CA-'].map(languageTag), Array(8).fill(undefined));
  });

  it('find text for a region in its language, and none for a language the agenda lacks', () => {
    const agenda = parseAgenda(VIENNA).value;
    assert.deepEqual(outputLanguage(agenda), { language: 'en', missing: false });
    assert.deepEqual(outputLanguage(agenda, 'fr-CA'), { language: 'fr-CA', missing: false });
    assert.deepEqual(outputLanguage(agenda, 'de'), { language: 'de', missing: true });
    assert.deepEqual(outputLanguage(agenda, 'de-AT'), { language: 'de-AT', missing: true });
    const plain = parseAgenda(readFixture('valid/minimal.agenda.yaml')).value;
    assert.deepEqual([outputLanguage(plain, 'en-GB').missing, outputLanguage(plain, 'fr').missing], [false, true]);
  });

  it('name a language in BCP 47 case in every face however it is asked for: the page, the calendar, schedule.json, and what they say', () => {
    const parsed = parseAgenda(VIENNA);
    const stamp = new Date(Date.UTC(2026, 0, 1));
    const cases: [string, string, boolean][] = [['FR-ca', 'fr-CA', false], ['zh-hant-tw', 'zh-Hant-TW', true], ['SGN', 'sgn', true], ['en-gb', 'en-GB', false], ['ES-419', 'es-419', true], ['sr-latn-rs', 'sr-Latn-RS', true]];
    for (const [asked, tag, missing] of cases) {
      assert.equal(languageTag(asked), tag, asked);
      assert.deepEqual(outputLanguage(parsed.value, asked), { language: tag, missing }, asked);
      const html = produceOutput(parsed, 'html', { language: asked });
      const ics = produceOutput(parsed, 'ics', { language: asked, stamp });
      const json = produceOutput(parsed, 'schedule-json', { language: asked });
      assert.ok('text' in html && 'text' in ics && 'text' in json, asked);
      for (const output of [html, ics, json]) {
        assert.equal(output.language, tag, asked);
        assert.deepEqual(output.notes.filter((note) => note.kind === 'no-text-in-language'), missing ? [{ kind: 'no-text-in-language', language: tag }] : [], asked);
      }
      assert.match(html.text, new RegExp(`^<!DOCTYPE html>\n<html lang="${tag}" dir="ltr">`), asked);
      assert.deepEqual([...new Set([...json.text.matchAll(/"language": "([^"]*)"/g)].map((m) => m[1]))], [tag], asked);
      assert.match(ics.text, new RegExp(`\r\nPRODID:-//Agenda Author//Agenda Author//${tag.toUpperCase()}\r\n`), asked);
      const same = produceOutput(parsed, 'html', { language: tag });
      assert.equal(html.text, 'text' in same ? same.text : '', asked);
    }
  });
});

import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import schema from '../../schemas/agenda.schema.json';
import { completionsAt } from '../../src/core';
import { toICalendar } from '../../src/core/outputs/ical';
import { renderProgramme } from '../../src/core/outputs/render';
import { parseAgenda } from '../../src/core/parse/parse';
import { AGENDA, cursor, withLine } from './language/agendaText';

const ROOT = path.resolve(__dirname, '../../..');
const VIENNA = parseAgenda(fs.readFileSync(path.join(ROOT, 'test/fixtures/valid/vienna-multilingual.agenda.yaml'), 'utf8'));
const KYOTO = parseAgenda(fs.readFileSync(path.join(ROOT, 'examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8'));

function fact(html: string, label: string): string | undefined {
  return new RegExp(`<dt>${label}</dt><dd>([^<]*)</dd>`).exec(html)?.[1];
}

describe('the programme in one language', () => {
  it('lays Arabic out from right to left, with Arabic commas, dates and weekdays', () => {
    const html = renderProgramme(VIENNA, { language: 'ar', sourceLines: false });
    assert.match(html, /^<article class="programme[^"]*" lang="ar" dir="rtl">/);
    assert.equal(fact(html, 'المكان'), 'Vienna International Centre، فيينا، النمسا');
    assert.equal(fact(html, 'اللغات'), 'الإنجليزية، الفرنسية، العربية');
    assert.deepEqual([...html.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]), ['السبت، 28 مارس 2026', 'الأحد، 29 مارس 2026']);
  });

  it('writes French and Spanish dates and weekdays, left to right', () => {
    const french = renderProgramme(KYOTO, { language: 'fr', sourceLines: false });
    assert.match(french, /^<article class="programme[^"]*" lang="fr" dir="ltr">/);
    assert.deepEqual([...french.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]), ['vendredi 24 avril 2020', 'samedi 25 avril 2020']);
    assert.match(french, /Tendances actuelles de la criminalité/);
    assert.match(french, /Première séance/);
    const spanish = renderProgramme(KYOTO, { language: 'es', sourceLines: false });
    assert.deepEqual([...spanish.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]), ['viernes, 24 de abril de 2020', 'sábado, 25 de abril de 2020']);
    assert.match(spanish, /Tercera sesión/);
  });

  it('uses Arabic punctuation in calendar entries too', () => {
    const ics = toICalendar(VIENNA, { language: 'ar' }).replace(/\r\n /g, '');
    assert.match(ics, /\r\nLOCATION:قاعة المجلس ألف، Vienna International Centre، فيينا، النمسا\r\n/);
  });
});

describe('completion in a text map', () => {
  const withLanguages = (text: string) => text.replace('  organizers: [unodc]\n', '  organizers: [unodc]\n  languages: [en, fr, es]\n');

  function complete(marked: string) {
    const { text, position } = cursor(marked);
    return completionsAt(text, position);
  }

  it('offers first the languages of the event that the map lacks', () => {
    const entries = complete(withLine(28, '    title:\n      en: Opening\n      ‸', withLanguages(AGENDA)));
    assert.equal(entries.length, schema.definitions.language.enum.length - 1, 'every language code but the one given');
    assert.deepEqual(entries.slice(0, 6).map((e) => [e.label, e.insertText, e.detail, !!e.preselect, e.sortText]), [
      ['fr', 'fr: $0', 'French, a language of the event not yet given here', true, '0000'],
      ['es', 'es: $0', 'Spanish, a language of the event not yet given here', false, '0001'],
      ['ar', 'ar: $0', 'Arabic', false, '1002'],
      ['ru', 'ru: $0', 'Russian', false, '1003'],
      ['zh', 'zh: $0', 'Chinese', false, '1004'],
      ['aa', 'aa: $0', 'Afar', false, '1005'],
    ]);
    assert.deepEqual(entries[0].range, { start: { line: 30, character: 6 }, end: { line: 30, character: 6 } });
  });

  it('works in a flow map and on a key being typed', () => {
    const flow = complete(withLine(28, '    title: { en: Opening, ‸ }', withLanguages(AGENDA)));
    assert.deepEqual(flow.slice(0, 2).map((e) => e.label), ['fr', 'es']);
    const typed = complete(withLine(28, '    title:\n      fr: Ouverture\n      e‸', withLanguages(AGENDA)));
    assert.deepEqual(typed.slice(0, 2).map((e) => [e.label, e.range]), [
      ['en', { start: { line: 30, character: 6 }, end: { line: 30, character: 7 } }],
      ['es', { start: { line: 30, character: 6 }, end: { line: 30, character: 7 } }],
    ]);
  });

  it('offers the six languages of the UN first when the event lists none', () => {
    const entries = complete(withLine(27, '    title:\n      en: Opening\n      ‸'));
    assert.deepEqual(entries.slice(0, 5).map((e) => e.label), ['fr', 'es', 'ar', 'ru', 'zh']);
    assert.ok(!entries.some((e) => e.label === 'en'));
  });
});

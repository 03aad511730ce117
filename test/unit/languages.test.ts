import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { toICalendar } from '../../src/core/ical';
import { parseAgenda } from '../../src/core/parse';
import { renderProgramme } from '../../src/core/render';

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

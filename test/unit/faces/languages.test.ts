import * as assert from 'assert/strict';
import { buildOutline, outlineNodes } from '../../../src/core';
import { toICalendar } from '../../../src/core/outputs/ical';
import { renderProgramme } from '../../../src/core/outputs/render';
import { toScheduleJson } from '../../../src/core/outputs/scheduleJson';
import { parseAgenda } from '../../../src/core/parse/parse';
import { agendaWith, session } from './agendas';

const TEXT = agendaWith([
  session('a', { date: '2020-04-24', start: '"10:00"', end: '"11:00"', chair: 'ann' }),
  'id: b\ntitle: { en: Dinner, fr: Dîner }\ndate: 2020-04-24\npart: evening',
], ['languages: [en, fr]', 'timezone: Europe/Paris']).replace('sessions:', 'people:\n  - { id: ann, name: Ann Lee }\nsessions:');

/** What each face says of the agenda in a language: the page's chair label, day and part of the day, the calendar's chair label and summary, schedule.json's room. */
function words(language: string): string[] {
  const parsed = parseAgenda(TEXT);
  const page = renderProgramme(parsed, { language });
  const calendar = toICalendar(parsed, { language, stamp: new Date(0) });
  const schedule = toScheduleJson(parsed, { language });
  if ('problem' in schedule) throw new Error(schedule.problem);
  return [
    /Présidence|Chair/.exec(page)?.[0] ?? '',
    /vendredi 24 avril 2020|Friday, 24 April 2020|Friday, April 24, 2020/.exec(page)?.[0] ?? '',
    /Soir|Evening/.exec(page)?.[0] ?? '',
    /Présidence|Chair/.exec(calendar)?.[0] ?? '',
    /SUMMARY:Dîner|SUMMARY:Dinner/.exec(calendar)?.[0] ?? '',
    Object.keys(schedule.json.schedule.conference.days[0].rooms).join(),
  ];
}

describe('regional language codes (issue 15, class 9, the core side)', () => {
  const french = ['Présidence', 'vendredi 24 avril 2020', 'Soir', 'Présidence', 'SUMMARY:Dîner', 'Salle à confirmer'];

  it('gives a regional code the words, dates and text of its language in the page, the calendar and schedule.json', () => {
    assert.deepEqual(words('fr'), french);
    assert.deepEqual(words('fr-CA'), french);
    assert.deepEqual(words('FR-ca'), french);
    assert.deepEqual(words('fr-FR'), french);
  });

  it('keeps the English words for English in any region, with the region\'s form of dates', () => {
    const english = ['Chair', 'Friday, 24 April 2020', 'Evening', 'Chair', 'SUMMARY:Dinner', 'Room to be announced'];
    assert.deepEqual(words('en'), english);
    assert.deepEqual(words('en-GB'), english);
    assert.deepEqual(words('en-US'), english.map((word) => (word === 'Friday, 24 April 2020' ? 'Friday, April 24, 2020' : word)));
  });

  it('dates the outline in a regional locale\'s language', () => {
    const outline = buildOutline(parseAgenda(TEXT), { locale: 'fr-CA' });
    const labels = [...outlineNodes(outline.roots)].map((node) => node.label);
    assert.ok(labels.some((label) => /vendredi|ven\\.?/i.test(label) && /avril/.test(label)), labels.join(' | '));
  });
});

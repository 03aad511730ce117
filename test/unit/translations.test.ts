import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from '../../src/core/base/model';
import { check } from '../../src/core/check/check';
import { parseAgenda } from '../../src/core/parse/parse';
import { localizer } from '../../src/core/words/localize';

function translations(text: string): Diagnostic[] {
  return check(text).filter((d) => d.code === 'missing-translation');
}

const HEAD = `version: 1
event:
  title: Workshop 4
  start: 2020-04-24
  end: 2020-04-24
  languages: [en, fr, es]
`;

const LANGUAGES = { start: { line: 5, character: 13 }, end: { line: 5, character: 25 } };

describe('missing translations', () => {
  it('warns on the key of a text map that lacks a listed language, naming the missing ones', () => {
    const text = `${HEAD}sessions:
  - id: first-meeting
    title:
      en: First meeting
      fr: Première séance
    date: 2020-04-24
`;
    assert.deepEqual(translations(text), [{
      range: { start: { line: 8, character: 4 }, end: { line: 8, character: 9 } },
      severity: 'warning',
      code: 'missing-translation',
      message: '`title` of session `first-meeting` has no Spanish (es) text; `event.languages` lists en, fr, es.',
      related: [{ range: LANGUAGES, message: 'The languages of the event' }],
    }]);
  });

  it('names every missing language, in the order of event.languages', () => {
    const text = `${HEAD}topics:
  - id: ai
    title: { en: Artificial intelligence }
sessions:
  - id: one
    title: One
    date: 2020-04-24
    topics: [ai]
    room: { es: Sala B }
`;
    const found = translations(text);
    assert.deepEqual(found.map((d) => [d.range, d.message]), [
      [{ start: { line: 8, character: 4 }, end: { line: 8, character: 9 } },
        '`title` of topic `ai` has no French (fr) or Spanish (es) text; `event.languages` lists en, fr, es.'],
      [{ start: { line: 14, character: 4 }, end: { line: 14, character: 8 } },
        '`room` of session `one` has no English (en) or French (fr) text; `event.languages` lists en, fr, es.'],
    ]);
  });

  it('checks nested text fields: items, documents, the venue and the event itself', () => {
    const text = `version: 1
event:
  title: { en: Workshop, fr: Atelier }
  venue:
    site: { en: Kyoto International Conference Center }
  start: 2020-04-24
  end: 2020-04-24
  languages: [en, fr]
  documents:
    - title: { fr: Note de cadrage }
sessions:
  - id: one
    title: One
    date: 2020-04-24
    start: "10:00"
    items:
      - duration: 15
        title: { en: Opening, fr: Ouverture }
      - duration: 15
        title: { en: Discussion }
`;
    assert.deepEqual(translations(text).map((d) => [d.range.start.line, d.range.start.character, d.message]), [
      [4, 4, '`event.venue.site` has no French (fr) text; `event.languages` lists en, fr.'],
      [9, 6, '`title` of document 1 of `event` has no English (en) text; `event.languages` lists en, fr.'],
      [19, 8, '`title` of item 2 of session `one` has no French (fr) text; `event.languages` lists en, fr.'],
    ]);
  });

  it('accepts plain strings and complete maps', () => {
    const text = `${HEAD}sessions:
  - id: one
    title: { en: One, fr: Un, es: Uno }
    date: 2020-04-24
    room: Room B
`;
    assert.deepEqual(translations(text), []);
  });

  it('says nothing without event.languages, or about languages beyond it', () => {
    const text = `version: 1
event:
  title: { en: Workshop, de: Werkstatt }
  start: 2020-04-24
  end: 2020-04-24
sessions: []
`;
    assert.deepEqual(translations(text), []);
    assert.deepEqual(translations(text.replace('end: 2020-04-24', 'end: 2020-04-24\n  languages: [en]')), []);
  });

  it('leaves an empty map to the schema', () => {
    const text = `${HEAD}sessions:
  - id: one
    title: {}
    date: 2020-04-24
`;
    assert.deepEqual(translations(text), []);
    assert.ok(check(text).some((d) => d.code === 'schema-empty' || d.code === 'schema-range' || d.code === 'schema-required'));
  });

  it('is skipped with the other semantic checks', () => {
    const text = `${HEAD}sessions:
  - id: one
    title: { en: One }
    date: 2020-04-24
`;
    assert.equal(translations(text).length, 1);
    assert.deepEqual(check(text, { semantic: false }).filter((d) => d.code === 'missing-translation'), []);
  });

  it('finds the example agenda complete in English, French and Spanish', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');
    assert.deepEqual(check(text).filter((d) => d.severity !== 'info'), []);
    const agenda = parseAgenda(text).value as { sessions: { title: unknown }[] };
    assert.deepEqual(['en', 'fr', 'es'].map((language) => agenda.sessions.map((s) => localizer(agenda, language).text(s.title))), [
      ['First meeting', 'Second meeting', 'Third meeting'],
      ['Première séance', 'Deuxième séance', 'Troisième séance'],
      ['Primera sesión', 'Segunda sesión', 'Tercera sesión'],
    ]);
  });
});

import * as assert from 'assert/strict';
import {
  availableLanguages,
  declaredLanguages,
  isTextFieldPath,
  languageName,
  localizer,
  pickText,
  textDirection,
  TEXT_FIELD_PATHS,
} from '../../src/core/words/localize';

const agenda = {
  version: 1,
  event: { title: { en: 'Workshop 4', fr: 'Atelier 4' }, start: '2020-04-24', end: '2020-04-25', languages: ['en', 'fr', 'es'] },
  topics: [{ id: 'ai', title: { en: 'Artificial intelligence', ar: 'الذكاء الاصطناعي' } }],
  sessions: [{ id: 'one', title: { es: 'Primera sesión', fr: 'Première séance' }, date: '2020-04-24', room: 'Room B' }],
};

describe('localize', () => {
  describe('pickText', () => {
    it('returns a plain string whatever the language', () => {
      assert.equal(pickText('Room B', 'fr', ['en']), 'Room B');
    });

    it('returns the requested language from a map', () => {
      assert.equal(pickText({ en: 'First meeting', fr: 'Première séance' }, 'fr', ['en']), 'Première séance');
    });

    it('falls back along the fallbacks in their order', () => {
      assert.equal(pickText({ en: 'First', es: 'Primera' }, 'fr', ['es', 'en']), 'Primera');
      assert.equal(pickText({ en: 'First', es: 'Primera' }, 'fr', ['en', 'es']), 'First');
    });

    it('falls back to the first entry when no fallback matches', () => {
      assert.equal(pickText({ ru: 'Первое заседание', zh: '第一次会议' }, 'fr', ['en']), 'Первое заседание');
    });

    it('gives undefined for anything that is not text', () => {
      assert.equal(pickText(undefined, 'en'), undefined);
      assert.equal(pickText(42, 'en'), undefined);
      assert.equal(pickText(['en'], 'en'), undefined);
      assert.equal(pickText({}, 'en'), undefined);
      assert.equal(pickText({ en: 3 }, 'en'), undefined);
    });
  });

  describe('languages of an agenda', () => {
    it('reads event.languages in order, without repeats', () => {
      assert.deepEqual(declaredLanguages(agenda), ['en', 'fr', 'es']);
      assert.deepEqual(declaredLanguages({ event: { languages: ['fr', 'fr', 3, 'en'] } }), ['fr', 'en']);
      assert.deepEqual(declaredLanguages({ event: { languages: 'en' } }), []);
      assert.deepEqual(declaredLanguages(null), []);
    });

    it('lists the declared languages first, then others found in text maps', () => {
      assert.deepEqual(availableLanguages(agenda), ['en', 'fr', 'es', 'ar']);
      assert.deepEqual(availableLanguages({ event: { title: { ru: 'x', zh: 'y' } }, sessions: [] }), ['ru', 'zh']);
    });

    it('ignores maps that are not text fields, such as the venue', () => {
      assert.deepEqual(availableLanguages({ event: { venue: { site: 'KICC', city: 'Kyoto' } } }), []);
    });
  });

  describe('text fields from the schema', () => {
    it('knows every text field of the format, and no other', () => {
      assert.deepEqual(TEXT_FIELD_PATHS.map((p) => p.join('.')), [
        'event.title', 'event.shortTitle', 'event.series', 'event.body', 'event.agendaItems.*.title', 'event.description',
        'event.venue.site', 'event.venue.city', 'event.documents.*.title', 'organizations.*.name', 'organizations.*.acronym',
        'people.*.position', 'people.*.bio', 'topics.*.title', 'topics.*.description', 'tracks.*.title', 'documents.*.title',
        'rooms.*.name', 'rooms.*.floor', 'sessions.*.title', 'sessions.*.room',
        'sessions.*.description', 'sessions.*.documents.*.title', 'sessions.*.items.*.title', 'sessions.*.items.*.description',
      ]);
    });

    it('matches concrete paths with list indices', () => {
      assert.equal(isTextFieldPath(['sessions', 2, 'items', 0, 'title']), true);
      assert.equal(isTextFieldPath(['sessions', '2', 'title']), false);
      assert.equal(isTextFieldPath(['people', 0, 'name']), false);
      assert.equal(isTextFieldPath(['event', 'title', 'en']), false);
    });
  });

  describe('localizer', () => {
    it('shows the first declared language by default, falling back along event.languages', () => {
      const l = localizer(agenda);
      assert.equal(l.language, 'en');
      assert.deepEqual(l.fallbacks, ['fr', 'es']);
      assert.equal(l.text(agenda.sessions[0].title), 'Première séance');
      assert.equal(l.direction, 'ltr');
    });

    it('shows a requested language', () => {
      const l = localizer(agenda, 'es');
      assert.deepEqual(l.fallbacks, ['en', 'fr']);
      assert.equal(l.text(agenda.sessions[0].title), 'Primera sesión');
      assert.equal(l.text(agenda.event.title), 'Workshop 4');
      assert.equal(l.text(undefined), '');
    });

    it('writes Arabic from right to left', () => {
      const l = localizer(agenda, 'ar');
      assert.equal(l.direction, 'rtl');
      assert.equal(l.text(agenda.topics[0].title), 'الذكاء الاصطناعي');
    });

    it('uses the first language found when none is declared, and English for an agenda without text maps', () => {
      assert.equal(localizer({ event: { title: { fr: 'Atelier' } } }).language, 'fr');
      assert.equal(localizer({ event: { title: 'Workshop' } }).language, 'en');
    });
  });

  it('names languages in a display language, and keeps unknown codes', () => {
    assert.equal(languageName('fr'), 'French');
    assert.equal(languageName('es', 'fr'), 'espagnol');
    assert.equal(languageName('qq'), 'qq');
    assert.equal(languageName('not a tag'), 'not a tag');
  });

  it('gives the writing direction of a language tag', () => {
    assert.deepEqual(['ar', 'he', 'fa', 'ur', 'AR', 'ar-EG', 'en', 'fr', 'zh', 'ru'].map(textDirection),
      ['rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});

import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../src/core/check/check';
import { IncrementalChecker } from '../../src/core/check/incremental';
import { quickFixes } from '../../src/core/language/quickFixes';
import { ENGLISH, type MessageId } from '../../src/core/messages/catalog/en';
import { catalogLanguage, catalogs, msg, placeholders, render } from '../../src/core/messages/messages';
import { parseAgenda } from '../../src/core/parse/parse';

const INVALID = path.join(__dirname, '../../../test/fixtures/invalid');
const fixture = (name: string) => fs.readFileSync(path.join(INVALID, `${name}.agenda.yaml`), 'utf8');
const fixtures = fs.readdirSync(INVALID).filter((f) => f.endsWith('.agenda.yaml')).map((f) => f.replace('.agenda.yaml', ''));
const ids = Object.keys(ENGLISH) as MessageId[];
const sorted = (template: string) => placeholders(template).sort();

/** Each diagnostic of a fixture as `line code message`, in a locale. */
function said(name: string, locale?: string): string[] {
  return check(fixture(name), { locale }).map((d) => `${d.range.start.line + 1} ${d.code} ${d.message}`);
}

describe('message catalogs', () => {
  it('has the five other UN languages, each with every message id of English and no other', () => {
    assert.deepEqual(Object.keys(catalogs()).sort(), ['ar', 'es', 'fr', 'ru', 'zh']);
    for (const [language, catalog] of Object.entries(catalogs())) {
      assert.deepEqual(ids.filter((id) => catalog[id] === undefined), [], `${language} lacks these ids`);
      assert.deepEqual(Object.keys(catalog).filter((id) => !(id in ENGLISH)), [], `${language} has ids English lacks`);
    }
  });

  it('keeps every placeholder of the English template in each translation, and adds none', () => {
    for (const [language, catalog] of Object.entries(catalogs())) {
      for (const id of ids) assert.deepEqual(sorted(catalog[id]!), sorted(ENGLISH[id]), `${language} ${id}`);
    }
  });

  it('finds placeholders only in braces around a name, so that a `{` in the text is not one', () => {
    assert.deepEqual(placeholders(ENGLISH['parse.tooDeep']), ['max']);
    assert.deepEqual(placeholders(ENGLISH['syntax.blockInFlow']), []);
    assert.deepEqual(placeholders('`{name}` or `{ }` and {n}'), ['name', 'n']);
  });

  it('takes a locale as VS Code, a shell or a person writes it, and falls back to the base language, then English', () => {
    assert.equal(catalogLanguage('fr'), 'fr');
    assert.equal(catalogLanguage('fr-CA'), 'fr');
    assert.equal(catalogLanguage('fr_FR.UTF-8'), 'fr');
    assert.equal(catalogLanguage('zh-cn'), 'zh');
    assert.equal(catalogLanguage('zh-TW'), 'zh');
    assert.equal(catalogLanguage('es-419'), 'es');
    assert.equal(catalogLanguage('ru'), 'ru');
    assert.equal(catalogLanguage('ar-EG'), 'ar');
    for (const other of ['de', 'en-GB', 'C', 'POSIX', '', undefined, 'xx-YY']) assert.equal(catalogLanguage(other), 'en', String(other));
  });

  it('falls back to English for an id a catalog lacks', () => {
    const french = catalogs().fr as Record<string, string>;
    const saved = french['fix.swap'];
    delete french['fix.swap'];
    try {
      assert.equal(render(msg('fix.swap'), 'fr'), 'Swap `start` and `end`');
    } finally {
      french['fix.swap'] = saved;
    }
    assert.equal(render(msg('fix.swap'), 'fr'), 'Intervertir `start` et `end`');
  });

  it('fills every placeholder: no diagnostic of any invalid fixture, in any language, shows a `{name}`', () => {
    for (const locale of ['en', 'ar', 'es', 'fr', 'ru', 'zh-cn']) {
      for (const name of fixtures) {
        for (const d of check(fixture(name), { locale })) {
          for (const message of [d.message, ...(d.related ?? []).map((r) => r.message)]) {
            assert.doesNotMatch(message, /\{[a-zA-Z]\w*\}/, `${locale} ${name}: ${message}`);
          }
        }
      }
    }
  });

  it('translates every diagnostic of every invalid fixture, at the same place with the same code and fixes', () => {
    for (const locale of ['ar', 'es', 'fr', 'ru', 'zh-cn']) {
      for (const name of fixtures) {
        const english = check(fixture(name));
        const translated = check(fixture(name), { locale });
        assert.deepEqual(translated.map((d) => [d.range, d.code, d.severity, d.suggestions]), english.map((d) => [d.range, d.code, d.severity, d.suggestions]), `${locale} ${name}`);
        translated.forEach((d, i) => assert.notEqual(d.message, english[i].message, `${locale} ${name}: ${d.message}`));
      }
    }
  });
});

describe('diagnostics in a locale', () => {
  it('gives French diagnostics for a real agenda, message for message', () => {
    assert.deepEqual(said('unknown-ids', 'fr'), [
      "6 unknown-organization Identifiant inconnu `unodcc` (organisation)\u00a0: aucune entrée de `organizations` ne porte cet identifiant. Vouliez-vous dire `unodc`\u00a0?",
      "8 unused-id L'organisation `unodc` n'est jamais citée\u00a0: rien n'y renvoie.",
      "13 unknown-organization Identifiant inconnu `kic` (organisation)\u00a0: aucune entrée de `organizations` ne porte cet identifiant.",
      "15 unused-id Le thème `cryptocurrencies` n'est jamais utilisé\u00a0: aucune séance ne le traite.",
      "21 unknown-person Identifiant inconnu `jane-do` (personne)\u00a0: aucune entrée de `people` ne porte cet identifiant. Vouliez-vous dire `jane-doe`\u00a0?",
      "23 unknown-topic Identifiant inconnu `cryptocurrency` (thème)\u00a0: aucune entrée de `topics` ne porte cet identifiant. Vouliez-vous dire `cryptocurrencies`\u00a0?",
    ]);
    assert.deepEqual(said('schema-required', 'fr'), [
      '2 schema-required `event`\u00a0: il manque les clés obligatoires `start` et `end`.',
      '5 schema-required Séance `first-meeting`\u00a0: il manque les clés obligatoires `title` et `date`.',
    ]);
    assert.deepEqual(said('yaml-syntax-tab', 'fr'), ["9 yaml-syntax Les tabulations ne peuvent pas servir à l'indentation en YAML\u00a0; indentez avec des espaces."]);
  });

  it('names languages, lists and related places in the locale', () => {
    const [, session] = check(fixture('missing-translation'), { locale: 'fr' });
    assert.equal(session.message, "`title` (séance `first-meeting`) n'a pas de texte en français (fr) ou espagnol (es)\u00a0; `event.languages` indique en, fr, es.");
    assert.equal(session.related?.[0].message, "Les langues de l'événement");
    const [overlap] = check(fixture('time-overlap'), { locale: 'es' });
    assert.equal(overlap.message, 'La sesión `side-event` (12:00–14:00) se superpone con la sesión `first-meeting` (10:00–13:00) en la misma sala (Room B) el 2020-04-24.');
    assert.equal(overlap.related?.[0].message, 'Sesión `first-meeting`');
    assert.deepEqual(said('schema-required', 'zh-cn'), ['2 schema-required `event`缺少必需的键 `start`和`end`。', '5 schema-required 会议 `first-meeting`缺少必需的键 `title`和`date`。']);
    assert.deepEqual(said('schema-required', 'ar'), ['2 schema-required `event`: المفاتيح المطلوبة `start` و`end` ناقصة.', '5 schema-required جلسة `first-meeting`: المفاتيح المطلوبة `title` و`date` ناقصة.']);
    assert.deepEqual(said('schema-required', 'ru'), ['2 schema-required `event`: отсутствуют обязательные ключи `start` и `end`.', '5 schema-required Заседание `first-meeting`: отсутствуют обязательные ключи `title` и `date`.']);
  });

  it('falls back from fr-CA to French, and from an unknown locale to English, unchanged', () => {
    for (const name of fixtures) {
      assert.deepEqual(said(name, 'fr-CA'), said(name, 'fr'), name);
      assert.deepEqual(check(fixture(name), { locale: 'de' }), check(fixture(name)), name);
      assert.deepEqual(check(fixture(name), { locale: 'en' }), check(fixture(name)), name);
    }
  });

  it('speaks the locale in the incremental checker, for the whole file and after an edit inside one entry', () => {
    const text = fixture('unknown-ids');
    const checker = new IncrementalChecker({ locale: 'ru' });
    assert.deepEqual(checker.check(text), check(text, { locale: 'ru' }));
    const edited = text.replace('chair: jane-do\n', 'chair: jane-d\n');
    assert.deepEqual(checker.check(edited), check(edited, { locale: 'ru' }));
    assert.equal(checker.lastParse, 'entry');
    assert.match(checker.check(edited).find((d) => d.code === 'unknown-person')!.message, /^Неизвестный идентификатор `jane-d` \(участник\)/);
  });

  it('says file-too-large and internal errors in the locale', () => {
    assert.equal(check('x'.repeat(2048), { maxLength: 1024, locale: 'fr' })[0].message,
      'Ce fichier est trop volumineux pour être vérifié pendant la saisie (2 Ko\u00a0; la limite est de 1 Ko)\u00a0; lancez plutôt `agenda check` sur ce fichier.');
  });

  it('gives quick-fix titles in the locale', () => {
    const parsed = parseAgenda(fixture('unknown-ids'));
    const diagnostics = check(parsed.text).filter((d) => d.code === 'unknown-person');
    assert.deepEqual(quickFixes(parsed, diagnostics, 'fr').map((f) => f.title), quickFixes(parsed, diagnostics).map((f) => f.title).map((t) => ({
      'Change to `jane-doe` (Jane Doe)': 'Remplacer par `jane-doe` (Jane Doe)',
      'Create the person `jane-do` under `people`': 'Créer `jane-do` (personne) sous `people`',
      'Ignore `unknown-person` on this line': 'Ignorer `unknown-person` sur cette ligne',
    } as Record<string, string>)[t] ?? t));
    assert.ok(quickFixes(parsed, diagnostics, 'fr').every((f) => /^(Remplacer|Créer|Ignorer)/.test(f.title)));
  });
});

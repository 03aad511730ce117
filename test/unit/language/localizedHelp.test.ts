import * as assert from 'assert';
import { completionsAt, hoverAt, parseAgenda, type CompletionEntry } from '../../../src/core';
import { AGENDA, cursor, positionOf, withLine } from './agendaText';

const parsed = parseAgenda(AGENDA);
const hover = (locale: string, needle: string, n = 0, shift = 0, text = AGENDA) => hoverAt(text === AGENDA ? parsed : parseAgenda(text), positionOf(text, needle, n, shift), locale)?.markdown;

function complete(marked: string, locale: string): [string, string | undefined][] {
  const { text, position } = cursor(marked);
  return completionsAt(text, position, undefined, locale).map((e: CompletionEntry) => [e.label, e.detail]);
}

/** Places to hover, each in its own words: a person referred to, a topic, an organisation, an unknown id, a required key, a key with choices, a language and a country code. */
const UNKNOWN = withLine(34, '    speakers: [john-doe]');
const CODES = withLine(2, '  title: Regional workshop\n  languages: [en, fr]\n  venue:\n    country: AT');

/** English words of the hover and completion that a translation must not leave behind (French writes `minutes` too). */
const ENGLISH_WORDS = /\b(Person|Topic|Sessions|People|Event|Unknown|required|One of|In no session|chair|speaker|organiser|Used by|is free|hours?|minutes|Until|When the)\b/;

describe('hover and completion in the language of the messages', () => {
  it('French: the person, the topic, the organisation, an unknown id, keys and codes', () => {
    assert.strictEqual(hover('fr', 'jane-doe', 1, 3), '**Personne** `jane-doe`: Dr. Jane Doe\n\nKorean Institute of Criminology\n\nSéances\u00a0:\n- Opening (2024-03-04, 09:00–10:30, Room A) — président, intervenant');
    assert.strictEqual(hover('fr', 'cybercrime'), '**Thème** `cybercrime`: Cybercrime\n\nSéances\u00a0:\n- Panel (2024-03-04, 11:00–12:00, Room A)');
    assert.strictEqual(hover('fr', 'unodc]'), "**Organisation** `unodc`: United Nations Office on Drugs and Crime (UNODC)\n\nRôle dans l'événement\u00a0: organisateur.\n\nDans aucune séance pour l'instant.");
    assert.strictEqual(hover('fr', 'kic', 1), '**Organisation** `kic`: Korean Institute of Criminology\n\nPersonnes\u00a0: `jane-doe`\n\nSéances\u00a0:\n- Opening (2024-03-04, 09:00–10:30, Room A) — président, intervenant');
    assert.strictEqual(hover('fr', 'john-doe', 0, 0, UNKNOWN), 'Personne inconnue `john-doe`\u00a0: aucune entrée de `people` ne porte cet identifiant.');
    assert.match(hover('fr', 'date:')!, /^\*\*date\*\* \(obligatoire\)\n\n/);
    assert.match(hover('fr', 'part:', 0, 1)!, /\n\nValeurs possibles\u00a0: `morning`, `afternoon`, `evening`\.$/);
    assert.strictEqual(hover('fr', 'fr]', 0, 0, CODES), '`fr`: français');
    assert.strictEqual(hover('fr', 'AT', 0, 0, CODES), '`AT`: Autriche');
  });

  it('Arabic, Spanish, Russian and Chinese: the same hovers in their words', () => {
    assert.strictEqual(hover('ar', 'jane-doe', 1, 3), '**شخص** `jane-doe`: Dr. Jane Doe\n\nKorean Institute of Criminology\n\nالجلسات:\n- Opening (2024-03-04, 09:00–10:30, Room A) — رئيس، متحدث');
    assert.strictEqual(hover('ar', 'unodc]'), '**منظمة** `unodc`: United Nations Office on Drugs and Crime (UNODC)\n\nالدور في الحدث: منظِّم.\n\nليس في أي جلسة بعد.');
    assert.strictEqual(hover('es', 'cybercrime'), '**Tema** `cybercrime`: Cybercrime\n\nSesiones:\n- Panel (2024-03-04, 11:00–12:00, Room A)');
    assert.strictEqual(hover('es', 'john-doe', 0, 0, UNKNOWN), 'Persona desconocida `john-doe`: ninguna entrada de `people` tiene este identificador.');
    assert.strictEqual(hover('ru', 'kic', 1), '**Организация** `kic`: Korean Institute of Criminology\n\nЛюди: `jane-doe`\n\nЗаседания:\n- Opening (2024-03-04, 09:00–10:30, Room A) — председатель, докладчик');
    assert.strictEqual(hover('ru', 'AT', 0, 0, CODES), '`AT`: Австрия');
    assert.strictEqual(hover('zh-cn', 'jane-doe', 1, 3), '**人员** `jane-doe`: Dr. Jane Doe\n\nKorean Institute of Criminology\n\n会议：\n- Opening (2024-03-04, 09:00–10:30, Room A) — 主席、发言人');
    assert.strictEqual(hover('zh-cn', 'fr]', 0, 0, CODES), '`fr`: 法语');
  });

  it('French completion: weekdays, free slots, lengths, rooms, languages and required keys', () => {
    assert.deepStrictEqual(complete(withLine(43, '    date: ‸'), 'fr'), [
      ['2024-03-04', 'lundi 4 mars 2024'], ['2024-03-05', 'mardi 5 mars 2024'], ['2024-03-06', 'mercredi 6 mars 2024'],
    ]);
    assert.deepStrictEqual(complete(withLine(45, '    start: ‸'), 'fr'), [['10:30', 'Room A est libre après opening']]);
    assert.deepStrictEqual(complete(withLine(31, '    end: ‸'), 'fr'), [
      ['11:00', "Jusqu'au début de panel"], ['10:00', '1 heure'], ['10:30', '90 minutes'], ['12:00', '3 heures'],
    ]);
    const rooms = withLine(48, '    topics: [cybercrime]\n  - id: side\n    title: Side event\n    date: 2024-03-04\n    room: Room C\n  - id: late\n    title: Late\n    date: 2024-03-04\n    room: R‸');
    assert.deepStrictEqual(complete(rooms, 'fr'), [['Room A', 'Utilisée par 2 autres séances'], ['Room C', 'Utilisée par 1 autre séance']]);
    assert.deepStrictEqual(complete(withLine(40, '        speakers: [jane-doe]\n      - title: Talk\n        duration: 30\n        time: ‸'), 'fr'), [['09:20', 'À la fin du point précédent']]);
    assert.deepStrictEqual(complete(withLine(5, '  languages: [en, ‸]'), 'fr').find(([label]) => label === 'es'), ['es', 'espagnol']);
    assert.strictEqual(complete(withLine(48, '    topics: [cybercrime]\n  - ‸'), 'fr').find(([label]) => label === 'id')![1], "(obligatoire) L'identifiant de la séance.");
  });

  it('the schema documentation of a key in French and Arabic: hover, and completion detail and documentation', () => {
    assert.strictEqual(hover('fr', 'date:', 1), "**date** (obligatoire)\n\nLe jour de la séance, `YYYY-MM-DD`, compris entre le `start` et la `end` de l'événement.");
    assert.strictEqual(hover('fr', 'part:'), '**part**\n\nLe moment de la journée\u00a0: `morning`, `afternoon` ou `evening`. Sert quand les heures exactes ne sont pas encore connues, et s\'imprime à côté des heures.\n\nValeurs possibles\u00a0: `morning`, `afternoon`, `evening`.');
    assert.strictEqual(hover('fr', 'organizers'), "**organizers**\n\nLes identifiants des organisations (de `organizations`) qui organisent l'événement.");
    assert.strictEqual(hover('ar', 'chair:'), '**chair**\n\nمعرِّف الشخص (من `people`) الذي يرأس الجلسة، أو قائمة معرِّفات للرؤساء المشاركين: `chair: [jane-doe, li-wei]`.');
    assert.strictEqual(hover('ar', 'date:', 1), '**date** (مطلوب)\n\nيوم الجلسة، `YYYY-MM-DD`، بين `start` و`end` الخاصين بالحدث.');
    assert.strictEqual(hover('ar', 'duration:'), '**duration**\n\nمدة الفقرة، بـ**الدقائق**.');
    const session = withLine(48, '    topics: [cybercrime]\n  - ‸');
    const entry = (locale: string, label: string) => {
      const found = completionsAt(cursor(session).text, cursor(session).position, undefined, locale).find((e) => e.label === label)!;
      return [found.detail, found.documentation];
    };
    assert.deepStrictEqual(entry('fr', 'room'), [
      "La salle\u00a0: l'identifiant d'une entrée de rooms lorsque l'agenda ou son parent déclare des salles, sinon son nom, par exemple Salle B.",
      "La salle\u00a0: l'`id` d'une entrée de `rooms` lorsque l'agenda (ou l'agenda dont il fait partie, `partOf`) déclare des salles, sinon son nom, par exemple `Room B`. Deux séances dans une même salle ne doivent pas se chevaucher, dans tous les fichiers d'un programme.",
    ]);
    assert.deepStrictEqual(entry('ar', 'id'), ['(مطلوب) معرِّف الجلسة.', 'معرِّف الجلسة، يُستخدم في الروابط وإدخالات التقويم والإحالات.']);
    assert.deepStrictEqual(entry('ar', 'title'), ['(مطلوب) عنوان الجلسة.', 'عنوان الجلسة.']);
    assert.deepStrictEqual(entry('en', 'id'), ['(required) The id of the session.', 'The id of the session, used for links, calendar entries and references.']);
  });

  it('Arabic, Russian and Chinese completion details in their words', () => {
    assert.deepStrictEqual(complete(withLine(31, '    end: ‸'), 'ar'), [['11:00', 'حتى تبدأ panel'], ['10:00', 'ساعة واحدة'], ['10:30', '90 دقيقة'], ['12:00', '3 ساعات']]);
    assert.deepStrictEqual(complete(withLine(45, '    start: ‸'), 'ru'), [['10:30', 'Room A свободен после opening']]);
    assert.deepStrictEqual(complete(withLine(43, '    date: ‸'), 'zh-cn')[0], ['2024-03-04', '2024年3月4日星期一']);
  });

  it('leaves no English word of its own in any hover of the agenda, the documentation of keys included, in any of the five languages, and English as it was', () => {
    const offsets = [...AGENDA.matchAll(/[\w-]+/g)].map((m) => m.index);
    for (const locale of ['ar', 'es', 'fr', 'ru', 'zh-cn']) {
      for (const text of [AGENDA, UNKNOWN]) {
        const agenda = parseAgenda(text);
        for (const offset of offsets) {
          const markdown = hoverAt(agenda, agenda.lines.positionAt(offset), locale)?.markdown;
          if (!markdown) continue;
          const own = markdown.replace(/`[^`]*`/g, '').replace(/^\*\*[\w$]+\*\*/, '').replace(/Dr\. Jane Doe|Korean Institute of Criminology|United Nations Office[^\n]*|Cybercrime|Opening|Panel|Room A|John Roe/g, '');
          assert.doesNotMatch(locale === 'fr' ? own.replace(/\bminutes\b/g, '') : own, ENGLISH_WORDS, `${locale} at ${offset}: ${markdown}`);
        }
      }
    }
    assert.strictEqual(hoverAt(parsed, positionOf(AGENDA, 'cybercrime'), 'de')!.markdown, hoverAt(parsed, positionOf(AGENDA, 'cybercrime'))!.markdown);
  });
});

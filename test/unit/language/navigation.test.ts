import * as assert from 'assert';
import { applyEdits, definitionAt, highlightsAt, hoverAt, parseAgenda, prepareRenameAt, referencesAt, renameAt } from '../../../src/core';
import { AGENDA, positionOf, withLine } from './agendaText';

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });
const parsed = parseAgenda(AGENDA);

describe('hover', () => {
  it('shows a key\'s documentation from the schema, with its allowed values and whether it is required', () => {
    assert.deepStrictEqual(hoverAt(parsed, positionOf(AGENDA, 'part:', 0, 1)), {
      markdown: '**part**\n\nThe part of the day: `morning`, `afternoon` or `evening`. Used when exact times are not known yet, and printed beside the times.\n\nOne of: `morning`, `afternoon`, `evening`.',
      range: range(29, 4, 8),
    });
    assert.match(hoverAt(parsed, positionOf(AGENDA, 'date:'))!.markdown, /^\*\*date\*\* \(required\)\n\nThe day of the session, `YYYY-MM-DD`, within the event's `start` and `end`\.$/);
  });

  it('shows the person a reference names, with the sessions and roles they have', () => {
    assert.deepStrictEqual(hoverAt(parsed, positionOf(AGENDA, 'jane-doe', 1, 3)), {
      markdown: '**Person** `jane-doe`: Dr. Jane Doe\n\nKorean Institute of Criminology\n\nSessions:\n- Opening (2024-03-04, 09:00–10:30, Room A) — chair, speaker',
      range: range(33, 11, 19),
    });
  });

  it('shows a topic on its own definition, and an organisation with its people and event role', () => {
    assert.strictEqual(hoverAt(parsed, positionOf(AGENDA, 'cybercrime'))!.markdown, '**Topic** `cybercrime`: Cybercrime\n\nSessions:\n- Panel (2024-03-04, 11:00–12:00, Room A)');
    assert.strictEqual(hoverAt(parsed, positionOf(AGENDA, 'unodc]'))!.markdown, '**Organisation** `unodc`: United Nations Office on Drugs and Crime (UNODC)\n\nEvent organiser.\n\nIn no session yet.');
    assert.strictEqual(hoverAt(parsed, positionOf(AGENDA, 'kic', 1))!.markdown, '**Organisation** `kic`: Korean Institute of Criminology\n\nPeople: `jane-doe`\n\nSessions:\n- Opening (2024-03-04, 09:00–10:30, Room A) — chair, speaker');
  });

  it('says when a reference names nothing', () => {
    const text = withLine(34, '    speakers: [john-doe]');
    assert.deepStrictEqual(hoverAt(parseAgenda(text), positionOf(text, 'john-doe')), {
      markdown: 'Unknown person `john-doe`: nothing under `people` has this id.',
      range: range(34, 15, 23),
    });
  });

  it('names language and country codes, and escapes Markdown in agenda text', () => {
    const text = withLine(2, '  title: Regional *workshop*\n  languages: [en, fr]\n  venue:\n    country: AT');
    const agenda = parseAgenda(text);
    assert.deepStrictEqual(hoverAt(agenda, positionOf(text, 'fr]')), { markdown: '`fr`: French', range: range(3, 18, 20) });
    assert.strictEqual(hoverAt(agenda, positionOf(text, 'AT'))!.markdown, '`AT`: Austria');
    const session = withLine(27, '    title: Opening *[here](https://x)*');
    assert.match(hoverAt(parseAgenda(session), positionOf(session, 'cryptocurrencies]'))!.markdown, /- Opening \\\*\\\[here\\\]\(https:\/\/x\)\\\* \(/);
  });

  it('shows nothing on plain text', () => {
    assert.strictEqual(hoverAt(parsed, positionOf(AGENDA, 'Welcome')), undefined);
  });
});

describe('go to definition and find references', () => {
  it('goes from a reference to the id that defines it', () => {
    assert.deepStrictEqual(definitionAt(parsed, positionOf(AGENDA, 'john-roe]', 0, 4)), range(18, 8, 16));
    assert.deepStrictEqual(definitionAt(parsed, positionOf(AGENDA, 'kic', 1, 3)), range(11, 8, 11));
  });

  it('finds nothing for an unknown id or for plain text', () => {
    const text = withLine(34, '    speakers: [john-doe]');
    assert.strictEqual(definitionAt(parseAgenda(text), positionOf(text, 'john-doe')), undefined);
    assert.strictEqual(definitionAt(parsed, positionOf(AGENDA, 'Welcome')), undefined);
  });

  it('finds every reference to a person, with or without the definition', () => {
    const at = positionOf(AGENDA, 'jane-doe');
    assert.deepStrictEqual(referencesAt(parsed, at), [range(14, 8, 16), range(33, 11, 19), range(40, 19, 27)]);
    assert.deepStrictEqual(referencesAt(parsed, at, false), [range(33, 11, 19), range(40, 19, 27)]);
  });
});

describe('highlights', () => {
  it('highlights the whole id wherever it occurs, its definition as written', () => {
    assert.deepStrictEqual(highlightsAt(parsed, positionOf(AGENDA, 'jane-doe', 2, 6)), [
      { range: range(14, 8, 16), kind: 'write' },
      { range: range(33, 11, 19), kind: 'read' },
      { range: range(40, 19, 27), kind: 'read' },
    ]);
    assert.deepStrictEqual(highlightsAt(parsed, positionOf(AGENDA, 'Welcome')), []);
  });
});

describe('rename', () => {
  it('gives the range and text of the id to rename, without quotes', () => {
    const text = withLine(33, '    chair: "jane-doe"');
    assert.deepStrictEqual(prepareRenameAt(parseAgenda(text), positionOf(text, 'jane-doe', 1)), { range: range(33, 12, 20), placeholder: 'jane-doe' });
    assert.deepStrictEqual(prepareRenameAt(parsed, positionOf(AGENDA, 'Welcome')), { error: 'Only the id of a topic, person, organisation or session can be renamed here.' });
  });

  it('renames a person in its definition and every reference, keeping quotes', () => {
    const text = withLine(33, '    chair: "jane-doe"');
    const result = renameAt(parseAgenda(text), positionOf(text, 'jane-doe', 2), 'jane-smith');
    assert.ok('edits' in result);
    assert.deepStrictEqual(result.edits, [
      { range: range(14, 8, 16), newText: 'jane-smith' },
      { range: range(33, 12, 20), newText: 'jane-smith' },
      { range: range(40, 19, 27), newText: 'jane-smith' },
    ]);
    const renamed = applyEdits(text, result.edits);
    assert.strictEqual(renamed, text.replace(/jane-doe/g, 'jane-smith'));
  });

  it('renames a topic, an organisation and a session', () => {
    const edits = (needle: string, id: string) => {
      const result = renameAt(parsed, positionOf(AGENDA, needle), id);
      return 'edits' in result ? result.edits : result.error;
    };
    assert.deepStrictEqual(edits('cybercrime', 'cyber'), [{ range: range(23, 8, 18), newText: 'cyber' }, { range: range(48, 13, 23), newText: 'cyber' }]);
    assert.deepStrictEqual(edits('kic', 'kic-korea'), [{ range: range(11, 8, 11), newText: 'kic-korea' }, { range: range(17, 17, 20), newText: 'kic-korea' }]);
    assert.deepStrictEqual(edits('panel', 'closing-panel'), [{ range: range(41, 8, 13), newText: 'closing-panel' }]);
  });

  it('refuses an id that another entry of the same kind has, and an invalid id', () => {
    assert.deepStrictEqual(renameAt(parsed, positionOf(AGENDA, 'jane-doe'), 'john-roe'), { error: 'The person id `john-roe` is already taken (line 19).' });
    assert.deepStrictEqual(renameAt(parsed, positionOf(AGENDA, 'jane-doe'), 'Jane Doe'), { error: '`Jane Doe` is not a valid id: use lower-case letters, digits and hyphens, starting with a letter.' });
    assert.deepStrictEqual(renameAt(parsed, positionOf(AGENDA, 'jane-doe'), 'jane-doe'), { edits: [] });
  });

  it('lets a topic take an id that only a person has', () => {
    const result = renameAt(parsed, positionOf(AGENDA, 'cybercrime'), 'jane-doe');
    assert.ok('edits' in result && result.edits.length === 2);
  });
});

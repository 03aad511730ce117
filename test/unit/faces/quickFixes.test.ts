import * as assert from 'assert/strict';
import { applyEdits, check, checkParsed, parseAgenda, quickFixes, type Diagnostic, type QuickFix } from '../../../src/core';
import { renameAt } from '../../../src/core/language/navigation';
import { agendaWith, session } from './agendas';

/** The quick fixes for the diagnostics with a code, with what each makes of the text and what a check says then. */
function fixes(text: string, code: Diagnostic['code']): { title: string; after: string; left: string[] }[] {
  const parsed = parseAgenda(text);
  const diagnostics = checkParsed(parsed).filter((d) => d.code === code);
  assert.ok(diagnostics.length, `no ${code} in the text`);
  return quickFixes(parsed, diagnostics).map((fix: QuickFix) => {
    const after = applyEdits(text, fix.edits);
    return { title: fix.title, after, left: check(after).filter((d) => d.severity !== 'info').map((d) => `${d.code}: ${d.message}`) };
  });
}

const people = (text: string, ...ids: string[]) => text.replace('sessions:', `people:\n${ids.map((id) => `  - { id: ${id}, name: N ${id} }`).join('\n')}\nsessions:`);
const line = (text: string, needle: string) => text.split('\n').find((l) => l.includes(needle));

describe('quick fixes that make things better (issue 15, class 6)', () => {
  it('adds a translation to a flow map in quotes when plain text would break the map', () => {
    const text = agendaWith([
      'id: a\ntitle: { en: "Opening, welcome" }\ndate: 2020-04-24',
      "id: b\ntitle: { en: 'Talks: [a], {b}' }\ndate: 2020-04-24",
      'id: c\ntitle: { en: Plain words }\ndate: 2020-04-24',
    ], ['languages: [en, fr]']);
    const made = fixes(text, 'missing-translation').filter((f) => f.title.startsWith('Add the French'));
    assert.deepEqual(made.map((f) => line(f.after, 'fr:')), [
      'title: { en: "Opening, welcome", fr: "Opening, welcome" }',
      "title: { en: 'Talks: [a], {b}', fr: \"Talks: [a], {b}\" }",
      'title: { en: Plain words, fr: Plain words }',
    ].map((l) => `    ${l}`));
    for (const fix of made) assert.deepEqual(fix.left.filter((l) => !l.startsWith('missing-translation')), [], fix.after);
  });

  it('never suggests an id the same list already holds, as completion does not', () => {
    const text = people(agendaWith([
      session('a', { date: '2020-04-24', speakers: '[john-roe, john-ro]' }),
      session('b', { date: '2020-04-24', speakers: '[john-ro]', chair: 'john-roe' }),
    ]), 'john-roe', 'joan-roe');
    const found = check(text).filter((d) => d.code === 'unknown-person');
    assert.deepEqual(found.map((d) => d.suggestions ?? []), [['joan-roe'], ['john-roe', 'joan-roe']]);
    assert.deepEqual(found.map((d) => d.message), [
      'Unknown person `john-ro`: no entry of `people` has this id. Did you mean `joan-roe`?',
      'Unknown person `john-ro`: no entry of `people` has this id. Did you mean `john-roe`?',
    ]);
    const first = fixes(text, 'unknown-person').find((f) => f.title.startsWith('Change'))!;
    assert.match(first.after, /speakers: \[john-roe, joan-roe\]/);
    assert.deepEqual(first.left, ['unknown-person: Unknown person `john-ro`: no entry of `people` has this id. Did you mean `john-roe`?']);
  });

  it('adds a `platform` to an `online` with neither it nor a `url`, beside an `x-` key or alone, leaving nothing to report', () => {
    const text = agendaWith([
      session('block', { date: '2020-04-24', start: '"10:00"', end: '"11:00"', mode: 'online', online: '{ x-note: the link follows }' }),
      session('flow', { date: '2020-04-24', start: '"11:00"', end: '"12:00"', mode: 'hybrid', online: '{}' }),
    ]);
    const added = fixes(text, 'schema-alternative').filter((f) => f.title === 'Add `platform`');
    assert.equal(added.length, 2);
    assert.match(added[0].after, /online: \{ x-note: the link follows, platform: Zoom \}/);
    assert.match(added[1].after, /online: \{platform: Zoom\}/);
    for (const fix of added) assert.deepEqual(fix.left.filter((l) => !l.startsWith('schema-alternative')), [], fix.after);
  });

  it('silences the empty-file diagnostic it offers to ignore, in an empty file and one with only comments', () => {
    for (const text of ['', '\n\n', '# notes to self\n']) {
      const [ignore] = fixes(text, 'schema-required');
      assert.equal(ignore.title, 'Ignore `schema-required` on this line');
      assert.deepEqual(ignore.left, [], JSON.stringify(ignore.after));
    }
  });

  it('renames an id written as a folded or literal block without joining the next entry onto its line', () => {
    for (const header of ['>-', '|-', '>2-']) {
      const text = people(agendaWith([session('a', { date: '2020-04-24', chair: 'ann' })]), 'bob').replace('  - { id: bob, name: N bob }', `  - id: ${header}\n      ann\n    name: Ann Lee\n  - { id: bob, name: N bob }`);
      assert.deepEqual(check(text).filter((d) => d.severity !== 'info'), [], header);
      const at = text.indexOf('chair: ann') + 'chair: '.length;
      const result = renameAt(parseAgenda(text), { line: text.slice(0, at).split('\n').length - 1, character: 11 }, 'ann-lee');
      assert.ok('edits' in result, header);
      const after = applyEdits(text, result.edits);
      assert.ok(after.includes(`  - id: ${header}\n      ann-lee\n    name: Ann Lee\n  - { id: bob`), after);
      assert.deepEqual(check(after).filter((d) => d.severity !== 'info'), [], header);
    }
  });

  it('replaces a misspelt id written as a block scalar inside the block', () => {
    const text = people(agendaWith([session('a', { date: '2020-04-24', chair: 'jon-roe', room: 'A' })]), 'john-roe').replace('chair: jon-roe', 'chair: >-\n      jon-roe');
    const change = fixes(text, 'unknown-person').find((f) => f.title.startsWith('Change'))!;
    assert.match(change.after, /chair: >-\n {6}john-roe\n {4}room: A\n/);
    assert.deepEqual(change.left, []);
  });
});

describe('quick fixes on numbers (issue 15, class 11, the core side)', () => {
  const at = (start: string, end: string) => ({ date: '2020-04-24', start: `"${start}"`, end: `"${end}"`, room: 'Hall A' });
  const fixed = (text: string, code: Diagnostic['code']) => fixes(text, code).filter((f) => !f.title.startsWith('Ignore'));

  it('turns a date written as a number into the date it spells, and a time written as a number into a quoted time', () => {
    const text = agendaWith([session('a', { date: '20200424', start: '1000', end: '"11:00"' }), session('b', { date: '2020-04-24', start: '9.30', end: '"11:00"', room: 'B' })]);
    const date = fixed(text, 'schema-format');
    assert.deepEqual(date.map((f) => [f.title, line(f.after, 'date: 2020')]), [['Change to `2020-04-24`', '    date: 2020-04-24']]);
    const times = fixed(text, 'schema-pattern');
    assert.deepEqual(times.map((f) => f.title), ['Change to `10:00`', 'Change to `09:30`']);
    assert.match(times[0].after, /start: "10:00"/);
    assert.match(times[1].after, /start: "09:30"/);
    assert.deepEqual(times[1].left, ['schema-format: `20200424` is not a date: write YYYY-MM-DD, here `2020-04-24`.', 'schema-pattern: `1000` is not a time: write HH:MM on the 24-hour clock, here `10:00`.']);
  });

  it('quotes a number where text belongs, writes minutes for hours, and offers no quotes that would leave an invalid id', () => {
    const text = agendaWith([session('a', { date: '2020-04-24', room: '101', start: '"10:00"', duration: '1.5' }), 'id: 42\ntitle: T\ndate: 2020-04-24']);
    assert.deepEqual(fixed(text, 'schema-type').map((f) => [f.title, f.left.length]), [['Change to `"101"`', 2], ['Change to `90`', 2]]);
    const id = check(text).find((d) => d.message.startsWith('`42`'))!;
    assert.equal(id.message, '`42` is not a valid `id`: use lower-case letters, digits and hyphens, starting with a letter, e.g. `first-meeting`.');
    assert.equal(id.suggestions, undefined);
  });

  it('writes a time it suggests in quotes even where the author wrote none, so YAML 1.1 tools read text', () => {
    const text = agendaWith([session('a', { date: '2020-04-24', start: '10h30', end: '"11:00"' })]);
    assert.deepEqual(fixed(text, 'schema-pattern').map((f) => line(f.after, 'start: "')), ['    start: "10:30"']);
    const moved = agendaWith([session('a', at('10:00', '11:00')), session('b', at('10:30', '11:00'))]).replace('start: "10:30"', 'start: 10:30');
    const move = fixed(moved, 'time-overlap').find((f) => f.title.startsWith('Move'))!;
    assert.match(move.after, /start: "11:00"\n {4}end: "11:30"/);
  });
});

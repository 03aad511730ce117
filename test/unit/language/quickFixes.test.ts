import * as assert from 'assert';
import { applyEdits, check, checkParsed, parseAgenda, quickFixes, type Diagnostic, type QuickFix } from '../../../src/core';
import { AGENDA, withLine } from './agendaText';

/** The fixes offered for the diagnostics of a text with the given code. */
function fixesFor(text: string, code: Diagnostic['code']): QuickFix[] {
  const parsed = parseAgenda(text);
  const diagnostics = checkParsed(parsed).filter((d) => d.code === code);
  assert.ok(diagnostics.length, `no ${code} in the text`);
  return quickFixes(parsed, diagnostics);
}

/** The text after the fix with this title. */
function fixed(text: string, code: Diagnostic['code'], title: string): string {
  const fix = fixesFor(text, code).find((f) => f.title === title);
  assert.ok(fix, `no fix "${title}" among ${fixesFor(text, code).map((f) => f.title).join(' / ')}`);
  return applyEdits(text, fix.edits);
}

const range = (line: number, from: number, to: number) => ({ start: { line, character: from }, end: { line, character: to } });

describe('quick fixes', () => {
  it('replaces a misspelt key with the suggestion', () => {
    const text = withLine(32, '    romo: Room A');
    const [fix] = fixesFor(text, 'schema-unknown-key');
    assert.deepStrictEqual([fix.title, fix.preferred, fix.edits], ['Change the key to `room`', true, [{ range: range(32, 4, 8), newText: 'room' }]]);
    assert.deepStrictEqual(check(applyEdits(text, fix.edits)), []);
  });

  it('takes up an agenda item said to be continued where no session before took it up: the entry becomes its number, flow or block', () => {
    const event = '  organizers: [unodc]\n  agendaItems:\n    - { number: 3, title: General debate }\n    - { number: "3 (a)", title: Crime trends }';
    const title = 'Remove `continued`: item `3 (a)` begins in this session';
    const flow = withLine(5, event, withLine(35, '    topics: [cryptocurrencies]\n    agendaItems: [3, { item: "3 (a)", continued: true }]'));
    const [fix] = fixesFor(flow, 'agenda-item-not-begun');
    assert.deepStrictEqual([fix.title, fix.preferred, fix.edits], [title, true, [{ range: range(39, 21, 55), newText: '"3 (a)"' }]]);
    assert.strictEqual(applyEdits(flow, fix.edits), flow.replace('{ item: "3 (a)", continued: true }', '"3 (a)"'));
    assert.deepStrictEqual(check(applyEdits(flow, fix.edits)), []);
    const block = withLine(5, event, withLine(35, '    topics: [cryptocurrencies]\n    agendaItems:\n      - item: 3 (a)\n        continued: true'));
    assert.strictEqual(fixed(block, 'agenda-item-not-begun', title), block.replace('- item: 3 (a)\n        continued: true', '- 3 (a)'));
    const own = block.replace('continued: true', 'continued: true\n        x-note: from the 2019 session');
    assert.deepStrictEqual(fixesFor(own, 'agenda-item-not-begun').map((f) => f.title), ['Ignore `agenda-item-not-begun` on this line']);
  });

  it('replaces a misspelt enum value, keeping its quotes', () => {
    assert.strictEqual(fixed(withLine(29, '    part: mornin'), 'schema-enum', 'Change to `morning`'), AGENDA);
    assert.strictEqual(fixed(withLine(29, "    part: 'mornin'"), 'schema-enum', 'Change to `morning`'), withLine(29, "    part: 'morning'"));
  });

  it('replaces a misspelt id with the closest one, named in the title', () => {
    const text = withLine(34, '    speakers: [john-ro]');
    const fixes = fixesFor(text, 'unknown-person');
    assert.deepStrictEqual(fixes.map((f) => f.title), ['Change to `john-roe` (John Roe)', 'Create the person `john-ro` under `people`', 'Ignore `unknown-person` on this line']);
    assert.strictEqual(applyEdits(text, fixes[0].edits), AGENDA);
  });

  it('writes a time suggestion as a quoted time where the author quoted it', () => {
    assert.strictEqual(fixed(withLine(45, '    start: "11.00"'), 'schema-pattern', 'Change to `11:00`'), AGENDA);
  });

  it('writes suggestions that are not text as they are: a list of one, a number, the version', () => {
    assert.strictEqual(fixed(withLine(34, '    speakers: john-roe'), 'schema-type', 'Change to `[john-roe]`'), AGENDA);
    assert.strictEqual(fixed(withLine(0, 'version: "2"'), 'schema-version', 'Change to `1`'), AGENDA);
    const mismatch = withLine(31, '    end: "10:30"\n    duration: 60');
    assert.strictEqual(fixed(mismatch, 'time-mismatch', 'Change to `90`'), withLine(31, '    end: "10:30"\n    duration: 90'));
  });

  it('adds a missing key after the last key of the entry, with a value from the event', () => {
    const text = withLine(43, '    room: Room B').replace('    room: Room A\n    topics: [cybercrime]', '    topics: [cybercrime]');
    const fixes = fixesFor(text, 'schema-required');
    assert.deepStrictEqual(fixes.map((f) => f.title), ['Add the missing key `date`', 'Ignore `schema-required` on this line']);
    assert.deepStrictEqual(fixes[0].edits, [{ range: range(47, 24, 24), newText: '\n    date: 2024-03-04' }]);
    assert.deepStrictEqual(check(applyEdits(text, fixes[0].edits)).map((d) => d.code), []);
  });

  it('adds a missing id first, made from the title and free', () => {
    const text = withLine(41, '  - title: Opening').replace('    title: Panel\n', '');
    const fix = fixesFor(text, 'schema-required').find((f) => f.title === 'Add the missing key `id`')!;
    assert.deepStrictEqual(fix.edits, [{ range: range(41, 4, 4), newText: 'id: opening-2\n    ' }]);
    assert.deepStrictEqual(check(applyEdits(text, fix.edits)), []);
  });

  it('adds every missing key at once, and the missing parts of the event', () => {
    const text = withLine(4, '').replace('  title: Regional workshop\n', '');
    const fixes = fixesFor(text, 'schema-required');
    assert.deepStrictEqual(fixes.map((f) => f.title), ['Add the missing key `title`', 'Add the missing key `end`', 'Add all missing keys (`title`, `end`)', 'Ignore `schema-required` on this line']);
    assert.strictEqual(applyEdits(text, fixes[2].edits), text.replace('  organizers: [unodc]', '  organizers: [unodc]\n  title: Current crime trends, recent developments and emerging solutions\n  end: 2024-03-04'));
  });

  it('adds the missing `sessions` of the agenda, and a whole event', () => {
    const text = 'version: 1\nevent:\n  title: T\n  start: 2024-01-01\n  end: 2024-01-01\n';
    assert.strictEqual(fixed(text, 'schema-required', 'Add the missing key `sessions`'), `${text.trimEnd()}\nsessions: []\n`);
    const noEvent = 'version: 1\nsessions: []\n';
    assert.strictEqual(fixed(noEvent, 'schema-required', 'Add the missing key `event`'), 'version: 1\nsessions: []\nevent:\n  title: Current crime trends, recent developments and emerging solutions\n  start: 2020-04-24\n  end: 2020-04-24\n');
  });

  it('adds a `url` or a `platform` to an `online` that has neither, each of which checks clean', () => {
    const text = withLine(48, '    topics: [cybercrime]\n    mode: online\n    online:\n      x-note: to follow');
    const fixes = fixesFor(text, 'schema-alternative');
    assert.deepStrictEqual(fixes.map((f) => [f.title, f.edits[0].newText]), [['Add `url`', '\n      url: https://www.unodc.org/'], ['Add `platform`', '\n      platform: Zoom'], ['Ignore `schema-alternative` on this line', ' # agenda-ignore: schema-alternative']]);
    assert.deepStrictEqual(check(applyEdits(text, fixes[0].edits)), []);
    assert.deepStrictEqual(check(applyEdits(text, fixes[1].edits)), []);
  });

  it('creates an unknown topic at the end of `topics`, with a title from its id', () => {
    const text = withLine(48, '    topics: [cybercrime, trafficking-in-persons]');
    const fix = fixesFor(text, 'unknown-topic').find((f) => f.title.startsWith('Create'))!;
    assert.deepStrictEqual([fix.title, fix.edits], ['Create the topic `trafficking-in-persons` under `topics`', [{ range: range(24, 21, 21), newText: '\n  - id: trafficking-in-persons\n    title: Trafficking in persons' }]]);
    assert.deepStrictEqual(check(applyEdits(text, fix.edits)), []);
  });

  it('creates an unknown person, and a `people` list before the sessions when there is none', () => {
    const text = 'version: 1\nevent:\n  title: T\n  start: 2024-01-01\n  end: 2024-01-01\nsessions:\n  - id: s\n    title: S\n    date: 2024-01-01\n    chair: ana-lima\n';
    assert.strictEqual(fixed(text, 'unknown-person', 'Create the person `ana-lima` under `people`'), text.replace('sessions:', 'people:\n  - id: ana-lima\n    name: Ana Lima\n\nsessions:'));
    const flow = text.replace('sessions:', 'people: []\nsessions:');
    assert.strictEqual(fixed(flow, 'unknown-person', 'Create the person `ana-lima` under `people`'), text.replace('sessions:', 'people: [{ id: ana-lima, name: Ana Lima }]\nsessions:'));
    const organisation = withLine(17, '    affiliation: undp');
    assert.match(fixed(organisation, 'unknown-organization', 'Create the organization `undp` under `organizations`'), /  - id: kic\n    name: Korean Institute of Criminology\n  - id: undp\n    name: UNDP\npeople:/);
  });

  it('swaps a start and end in the wrong order', () => {
    const text = withLine(30, '    start: "10:30"').replace('    end: "10:30"', '    end: "09:00"');
    const [swap] = fixesFor(text, 'time-order');
    assert.deepStrictEqual([swap.title, swap.preferred, swap.edits], ['Swap `start` and `end`', true, [
      { range: range(30, 11, 18), newText: '"09:00"' },
      { range: range(31, 9, 16), newText: '"10:30"' },
    ]]);
    assert.deepStrictEqual(check(applyEdits(text, swap.edits)), []);
    assert.deepStrictEqual(check(fixed(withLine(3, '  start: 2024-03-07'), 'time-order', 'Swap `start` and `end`')).map((d) => d.code), ['date-outside-event', 'date-outside-event']);
  });

  it('moves a session that overlaps another in its room to the first time the room is free for as long', () => {
    const text = withLine(45, '    start: "10:00"').replace('    end: "12:00"', '    end: "11:00"');
    const fixes = fixesFor(text, 'time-overlap');
    assert.deepStrictEqual(fixes.map((f) => [f.title, f.edits]), [
      ['Move to 10:30–11:30, when Room A is free', [{ range: range(45, 11, 18), newText: '"10:30"' }, { range: range(46, 9, 16), newText: '"11:30"' }]],
      ['Ignore `time-overlap` on this line', [{ range: range(45, 18, 18), newText: ' # agenda-ignore: time-overlap' }]],
    ]);
    assert.deepStrictEqual(check(applyEdits(text, fixes[0].edits)), []);
  });

  it('gives a duplicate id a free one', () => {
    const text = withLine(23, '  - id: cryptocurrencies');
    const fix = fixesFor(text, 'duplicate-id')[0];
    assert.deepStrictEqual([fix.title, fix.edits], ['Change this id to `cryptocurrencies-2`', [{ range: range(23, 8, 24), newText: 'cryptocurrencies-2' }]]);
  });

  it('adds the missing languages of a text map, from the text there to translate', () => {
    const text = withLine(2, '  title:\n    en: Regional workshop\n  languages: [en, fr, es]');
    const fixes = fixesFor(text, 'missing-translation');
    assert.deepStrictEqual(fixes.map((f) => f.title), [
      'Add the French (fr) text, from the English to translate',
      'Add the Spanish (es) text, from the English to translate',
      'Add every missing language, from the English to translate',
      'Ignore `missing-translation` on this line',
    ]);
    assert.strictEqual(applyEdits(text, fixes[2].edits), withLine(2, '  title:\n    en: Regional workshop\n    fr: Regional workshop\n    es: Regional workshop\n  languages: [en, fr, es]'));
    const flow = withLine(27, '    title: {en: Opening}').replace('  organizers: [unodc]', '  organizers: [unodc]\n  languages: [en, fr]');
    assert.strictEqual(fixed(flow, 'missing-translation', 'Add the French (fr) text, from the English to translate'), flow.replace('{en: Opening}', '{en: Opening, fr: Opening}'));
  });

  it('silences a line with `# agenda-ignore: code`, adding to a comment that is there', () => {
    const text = withLine(29, '    part: mornin');
    const ignore = fixesFor(text, 'schema-enum').find((f) => f.title === 'Ignore `schema-enum` on this line')!;
    assert.deepStrictEqual(ignore.edits, [{ range: range(29, 16, 16), newText: ' # agenda-ignore: schema-enum' }]);
    assert.deepStrictEqual(check(applyEdits(text, ignore.edits)), []);
    const twice = withLine(35, '    topics: [crypto] # agenda-ignore: schema-enum  ');
    const add = fixesFor(twice, 'unknown-topic').find((f) => f.title.startsWith('Ignore'))!;
    assert.deepStrictEqual(add.edits, [{ range: range(35, 49, 51), newText: ', unknown-topic' }]);
    assert.deepStrictEqual(check(applyEdits(twice, add.edits)).map((d) => d.code), ['unused-id']);
  });

  it('puts the ignore comment on the line above where a comment at the end would change a value', () => {
    const text = withLine(33, '    chair: jane\n      doe');
    const ignore = fixesFor(text, 'unknown-person').find((f) => f.title.startsWith('Ignore'))!;
    assert.deepStrictEqual(ignore.edits, [{ range: range(33, 0, 0), newText: '    # agenda-ignore: unknown-person\n' }]);
    assert.deepStrictEqual(check(applyEdits(text, ignore.edits)).map((d) => d.code), ['schema-pattern']);
  });

  it('offers fixes that each remove the diagnostic they fix', () => {
    const broken = withLine(29, '    part: mornin\n    romo: Room B')
      .replace('    speakers: [john-roe]', '    speakers: [john-ro, ana-lima]')
      .replace('    end: "12:00"', '    end: "10:45"');
    const parsed = parseAgenda(broken);
    const diagnostics = checkParsed(parsed);
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['unused-id', 'schema-enum', 'schema-unknown-key', 'unknown-person', 'unknown-person', 'time-order']);
    const fixes = quickFixes(parsed, diagnostics);
    assert.deepStrictEqual(fixes.map((f) => f.title), [
      'Ignore `unused-id` on this line',
      'Change to `morning`', 'Ignore `schema-enum` on this line',
      'Change the key to `room`', 'Ignore `schema-unknown-key` on this line',
      'Change to `john-roe` (John Roe)', 'Create the person `john-ro` under `people`', 'Ignore `unknown-person` on this line',
      'Create the person `ana-lima` under `people`', 'Ignore `unknown-person` on this line',
      'Swap `start` and `end`', 'Ignore `time-order` on this line',
    ]);
    for (const fix of fixes) {
      const after = check(applyEdits(broken, fix.edits));
      const same = after.filter((d) => d.code === fix.diagnostic.code && d.message === fix.diagnostic.message);
      assert.deepStrictEqual(same, [], fix.title);
    }
  });
});

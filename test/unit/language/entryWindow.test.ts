import * as assert from 'assert';
import * as fs from 'fs';
import { entryWindow } from '../../../src/core/language/entryWindow';
import { EXAMPLE } from '../findings';
import { AGENDA } from './agendaText';

const lines = AGENDA.split('\n');

describe('the entry window completion parses', () => {
  it('is the one session around the cursor under its section key, with its index in the list', () => {
    assert.deepStrictEqual(entryWindow(lines, 44, '    part: X'), {
      text: ['sessions:', '  - id: panel', '    title: Panel', '    date: 2024-03-04', '    part: X', '    start: "11:00"', '    end: "12:00"', '    room: Room A', '    topics: [cybercrime]', ''].join('\n'),
      path: ['sessions', 1],
    });
    assert.deepStrictEqual(entryWindow(lines, 39, '        title: X')?.path, ['sessions', 0]);
    assert.deepStrictEqual(entryWindow(lines, 18, '  - X')?.path, ['people', 1]);
  });

  it('is the whole section when the section is a mapping', () => {
    assert.deepStrictEqual(entryWindow(lines, 3, '  start: X'), {
      text: ['event:', '  title: Regional workshop', '  start: X', '  end: 2024-03-06', '  organizers: [unodc]'].join('\n'),
      path: ['event'],
    });
  });

  it('is the keys of the root for a line of the root', () => {
    assert.deepStrictEqual(entryWindow(lines, 20, 'X:'), {
      text: ['version:', 'event:', 'organizations:', 'people:', 'sessions:', 'X:'].join('\n'),
      path: [],
    });
  });

  it('gives up where a section does not open a block, so that the whole text is parsed', () => {
    const flow = ['version: 1', 'topics: [', '  a,', '  b]'];
    assert.strictEqual(entryWindow(flow, 2, '  X,'), undefined);
    assert.strictEqual(entryWindow(['- a', '- b'], 1, '- X'), undefined);
  });

  it('finds a window for every line inside the sessions of the example', () => {
    const example = fs.readFileSync(EXAMPLE, 'utf8').split('\n');
    const first = example.indexOf('sessions:') + 1;
    for (let line = first; line < example.length; line++) {
      if (!example[line].trim()) continue;
      assert.deepStrictEqual(entryWindow(example, line, example[line])?.path[0], 'sessions', `line ${line + 1}`);
    }
  });
});

import * as assert from 'assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { checkParsed, checkParsedUnscoped } from '../../src/core/check/check';
import { SCOPED_CODES } from '../../src/core/check/semantic';
import { parseAgenda } from '../../src/core/parse/parse';
import { CONGRESS_OF_FILES, generateCongress } from '../../bench/generateAgenda';
import { agendaFilesUnder, FIXTURES } from './findings';

/** Every agenda of the fixtures and the YAML test suite's inputs, by name. */
function texts(): Map<string, string> {
  const result = new Map<string, string>();
  for (const name of agendaFilesUnder(FIXTURES)) result.set(name, fs.readFileSync(path.join(FIXTURES, name), 'utf8'));
  const suite = path.join(FIXTURES, 'yaml-test-suite');
  for (const dir of fs.readdirSync(suite)) {
    const file = path.join(suite, dir, 'in.yaml');
    if (fs.existsSync(file)) result.set(`yaml-test-suite/${dir}`, fs.readFileSync(file, 'utf8'));
  }
  for (const [name, text] of generateCongress(CONGRESS_OF_FILES, { faults: true }).files) result.set(`generated/${name}`, text);
  return result;
}

describe('the check of a file whose ids a programme resolves (checkParsedUnscoped)', () => {
  it("gives checkParsed's diagnostics without those of the scoped codes, on every fixture, the YAML test suite and a generated congress", () => {
    let scoped = 0;
    let files = 0;
    for (const [name, text] of texts()) {
      const parsed = parseAgenda(text);
      const full = checkParsed(parsed);
      const kept = full.filter((d) => !SCOPED_CODES.has(d.code));
      scoped += full.length - kept.length;
      files++;
      assert.deepEqual(checkParsedUnscoped(parsed), kept, name);
    }
    assert.ok(files > 650, `${files} texts`);
    assert.ok(scoped > 3000, `${scoped} diagnostics of scoped codes left out`);
  });

  it('still leaves out the id pattern where an unknown id is reported, and keeps what agenda-ignore silences silenced', () => {
    const text = [
      'version: 1',
      'event: { title: Day, start: 2026-03-07, end: 2026-03-07 }',
      'people:',
      '  - { id: p-okafor, name: Kwame Okafor }',
      'sessions:',
      '  - id: s1',
      '    title: Opening',
      '    date: 2026-03-07',
      '    speakers: [Kwame Okafor, Jane Doe]',
      '    topics: [no-such-topic] # agenda-ignore: unknown-topic',
      '',
    ].join('\n');
    const parsed = parseAgenda(text);
    const full = checkParsed(parsed);
    assert.deepEqual(full.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`), ['3:10 unused-id', '8:15 unknown-person', '8:29 unknown-person']);
    assert.deepEqual(checkParsedUnscoped(parsed), []);
  });
});

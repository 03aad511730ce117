import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE, FIXTURES, REPO } from './findings';

/** The command-line tool `npm run build` writes (the test script builds it before mocha runs). */
const CLI = path.join(REPO, 'dist/cli.js');

function agenda(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', input: input ?? '', timeout: 15000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built command-line tool, dist/cli.js', () => {
  before(() => assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build`));

  it('starts with a node shebang and is executable, as the bin entry needs', () => {
    assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok((fs.statSync(CLI).mode & 0o111) !== 0);
  });

  it('checks the bundled example in a real process: no output, a summary, exit 0', () => {
    assert.deepStrictEqual(agenda(['check', path.relative(REPO, EXAMPLE)]), {
      status: 0,
      stdout: '',
      stderr: '1 file checked: 0 errors, 0 warnings.\n',
    });
  });

  it('reports an invalid agenda read from standard input as JSON, and exits 1', () => {
    const result = agenda(['check', '-', '--format', 'json'], fs.readFileSync(path.join(FIXTURES, 'invalid/schema-version.agenda.yaml'), 'utf8'));
    assert.strictEqual(result.status, 1);
    assert.deepStrictEqual(JSON.parse(result.stdout), [
      { file: '<stdin>', line: 1, column: 10, endLine: 1, endColumn: 11, severity: 'error', code: 'schema-version', message: 'The agenda format version must be `1`, not `2`.' },
    ]);
  });

  it('exits 2 on a file that does not exist', () => {
    assert.deepStrictEqual(agenda(['check', 'no-such.agenda.yaml']), {
      status: 2,
      stdout: '',
      stderr: 'agenda: no-such.agenda.yaml does not exist\n0 files checked: 0 errors, 0 warnings.\n',
    });
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { check as sourceCheck, type Diagnostic } from '../../src/core';
import { EXAMPLE, readFixture, REPO } from './findings';

/** The bundle `npm run build` writes (the test script builds it before mocha runs). */
const BUNDLE = path.join(REPO, 'dist/core.js');

type Check = (text: string) => Diagnostic[];

describe('the built core, dist/core.js', () => {
  let dir: string;
  let check: Check;

  before(() => {
    assert.ok(fs.existsSync(BUNDLE), `${BUNDLE} is missing: run npm run build`);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-core-'));
    fs.copyFileSync(BUNDLE, path.join(dir, 'core.js'));
    check = (require(path.join(dir, 'core.js')) as { check: Check }).check;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('loads on its own, away from node_modules, and exports check(text)', () => {
    assert.strictEqual(typeof check, 'function');
  });

  it('finds nothing to report in the example', () => {
    assert.deepStrictEqual(check(fs.readFileSync(EXAMPLE, 'utf8')), []);
  });

  it('reports what the source core reports', () => {
    for (const name of ['schema-enum', 'yaml-syntax-unclosed-quote', 'time-overlap']) {
      const text = readFixture(`invalid/${name}.agenda.yaml`);
      const found = check(text);
      assert.ok(found.length > 0, name);
      assert.deepStrictEqual(found, sourceCheck(text), name);
    }
  });

  it('compiles no code at run time (the schema validator is generated at build time)', () => {
    const bundle = fs.readFileSync(BUNDLE, 'utf8');
    assert.ok(!/\bnew Function\s*\(/.test(bundle) && !/\beval\s*\(/.test(bundle));
  });
});

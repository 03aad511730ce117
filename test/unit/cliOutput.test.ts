import * as assert from 'assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ICAL from 'ical.js';
import { main } from '../../src/cli/main';
import { EXAMPLE, REPO, readFixture } from './findings';
import { memoryIo } from './memoryIo';

const CLI = path.join(REPO, 'dist/cli.js');
const KYOTO = fs.readFileSync(EXAMPLE, 'utf8');
const VIENNA = readFixture('valid/vienna-multilingual.agenda.yaml');

/** The three outputs, as the command line asks for them. */
const OUTPUTS: { name: string; args: string[] }[] = [
  { name: 'render', args: ['render'] },
  { name: 'export --ics', args: ['export', '--ics'] },
  { name: 'export --schedule-json', args: ['export', '--schedule-json'] },
];

async function run(args: string[], files: Record<string, string>) {
  const io = memoryIo(Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join('/work', name), text])));
  const status = await main(args, io);
  return { status, out: io.out, err: io.err, written: io.written };
}

/** The lines of standard error that are not diagnostics of the agenda. */
function toolLines(err: string): string[] {
  return err.split('\n').filter((line) => line.startsWith('agenda: '));
}

describe('agenda render and export: one set of rules', () => {
  it('accept the same language codes, regional ones included, and refuse the same others with the same message', async () => {
    for (const { name, args } of OUTPUTS) {
      for (const code of ['fr', 'fr-CA', 'FR-ca', 'es-419', 'zh-Hant', 'ast']) {
        const result = await run([...args, 'kyoto.agenda.yaml', '--lang', code], { 'kyoto.agenda.yaml': KYOTO });
        assert.equal(result.status, 0, `${name} --lang ${code}: ${result.err}`);
      }
      for (const code of ['French', 'fr_CA', 'f', '12', 'fr-', 'fr--CA']) {
        const result = await run([...args, 'kyoto.agenda.yaml', '--lang', code], { 'kyoto.agenda.yaml': KYOTO });
        assert.equal(result.status, 2, `${name} --lang ${code}`);
        assert.equal(result.err.split('\n')[0], `agenda: --lang takes a language code such as fr or fr-CA, not ${JSON.stringify(code)}`, name);
      }
    }
  });

  it('both warn, in the same words, when the agenda has no text in the language asked for, and write it all the same', async () => {
    for (const { name, args } of OUTPUTS) {
      for (const [code, language] of [['de', 'German'], ['de-AT', 'Austrian German'], ['ja', 'Japanese']]) {
        const result = await run([...args, 'vienna.agenda.yaml', '--lang', code], { 'vienna.agenda.yaml': VIENNA });
        assert.equal(result.status, 0, name);
        assert.equal(toolLines(result.err)[0], `agenda: vienna.agenda.yaml has no text in ${language} (${code}); its other languages stand in.`, `${name} ${code}`);
        assert.ok(result.out.length > 100, name);
      }
      for (const code of ['fr', 'fr-CA', 'ar-EG', 'en-GB']) {
        const result = await run([...args, 'vienna.agenda.yaml', '--lang', code], { 'vienna.agenda.yaml': VIENNA });
        assert.ok(!result.err.includes('has no text in'), `${name} ${code}: ${result.err}`);
      }
    }
  });

  it('both take an agenda of plain text to be in its default language (English): no warning for en, one for fr', async () => {
    const plain = readFixture('valid/minimal.agenda.yaml');
    for (const { name, args } of OUTPUTS.slice(0, 2)) {
      assert.equal(toolLines((await run([...args, 'a.agenda.yaml', '--lang', 'en'], { 'a.agenda.yaml': plain })).err).length, 0, name);
      assert.deepEqual(toolLines((await run([...args, 'a.agenda.yaml', '--lang', 'fr'], { 'a.agenda.yaml': plain })).err),
        ['agenda: a.agenda.yaml has no text in French (fr); its other languages stand in.'], name);
    }
  });

  it('both print the agenda\'s warnings, and refuse one with errors in the same words unless --force is given', async () => {
    const warned = VIENNA.replace('    end: "11:30"\n', '    end: "11:30"\n    duration: 30\n');
    const broken = VIENNA.replace('    end: "11:30"\n', '    end: "09:30"\n');
    for (const { name, args } of OUTPUTS) {
      const warning = await run([...args, 'w.agenda.yaml', '-o', 'out'], { 'w.agenda.yaml': warned });
      assert.equal(warning.status, 0, name);
      assert.match(warning.err, /^w\.agenda\.yaml:\d+:\d+: warning: .*\[time-mismatch\]\n/, name);
      const refused = await run([...args, 'b.agenda.yaml', '-o', 'out'], { 'b.agenda.yaml': broken });
      assert.deepEqual([refused.status, refused.err, refused.written.size], [1,
        'b.agenda.yaml:44:10: error: Session `opening` ends (09:30) before it starts (10:00). [time-order]\n'
        + 'agenda: b.agenda.yaml has an error; nothing written (--force writes it anyway).\n', 0], name);
      const forced = await run([...args, 'b.agenda.yaml', '-o', 'out', '--force'], { 'b.agenda.yaml': broken });
      assert.equal(forced.status, 0, name);
      assert.ok(forced.written.get('/work/out')!.length > 100, name);
      assert.ok(forced.err.endsWith('Wrote out\n'), forced.err);
    }
  });

  it('both say "2 errors" for two, and refuse to write over the agenda in the same words (naming what they write)', async () => {
    const twice = VIENNA.replace('    end: "11:30"\n', '    end: "09:30"\n').replace('version: 1', 'version: 1\nextra: 1');
    const nouns = ['programme', 'calendar', 'schedule.json'];
    for (const [i, { name, args }] of OUTPUTS.entries()) {
      assert.equal(toolLines((await run([...args, 'b.agenda.yaml'], { 'b.agenda.yaml': twice })).err).pop(),
        'agenda: b.agenda.yaml has 2 errors; nothing written (--force writes it anyway).', name);
      for (const target of ['./v.agenda.yaml', 'v.agenda.yaml', '/work/v.agenda.yaml', 'sub/../v.agenda.yaml']) {
        const result = await run([...args, 'v.agenda.yaml', '-o', target], { 'v.agenda.yaml': VIENNA, 'sub/x': '' });
        assert.deepEqual([result.status, result.err, result.written.size], [2, `agenda: refusing to write the ${nouns[i]} over the agenda itself (${target})\n`, 0], `${name} -o ${target}`);
      }
    }
  });
});

describe('a regional language code (fr-CA)', () => {
  it('renders the French text, French labels and French dates, marked fr-CA', async () => {
    const result = await run(['render', 'kyoto.agenda.yaml', '--lang', 'fr-CA'], { 'kyoto.agenda.yaml': KYOTO });
    assert.ok(result.out.startsWith('<!DOCTYPE html>\n<html lang="fr-CA" dir="ltr">'));
    assert.deepEqual([...result.out.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]), ['vendredi 24 avril 2020', 'samedi 25 avril 2020']);
    assert.ok(result.out.includes('Première séance'));
    assert.ok(result.out.includes('<span class="label">Thèmes'));
    assert.ok(!result.out.includes('First meeting'));
  });

  it('falls back to the language of the region before the agenda\'s first language, for every region', async () => {
    for (const code of ['fr-CA', 'fr-BE', 'es-MX', 'es-419']) {
      const result = await run(['render', 'kyoto.agenda.yaml', '--lang', code], { 'kyoto.agenda.yaml': KYOTO });
      const base = code.split('-')[0];
      const whole = await run(['render', 'kyoto.agenda.yaml', '--lang', base], { 'kyoto.agenda.yaml': KYOTO });
      const title = (html: string) => /<h1 class="event-title">([^<]*)</.exec(html)?.[1];
      assert.equal(title(result.out), title(whole.out), code);
      assert.notEqual(title(result.out), title((await run(['render', 'kyoto.agenda.yaml'], { 'kyoto.agenda.yaml': KYOTO })).out), code);
    }
  });

  it('writes the same calendar and schedule.json as fr, apart from the language it names', async () => {
    for (const args of [['export', '--ics'], ['export', '--schedule-json']]) {
      const regional = await run([...args, 'kyoto.agenda.yaml', '--lang', 'fr-CA'], { 'kyoto.agenda.yaml': KYOTO });
      const french = await run([...args, 'kyoto.agenda.yaml', '--lang', 'fr'], { 'kyoto.agenda.yaml': KYOTO });
      const stable = (text: string) => text.replace(/DTSTAMP:\d+T\d+Z/g, '').replace(/"fr-CA"/g, '"fr"').replace('//FR-CA\r\n', '//FR\r\n');
      assert.equal(stable(regional.out), stable(french.out), args.join(' '));
    }
    const calendar = new ICAL.Component(ICAL.parse((await run(['export', '--ics', 'kyoto.agenda.yaml', '--lang', 'fr-CA'], { 'kyoto.agenda.yaml': KYOTO })).out));
    const first = calendar.getAllSubcomponents('vevent')[0];
    assert.equal(first.getFirstPropertyValue('summary'), 'Première séance — Atelier 4');
    assert.match(String(first.getFirstPropertyValue('description')), /^Point de l’ordre du jour\u202f: 6 International cooperation [^\n]*\nPrésidence\u202f: /);
  });
});

describe('agenda render and export in a real process: the agenda is never written over', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-guard-'));
    fs.writeFileSync(path.join(dir, 'kyoto.agenda.yaml'), KYOTO);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const agenda = (args: string[], options: { input?: string | number } = {}) => {
    const stdio = typeof options.input === 'number' ? { stdio: [options.input, 'pipe', 'pipe'] as ['pipe' | number, 'pipe', 'pipe'] } : { input: options.input ?? '' };
    return spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30000, ...stdio });
  };
  const untouched = () => assert.equal(fs.readFileSync(path.join(dir, 'kyoto.agenda.yaml'), 'utf8'), KYOTO);

  for (const { name, args } of OUTPUTS) {
    it(`${name}: refuses -o naming a symbolic link to the agenda, a link to that link, or one through a linked folder`, () => {
      fs.symlinkSync('kyoto.agenda.yaml', path.join(dir, 'programme.out'));
      fs.symlinkSync('programme.out', path.join(dir, 'twice.out'));
      fs.symlinkSync('.', path.join(dir, 'here'));
      for (const target of ['programme.out', 'twice.out', 'here/kyoto.agenda.yaml', `${dir}/here/programme.out`]) {
        const result = agenda([...args, 'kyoto.agenda.yaml', '-o', target]);
        assert.equal(result.status, 2, `${target}: ${result.stderr}`);
        assert.match(result.stderr, new RegExp(`^agenda: refusing to write the .* over the agenda itself \\(${target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)\n$`));
        untouched();
        assert.equal(fs.readlinkSync(path.join(dir, 'programme.out')), 'kyoto.agenda.yaml');
      }
    });

    it(`${name}: refuses -o naming a hard link to the agenda, and the agenda named through a link`, () => {
      fs.linkSync(path.join(dir, 'kyoto.agenda.yaml'), path.join(dir, 'hard.out'));
      fs.symlinkSync('kyoto.agenda.yaml', path.join(dir, 'soft.agenda.yaml'));
      for (const [source, target] of [['kyoto.agenda.yaml', 'hard.out'], ['hard.out', 'kyoto.agenda.yaml'], ['soft.agenda.yaml', 'hard.out'], ['soft.agenda.yaml', 'kyoto.agenda.yaml']]) {
        const result = agenda([...args, source, '-o', target]);
        assert.equal(result.status, 2, `${source} -o ${target}: ${result.stderr}`);
        assert.match(result.stderr, /over the agenda itself/);
        untouched();
        assert.equal(fs.statSync(path.join(dir, 'hard.out')).nlink, 2);
      }
    });

    it(`${name}: refuses -o naming the file standard input is redirected from`, () => {
      const fd = fs.openSync(path.join(dir, 'kyoto.agenda.yaml'), 'r');
      try {
        const result = agenda([...args, '-', '-o', 'kyoto.agenda.yaml'], { input: fd });
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, /over the agenda itself \(kyoto\.agenda\.yaml\)\n$/);
      } finally {
        fs.closeSync(fd);
      }
      untouched();
    });

    it(`${name}: writes through a name that only looks like the agenda's (another file, a link to another file)`, () => {
      fs.writeFileSync(path.join(dir, 'old.out'), 'last week\n');
      fs.symlinkSync('old.out', path.join(dir, 'link.out'));
      const result = agenda([...args, 'kyoto.agenda.yaml', '-o', 'kyoto.agenda.yaml.out']);
      assert.deepEqual([result.status, result.stderr], [0, 'Wrote kyoto.agenda.yaml.out\n']);
      const linked = agenda([...args, 'kyoto.agenda.yaml', '-o', 'link.out']);
      assert.deepEqual([linked.status, linked.stderr], [0, 'Wrote link.out\n']);
      assert.ok(fs.readFileSync(path.join(dir, 'link.out'), 'utf8').length > 1000);
      untouched();
    });
  }
});

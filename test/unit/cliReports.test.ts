import * as assert from 'assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { main } from '../../src/cli/main';
import { codeSummary, DIAGNOSTIC_CODES } from '../../src/core';
import { EXAMPLE, FIXTURES, REPO, readFixture } from './findings';
import { memoryIo } from './memoryIo';

const CLI = path.join(REPO, 'dist/cli.js');
const SARIF_SCHEMA = path.join(REPO, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

/** An agenda with an error, a warning and a note, and a message with a percent sign and a line break in it. */
const MIXED = `version: 1
event: {title: Mixed, start: 2020-04-24, end: 2020-04-24}
people:
  - {id: ana, name: Ana}
sessions:
  - {id: s, title: S, date: 2020-04-24, start: "10:00", end: "11:00", duration: 30, format: panle}
`;

async function checkWith(format: string, files: Record<string, string>, args = Object.keys(files)) {
  const io = memoryIo(Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join('/work', name), text])));
  const status = await main(['check', '--format', format, ...args], io);
  return { status, out: io.out, err: io.err };
}

interface Sarif {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: { id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('agenda check --format github', () => {
  it('writes one workflow annotation per diagnostic, error, warning and notice, with its place and code', async () => {
    const result = await checkWith('github', { 'agendas/mixed.agenda.yaml': MIXED });
    const json = JSON.parse((await checkWith('json', { 'agendas/mixed.agenda.yaml': MIXED })).out) as { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[];
    assert.equal(result.status, 1);
    assert.deepEqual(json.map((d) => d.severity), ['info', 'warning', 'error']);
    assert.equal(result.out, json.map((d) => `::${({ error: 'error', warning: 'warning', info: 'notice' } as Record<string, string>)[d.severity]} `
      + `file=agendas/mixed.agenda.yaml,line=${d.line},col=${d.column},endLine=${d.endLine},endColumn=${d.endColumn},title=${d.code}::${d.message}\n`).join(''));
    assert.match(result.out.split('\n')[2], /^::error file=agendas\/mixed\.agenda\.yaml,line=6,col=\d+,endLine=6,endColumn=\d+,title=schema-enum::/);
    assert.equal(result.err, '1 file checked: 1 error, 1 warning.\n');
  });

  it('escapes as GitHub\'s toolkit does: %, CR and LF everywhere, and : and , in properties', async () => {
    const text = MIXED.replace('title: Mixed', 'title: Mixed, shortTitle: 100%');
    const result = await checkWith('github', { 'a, b: 100%.agenda.yaml': text.replace('start: 2020-04-24,', 'start: "2020-04-24\\r\\n50%",') });
    const lines = result.out.trimEnd().split('\n');
    assert.ok(lines.length >= 3, result.out);
    for (const line of lines) assert.match(line, /^::(error|warning|notice) file=a%2C b%3A 100%25\.agenda\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/);
    const format = lines.find((line) => line.includes('title=schema-format'));
    assert.ok(format, result.out);
    assert.ok(format.includes('2020-04-24%0D%0A50%25'), format);
    assert.ok(!/[\r]/.test(result.out));
  });

  it('exits as the text format does: 0 when clean, with nothing on standard output', async () => {
    const clean = await checkWith('github', { 'kyoto.agenda.yaml': fs.readFileSync(EXAMPLE, 'utf8') });
    assert.deepEqual(clean, { status: 0, out: '', err: '1 file checked: 0 errors, 0 warnings.\n' });
  });

  it('runs in a real process on the invalid fixtures', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'github', 'test/fixtures/invalid/schema-enum.agenda.yaml'], { cwd: REPO, encoding: 'utf8', timeout: 30000 });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^::error file=test\/fixtures\/invalid\/schema-enum\.agenda\.yaml,line=6,col=\d+,endLine=6,endColumn=\d+,title=schema-enum::/);
  });
});

describe('agenda check --format sarif', () => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's language pattern has a stray `]` that Unicode mode refuses
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SARIF_SCHEMA, 'utf8')) as object);
  const valid = (log: unknown) => (validate(log) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

  it('writes a log that the SARIF 2.1.0 schema accepts, for every fixture at once', async () => {
    const files = Object.fromEntries(['valid', 'invalid', 'render'].flatMap((dir) => fs.readdirSync(path.join(FIXTURES, dir))
      .filter((name) => name.endsWith('.yaml')).map((name) => [`${dir}/${name}`, readFixture(`${dir}/${name}`)])));
    const result = await checkWith('sarif', files);
    assert.equal(result.status, 1);
    assert.equal(result.err, '');
    const log = JSON.parse(result.out) as Sarif;
    assert.deepEqual(valid(log), []);
    assert.ok(log.runs[0].results.length > 60, String(log.runs[0].results.length));
  });

  it('is checked by a validator that does reject a log that breaks the schema', async () => {
    const log = JSON.parse((await checkWith('sarif', { 'mixed.agenda.yaml': MIXED })).out) as Sarif;
    assert.deepEqual(valid(log), []);
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    assert.notDeepEqual(valid(broken), []);
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = 'info';
    assert.notDeepEqual(valid(badLevel), []);
  });

  it('has one rule per diagnostic code, with its meaning and severity, and results that point at their rule', async () => {
    const log = JSON.parse((await checkWith('sarif', { 'mixed.agenda.yaml': MIXED })).out) as Sarif;
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'agenda');
    assert.equal(run.tool.driver.version, JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), Object.keys(DIAGNOSTIC_CODES));
    for (const rule of run.tool.driver.rules) {
      const info = DIAGNOSTIC_CODES[rule.id as keyof typeof DIAGNOSTIC_CODES];
      assert.deepEqual([rule.shortDescription.text, rule.defaultConfiguration.level], [info.summary, { error: 'error', warning: 'warning', info: 'note' }[info.severity]]);
    }
    for (const result of run.results) assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
    assert.deepEqual(run.results.map((r) => [r.ruleId, r.level]), [['unused-id', 'note'], ['time-mismatch', 'warning'], ['schema-enum', 'error']]);
  });

  it('describes its rules in the language of the messages (--locale, else the environment), every code in all six', async () => {
    const io = memoryIo({ '/work/mixed.agenda.yaml': MIXED });
    assert.equal(await main(['check', '--format', 'sarif', '--locale', 'fr', 'mixed.agenda.yaml'], io), 1);
    const run = (JSON.parse(io.out) as Sarif).runs[0];
    const rule = (id: string) => run.tool.driver.rules.find((r) => r.id === id)!.shortDescription.text;
    assert.deepEqual([rule('time-overlap'), rule('schema-enum'), rule('unused-id')], [
      'Deux séances dans la même salle au même moment.', 'Une valeur hors des choix possibles.', 'Une organisation, une personne, un thème, une piste ou un document auquel rien ne renvoie.',
    ]);
    assert.match(run.results.find((r) => r.ruleId === 'schema-enum')!.message.text, /^`panle` n'est pas/);
    assert.deepEqual(valid(JSON.parse(io.out)), []);
    const russian = memoryIo({ '/work/mixed.agenda.yaml': MIXED });
    russian.env = { LANG: 'ru_RU.UTF-8' };
    await main(['check', '--format', 'sarif', 'mixed.agenda.yaml'], russian);
    assert.equal((JSON.parse(russian.out) as Sarif).runs[0].tool.driver.rules.find((r) => r.id === 'time-overlap')!.shortDescription.text, 'Два заседания в одном зале в одно и то же время.');
    for (const locale of ['ar', 'es', 'fr', 'ru', 'zh-cn']) {
      for (const code of Object.keys(DIAGNOSTIC_CODES) as (keyof typeof DIAGNOSTIC_CODES)[]) {
        const text = codeSummary(code, locale);
        assert.ok(text !== DIAGNOSTIC_CODES[code].summary && text.length > 5, `${locale} ${code}`);
      }
    }
    assert.equal(codeSummary('time-overlap', 'de'), 'Two sessions in the same room at the same time.');
  });

  it('gives each result the 1-based region of the JSON format, in UTF-16 code units, its file relative to the folder it ran in', async () => {
    const files = { 'my agendas/mixed.agenda.yaml': MIXED, 'b.agenda.yaml': MIXED.replace('title: S,', 'title: "Café 🎉",') };
    const log = JSON.parse((await checkWith('sarif', files, ['my agendas', 'b.agenda.yaml'])).out) as Sarif;
    const json = JSON.parse((await checkWith('json', files, ['my agendas', 'b.agenda.yaml'])).out) as { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
    const run = log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/' } });
    assert.deepEqual(run.results.map((r) => ({ ...r.locations[0].physicalLocation, message: r.message.text })), json.map((d) => ({
      artifactLocation: { uri: d.file.replace(' ', '%20'), uriBaseId: '%SRCROOT%' },
      region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
      message: d.message,
    })));
    assert.deepEqual([...new Set(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))], ['my%20agendas/mixed.agenda.yaml', 'b.agenda.yaml']);
    const emoji = json.find((d) => d.file === 'b.agenda.yaml' && d.line === 6 && d.message.includes('panle'))!;
    assert.equal(emoji.column, MIXED.split('\n')[5].indexOf('panle') + 'Café 🎉'.length + 2 - 1 + 1);
  });

  it('names a file given by its absolute path with a file: URI, and an empty run for a clean agenda', async () => {
    const absolute = JSON.parse((await checkWith('sarif', { 'mixed.agenda.yaml': MIXED }, ['/work/mixed.agenda.yaml'])).out) as Sarif;
    assert.deepEqual(absolute.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'file:///work/mixed.agenda.yaml' });
    const clean = await checkWith('sarif', { 'kyoto.agenda.yaml': fs.readFileSync(EXAMPLE, 'utf8') });
    assert.equal(clean.status, 0);
    assert.deepEqual((JSON.parse(clean.out) as Sarif).runs[0].results, []);
    assert.deepEqual(valid(JSON.parse(clean.out)), []);
  });

  it('runs in a real process and is valid there too', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'sarif', 'test/fixtures/invalid'], { cwd: REPO, encoding: 'utf8', timeout: 30000 });
    assert.equal(result.status, 1);
    const log = JSON.parse(result.stdout) as Sarif;
    assert.deepEqual(valid(log), []);
    assert.equal(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri, `file://${REPO}/`);
    assert.ok(log.runs[0].results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri.startsWith('test/fixtures/invalid/')));
  });

  it('is refused with the other formats named when misspelt', async () => {
    const result = await checkWith('sarf', { 'a.agenda.yaml': MIXED });
    assert.equal(result.status, 2);
    assert.equal(result.err.split('\n')[0], 'agenda: --format must be text, json, github or sarif, not sarf');
  });
});

describe('the pre-commit hook', () => {
  const hooks = parse(fs.readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, string>[];

  it('is agenda-check: `agenda check` on the files named like agendas, installed as a node package', () => {
    assert.deepEqual(hooks.map((hook) => [hook.id, hook.entry, hook.language, hook.files]), [['agenda-check', 'agenda check', 'node', '\\.agenda\\.ya?ml$']]);
    const files = new RegExp(hooks[0].files);
    assert.deepEqual(['a.agenda.yaml', 'x/b.agenda.yml', 'c.yaml', 'agenda.yaml', 'd.agenda.yaml.bak', 'e.agenda.json'].filter((f) => files.test(f)), ['a.agenda.yaml', 'x/b.agenda.yml']);
  });

  it('runs as pre-commit runs it: the package npm packs holds the command its entry names, which checks the files it is given', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', timeout: 60000 });
    const packed = (JSON.parse(pack.stdout) as { files: { path: string }[] }[])[0].files.map((f) => f.path).sort();
    assert.deepEqual(packed, ['LICENSE', 'README.md', 'dist/cli.js', 'package.json']);
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    const [command, ...args] = hooks[0].entry.split(' ');
    assert.equal(manifest.bin[command], './dist/cli.js');
    assert.match(manifest.scripts.prepack, /^node esbuild\.js/);
    const staged = ['examples/kyoto-2020-workshop-4.agenda.yaml', 'test/fixtures/invalid/time-order.agenda.yaml', 'package.json'].filter((f) => new RegExp(hooks[0].files).test(f));
    const result = spawnSync(process.execPath, [path.join(REPO, manifest.bin[command]), ...args, ...staged], { cwd: REPO, encoding: 'utf8', timeout: 30000 });
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^test\/fixtures\/invalid\/time-order\.agenda\.yaml:5:8: error: /);
    assert.equal(result.stderr, '2 files checked: 3 errors, 0 warnings.\n');
  });
});

describe('the README\'s CI examples', () => {
  const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]) as Record<string, unknown>);

  it('add the pre-commit hook by its id', () => {
    const config = blocks.find((block) => 'repos' in block) as { repos: { hooks: { id: string }[] }[] };
    assert.deepEqual(config.repos[0].hooks, [{ id: 'agenda-check' }]);
  });

  it('run, in the GitHub Actions workflow, agenda commands that work on an agenda: the checks, and the pages they publish', () => {
    const workflow = blocks.find((block) => block.name === 'Agendas') as { jobs: Record<string, { steps: { run?: string }[] }> };
    const commands = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? '')).filter((run) => run.startsWith('agenda '));
    assert.equal(commands.length, 5);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-actions-'));
    try {
      fs.mkdirSync(path.join(dir, 'agendas'));
      fs.copyFileSync(EXAMPLE, path.join(dir, 'agendas/congress.agenda.yaml'));
      for (const command of commands) {
        const [args, redirect] = command.slice('agenda '.length).split(' > ');
        const result = spawnSync(process.execPath, [CLI, ...args.split(' ')], { cwd: dir, encoding: 'utf8', timeout: 30000 });
        assert.equal(result.status, 0, `${command}: ${result.stderr}`);
        if (redirect) fs.writeFileSync(path.join(dir, redirect), result.stdout);
      }
      assert.deepEqual(fs.readdirSync(path.join(dir, 'site')).sort(), ['congress.ics', 'fr.html', 'index.html']);
      assert.match(fs.readFileSync(path.join(dir, 'site/fr.html'), 'utf8'), /^<!DOCTYPE html>\n<html lang="fr"/);
      assert.deepEqual((JSON.parse(fs.readFileSync(path.join(dir, 'agendas.sarif'), 'utf8')) as Sarif).runs[0].results, []);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});


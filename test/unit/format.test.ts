import * as assert from 'assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { applyEdits, check, formatAgenda, formatEdits, type Diagnostic } from '../../src/core';
import { parse, parseDocument, visit } from 'yaml';
import { AGENDA_SIZES, generateAgenda } from '../../bench/generateAgenda';
import { EXAMPLE, FIXTURES, readFixture, REPO } from './findings';
import { cpuNow, cpuSince } from './fuzz/faces';
import { memoryIo } from './memoryIo';

const CLI = path.join(REPO, 'dist/cli.js');
const SUITE = path.join(FIXTURES, 'yaml-test-suite');

/** An agenda written carelessly (keys out of order, four and three spaces, times unquoted, comments, flow maps), and formatted. */
const MESSY = readFixture('format/messy.agenda.yaml');

const TIDY = readFixture('format/tidy.agenda.yaml');

/** What `check` finds, with the positions left out (and the line numbers messages name). */
function findings(text: string): string[] {
  return check(text, { maxLength: Infinity }).map((d: Diagnostic) => `${d.severity} ${d.code} ${d.message.replace(/\bline \d+/g, 'line N')}`).sort();
}

/** Every agenda fixture and the YAML test suite's valid inputs (those without an `error` file). */
function corpus(): [string, string][] {
  const fixtures = ['valid', 'invalid', 'render', 'fuzz'].flatMap((dir) => fs.readdirSync(path.join(FIXTURES, dir))
    .filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(FIXTURES, dir, name)));
  const suite = fs.readdirSync(SUITE).filter((name) => fs.existsSync(path.join(SUITE, name, 'in.yaml')) && !fs.existsSync(path.join(SUITE, name, 'error')))
    .map((name) => path.join(SUITE, name, 'in.yaml'));
  return [EXAMPLE, ...fixtures, ...suite].map((file) => [path.relative(REPO, file), fs.readFileSync(file, 'utf8')]);
}

describe('formatAgenda', () => {
  it('writes the keys in the schema\'s order with two spaces and quoted times, keeping comments, blank lines, flow maps and blocks', () => {
    assert.deepEqual(formatAgenda(MESSY), { text: TIDY, changed: true });
    assert.deepEqual(formatAgenda(TIDY), { text: TIDY, changed: false });
  });

  it('changes nothing in the example and the valid fixtures, written as the format is meant to be written', () => {
    assert.deepEqual(formatAgenda(fs.readFileSync(EXAMPLE, 'utf8')), { text: fs.readFileSync(EXAMPLE, 'utf8'), changed: false });
    for (const name of ['every-key', 'minimal', 'authoring']) {
      const text = fs.readFileSync(path.join(FIXTURES, 'valid', `${name}.agenda.yaml`), 'utf8');
      assert.deepEqual(formatAgenda(text), { text, changed: false }, name);
    }
  });

  it('is idempotent and never changes what check finds, on every fixture and every valid input of the YAML test suite', () => {
    const counts = { formatted: 0, changed: 0, left: 0 };
    for (const [name, text] of corpus()) {
      const once = formatAgenda(text);
      if ('problem' in once) {
        counts.left++;
        continue;
      }
      counts.formatted++;
      if (once.changed) counts.changed++;
      assert.deepEqual(formatAgenda(once.text), { text: once.text, changed: false }, `${name}: formatting twice`);
      assert.deepEqual(findings(once.text), findings(text), `${name}: what check finds`);
    }
    assert.ok(counts.formatted >= 290 && counts.changed >= 110 && counts.left <= 70, JSON.stringify(counts));
  });

  it('formats the benchmark\'s congress agenda of 5,355 lines, and a copy with every mapping\'s keys reversed and four-space indentation, within 1 ms of processor time a line', () => {
    /** The value of a text with the keys of every mapping in name order, as JSON. */
    const value = (text: string) => JSON.stringify(parse(text), (_key, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
    const congress = generateAgenda(AGENDA_SIZES.congress);
    const doc = parseDocument(congress);
    visit(doc, { Map: (_key, map) => void map.items.reverse() });
    const scrambled = doc.toString({ indent: 4, lineWidth: 0 });
    for (const [name, text] of [['congress', congress], ['congress scrambled', scrambled]]) {
      const lines = text.split('\n').length;
      const start = cpuNow();
      const once = formatAgenda(text);
      const ms = cpuSince(start);
      assert.ok(!('problem' in once), name);
      assert.equal(once.changed, text === scrambled, name);
      assert.ok(ms < lines, `${name}: ${ms} ms for ${lines} lines`);
      console.log(`      ${name} (${lines} lines): ${ms.toFixed(1)} ms of processor time (bound ${lines} ms)`);
    }
    const formatted = formatAgenda(scrambled);
    assert.ok(!('problem' in formatted));
    assert.equal(value(formatted.text), value(congress));
    assert.deepEqual(formatAgenda(formatted.text), { text: formatted.text, changed: false });
  });

  it('keeps the line breaks (CRLF, lone CR read as breaks) and the byte-order mark of the file', () => {
    const crlf = MESSY.replace(/\n/g, '\r\n');
    assert.deepEqual(formatAgenda(crlf), { text: TIDY.replace(/\n/g, '\r\n'), changed: true });
    assert.deepEqual(formatAgenda(`\ufeff${MESSY}`), { text: `\ufeff${TIDY}`, changed: true });
  });

  it('keeps anchors, aliases, tags, quoting, numbers as written and keys it does not know (after the ones it knows)', () => {
    const text = 'version: 1\nx-notes: kept\nevent: &e {title: T, start: 2020-04-24, end: 2020-04-24}\nsessions: [{id: a, title: \'A\', date: 2020-04-24, duration: 090}]\ncopy: *e\nshortTitle: !short x\n';
    assert.deepEqual(formatAgenda(text), {
      text: 'version: 1\nevent: &e {title: T, start: 2020-04-24, end: 2020-04-24}\nsessions: [{id: a, title: \'A\', date: 2020-04-24, duration: 090}]\nx-notes: kept\ncopy: *e\nshortTitle: !short x\n',
      changed: true,
    });
  });

  it('leaves a file it cannot parse, or whose directives it would drop, alone, and says why', () => {
    for (const [text, problem] of [
      ['version: 1\nevent: [\n', 'it is not valid YAML; fix what `agenda check` reports, then format it'],
      ['a: 1\na: 2\n', 'it is not valid YAML; fix what `agenda check` reports, then format it'],
      ['a: *nowhere\n', 'it is not valid YAML; fix what `agenda check` reports, then format it'],
      ['%YAML 1.1\n---\nversion: 1\n', 'it starts with YAML directives (`%YAML`...), which the formatter leaves alone; remove them to format it'],
    ]) assert.deepEqual(formatAgenda(text), { problem }, text);
    assert.deepEqual(formatAgenda(''), { text: '', changed: false });
    assert.deepEqual(formatAgenda('# only a comment\n'), { text: '# only a comment\n', changed: false });
  });

  it('gives one edit of the part that changes, which applied gives the formatted text, and none for a formatted one', () => {
    const edits = formatEdits(MESSY);
    assert.ok(Array.isArray(edits));
    assert.equal(edits.length, 1);
    assert.deepEqual(edits[0].range.start, { line: 1, character: 0 });
    assert.equal(applyEdits(MESSY, edits), TIDY);
    assert.deepEqual(formatEdits(TIDY), []);
    assert.deepEqual(formatEdits('a: [\n'), { problem: 'it is not valid YAML; fix what `agenda check` reports, then format it' });
  });
});

describe('agenda format', () => {
  it('formats files in place, says which, and leaves formatted ones untouched', async () => {
    const io = memoryIo({ '/work/a.agenda.yaml': MESSY, '/work/b.agenda.yaml': TIDY, '/work/notes.txt': MESSY });
    assert.equal(await main(['format'], io), 0);
    assert.deepEqual([...io.written], [['/work/a.agenda.yaml', TIDY]]);
    assert.equal(io.err, 'Wrote a.agenda.yaml\n2 files: 1 reformatted, 1 already formatted.\n');
  });

  it('with --check writes nothing, lists the files that would change on standard output, and exits 1', async () => {
    const io = memoryIo({ '/work/a.agenda.yaml': MESSY, '/work/b.agenda.yaml': TIDY });
    assert.equal(await main(['format', '--check', 'a.agenda.yaml', 'b.agenda.yaml'], io), 1);
    assert.deepEqual([io.out, io.written.size], ['a.agenda.yaml\n', 0]);
    assert.equal(io.err, '2 files: 1 would be reformatted, 1 already formatted.\n');
    const clean = memoryIo({ '/work/b.agenda.yaml': TIDY });
    assert.equal(await main(['format', '--check', 'b.agenda.yaml'], clean), 0);
  });

  it('leaves a file it cannot parse alone with the reason, exit 1; exit 2 for one it cannot read or an unknown option', async () => {
    const io = memoryIo({ '/work/bad.agenda.yaml': 'a: [\n', '/work/a.agenda.yaml': MESSY });
    assert.equal(await main(['format', 'bad.agenda.yaml', 'a.agenda.yaml'], io), 1);
    assert.deepEqual([...io.written.keys()], ['/work/a.agenda.yaml']);
    assert.equal(io.err, 'agenda: bad.agenda.yaml is not formatted: it is not valid YAML; fix what `agenda check` reports, then format it.\nWrote a.agenda.yaml\n2 files: 1 reformatted, 0 already formatted, 1 left as it is.\n');
    const missing = memoryIo({});
    assert.equal(await main(['format', 'missing.agenda.yaml'], missing), 2);
    assert.equal(missing.err.split('\n')[0], 'agenda: missing.agenda.yaml does not exist');
    const option = memoryIo({});
    assert.equal(await main(['format', '--write'], option), 2);
    assert.equal(option.err.split('\n')[0], 'agenda: unknown option --write');
  });

  it('says why and how many in the language of --locale, else of LC_ALL, LC_MESSAGES or LANG', async () => {
    const files = { '/work/bad.agenda.yaml': 'a: [\n', '/work/a.agenda.yaml': MESSY, '/work/b.agenda.yaml': TIDY };
    const french = memoryIo(files);
    assert.equal(await main(['format', '--check', '--locale', 'fr-CA', 'bad.agenda.yaml', 'a.agenda.yaml', 'b.agenda.yaml'], french), 1);
    assert.equal(french.err, "agenda: bad.agenda.yaml n'est pas formaté\u00a0: ce n'est pas du YAML valide\u00a0; corrigez ce que signale `agenda check`, puis formatez-le.\n"
      + '3 fichiers\u00a0: à reformater\u00a0: 1\u00a0; déjà formatés\u00a0: 1\u00a0; laissé tel quel\u00a0: 1.\n');
    const arabic = memoryIo(files);
    arabic.env = { LANG: 'ar_EG.UTF-8' };
    assert.equal(await main(['format', 'bad.agenda.yaml', 'b.agenda.yaml'], arabic), 1);
    assert.equal(arabic.err, 'agenda: لم يُنسَّق bad.agenda.yaml: ليس YAML صالحًا؛ أصلِح ما يُبلغ عنه `agenda check` ثم نسِّقه.\nالملفات: 2: أُعيد تنسيق: 0؛ منسَّقة من قبل: 1؛ تُرك كما هو: 1.\n');
    const chinese = memoryIo({ '/work/a.agenda.yaml': MESSY });
    chinese.env = { LC_ALL: 'zh_CN.UTF-8', LANG: 'fr_FR.UTF-8' };
    assert.equal(await main(['format', 'a.agenda.yaml'], chinese), 0);
    assert.equal(chinese.err, 'Wrote a.agenda.yaml\n1 个文件：已重新格式化 1 个，已是规范格式 0 个。\n');
    const noValue = memoryIo({});
    assert.equal(await main(['format', '--locale'], noValue), 2);
    assert.equal(noValue.err.split('\n')[0], 'agenda: --locale needs a value, such as fr');
  });

  it('says why a text is left alone in each of the six languages, the same reason in each', () => {
    const reasons = ['ar', 'en', 'es', 'fr', 'ru', 'zh-cn'].map((locale) => {
      const result = formatAgenda('%YAML 1.1\n---\nversion: 1\n', locale);
      return 'problem' in result ? result.problem : '';
    });
    assert.deepEqual(reasons, [
      'يبدأ بتوجيهات YAML (`%YAML`...) يتركها المنسِّق كما هي؛ احذفها لتنسيقه',
      'it starts with YAML directives (`%YAML`...), which the formatter leaves alone; remove them to format it',
      'empieza con directivas YAML (`%YAML`...), que el formateador deja intactas; elimínelas para formatearlo',
      'il commence par des directives YAML (`%YAML`...), que le formateur laisse telles quelles\u00a0; supprimez-les pour le formater',
      'файл начинается с директив YAML (`%YAML`...), которые форматировщик не трогает; удалите их, чтобы отформатировать файл',
      '它以 YAML 指令（`%YAML`...）开头，格式化程序不处理这些指令；删除它们后即可格式化',
    ]);
    assert.deepEqual(formatEdits('a: [\n', 'ru'), { problem: 'это некорректный YAML; исправьте то, о чём сообщает `agenda check`, затем отформатируйте файл' });
  });

  it('in a real process: formats standard input to standard output, and files on disk in place', () => {
    const piped = spawnSync(process.execPath, [CLI, 'format', '-'], { input: MESSY, encoding: 'utf8', timeout: 30000 });
    assert.deepEqual([piped.status, piped.stdout, piped.stderr], [0, TIDY, '1 file: 1 reformatted, 0 already formatted.\n']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-format-'));
    try {
      fs.mkdirSync(path.join(dir, 'agendas'));
      fs.writeFileSync(path.join(dir, 'agendas/a.agenda.yaml'), MESSY);
      fs.writeFileSync(path.join(dir, 'agendas/b.agenda.yml'), TIDY);
      const checked = spawnSync(process.execPath, [CLI, 'format', '--check', 'agendas'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.deepEqual([checked.status, checked.stdout], [1, 'agendas/a.agenda.yaml\n']);
      assert.equal(fs.readFileSync(path.join(dir, 'agendas/a.agenda.yaml'), 'utf8'), MESSY);
      const formatted = spawnSync(process.execPath, [CLI, 'format', 'agendas'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.deepEqual([formatted.status, formatted.stderr], [0, 'Wrote agendas/a.agenda.yaml\n2 files: 1 reformatted, 1 already formatted.\n']);
      assert.equal(fs.readFileSync(path.join(dir, 'agendas/a.agenda.yaml'), 'utf8'), TIDY);
      assert.deepEqual(fs.readdirSync(path.join(dir, 'agendas')).sort(), ['a.agenda.yaml', 'b.agenda.yml']);
      const again = spawnSync(process.execPath, [CLI, 'format', '--check', 'agendas'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.deepEqual([again.status, again.stdout], [0, '']);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});

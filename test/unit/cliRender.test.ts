import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { renderStandalone } from '../../src/core/outputs/render';
import { parseAgenda } from '../../src/core/parse/parse';
import { EXAMPLE, readFixture } from './findings';
import { memoryIo, type MemoryFile } from './memoryIo';

const example = fs.readFileSync(EXAMPLE, 'utf8');
const vienna = readFixture('valid/vienna-multilingual.agenda.yaml');

/** The command line's world with these files under /work. */
function world(files: Record<string, MemoryFile>, stdin?: string) {
  return memoryIo(Object.fromEntries(Object.entries(files).map(([name, text]) => [path.join('/work', name), text])), { stdin });
}

const BROKEN = `version: 1
event: {title: Broken, start: 2020-04-24, end: 2020-04-24}
sessions:
  - {id: s, title: Session, date: 2020-04-24, topics: [nowhere]}
`;

const BILINGUAL = `version: 1
event: {title: {en: Opening day, fr: Journée d’ouverture}, start: 2020-04-24, end: 2020-04-24, languages: [en, fr]}
sessions: []
`;

describe('agenda render', () => {
  it('prints the standalone programme of a clean agenda to standard output', async () => {
    const io = world({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml'], io), 0);
    assert.strictEqual(io.out, renderStandalone(parseAgenda(example)));
    assert.strictEqual(io.err, '');
  });

  it('writes the programme to the file given with -o', async () => {
    const io = world({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', 'out/programme.html'], io), 0);
    assert.strictEqual(io.written.get('/work/out/programme.html'), renderStandalone(parseAgenda(example)));
    assert.strictEqual(io.out, '');
    assert.strictEqual(io.err, 'Wrote out/programme.html\n');
  });

  it('refuses an agenda with errors, printing its diagnostics, and writes nothing', async () => {
    const io = world({ 'broken.agenda.yaml': BROKEN });
    assert.strictEqual(await main(['render', 'broken.agenda.yaml', '-o', 'out.html'], io), 1);
    assert.strictEqual(io.err, [
      'broken.agenda.yaml:4:56: error: Unknown topic `nowhere`: add it under `topics` first. [unknown-topic]',
      'agenda: broken.agenda.yaml has an error; nothing written (--force writes it anyway).',
      '',
    ].join('\n'));
    assert.ok(!io.written.has('/work/out.html'));
    assert.strictEqual(io.out, '');
  });

  it('renders an agenda with errors anyway with --force, still printing the diagnostics', async () => {
    const io = world({ 'broken.agenda.yaml': BROKEN });
    assert.strictEqual(await main(['render', '--force', 'broken.agenda.yaml'], io), 0);
    assert.ok(io.out.startsWith('<!DOCTYPE html>'));
    assert.ok(io.out.includes('<span class="unresolved" title="not defined in this agenda">nowhere</span>'));
    assert.ok(io.err.startsWith('broken.agenda.yaml:4:56: error: Unknown topic `nowhere`'));
  });

  it('renders the language asked for with --lang', async () => {
    const io = world({ 'bilingual.agenda.yaml': BILINGUAL });
    assert.strictEqual(await main(['render', 'bilingual.agenda.yaml', '--lang', 'fr'], io), 0);
    assert.ok(io.out.startsWith('<!DOCTYPE html>\n<html lang="fr" dir="ltr">'));
    assert.ok(io.out.includes('<h1 class="event-title">Journée d’ouverture</h1>'));
  });

  it('writes the dates of the language asked for, and lays Arabic out from right to left', async () => {
    const dayTitles = (html: string) => [...html.matchAll(/<h3 class="day-title">([^<]*)</g)].map((m) => m[1]);
    const french = world({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '--lang', 'fr'], french), 0);
    assert.deepStrictEqual(dayTitles(french.out), ['vendredi 24 avril 2020', 'samedi 25 avril 2020']);
    assert.ok(french.out.includes('Première séance'));
    const arabic = world({ 'vienna.agenda.yaml': vienna });
    assert.strictEqual(await main(['render', 'vienna.agenda.yaml', '--lang', 'ar'], arabic), 0);
    assert.ok(arabic.out.startsWith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">'), arabic.out.slice(0, 80));
    assert.deepStrictEqual(dayTitles(arabic.out), ['السبت، 28 مارس 2026', 'الأحد، 29 مارس 2026']);
  });

  it('reads the agenda from standard input with -', async () => {
    const io = world({}, example);
    assert.strictEqual(await main(['render', '-'], io), 0);
    assert.strictEqual(io.out, renderStandalone(parseAgenda(example)));
  });

  it('refuses to write the programme over the agenda', async () => {
    const io = world({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', './workshop.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, 'agenda: refusing to write the programme over the agenda itself (./workshop.agenda.yaml)\n');
    assert.deepStrictEqual([...io.written.keys()], []);
  });

  it('reports a file that cannot be read or written', async () => {
    const missing = world({});
    assert.strictEqual(await main(['render', 'missing.agenda.yaml'], missing), 2);
    assert.strictEqual(missing.err, 'agenda: missing.agenda.yaml cannot be read (ENOENT)\n');
    const readOnly = world({ 'workshop.agenda.yaml': example });
    readOnly.writeFile = () => {
      throw Object.assign(new Error('denied'), { code: 'EACCES' });
    };
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', 'out.html'], readOnly), 2);
    assert.strictEqual(readOnly.err, 'agenda: cannot write out.html (EACCES)\n');
  });

  it('explains usage mistakes and exits 2', async () => {
    const cases: [string[], string][] = [
      [['render'], 'agenda: render takes one agenda file, or a folder of a programme'],
      [['render', 'a.agenda.yaml', 'b.agenda.yaml'], 'agenda: render takes one agenda file, or a folder of a programme'],
      [['render', 'a.agenda.yaml', '--format', 'json'], 'agenda: unknown option --format'],
      [['render', 'a.agenda.yaml', '-o'], 'agenda: -o needs a file name (or - for standard output)'],
      [['render', 'a.agenda.yaml', '--lang', 'French'], 'agenda: --lang takes a language code such as fr or fr-CA, not "French"'],
      [['render', 'a.agenda.yaml', '--lang', 'en,'], 'agenda: --lang takes a language code such as fr or fr-CA, not ""'],
      [['render', 'a.agenda.yaml', '--include-breaks'], 'agenda: unknown option --include-breaks'],
      [['render', 'a.agenda.yaml', '--lang'], 'agenda: --lang needs a language code such as fr or fr-CA'],
      [['render', 'a.agenda.yaml', '--ics'], 'agenda: unknown option --ics'],
    ];
    for (const [args, message] of cases) {
      const io = world({ 'a.agenda.yaml': example });
      assert.strictEqual(await main(args, io), 2, args.join(' '));
      assert.ok(io.err.startsWith(`${message}\n\nUsage: agenda <command>`), io.err);
    }
  });
});

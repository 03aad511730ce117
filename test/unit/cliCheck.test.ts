import * as assert from 'assert';
import * as fs from 'fs';
import { main } from '../../src/cli/main';
import { memoryIo } from './memoryIo';
import { EXAMPLE, readFixture } from './findings';

const CLEAN = fs.readFileSync(EXAMPLE, 'utf8');
const UNKNOWN_KEYS = readFixture('invalid/schema-unknown-key.agenda.yaml');
const MISMATCH = readFixture('invalid/time-mismatch.agenda.yaml');

const UNKNOWN_KEYS_TEXT = [
  'agendas/bad.agenda.yaml:8:5: error: Unknown key `room` in `event.venue`. Allowed keys: site, city, country. [schema-unknown-key]',
  'agendas/bad.agenda.yaml:13:5: error: Unknown key `speaker` in session `first-meeting`. Did you mean `speakers`? [schema-unknown-key]',
  'agendas/bad.agenda.yaml:15:9: info: The person `jane-doe` is never used: no session names this person. [unused-id]',
];

describe('agenda check', () => {
  it('prints nothing but a summary for a clean agenda, and exits 0', async () => {
    const io = memoryIo({ '/work/kyoto.agenda.yaml': CLEAN });
    assert.strictEqual(await main(['check', 'kyoto.agenda.yaml'], io), 0);
    assert.deepStrictEqual([io.out, io.err], ['', '1 file checked: 0 errors, 0 warnings.\n']);
  });

  it('prints path:line:col: severity: message [code] with 1-based positions, and exits 1 on an error', async () => {
    const io = memoryIo({ '/work/agendas/bad.agenda.yaml': UNKNOWN_KEYS });
    assert.strictEqual(await main(['check', 'agendas/bad.agenda.yaml'], io), 1);
    assert.strictEqual(io.out, UNKNOWN_KEYS_TEXT.map((line) => `${line}\n`).join(''));
    assert.strictEqual(io.err, '1 file checked: 2 errors, 0 warnings.\n');
  });

  it('speaks the language of --locale, else of LC_ALL, LC_MESSAGES or LANG, else English', async () => {
    const french = 'warn.agenda.yaml:12:15: warning: La séance `first-meeting` dure 90 minutes selon `duration`, mais 180 minutes selon `start` et `end`. [time-mismatch]\n';
    const spanish = 'warn.agenda.yaml:12:15: warning: La sesión `first-meeting` dura 90 minutos según `duration`, pero 180 minutos según `start` y `end`. [time-mismatch]\n';
    const english = 'warn.agenda.yaml:12:15: warning: Session `first-meeting` lasts 90 minutes by `duration` but 180 minutes by `start` and `end`. [time-mismatch]\n';
    const run = async (args: string[], env: Record<string, string>) => {
      const io = memoryIo({ '/work/warn.agenda.yaml': MISMATCH });
      io.env = env;
      assert.strictEqual(await main(['check', 'warn.agenda.yaml', ...args], io), 0);
      return io.out;
    };
    assert.strictEqual(await run(['--locale', 'fr'], {}), french);
    assert.strictEqual(await run(['--locale=fr-CA'], { LANG: 'es_ES.UTF-8' }), french);
    assert.strictEqual(await run([], { LANG: 'fr_FR.UTF-8' }), french);
    assert.strictEqual(await run([], { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }), spanish);
    assert.strictEqual(await run([], { LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'C.UTF-8' }), english);
    assert.strictEqual(await run([], { LANG: 'de_DE.UTF-8' }), english);
    assert.strictEqual(await run([], {}), english);
  });

  it('refuses --locale without a value, with the usage', async () => {
    const io = memoryIo({ '/work/warn.agenda.yaml': MISMATCH });
    assert.strictEqual(await main(['check', 'warn.agenda.yaml', '--locale'], io), 2);
    assert.match(io.err, /^agenda: --locale needs a value, such as fr\n\nUsage: agenda/);
  });

  it('exits 0 when there are only warnings', async () => {
    const io = memoryIo({ '/work/warn.agenda.yaml': MISMATCH });
    assert.strictEqual(await main(['check', 'warn.agenda.yaml'], io), 0);
    assert.strictEqual(io.out, 'warn.agenda.yaml:12:15: warning: Session `first-meeting` lasts 90 minutes by `duration` but 180 minutes by `start` and `end`. [time-mismatch]\n');
    assert.strictEqual(io.err, '1 file checked: 0 errors, 1 warning.\n');
  });

  it('prints a JSON array of {file, line, column, endLine, endColumn, severity, code, message}, 1-based', async () => {
    const io = memoryIo({ '/work/agendas/bad.agenda.yaml': UNKNOWN_KEYS, '/work/warn.agenda.yaml': MISMATCH });
    assert.strictEqual(await main(['check', 'agendas/bad.agenda.yaml', 'warn.agenda.yaml', '--format', 'json'], io), 1);
    assert.strictEqual(io.err, '');
    assert.deepStrictEqual(JSON.parse(io.out), [
      { file: 'agendas/bad.agenda.yaml', line: 8, column: 5, endLine: 8, endColumn: 9, severity: 'error', code: 'schema-unknown-key', message: 'Unknown key `room` in `event.venue`. Allowed keys: site, city, country.' },
      { file: 'agendas/bad.agenda.yaml', line: 13, column: 5, endLine: 13, endColumn: 12, severity: 'error', code: 'schema-unknown-key', message: 'Unknown key `speaker` in session `first-meeting`. Did you mean `speakers`?' },
      { file: 'agendas/bad.agenda.yaml', line: 15, column: 9, endLine: 15, endColumn: 17, severity: 'info', code: 'unused-id', message: 'The person `jane-doe` is never used: no session names this person.' },
      { file: 'warn.agenda.yaml', line: 12, column: 15, endLine: 12, endColumn: 17, severity: 'warning', code: 'time-mismatch', message: 'Session `first-meeting` lasts 90 minutes by `duration` but 180 minutes by `start` and `end`.' },
    ]);
  });

  it('prints an empty JSON array for clean agendas, with --format=json too', async () => {
    const io = memoryIo({ '/work/kyoto.agenda.yaml': CLEAN });
    assert.strictEqual(await main(['check', '--format=json', 'kyoto.agenda.yaml'], io), 0);
    assert.deepStrictEqual([io.out, io.err], ['[]\n', '']);
  });

  it('searches folders recursively for *.agenda.yaml and *.agenda.yml, in order, skipping node_modules and .git', async () => {
    const io = memoryIo({
      '/work/site/b.agenda.yaml': CLEAN,
      '/work/site/a/deep/c.agenda.yml': CLEAN,
      '/work/site/a/notes.yaml': 'not: an agenda',
      '/work/site/readme.md': '# Programmes',
      '/work/site/node_modules/pkg/d.agenda.yaml': UNKNOWN_KEYS,
      '/work/site/.git/e.agenda.yaml': UNKNOWN_KEYS,
    });
    assert.strictEqual(await main(['check', 'site', '--format', 'json'], io), 0);
    assert.strictEqual(io.out, '[]\n');
    const listed = memoryIo({ '/work/site/b.agenda.yaml': UNKNOWN_KEYS, '/work/site/a/deep/c.agenda.yml': MISMATCH });
    assert.strictEqual(await main(['check', 'site', '--format', 'json'], listed), 1);
    assert.deepStrictEqual([...new Set((JSON.parse(listed.out) as { file: string }[]).map((d) => d.file))], ['site/a/deep/c.agenda.yml', 'site/b.agenda.yaml']);
  });

  it('checks the current folder when given no files', async () => {
    const io = memoryIo({ '/work/project/programme.agenda.yaml': UNKNOWN_KEYS }, { cwd: '/work/project' });
    assert.strictEqual(await main(['check'], io), 1);
    assert.ok(io.out.startsWith('programme.agenda.yaml:8:5: error: '), io.out);
  });

  it('checks a file named on the command line whatever its name', async () => {
    const io = memoryIo({ '/work/programme.yaml': UNKNOWN_KEYS });
    assert.strictEqual(await main(['check', 'programme.yaml'], io), 1);
  });

  it('checks each file once, even when named twice or also found in a folder', async () => {
    const io = memoryIo({ '/work/site/bad.agenda.yaml': UNKNOWN_KEYS });
    assert.strictEqual(await main(['check', 'site/bad.agenda.yaml', 'site', './site/bad.agenda.yaml', 'site'], io), 1);
    assert.strictEqual(io.out.split('\n').filter(Boolean).length, 3);
    assert.strictEqual(io.err, '1 file checked: 2 errors, 0 warnings.\n');
  });

  it('searches a folder that links back to itself once, without looping', async () => {
    const io = memoryIo({ '/work/site/bad.agenda.yaml': UNKNOWN_KEYS }, { links: { '/work/site/again': '/work/site' } });
    assert.strictEqual(await main(['check', 'site'], io), 1);
    assert.strictEqual(io.err, '1 file checked: 2 errors, 0 warnings.\n');
  });

  it('says which files it cannot read, checks the others, and exits 2', async () => {
    const io = memoryIo({
      '/work/bad.agenda.yaml': UNKNOWN_KEYS,
      '/work/locked.agenda.yaml': { error: 'EACCES' },
      '/work/binary.agenda.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      '/work/latin1.agenda.yaml': new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]),
      '/work/empty-folder/readme.md': '',
    });
    assert.strictEqual(await main(['check', 'missing.agenda.yaml', 'locked.agenda.yaml', 'binary.agenda.yaml', 'latin1.agenda.yaml', 'empty-folder', 'bad.agenda.yaml'], io), 2);
    assert.strictEqual(io.out, UNKNOWN_KEYS_TEXT.map((line) => `${line.replace('agendas/bad', 'bad')}\n`).join(''));
    assert.strictEqual(io.err, [
      'agenda: missing.agenda.yaml does not exist',
      'agenda: locked.agenda.yaml cannot be read: permission denied',
      'agenda: binary.agenda.yaml is a binary file, not agenda text',
      'agenda: latin1.agenda.yaml is not UTF-8 text (byte 0xE9 on line 1; perhaps Latin-1 or Windows-1252); save it as UTF-8 and try again',
      'agenda: empty-folder holds no agenda files (*.agenda.yaml)',
      '1 file checked: 2 errors, 0 warnings.',
      '',
    ].join('\n'));
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 with one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MISMATCH, 'utf16le')]);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MISMATCH, 'utf8')]);
    const io = memoryIo({ '/work/utf16.agenda.yaml': utf16, '/work/bom.agenda.yaml': bom });
    assert.strictEqual(await main(['check', 'utf16.agenda.yaml', 'bom.agenda.yaml', '--format', 'json'], io), 0);
    assert.deepStrictEqual((JSON.parse(io.out) as { file: string; line: number; column: number }[]).map((d) => [d.file, d.line, d.column]), [
      ['utf16.agenda.yaml', 12, 15],
      ['bom.agenda.yaml', 12, 15],
    ]);
  });

  it('reads standard input for -, and names it <stdin>', async () => {
    const io = memoryIo({}, { stdin: UNKNOWN_KEYS });
    assert.strictEqual(await main(['check', '-'], io), 1);
    assert.strictEqual(io.out, UNKNOWN_KEYS_TEXT.map((line) => `${line.replace('agendas/bad.agenda.yaml', '<stdin>')}\n`).join(''));
  });
});

describe('agenda command line usage', () => {
  it('prints the usage on stderr and exits 2 without a command', async () => {
    const io = memoryIo({});
    assert.strictEqual(await main([], io), 2);
    assert.ok(io.err.startsWith('Usage: agenda <command> [options]\n'), io.err);
    assert.strictEqual(io.out, '');
  });

  for (const flag of ['--help', '-h', 'help']) {
    it(`prints the usage on stdout and exits 0 for ${flag}`, async () => {
      const io = memoryIo({});
      assert.strictEqual(await main([flag], io), 0);
      assert.ok(io.out.includes('check [files or folders...] [--format text|json|github|sarif]'), io.out);
      assert.strictEqual(io.err, '');
    });
  }

  const mistakes: [string[], string][] = [
    [['lint', 'a.agenda.yaml'], 'agenda: unknown command lint'],
    [['check', '--strict'], 'agenda: unknown option --strict'],
    [['check', '--format', 'xml'], 'agenda: --format must be text, json, github or sarif, not xml'],
    [['check', 'a.agenda.yaml', '--format'], 'agenda: --format needs a value: text, json, github or sarif'],
  ];
  for (const [args, message] of mistakes) {
    it(`says "${message}" with the usage and exits 2 for: agenda ${args.join(' ')}`, async () => {
      const io = memoryIo({ '/work/a.agenda.yaml': CLEAN });
      assert.strictEqual(await main(args, io), 2);
      assert.ok(io.err.startsWith(`${message}\n\nUsage: agenda <command>`), io.err);
      assert.strictEqual(io.out, '');
    });
  }
});

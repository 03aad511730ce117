import * as assert from 'assert';
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { MAX_INPUT_BYTES } from '../../src/cli/check';
import { decodeAgenda } from '../../src/cli/decode';
import { nodeIo } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { EXAMPLE, REPO } from './findings';
import { memoryIo } from './memoryIo';

const CLEAN = fs.readFileSync(EXAMPLE, 'utf8');
const CLI = path.join(REPO, 'dist/cli.js');

function summary(files: number, errors = 0): string {
  return `${files} file${files === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, 0 warnings.\n`;
}

describe('agenda check on input that is not an agenda', () => {
  it('names the first byte that is not UTF-8 and its line, and exits 2', async () => {
    const latin1 = Buffer.from('version: 1\nevent:\n  title: Caf\xe9 de la Paix\n', 'latin1');
    const io = memoryIo({ '/work/latin1.agenda.yaml': latin1 });
    assert.strictEqual(await main(['check', 'latin1.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, 'agenda: latin1.agenda.yaml is not UTF-8 text (byte 0xE9 on line 3; perhaps Latin-1 or Windows-1252); save it as UTF-8 and try again\n' + summary(0));
  });

  it('tells UTF-16 without a byte-order mark from binary data', async () => {
    const io = memoryIo({
      '/work/utf16.agenda.yaml': Buffer.from(CLEAN, 'utf16le'),
      '/work/logo.agenda.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    });
    assert.strictEqual(await main(['check', 'utf16.agenda.yaml', 'logo.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, [
      'agenda: utf16.agenda.yaml is UTF-16 text without a byte-order mark; save it as UTF-8 and try again',
      'agenda: logo.agenda.yaml is a binary file, not agenda text',
      summary(0),
    ].join('\n'));
  });

  it('refuses a file over 2 MB before checking it, and exits 2', async () => {
    const io = memoryIo({ '/work/huge.agenda.yaml': `${CLEAN}${'#'.repeat(MAX_INPUT_BYTES)}` });
    assert.strictEqual(await main(['check', 'huge.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, 'agenda: huge.agenda.yaml is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)\n' + summary(0));
  });

  it('checks a file of exactly 2 MB', async () => {
    const text = `${CLEAN}${'#'.repeat(MAX_INPUT_BYTES - Buffer.byteLength(CLEAN) - 1)}\n`;
    const io = memoryIo({ '/work/big.agenda.yaml': text });
    assert.strictEqual(Buffer.byteLength(text), MAX_INPUT_BYTES);
    assert.strictEqual(await main(['check', 'big.agenda.yaml'], io), 0);
    assert.strictEqual(io.err, summary(1));
  });

  it('says "standard input" when what it reads from - is not agenda text', async () => {
    for (const [stdin, problem] of [
      [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), 'is a binary file, not agenda text'],
      [Buffer.from('title: se\xf1or\n', 'latin1'), 'is not UTF-8 text (byte 0xF1 on line 1; perhaps Latin-1 or Windows-1252); save it as UTF-8 and try again'],
      [Buffer.alloc(MAX_INPUT_BYTES + 1, 0x23), 'is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)'],
    ] as const) {
      const io = memoryIo({}, { stdin });
      assert.strictEqual(await main(['check', '-'], io), 2);
      assert.strictEqual(io.err, `agenda: standard input ${problem}\n${summary(0)}`);
    }
  });

  it('reports empty standard input as an empty agenda, exit 1', async () => {
    const io = memoryIo({}, { stdin: '' });
    assert.strictEqual(await main(['check', '-'], io), 1);
    assert.strictEqual(io.out, '<stdin>:1:1: error: The agenda is empty: it needs at least `version: 1`, an `event` and a list of `sessions`. [schema-required]\n');
  });

  it('says that render and export of a folder need one programme there, and exits 2', async () => {
    for (const args of [['render', 'agendas'], ['export', 'agendas', '--ics']]) {
      const io = memoryIo({ '/work/agendas/a.agenda.yaml': CLEAN, '/work/agendas/b.agenda.yaml': CLEAN });
      assert.strictEqual(await main(args, io), 2, args.join(' '));
      assert.deepStrictEqual([io.out, io.err], ['', 'agenda: agendas holds no programme: no agenda file there is the root of the others (see partOf)\n'], args.join(' '));
      const one = memoryIo({ '/work/agendas/a.agenda.yaml': CLEAN });
      assert.strictEqual(await main(args, one), 0, args.join(' '));
      assert.ok(one.out.length > 0);
    }
  });

  it('says the same for render and export, and exits 2', async () => {
    for (const args of [['render', '-'], ['export', '-', '--ics']]) {
      const io = memoryIo({}, { stdin: new Uint8Array([0, 1, 2, 3]) });
      assert.strictEqual(await main(args, io), 2, args.join(' '));
      assert.strictEqual(io.err, 'agenda: standard input is a binary file, not agenda text\n', args.join(' '));
    }
  });
});

describe('agenda check on a real disk', () => {
  let dir: string;
  const io = () => ({ ...nodeIo, cwd: dir });

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-input-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads no more than 2 MB of a file that never ends (/dev/zero), and exits 2', async () => {
    const mem = { ...io(), stderr: (t: string) => void (err += t) };
    let err = '';
    assert.strictEqual(await main(['check', '/dev/zero'], mem), 2);
    assert.strictEqual(err, 'agenda: /dev/zero is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)\n' + summary(0));
  });

  it('names a folder that holds no agendas, and a file it cannot open, exit 2', async () => {
    fs.mkdirSync(path.join(dir, 'notes'));
    fs.writeFileSync(path.join(dir, 'notes', 'readme.txt'), 'no agendas here');
    let err = '';
    const disk = { ...io(), stderr: (t: string) => void (err += t), readFile: () => { throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }); } };
    fs.writeFileSync(path.join(dir, 'a.agenda.yaml'), CLEAN);
    assert.strictEqual(await main(['check', 'notes', 'a.agenda.yaml'], disk), 2);
    assert.strictEqual(err, 'agenda: notes holds no agenda files (*.agenda.yaml)\nagenda: a.agenda.yaml cannot be read (EIO)\n' + summary(0));
  });

  const root = process.getuid?.() === 0;

  (root ? it.skip : it)('says permission denied for a file it may not read (chmod 000), and exits 2', async () => {
    fs.writeFileSync(path.join(dir, 'locked.agenda.yaml'), CLEAN, { mode: 0o000 });
    let err = '';
    assert.strictEqual(await main(['check', 'locked.agenda.yaml'], { ...io(), stderr: (t: string) => void (err += t) }), 2);
    assert.strictEqual(err, 'agenda: locked.agenda.yaml cannot be read: permission denied\n' + summary(0));
  });

  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((file) => fs.existsSync(file));
  let forNobody: { cli: string } | { reason: string } | undefined;

  /**
   * The built tool where `nobody` can run it: a copy of dist/cli.js in a folder of its own beside the tests' folders,
   * since the clone may live where that user cannot go (root's home, a `mktemp -d`); or why it cannot, to skip with.
   */
  function cliForNobody(): { cli: string } | { reason: string } {
    if (forNobody) return forNobody;
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-cli-'));
    fs.chmodSync(folder, 0o755);
    const cli = path.join(folder, 'cli.js');
    fs.copyFileSync(CLI, cli);
    fs.writeFileSync(path.join(folder, 'probe.agenda.yaml'), CLEAN, { mode: 0o644 });
    const probe = spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, cli, 'check', 'probe.agenda.yaml'], { cwd: folder, encoding: 'utf8', timeout: 30000 });
    const said = (probe.stderr || String(probe.error ?? '')).split('\n');
    const why = said.find((line) => /^\w*Error\b/.test(line)) ?? said[0];
    forNobody = probe.status === 0 ? { cli } : { reason: `nobody cannot run ${process.execPath} ${cli} in ${os.tmpdir()} (exit ${probe.status ?? probe.signal}: ${why})` };
    return forNobody;
  }

  /** Runs the built tool as nobody in `cwd`, or skips the test with the reason it cannot. */
  function asNobody(test: Mocha.Context, cwd: string, args: string[]): SpawnSyncReturns<string> {
    const reach = cliForNobody();
    if ('reason' in reach) {
      console.log(`      skipped: ${reach.reason}`);
      test.skip();
    }
    return spawnSync(setpriv!, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, (reach as { cli: string }).cli, ...args], { cwd, encoding: 'utf8', timeout: 30000 });
  }

  after(() => {
    if (forNobody && 'cli' in forNobody) fs.rmSync(path.dirname(forNobody.cli), { recursive: true, force: true });
  });

  (root && setpriv ? it : it.skip)('as root (where chmod 000 does not stop reading), runs the tool as nobody: permission denied for a file and for one in a closed folder, exit 2', function () {
    fs.chmodSync(dir, 0o755);
    fs.writeFileSync(path.join(dir, 'locked.agenda.yaml'), CLEAN, { mode: 0o600 });
    fs.mkdirSync(path.join(dir, 'closed'), { mode: 0o700 });
    fs.writeFileSync(path.join(dir, 'closed', 'inside.agenda.yaml'), CLEAN);
    const result = asNobody(this, dir, ['check', 'locked.agenda.yaml', 'closed/inside.agenda.yaml']);
    assert.deepStrictEqual([result.status, result.stdout, result.stderr], [2, '', [
      'agenda: locked.agenda.yaml cannot be read: permission denied',
      'agenda: closed/inside.agenda.yaml cannot be read: permission denied',
      summary(0),
    ].join('\n')]);
  });

  const prlimit = ['/usr/bin/prlimit', '/bin/prlimit'].find((file) => fs.existsSync(file));

  (prlimit ? it : it.skip)('in a real process: a write cut off half-way (file size limit) leaves the old programme whole and no temporary file, exit 2', () => {
    fs.writeFileSync(path.join(dir, 'workshop.agenda.yaml'), CLEAN);
    fs.writeFileSync(path.join(dir, 'programme.html'), 'the programme sent last week\n');
    const ignoreSignal = path.join(dir, 'ignore-sigxfsz.js');
    fs.writeFileSync(ignoreSignal, "process.on('SIGXFSZ', () => undefined);\n");
    const result = spawnSync(prlimit!, ['--fsize=4096', process.execPath, '--require', ignoreSignal, CLI, 'render', 'workshop.agenda.yaml', '-o', 'programme.html'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([result.status, result.stdout, result.stderr], [2, '', 'agenda: cannot write programme.html (EFBIG)\n']);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'programme.html'), 'utf8'), 'the programme sent last week\n');
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['ignore-sigxfsz.js', 'programme.html', 'workshop.agenda.yaml']);
  });

  it('in a real process: an export whose target is a folder fails without a temporary file, exit 2', () => {
    fs.writeFileSync(path.join(dir, 'workshop.agenda.yaml'), CLEAN);
    fs.mkdirSync(path.join(dir, 'workshop.ics'));
    fs.writeFileSync(path.join(dir, 'workshop.ics', 'keep.txt'), 'mine');
    const result = spawnSync(process.execPath, [CLI, 'export', 'workshop.agenda.yaml', '--ics', '-o', 'workshop.ics'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([result.status, result.stderr], [2, 'agenda: cannot write workshop.ics (EISDIR)\n']);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['workshop.agenda.yaml', 'workshop.ics']);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'workshop.ics')), ['keep.txt']);
  });

  (setpriv || !root ? it : it.skip)('in a real process: a folder it may not list, in a search or named, is said to be unreadable and the rest is checked, exit 2', function () {
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, 'open'));
    fs.writeFileSync(path.join(dir, 'open', 'a.agenda.yaml'), CLEAN);
    fs.mkdirSync(path.join(dir, 'closed'));
    fs.writeFileSync(path.join(dir, 'closed', 'b.agenda.yaml'), CLEAN);
    fs.chmodSync(path.join(dir, 'closed'), 0o000);
    // chmod does not stop root: as root, the tool runs as nobody.
    const unprivileged = (...args: string[]) => root
      ? asNobody(this, dir, args)
      : spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    try {
      const search = unprivileged('check', '.');
      assert.deepStrictEqual([search.status, search.stdout, search.stderr], [2, '', `agenda: closed cannot be read: permission denied\n${summary(1)}`]);
      const named = unprivileged('check', 'closed', 'open');
      assert.deepStrictEqual([named.status, named.stdout, named.stderr], [2, '', `agenda: closed cannot be read: permission denied\n${summary(1)}`]);
    } finally {
      fs.chmodSync(path.join(dir, 'closed'), 0o755);
    }
  });

  const mkfifo = ['/usr/bin/mkfifo', '/bin/mkfifo'].find((file) => fs.existsSync(file));

  (mkfifo ? it : it.skip)('in a real process: skips a named pipe found in a folder (reading it would wait for ever), but reads one it is given, as <(...) gives', () => {
    fs.writeFileSync(path.join(dir, 'a.agenda.yaml'), CLEAN);
    assert.strictEqual(spawnSync(mkfifo!, [path.join(dir, 'pipe.agenda.yaml')]).status, 0);
    const search = spawnSync(process.execPath, [CLI, 'check', '.'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([search.status, search.stdout, search.stderr], [2, '', `agenda: pipe.agenda.yaml is a named pipe, socket or device, not a file; skipped\n${summary(1)}`]);
    const given = spawnSync('bash', ['-c', '"$0" "$1" check <(cat a.agenda.yaml)', process.execPath, CLI], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([given.status, given.stdout, given.stderr], [0, '', summary(1)]);
  });

  it('in a real process: standard input that is a folder (agenda check - < folder) is said to be one, exit 2', () => {
    const folder = fs.openSync(dir, 'r');
    try {
      const result = spawnSync(process.execPath, [CLI, 'check', '-'], { stdio: [folder, 'pipe', 'pipe'], encoding: 'utf8', timeout: 30000 });
      assert.deepStrictEqual([result.status, result.stdout, result.stderr], [2, '', `agenda: standard input is a directory\n${summary(0)}`]);
    } finally {
      fs.closeSync(folder);
    }
  });

  it('in a real process: binary standard input and /dev/zero each get their message and exit 2', () => {
    const binary = spawnSync(process.execPath, [CLI, 'check', '-'], { input: Buffer.from([0x1f, 0x8b, 0x08, 0x00]), encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([binary.status, binary.stdout, binary.stderr], [2, '', `agenda: standard input is a binary file, not agenda text\n${summary(0)}`]);
    const endless = spawnSync(process.execPath, [CLI, 'check', '/dev/zero'], { encoding: 'utf8', timeout: 30000 });
    assert.deepStrictEqual([endless.status, endless.stderr], [2, `agenda: /dev/zero is over 2 MB, too large to check (an agenda of 50,000 lines is smaller)\n${summary(0)}`]);
  });
});

describe('decodeAgenda', () => {
  it('finds the first byte that is not UTF-8, as TextDecoder judges it, on 20,000 random byte strings', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
    for (let n = 0; n < 20000; n++) {
      const bytes = Uint8Array.from({ length: 1 + (n % 9) }, () => next() || 0x20);
      if (bytes[0] >= 0xfe) continue;
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      assert.strictEqual('text' in decodeAgenda(bytes), valid, Buffer.from(bytes).toString('hex'));
    }
  });
});

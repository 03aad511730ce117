import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { parseAgenda } from '../../src/core/parse';
import { renderStandalone } from '../../src/core/render';

const example = fs.readFileSync(path.join(__dirname, '../../../examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');

/** An in-memory world for the command-line tool: files under /work, captured output. */
class MemoryIo implements CliIo {
  readonly cwd = '/work';
  readonly files = new Map<string, string>();
  out = '';
  err = '';
  stdin = '';
  failWrites = false;

  constructor(files: Record<string, string>) {
    for (const [name, text] of Object.entries(files)) this.files.set(path.join(this.cwd, name), text);
  }

  readFile(file: string): Uint8Array {
    const text = this.files.get(file);
    if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  }

  kind(file: string): 'file' | 'directory' | undefined {
    return this.files.has(file) ? 'file' : undefined;
  }

  readDirectory(): string[] {
    return [];
  }

  writeFile(file: string, text: string): void {
    if (this.failWrites) throw Object.assign(new Error('denied'), { code: 'EACCES' });
    this.files.set(file, text);
  }

  async readStdin(): Promise<Uint8Array> {
    return new TextEncoder().encode(this.stdin);
  }

  stdout(text: string): void {
    this.out += text;
  }

  stderr(text: string): void {
    this.err += text;
  }
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
    const io = new MemoryIo({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml'], io), 0);
    assert.strictEqual(io.out, renderStandalone(parseAgenda(example)));
    assert.strictEqual(io.err, '');
  });

  it('writes the programme to the file given with -o', async () => {
    const io = new MemoryIo({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', 'out/programme.html'], io), 0);
    assert.strictEqual(io.files.get('/work/out/programme.html'), renderStandalone(parseAgenda(example)));
    assert.strictEqual(io.out, '');
    assert.strictEqual(io.err, 'Wrote out/programme.html\n');
  });

  it('refuses an agenda with errors, printing its diagnostics, and writes nothing', async () => {
    const io = new MemoryIo({ 'broken.agenda.yaml': BROKEN });
    assert.strictEqual(await main(['render', 'broken.agenda.yaml', '-o', 'out.html'], io), 1);
    assert.strictEqual(io.err, [
      'broken.agenda.yaml:4:56: error: Unknown topic `nowhere`: add it under `topics` first. [unknown-topic]',
      'agenda: broken.agenda.yaml has an error; nothing rendered (--force renders it anyway).',
      '',
    ].join('\n'));
    assert.ok(!io.files.has('/work/out.html'));
    assert.strictEqual(io.out, '');
  });

  it('renders an agenda with errors anyway with --force, still printing the diagnostics', async () => {
    const io = new MemoryIo({ 'broken.agenda.yaml': BROKEN });
    assert.strictEqual(await main(['render', '--force', 'broken.agenda.yaml'], io), 0);
    assert.ok(io.out.startsWith('<!DOCTYPE html>'));
    assert.ok(io.out.includes('<span class="unresolved" title="not defined in this agenda">nowhere</span>'));
    assert.ok(io.err.startsWith('broken.agenda.yaml:4:56: error: Unknown topic `nowhere`'));
  });

  it('renders the language asked for with --lang', async () => {
    const io = new MemoryIo({ 'bilingual.agenda.yaml': BILINGUAL });
    assert.strictEqual(await main(['render', 'bilingual.agenda.yaml', '--lang', 'fr'], io), 0);
    assert.ok(io.out.startsWith('<!DOCTYPE html>\n<html lang="fr" dir="ltr">'));
    assert.ok(io.out.includes('<h1 class="event-title">Journée d’ouverture</h1>'));
  });

  it('reads the agenda from standard input with -', async () => {
    const io = new MemoryIo({});
    io.stdin = example;
    assert.strictEqual(await main(['render', '-'], io), 0);
    assert.strictEqual(io.out, renderStandalone(parseAgenda(example)));
  });

  it('refuses to write the programme over the agenda', async () => {
    const io = new MemoryIo({ 'workshop.agenda.yaml': example });
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', './workshop.agenda.yaml'], io), 2);
    assert.strictEqual(io.err, 'agenda: refusing to write the programme over the agenda itself (./workshop.agenda.yaml)\n');
    assert.strictEqual(io.files.get('/work/workshop.agenda.yaml'), example);
  });

  it('reports a file that cannot be read or written', async () => {
    const missing = new MemoryIo({});
    assert.strictEqual(await main(['render', 'missing.agenda.yaml'], missing), 2);
    assert.strictEqual(missing.err, 'agenda: missing.agenda.yaml cannot be read (ENOENT)\n');
    const readOnly = new MemoryIo({ 'workshop.agenda.yaml': example });
    readOnly.failWrites = true;
    assert.strictEqual(await main(['render', 'workshop.agenda.yaml', '-o', 'out.html'], readOnly), 2);
    assert.strictEqual(readOnly.err, 'agenda: cannot write out.html: EACCES\n');
  });

  it('explains usage mistakes and exits 2', async () => {
    const cases: [string[], string][] = [
      [['render'], 'agenda: render takes one agenda file'],
      [['render', 'a.agenda.yaml', 'b.agenda.yaml'], 'agenda: render takes one agenda file'],
      [['render', 'a.agenda.yaml', '--format', 'json'], 'agenda: unknown option --format'],
      [['render', 'a.agenda.yaml', '-o'], 'agenda: -o needs a file name'],
      [['render', 'a.agenda.yaml', '--lang', 'French'], 'agenda: --lang needs a language code such as en or fr'],
    ];
    for (const [args, message] of cases) {
      const io = new MemoryIo({ 'a.agenda.yaml': example });
      assert.strictEqual(await main(args, io), 2, args.join(' '));
      assert.ok(io.err.startsWith(`${message}\n\nUsage: agenda <command>`), io.err);
    }
  });
});

import * as assert from 'assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeAgenda } from '../../src/cli/decode';
import { main } from '../../src/cli/main';
import { check, type Diagnostic } from '../../src/core';
import { EXAMPLE, FIXTURES, REPO } from './findings';
import { memoryIo } from './memoryIo';

const CLI = path.join(REPO, 'dist/cli.js');
const EXAMPLE_TEXT = fs.readFileSync(EXAMPLE, 'utf8');
const UTF32 = 'is UTF-32 text, not a text encoding agendas use; save it as UTF-8 and try again';

function utf32(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  const bytes = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (order === 'le' ? bytes.writeUInt32LE(p, i * 4) : bytes.writeUInt32BE(p, i * 4)));
  return bytes;
}

/** Every agenda fixture, by name. */
function fixtures(): [string, string][] {
  return ['valid', 'invalid', 'render'].flatMap((dir) => fs.readdirSync(path.join(FIXTURES, dir))
    .filter((name) => name.endsWith('.yaml'))
    .map((name): [string, string] => [`${dir}/${name}`, fs.readFileSync(path.join(FIXTURES, dir, name), 'utf8')]));
}

const brief = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.message}`;

describe('odd input', () => {
  describe('UTF-32', () => {
    it('is refused as not a text encoding agendas use, with or without a byte-order mark, either byte order', () => {
      for (const order of ['le', 'be'] as const) {
        for (const bom of [true, false]) {
          assert.deepEqual(decodeAgenda(utf32(EXAMPLE_TEXT, order, bom)), { problem: UTF32 }, `${order} ${bom}`);
          assert.deepEqual(decodeAgenda(utf32('version: 1\nevent: {title: Café 🎉}\n', order, bom)), { problem: UTF32 }, `${order} ${bom}, non-BMP`);
        }
      }
    });

    it('does not take UTF-16 with a byte-order mark, or UTF-8, for it', () => {
      for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EXAMPLE_TEXT, 'utf16le')]), Buffer.from(EXAMPLE_TEXT, 'utf8')]) {
        assert.deepEqual(decodeAgenda(bytes), { text: EXAMPLE_TEXT });
      }
      assert.deepEqual(decodeAgenda(Buffer.from('a\0\0\0b\0', 'latin1')), { problem: 'is a binary file, not agenda text' });
    });

    it('gets its message from agenda check, render and export, in memory and in a real process, exit 2', async () => {
      const io = memoryIo({ '/work/wide.agenda.yaml': utf32(EXAMPLE_TEXT, 'le', true) });
      assert.equal(await main(['check', 'wide.agenda.yaml'], io), 2);
      assert.equal(io.err, `agenda: wide.agenda.yaml ${UTF32}\n0 files checked: 0 errors, 0 warnings.\n`);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-utf32-'));
      try {
        fs.writeFileSync(path.join(dir, 'wide.agenda.yaml'), utf32(EXAMPLE_TEXT, 'be', false));
        for (const args of [['check'], ['render'], ['export', '--ics']]) {
          const result = spawnSync(process.execPath, [CLI, ...args, 'wide.agenda.yaml'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
          assert.equal(result.status, 2, args[0]);
          assert.equal(result.stderr.split('\n')[0], `agenda: wide.agenda.yaml ${UTF32}`, args[0]);
        }
      } finally {
        fs.rmSync(dir, { recursive: true });
      }
    });
  });

  describe('lone carriage returns (line breaks in YAML)', () => {
    it('give every fixture the diagnostics it has with line feeds, at the same lines and columns', () => {
      for (const [name, text] of fixtures()) {
        assert.deepEqual(check(text.replace(/\r?\n/g, '\r')).map(brief), check(text).map(brief), name);
      }
    });

    it('mixed with line feeds and CRLF, and inside block text, read as the line breaks they are', () => {
      const lines = EXAMPLE_TEXT.split('\n');
      const mixed = lines.map((line, i) => line + ['\n', '\r', '\r\n'][i % 3]).join('').slice(0, -1);
      assert.deepEqual(check(mixed), []);
      const typo = EXAMPLE_TEXT.replace('  timezone: Asia/Tokyo\n', '  timezone: Asia/Tokio\n');
      const expected = check(typo).map(brief);
      assert.equal(expected.length, 1);
      assert.match(expected[0], /^38:12-38:22 unknown-timezone /);
      assert.deepEqual(check(typo.replace(/\n/g, '\r')).map(brief), expected);
    });

    it('are checked by agenda check in a real process, with 1-based positions as for line feeds', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-cr-'));
      try {
        fs.writeFileSync(path.join(dir, 'mac.agenda.yaml'), EXAMPLE_TEXT.replace('        duration: 15\n', '        duration: 15m\n').replace(/\n/g, '\r'));
        const result = spawnSync(process.execPath, [CLI, 'check', 'mac.agenda.yaml'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
        assert.equal(result.status, 1);
        const lf = check(EXAMPLE_TEXT.replace('        duration: 15\n', '        duration: 15m\n'));
        assert.equal(lf.length, 1);
        assert.equal(result.stdout, `mac.agenda.yaml:${lf[0].range.start.line + 1}:${lf[0].range.start.character + 1}: error: ${lf[0].message} [${lf[0].code}]\n`);
      } finally {
        fs.rmSync(dir, { recursive: true });
      }
    });
  });

  describe('%YAML 1.1', () => {
    const shifted = (d: Diagnostic) => ({
      ...d,
      range: { start: { ...d.range.start, line: d.range.start.line + 2 }, end: { ...d.range.end, line: d.range.end.line + 2 } },
      message: d.message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) + 2}`),
    });

    it('reads every fixture as YAML 1.2 does: dates stay dates, not mappings', () => {
      for (const [name, text] of fixtures()) {
        // The empty agenda is reported at the top of the file, wherever its directive puts the document.
        if (text.startsWith('%') || text.startsWith('---') || text.includes('\n---') || name === 'invalid/empty.agenda.yaml') continue;
        assert.deepEqual(check(`%YAML 1.1\n---\n${text}`).map(brief), check(text).map(shifted).map(brief), name);
      }
    });

    it('keeps YAML 1.1\'s booleans and octals out: NO is Norway, yes is text, 0o17 is not a number', () => {
      const text = EXAMPLE_TEXT.replace('    country: JP\n', '    country: NO\n');
      assert.deepEqual(check(`%YAML 1.1\n---\n${text}`), []);
      const numbers = check(`%YAML 1.1\n---\n${EXAMPLE_TEXT.replace('        duration: 15\n', '        duration: 1_000\n')}`).map((d) => d.code);
      assert.deepEqual(numbers, check(EXAMPLE_TEXT.replace('        duration: 15\n', '        duration: 1_000\n')).map((d) => d.code));
    });

    it('is checked by agenda check in a real process without a word about mappings', () => {
      const result = spawnSync(process.execPath, [CLI, 'check', '-'], { input: `%YAML 1.1\n---\n${EXAMPLE_TEXT}`, encoding: 'utf8', timeout: 30000 });
      assert.deepEqual([result.status, result.stdout, result.stderr], [0, '', '1 file checked: 0 errors, 0 warnings.\n']);
    });
  });
});

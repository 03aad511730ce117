import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';
import { REPO } from './findings';

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports or requires, by its specifier. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...text.matchAll(pattern)].map((m) => m[1]);
}

describe('architecture', () => {
  const core = sourceFiles(path.join(REPO, 'src/core'));
  const cli = sourceFiles(path.join(REPO, 'src/cli'));

  it('finds the core and command-line sources', () => {
    assert.ok(core.some((f) => f.endsWith(path.join('core', 'check.ts'))));
    assert.ok(cli.some((f) => f.endsWith(path.join('cli', 'main.ts'))));
  });

  it('never imports vscode in src/core or src/cli', () => {
    const offenders = [...core, ...cli].filter((file) => importsOf(file).includes('vscode')).map((file) => path.relative(REPO, file));
    assert.deepStrictEqual(offenders, []);
  });

  it('keeps src/core free of Node built-ins and of the other faces, so it runs in a browser', () => {
    const builtIn = new Set(builtinModules);
    const forbidden = (specifier: string, file: string) => {
      if (specifier.startsWith('node:') || builtIn.has(specifier.split('/')[0])) return true;
      const target = path.resolve(path.dirname(file), specifier);
      return specifier.startsWith('.') && ['extension', 'cli', 'webview'].some((face) => target.startsWith(path.join(REPO, 'src', face)));
    };
    const offenders = core.flatMap((file) => importsOf(file).filter((s) => forbidden(s, file)).map((s) => `${path.relative(REPO, file)}: ${s}`));
    assert.deepStrictEqual(offenders, []);
  });

  it('recognises the import forms it looks for', () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-')), 'probe.ts');
    fs.writeFileSync(probe, "import * as vscode from 'vscode';\nimport type { X } from \"a\";\nconst fs = require('fs');\nimport 'side-effect';\nvoid import('lazy');\n");
    try {
      assert.deepStrictEqual(importsOf(probe), ['vscode', 'a', 'fs', 'side-effect', 'lazy']);
    } finally {
      fs.rmSync(path.dirname(probe), { recursive: true });
    }
  });
});

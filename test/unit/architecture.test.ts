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

/**
 * The folders of src/core, lowest first: a file may import from its own folder and from folders before it, never
 * from one after it. `index.ts`, the public face, sits above them all.
 */
const CORE_LAYERS = ['base', 'messages', 'parse', 'time', 'words', 'programme', 'check', 'programmes', 'outline', 'outputs', 'language'];

/**
 * Every import in a core tree that breaks the layer order, as `file: specifier`, and every source file outside the
 * declared folders (only `index.ts` may sit at the root). Generated sources sit in their folder and import nothing
 * of the core.
 */
function layerViolations(coreDir: string): string[] {
  const layerOf = (file: string): string | undefined => {
    const relative = path.relative(coreDir, file).split(path.sep);
    return relative.length > 1 ? relative[0] : undefined;
  };
  return sourceFiles(coreDir).flatMap((file) => {
    const where = path.relative(coreDir, file).split(path.sep).join('/');
    const layer = layerOf(file);
    if (layer === undefined) return where === 'index.ts' ? [] : [`${where}: not in a layer folder`];
    const rank = CORE_LAYERS.indexOf(layer);
    if (rank < 0) return [`${where}: ${layer}/ is not a declared layer`];
    return importsOf(file)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const target = path.resolve(path.dirname(file), specifier);
        if (!target.startsWith(coreDir + path.sep)) return false;
        const targetLayer = layerOf(target + '.ts');
        return targetLayer === undefined || CORE_LAYERS.indexOf(targetLayer) > rank;
      })
      .map((specifier) => `${where}: ${specifier}`);
  });
}

describe('architecture', () => {
  const core = sourceFiles(path.join(REPO, 'src/core'));
  const cli = sourceFiles(path.join(REPO, 'src/cli'));

  it('finds the core and command-line sources', () => {
    assert.ok(core.some((f) => f.endsWith(path.join('core', 'check', 'check.ts'))));
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

  it('keeps the folders of src/core in their order: no folder imports one declared after it', () => {
    assert.deepStrictEqual(layerViolations(path.join(REPO, 'src/core')), []);
  });

  it('declares every folder of src/core as a layer', () => {
    const folders = fs.readdirSync(path.join(REPO, 'src/core'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    assert.deepStrictEqual([...folders].sort(), [...CORE_LAYERS].sort());
  });

  it('finds an import that runs against the layer order, a file outside the folders and an undeclared folder', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'agenda-core-'));
    const write = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    };
    try {
      write('index.ts', "export * from './outputs/render';\n");
      write('base/model.ts', "import { x } from '../check/check';\nimport { y } from './lines';\n");
      write('base/lines.ts', 'export const y = 1;\n');
      write('check/check.ts', "import { y } from '../base/lines';\nimport type { R } from '../outputs/render';\nexport const x = y;\n");
      write('outputs/render.ts', "import { x } from '../check/check';\nimport { z } from '../index';\nexport type R = typeof x;\n");
      write('stray.ts', 'export {};\n');
      write('misc/thing.ts', 'export {};\n');
      assert.deepStrictEqual(layerViolations(root).sort(), [
        'base/model.ts: ../check/check',
        'check/check.ts: ../outputs/render',
        'misc/thing.ts: misc/ is not a declared layer',
        'outputs/render.ts: ../index',
        'stray.ts: not in a layer folder',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true });
    }
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

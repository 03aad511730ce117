import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './findings';

interface Manifest {
  activationEvents: string[];
  capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
  };
}

const manifestText = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** The bundle `npm run build` writes for the extension (the test script builds it before mocha runs). */
const EXTENSION_BUNDLE = path.join(REPO, 'dist/extension.js');

describe('the extension manifest', () => {
  it('runs in untrusted and virtual workspaces, since it executes nothing from the workspace', () => {
    assert.deepStrictEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('activates on YAML and agenda files only, never at start-up for every window', () => {
    const eager = manifest.activationEvents.filter((event) => event === '*' || event === 'onStartupFinished');
    assert.deepStrictEqual(eager, []);
    assert.ok(manifest.activationEvents.includes('onLanguage:yaml'));
    assert.ok(manifest.activationEvents.every((event) => /^(onLanguage:yaml|workspaceContains:\*\*\/\*\.agenda\.ya?ml|onWebviewPanel:agenda\.\w+)$/.test(event)), manifest.activationEvents.join(', '));
  });

  it("does not hand its schema to Red Hat's YAML extension, which would report every schema mistake a second time", () => {
    assert.deepStrictEqual(Object.keys(manifest.contributes).filter((key) => key === 'yamlValidation' || key === 'jsonValidation'), []);
  });

  it('has every %placeholder% in package.nls.json, and nothing there that is not used', () => {
    const used = new Set([...manifestText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    assert.deepStrictEqual([...used].filter((key) => !(key in nls)), []);
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
  });

  it('gives every command a localised title in the Agenda category', () => {
    const bad = manifest.contributes.commands.filter((c) => !/^%[\w.]+%$/.test(c.title) || c.category !== 'Agenda');
    assert.deepStrictEqual(bad.map((c) => c.command), []);
  });

  it('describes every setting', () => {
    const bare = Object.entries(manifest.contributes.configuration.properties).filter(([, p]) => !p.markdownDescription && !p.description);
    assert.deepStrictEqual(bare.map(([key]) => key), []);
  });
});

describe('the extension bundle, dist/extension.js', () => {
  let bundle: string;

  before(() => {
    assert.ok(fs.existsSync(EXTENSION_BUNDLE), `${EXTENSION_BUNDLE} is missing: run npm run build`);
    bundle = fs.readFileSync(EXTENSION_BUNDLE, 'utf8');
  });

  it('holds only the VS Code glue: the YAML parser and the schema validator stay in dist/core.js, loaded on first use', () => {
    const core = fs.readFileSync(path.join(REPO, 'dist/core.js'), 'utf8');
    for (const marker of ['MULTILINE_IMPLICIT_KEY', 'must have required property']) {
      assert.ok(core.includes(marker), `dist/core.js holds ${marker}`);
      assert.ok(!bundle.includes(marker), `dist/extension.js holds ${marker}`);
    }
    assert.deepStrictEqual([...bundle.matchAll(/require\("(\.[^"]*)"\)/g)].map((m) => m[1]), ['./core.js']);
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { inWebHost, nodeHostOnly, setting } from '../environment';
import { activateExtension, EXTENSION_ID } from '../workbench';

/** The files an installed .vsix may hold: the manifest and its texts, the bundles, schema, snippets and media. */
const PACKAGED = /^(\.vsixmanifest|package\.json|package\.nls(\.[\w-]+)?\.json|readme\.md|changelog\.md|LICENSE\.txt|dist\/extension\.js|schemas\/[\w.-]+\.json|snippets\/[\w.-]+\.code-snippets|l10n\/bundle\.l10n(\.[\w-]+)?\.json|media\/[\w.-]+\.(png|css|js)|media\/walkthrough\/[\w.-]+\.md)$/i;

/** Every file below a folder, as paths relative to it with `/`. */
function filesUnder(root: string, dir = ''): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(root, relative) : [relative];
  });
}

describe('the extension in the workbench', () => {
  it('is the copy under test: the source folder, or the .vsix installed into the extensions folder', async () => {
    const extension = await activateExtension();
    const root = setting('AGENDA_TEST_EXTENSION_ROOT');
    assert.ok(root, 'the launcher names the expected extension folder');
    if (setting('AGENDA_TEST_EXTENSION_FROM') === 'vsix') {
      assert.strictEqual(extension.extensionUri.path, `${root}/${EXTENSION_ID}-${extension.packageJSON.version}`);
      // The package's files are checked where the suite has a file system of its own, in the Node.js host.
      if (inWebHost()) return;
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'src')), 'the package holds no sources');
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules')), 'the package holds no node_modules');
      const files = filesUnder(extension.extensionPath);
      assert.deepStrictEqual(files.filter((file) => !PACKAGED.test(file)), [], 'the package holds only what runs and what the Marketplace shows');
      const size = files.reduce((sum, file) => sum + fs.statSync(path.join(extension.extensionPath, file)).size, 0);
      // The bundle carries the messages in six languages and the schema's validator: about 1.3 MB unpacked.
      assert.ok(size < 2 * 1024 * 1024, `the installed package is ${size} bytes`);
      const vsix = setting('AGENDA_TEST_VSIX');
      assert.ok(vsix, 'the launcher names the .vsix');
      assert.ok(fs.statSync(vsix).size < 400 * 1024, `${path.basename(vsix)} is ${fs.statSync(vsix).size} bytes`);
    } else {
      assert.strictEqual(setting('AGENDA_TEST_EXTENSION_FROM'), 'source');
      assert.strictEqual(extension.extensionPath, root);
    }
    assert.strictEqual(extension.isActive, true);
  });

  it('runs in the Node.js extension host of the workspace', async function () {
    nodeHostOnly(this, 'the web worker host has its own test below');
    const extension = await activateExtension();
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.Workspace);
    assert.strictEqual(process.release.name, 'node');
    assert.ok(vscode.workspace.workspaceFolders?.length === 1, 'one workspace folder is open');
  });

  it('runs in the web worker extension host, as in vscode.dev: no Node.js (no process, no Node module), the extension loaded from its browser entry', async function () {
    if (!inWebHost()) this.skip();
    const extension = await activateExtension();
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.strictEqual(typeof process, 'undefined');
    // The worker's loader hands modules a `require` that knows `vscode` only (indirect, so that esbuild leaves it be).
    const load = require as (id: string) => unknown;
    for (const builtin of ['fs', 'path', 'crypto', 'child_process']) assert.throws(() => load(builtin), /Cannot load module/, builtin);
    assert.strictEqual(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a web worker');
    assert.strictEqual(extension.packageJSON.browser, './dist/extension.js');
  });
});

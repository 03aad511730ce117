import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from '../workbench';

describe('the extension in the workbench', () => {
  it('is the copy under test: the source folder, or the .vsix installed into the extensions folder', async () => {
    const extension = await activateExtension();
    const root = process.env.AGENDA_TEST_EXTENSION_ROOT;
    assert.ok(root, 'the launcher names the expected extension folder');
    if (process.env.AGENDA_TEST_EXTENSION_FROM === 'vsix') {
      assert.strictEqual(path.dirname(extension.extensionPath), root);
      assert.strictEqual(path.basename(extension.extensionPath), `${EXTENSION_ID}-${extension.packageJSON.version}`);
      assert.ok(fs.existsSync(path.join(extension.extensionPath, 'dist', 'core.js')), 'the package holds the lazily loaded core');
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'src')), 'the package holds no sources');
      assert.ok(!fs.existsSync(path.join(extension.extensionPath, 'node_modules')), 'the package holds no node_modules');
    } else {
      assert.strictEqual(process.env.AGENDA_TEST_EXTENSION_FROM, 'source');
      assert.strictEqual(extension.extensionPath, root);
    }
    assert.strictEqual(extension.isActive, true);
  });

  it('runs in the Node.js extension host of the workspace', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.extensionKind, vscode.ExtensionKind.Workspace);
    assert.strictEqual(process.release.name, 'node');
    assert.ok(vscode.workspace.workspaceFolders?.length === 1, 'one workspace folder is open');
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import { tabs } from '../agendas';
import { hasWebviewHooks, requestScreenshot, webviewText } from '../hooks';
import { activateExtension, closeAllEditors, poll, until } from '../workbench';

// Last of the suites, so that it shows what the others leave behind: the page hides a step's media in an editor 950 px
// wide or less (as an earlier suite once left it, two steps of Decrease Editor Width narrower, in a 1,400 px window).
describe('Getting Started', function () {
  this.timeout(180_000);
  before(activateExtension);

  it('opens its Getting Started walkthrough', async () => {
    await closeAllEditors();
    const before = tabs().length;
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', { category: 'agenda-author.agenda-author#gettingStarted', step: 'newAgenda' }, false);
    const tab = await until('the walkthrough tab', [vscode.window.tabGroups.onDidChangeTabs], () => tabs().length > before && vscode.window.tabGroups.activeTabGroup.activeTab);
    assert.strictEqual(tab.input, undefined, 'a page of the workbench, not a text editor');
    if (hasWebviewHooks()) {
      // The step's Markdown is drawn in a webview some time after the page (long on a loaded machine: the bound is a hang
      // guard); no other editor's webview is on screen to answer first. The screenshot waits for its example agenda.
      const example = await poll('the first step\'s Markdown, an example agenda, to show beside the steps', async () => {
        const text = await webviewText('pre');
        return text?.includes('part: mornin') && text;
      }, 120_000);
      assert.ok(example.startsWith('version: 1event:  title: Expert group meeting'), example);
    }
    await requestScreenshot('walkthrough');
  });
});

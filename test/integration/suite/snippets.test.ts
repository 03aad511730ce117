import * as assert from 'assert';
import * as vscode from 'vscode';
import { SNIPPET_HOSTS } from '../../unit/snippetHosts';
import { activateExtension, closeAllEditors, diagnosticData, diagnosticsOfCurrentText, nextDiagnosticsChange, workspaceFile } from '../workbench';

interface Snippet {
  prefix: string[];
  body: string[];
}

/** Writes `text` to a new workspace file and opens it, once the extension has checked it. */
async function openNew(name: string, text: string): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const checked = nextDiagnosticsChange(uri, `the check of ${name} on opening`);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  return { editor, diagnostics: await checked };
}

/** The suggestion the extension offers for a snippet's first prefix at a place of the editor: the snippet, as a suggestion. */
async function offered(editor: vscode.TextEditor, snippet: Snippet, at: vscode.Position): Promise<vscode.SnippetString> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, at);
  const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
  const item = list.items.find((i) => i.kind === vscode.CompletionItemKind.Snippet && label(i) === snippet.prefix[0]);
  assert.ok(item?.insertText instanceof vscode.SnippetString, `the snippet "${snippet.prefix[0]}" is offered`);
  assert.strictEqual(item.insertText.value, snippet.body.join('\n'));
  return item.insertText;
}

/**
 * Accepts a snippet where the extension offers it, as the editor does (tab stops, choices, variables), and resolves
 * with the diagnostics it leaves.
 */
async function insert(editor: vscode.TextEditor, snippet: Snippet, at: vscode.Position): Promise<vscode.Diagnostic[]> {
  assert.ok(await editor.insertSnippet(await offered(editor, snippet, at), at));
  assert.doesNotMatch(editor.document.getText(), /\$\{|\$\d|\$[A-Z_]+/, 'every placeholder and variable is resolved');
  return diagnosticsOfCurrentText(editor);
}

describe('snippets in the editor', function () {
  this.timeout(30_000);
  let snippets: Record<string, Snippet>;
  let files = 0;

  before(async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.packageJSON.contributes.snippets, undefined, 'no snippets for every YAML file');
    const file = vscode.Uri.joinPath(extension.extensionUri, 'snippets', 'agenda.code-snippets');
    snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, Snippet>;
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('has a host agenda for every snippet but the whole agenda', () => {
    assert.deepStrictEqual(Object.keys(snippets).filter((name) => name !== 'New agenda').sort(), Object.keys(SNIPPET_HOSTS).sort());
  });

  it('turns an empty agenda into one with no diagnostics with "New agenda"', async () => {
    const { editor, diagnostics } = await openNew(`snippet-${++files}.agenda.yaml`, '');
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['schema-required']);
    const after = await insert(editor, snippets['New agenda'], new vscode.Position(0, 0));
    assert.deepStrictEqual(after.map(diagnosticData), []);
    assert.strictEqual(editor.document.lineAt(0).text, 'version: 1');
  });

  for (const name of Object.keys(SNIPPET_HOSTS)) {
    it(`inserts "${name}" into an agenda, which then has no diagnostics`, async () => {
      const host = SNIPPET_HOSTS[name];
      const marker = host.split('\n').findIndex((line) => line.trim() === '#HERE');
      const indent = host.split('\n')[marker].indexOf('#');
      const { editor, diagnostics } = await openNew(`snippet-${++files}.agenda.yaml`, host.replace('#HERE', ''));
      const expectedBefore = { 'Timed item': ['schema-type'], Topic: ['unknown-topic'], Person: ['unknown-person'], Organisation: ['unknown-organization'] }[name] ?? [];
      assert.deepStrictEqual(diagnostics.map((d) => d.code), expectedBefore, 'the host before the snippet');
      const after = await insert(editor, snippets[name], new vscode.Position(marker, indent));
      assert.deepStrictEqual(after.map(diagnosticData), []);
      assert.strictEqual(editor.document.lineAt(marker).text.trimStart(), snippets[name].body[0].replace(/\$\{\d+:([^}]*)\}/g, '$1'));
    });
  }
});

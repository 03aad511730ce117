import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../../src/core';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { hasWebviewHooks, requestScreenshot, webviewText } from '../hooks';
import { agendaDiagnostics, closeAllEditors, diagnosticsWhen, EXTENSION_ID, poll, repoText, report, until, workspaceFile } from '../workbench';

const EXAMPLE = 'examples/kyoto-2020-workshop-4.agenda.yaml';
const FILE = 'parse-count.agenda.yaml';
const EDITS = 8;
const TITLE = 'title: { en: First meeting, fr: Première séance, es: Primera sesión }';

/** The number of the edit whose text the shown diagnostics belong to: each edit renames the session's unknown key `typed-N`. */
function editShown(uri: vscode.Uri): number | undefined {
  for (const d of agendaDiagnostics(uri)) {
    const match = /^Unknown key `typed-(\d+)`/.exec(d.message);
    if (match) return Number(match[1]);
  }
  return undefined;
}

describe('one parse per change', function () {
  this.timeout(120_000);
  let api: AgendaAuthorApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<AgendaAuthorApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
  });

  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(workspaceFile(FILE)).then(undefined, () => undefined);
  });

  it(`parses the agenda once per edit with the Agenda view, the preview, the diagnostics, hover and completion all served (${EDITS} edits)`, async () => {
    const uri = workspaceFile(FILE);
    const text = (await repoText(EXAMPLE)).replace(`    ${TITLE}\n`, `    ${TITLE}\n    typed-0: true\n`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const opened = diagnosticsWhen(uri, 'the first check', () => editShown(uri) === 0);
    const editor = await vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.One });
    await opened;
    const tree = api.agendaTree;
    await vscode.commands.executeCommand('agenda.tree.focus');
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    await vscode.window.showTextDocument(editor.document, { viewColumn: vscode.ViewColumn.One });
    const line = editor.document.getText().split('\n').findIndex((l) => l.includes('typed-0'));
    const titleLine = line - 1;

    const sessionLabel = () => {
      const sessions = (tree.provider.getChildren() as OutlineNode[]).flatMap((root) => (tree.provider.getChildren(root) as OutlineNode[]).flatMap((day) => tree.provider.getChildren(day) as OutlineNode[]));
      return sessions.find((node) => node.id.endsWith('session:first-meeting'))?.label ?? '';
    };
    /** Waits until every view shows edit `n`: its diagnostics, the Agenda view's label and the preview's title. */
    const shown = async (n: number) => {
      const title = n === 0 ? 'First meeting' : `First meeting ${n}`;
      await diagnosticsWhen(uri, `the diagnostics of edit ${n}`, () => editShown(uri) === n);
      await until(`the Agenda view to show edit ${n}`, [tree.provider.onDidChangeTreeData as vscode.Event<unknown>], () => tree.provider.fresh && sessionLabel().includes(` · ${title} · `), 15_000, sessionLabel);
      if (hasWebviewHooks()) await poll(`the preview to show edit ${n}`, async () => (await webviewText('#session-first-meeting .session-title-text')) === title);
    };
    await shown(0);

    const before = api.parseCount();
    for (let n = 1; n <= EDITS; n++) {
      assert.ok(await editor.edit((builder) => {
        builder.replace(editor.document.lineAt(titleLine).range, `    ${TITLE.replace('First meeting', `First meeting ${n}`)}`);
        builder.replace(editor.document.lineAt(line).range, `    typed-${n}: true`);
      }), `edit ${n} applied`);
      const position = new vscode.Position(titleLine, 8);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      assert.ok(hovers.length > 0, `a hover on edit ${n}'s title key`);
      await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, 4));
      await shown(n);
    }
    const parses = api.parseCount() - before;
    report(`${EDITS} edits: ${parses} parses (${(parses / EDITS).toFixed(2)} per edit)`);
    assert.strictEqual(parses, EDITS);
  });
});

describe('a failure of the core', function () {
  this.timeout(60_000);
  let api: AgendaAuthorApi;
  const uri = () => workspaceFile('core-failure.agenda.yaml');

  before(async () => {
    api = (await vscode.extensions.getExtension<AgendaAuthorApi>(EXTENSION_ID)!.activate());
    await vscode.workspace.getConfiguration('agenda').update('validate.yamlSyntax', 'off', vscode.ConfigurationTarget.Workspace);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('agenda').update('validate.yamlSyntax', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
    await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
  });

  it('shows as internal-error, which hiding YAML syntax errors (as beside Red Hat\'s YAML) leaves in, and says how to report it; the next edit checks again', async () => {
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode((await repoText(EXAMPLE)).replace('format: panel', 'format: panle')));
    const opened = diagnosticsWhen(uri(), 'the first check', (d) => d.some((x) => x.code === 'schema-enum'));
    const editor = await vscode.window.showTextDocument(uri(), { preview: false });
    await opened;
    api.documents.failNextCheck(editor.document, new TypeError("Cannot read properties of undefined (reading 'items')"));
    const failed = diagnosticsWhen(uri(), 'the internal-error', (d) => d.some((x) => x.code === 'internal-error'));
    assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '# a comment\n')));
    const shown = await failed;
    assert.deepStrictEqual(shown.map((d) => [d.code, d.severity, d.range.start.line, d.range.start.character, d.message]), [[
      'internal-error',
      vscode.DiagnosticSeverity.Error,
      0,
      0,
      "Agenda Author failed to check this file (TypeError: Cannot read properties of undefined (reading 'items')). This is a fault in Agenda Author, not in the file: please report it, with the file, at https://github.com/agenda-author/agenda-author/issues. The details are in the Agenda Author output (View > Output).",
    ]]);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await requestScreenshot('internal-error', 'Agenda Author failed to check this file');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(), shown[0].range);
    assert.deepStrictEqual(actions.filter((a) => a.diagnostics?.some((d) => d.code === 'internal-error')).map((a) => a.title), [], 'no quick fix hides it');
    const recovered = diagnosticsWhen(uri(), 'the check after the failure', (d) => d.some((x) => x.code === 'schema-enum'));
    assert.ok(await editor.edit((builder) => builder.delete(new vscode.Range(0, 0, 1, 0))));
    assert.deepStrictEqual((await recovered).map((d) => d.code), ['schema-enum']);
  });
});

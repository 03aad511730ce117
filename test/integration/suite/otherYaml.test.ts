import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { meetingAgenda, writeWorkspaceFile } from '../agendas';
import { activateExtension, diagnosticsWhen, filesWrittenBySuite, until } from '../workbench';

/** A docker-compose file whose keys are the snippets' prefixes, and an empty line to type on. */
const COMPOSE = `services:
  session:
    image: nginx
    ports: ["80:80"]
  item:
    image: redis

`;
const AGENDA = meetingAgenda({ after: '\norganizations:\n  - id: unused-org\n    name: Unused organisation\n' });

interface PaletteEntry { command: string; when?: string }
type Context = Record<string, string | boolean>;

/**
 * Evaluates the `when` clauses of this manifest (`a || b && !c`, `key == 'value'`, `key =~ /re/`) in a context; a key
 * missing from the context is unset (false, or the empty string).
 */
function when(clause: string, context: Context): boolean {
  const atom = (text: string): boolean => {
    const t = text.trim();
    if (t === 'true' || t === 'false') return t === 'true';
    if (t.startsWith('!')) return !atom(t.slice(1));
    const compare = /^([\w.]+)\s*(==|!=|=~)\s*(.+)$/.exec(t);
    if (!compare) return !!context[t];
    const [, key, op, operand] = compare;
    const value = String(context[key] ?? '');
    if (op === '=~') {
      const re = /^\/(.*)\/(\w*)$/.exec(operand.trim());
      assert.ok(re, `a regular expression in ${clause}`);
      return new RegExp(re[1], re[2]).test(value);
    }
    const wanted = operand.trim().replace(/^'(.*)'$/, '$1');
    return op === '==' ? value === wanted : value !== wanted;
  };
  return clause.split('||').some((any) => any.split('&&').every(atom));
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position)).items;
}

describe('other YAML files', function () {
  this.timeout(30_000);
  const written = filesWrittenBySuite();
  let api: AgendaAuthorApi;
  let compose: vscode.Uri;
  let agenda: vscode.Uri;

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
  });

  beforeEach(async () => {
    compose = await writeWorkspaceFile(written, 'docker-compose.yaml', COMPOSE);
    agenda = await writeWorkspaceFile(written, 'beside-compose.agenda.yaml', AGENDA);
  });

  it('gives a docker-compose.yaml, in the YAML language, no agenda snippet, completion or diagnostic', async () => {
    // VS Code calls its language `dockercompose`; with Red Hat's YAML extension, or by hand, it is plain YAML.
    const editor = await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(compose), 'yaml'), { preview: false });
    assert.strictEqual(editor.document.languageId, 'yaml');
    const blank = new vscode.Position(6, 0);
    await editor.edit((builder) => builder.insert(blank, 'sess'));
    const items = await completionsAt(compose, blank.translate(0, 4));
    assert.deepStrictEqual(items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf), []);
    assert.deepStrictEqual(items.filter((item) => item.kind !== vscode.CompletionItemKind.Text).map(labelOf), []);
    // The agenda opened after it is checked in turn: once its diagnostics are in, the compose file's would be too.
    await vscode.window.showTextDocument(agenda, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    const found = await diagnosticsWhen(agenda, 'the check of the agenda opened after the compose file', (d) => d.length > 0);
    assert.deepStrictEqual(found.map((d) => d.code), ['unused-id']);
    assert.deepStrictEqual(vscode.languages.getDiagnostics(compose), []);
  });

  it('offers the snippets in an agenda file, at the start of a line only', async () => {
    const editor = await vscode.window.showTextDocument(agenda, { preview: false });
    const blank = new vscode.Position(9, 2);
    await editor.edit((builder) => builder.insert(new vscode.Position(9, 0), '  ses'));
    const items = await completionsAt(agenda, blank.translate(0, 3));
    const snippets = items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(snippets.map(labelOf).includes('session'), snippets.map(labelOf).join(', '));
    const session = snippets.find((item) => labelOf(item) === 'session');
    assert.ok(session?.insertText instanceof vscode.SnippetString);
    assert.match(session.insertText.value, /^- id: \$\{1:new-session\}\n/);
    assert.deepStrictEqual(session.range instanceof vscode.Range && [session.range.start.character, session.range.end.character], [2, 5]);
    const inValue = await completionsAt(agenda, new vscode.Position(7, 11));
    assert.deepStrictEqual(inValue.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map(labelOf), [], 'no snippet after a key');
  });

  it('keeps the agenda commands out of the Command Palette and keybindings of a docker-compose.yaml', async () => {
    const active = () => api.contextKey('agenda.agendaEditorActive');
    await vscode.window.showTextDocument(agenda, { preview: false });
    await until('agenda.agendaEditorActive to be true on the agenda', [vscode.window.onDidChangeActiveTextEditor], () => active() === true);
    await vscode.window.showTextDocument(compose, { preview: false });
    await until('agenda.agendaEditorActive to turn false on the compose file', [vscode.window.onDidChangeActiveTextEditor], () => active() === false);

    const manifest = vscode.extensions.getExtension('agenda-author.agenda-author')?.packageJSON as {
      contributes: { commands: { command: string }[]; menus: { commandPalette: PaletteEntry[] }; keybindings: PaletteEntry[] };
    };
    const palette = new Map(manifest.contributes.menus.commandPalette.map((entry) => [entry.command, entry.when ?? 'true']));
    const shownIn = (context: Context) => manifest.contributes.commands.map((c) => c.command).filter((command) => when(palette.get(command) ?? 'true', context));
    const composeContext: Context = { editorLangId: 'yaml', resourceFilename: 'docker-compose.yaml', 'agenda.agendaEditorActive': false };
    assert.deepStrictEqual(shownIn(composeContext), ['agenda.newFile'], 'only "New Agenda File" applies outside agendas');
    assert.deepStrictEqual(manifest.contributes.keybindings.filter((k) => when(k.when ?? 'true', composeContext)).map((k) => k.command), []);
    const agendaContext: Context = { ...composeContext, resourceFilename: 'beside-compose.agenda.yaml', 'agenda.agendaEditorActive': true };
    for (const command of ['agenda.exportHtml', 'agenda.exportCalendar', 'agenda.exportSchedule', 'agenda.openPreview', 'agenda.openPreviewToSide']) {
      assert.ok(shownIn(agendaContext).includes(command), `${command} in an agenda's palette`);
    }
  });
});

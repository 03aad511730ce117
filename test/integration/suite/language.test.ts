import * as assert from 'assert';
import * as vscode from 'vscode';
import { AGENDA, withLine } from '../../unit/language/agendaText';
import { activateExtension, closeAllEditors, diagnosticsWhen } from '../workbench';

let opened = 0;

/** Opens an untitled `*.agenda.yaml` holding `text` in an editor, as an organiser's new file. */
async function openAgenda(text: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `authoring-${++opened}.agenda.yaml` });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), text));
  if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  return editor;
}

const at = (line: number, character: number) => new vscode.Position(line, character);
const span = (range: vscode.Range) => [range.start.line, range.start.character, range.end.line, range.end.character];
const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

async function completions(editor: vscode.TextEditor, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position);
  return list.items.filter((item) => item.kind !== vscode.CompletionItemKind.Snippet);
}

/** Accepts a completion as the editor does: its text (snippet or plain) over its range. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : item.range!.replacing;
  if (item.insertText instanceof vscode.SnippetString) await editor.insertSnippet(item.insertText, range);
  else await editor.edit((builder) => builder.replace(range, String(item.insertText ?? label(item))));
}

async function applyAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `${action.title} has an edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

/** Waits for the diagnostic with this code, asks the workbench for its code actions and applies the one with this title. */
async function fixWith(editor: vscode.TextEditor, code: string, title: string): Promise<vscode.CodeAction> {
  const uri = editor.document.uri;
  const diagnostics = await diagnosticsWhen(uri, `a ${code} diagnostic`, (d) => d.some((x) => x.code === code));
  const diagnostic = diagnostics.find((x) => x.code === code)!;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" among ${actions.map((a) => a.title).join(' / ')}`);
  await applyAction(action);
  return action;
}

describe('authoring help in the workbench', function () {
  this.timeout(60_000);

  before(activateExtension);
  afterEach(closeAllEditors);

  it('completes a topic id in a flow list and inserts it', async () => {
    const editor = await openAgenda(withLine(35, '    topics: [cryptocurrencies, cy'));
    const items = await completions(editor, at(35, 33));
    assert.deepStrictEqual(items.map((i) => [label(i), i.detail]), [['cybercrime', 'Cybercrime']]);
    await accept(editor, items[0]);
    assert.strictEqual(editor.document.lineAt(35).text, '    topics: [cryptocurrencies, cybercrime');
  });

  it('completes an agenda item of the session from event.agendaItems, with its title, and takes up there an item said to be continued', async () => {
    const event = '  organizers: [unodc]\n  agendaItems:\n    - { number: 3, title: General debate }\n    - { number: "3 (a)", title: Crime trends }';
    const editor = await openAgenda(withLine(5, event, withLine(48, '    topics: [cybercrime]\n    agendaItems: [3, { item: , continued: true }]')));
    assert.strictEqual(editor.document.lineAt(52).text, '    agendaItems: [3, { item: , continued: true }]');
    const items = await completions(editor, at(52, 29));
    assert.deepStrictEqual(items.map((i) => [label(i), i.detail, i.insertText, i.kind]), [['3 (a)', 'Crime trends', '"3 (a)"', vscode.CompletionItemKind.Reference]]);
    await accept(editor, items[0]);
    assert.strictEqual(editor.document.lineAt(52).text, '    agendaItems: [3, { item: "3 (a)", continued: true }]');
    await fixWith(editor, 'agenda-item-not-begun', 'Remove `continued`: item `3 (a)` begins in this session');
    assert.strictEqual(editor.document.lineAt(52).text, '    agendaItems: [3, "3 (a)"]');
    await diagnosticsWhen(editor.document.uri, 'no diagnostics once the item is taken up', (d) => d.length === 0);
  });

  it('completes the keys a session lacks, required first, and writes the key with a tab stop', async () => {
    const editor = await openAgenda(withLine(48, '    topics: [cybercrime]\n    fo'));
    const items = (await completions(editor, at(49, 6))).sort((a, b) => String(a.sortText).localeCompare(String(b.sortText)));
    assert.deepStrictEqual(items.map(label), ['duration', 'track', 'format', 'status', 'mode', 'online', 'registration', 'interpretation', 'chair', 'moderators', 'speakers', 'agendaItems', 'description', 'url', 'documents', 'items']);
    const format = items.find((i) => label(i) === 'format')!;
    assert.strictEqual(format.detail, 'The format of the session.');
    assert.strictEqual(format.command?.command, 'editor.action.triggerSuggest');
    await accept(editor, format);
    assert.strictEqual(editor.document.lineAt(49).text, '    format: ');
    const values = await completions(editor, editor.selection.active);
    assert.deepStrictEqual(values.map(label).slice(0, 3), ['plenary', 'panel', 'keynote']);
  });

  it('completes a session start at the next free slot of its room', async () => {
    const editor = await openAgenda(withLine(45, '    start: '));
    const items = await completions(editor, at(45, 11));
    assert.deepStrictEqual(items.map((i) => [label(i), i.detail, i.insertText]), [['10:30', 'Room A is free after opening', '"10:30"']]);
  });

  it('shows the person an id names, with the sessions they are in', async () => {
    const editor = await openAgenda(AGENDA);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at(33, 13));
    const text = hovers.flatMap((h) => h.contents.map((c) => (c instanceof vscode.MarkdownString ? c.value : String(c))));
    assert.deepStrictEqual(text, ['**Person** `jane-doe`: Dr. Jane Doe\n\nKorean Institute of Criminology\n\nSessions:\n- Opening (2024-03-04, 09:00–10:30, Room A) — chair, speaker']);
    assert.deepStrictEqual(span(hovers[0].range!), [33, 11, 33, 19]);
  });

  it('goes to the definition of a person, finds every reference and highlights the whole id', async () => {
    const editor = await openAgenda(AGENDA);
    const uri = editor.document.uri;
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, at(40, 22));
    assert.deepStrictEqual(definitions.map((d) => span('targetRange' in d ? d.targetRange : d.range)), [[14, 8, 14, 16]]);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, at(40, 22));
    assert.deepStrictEqual(references.map((r) => span(r.range)), [[14, 8, 14, 16], [33, 11, 33, 19], [40, 19, 40, 27]]);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', uri, at(40, 22));
    assert.deepStrictEqual(highlights.map((h) => [...span(h.range), h.kind]), [
      [14, 8, 14, 16, vscode.DocumentHighlightKind.Write],
      [33, 11, 33, 19, vscode.DocumentHighlightKind.Read],
      [40, 19, 40, 27, vscode.DocumentHighlightKind.Read],
    ]);
  });

  it('renames a person everywhere as one undoable edit, and refuses an id that is taken', async () => {
    const editor = await openAgenda(AGENDA);
    const uri = editor.document.uri;
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, at(33, 13), 'jane-smith');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(editor.document.getText(), AGENDA.replace(/jane-doe/g, 'jane-smith'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), AGENDA);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', uri, at(33, 13), 'john-roe')),
      /The person id `john-roe` is already taken \(line 19\)\./,
    );
  });

  it('fixes a misspelt part of the day with the preferred quick fix', async () => {
    const editor = await openAgenda(withLine(29, '    part: mornin'));
    const uri = editor.document.uri;
    const [diagnostic] = await diagnosticsWhen(uri, 'the misspelt part', (d) => d.some((x) => x.code === 'schema-enum'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepStrictEqual(actions.map((a) => [a.title, !!a.isPreferred]), [['Change to `morning`', true], ['Ignore `schema-enum` on this line', false]]);
    await applyAction(actions[0]);
    assert.strictEqual(editor.document.getText(), AGENDA);
    await diagnosticsWhen(uri, 'no diagnostics after the fix', (d) => d.length === 0);
  });

  it('creates an unknown topic from its reference, and silences a line with agenda-ignore', async () => {
    const editor = await openAgenda(withLine(48, '    topics: [cybercrime, ransomware]'));
    const uri = editor.document.uri;
    const [unknown] = await diagnosticsWhen(uri, 'the unknown topic', (d) => d.some((x) => x.code === 'unknown-topic'));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range);
    const create = actions.find((a) => a.title === 'Create the topic `ransomware` under `topics`')!;
    await applyAction(create);
    assert.strictEqual(editor.document.lineAt(25).text, '  - id: ransomware');
    assert.strictEqual(editor.document.lineAt(26).text, '    title: Ransomware');
    await diagnosticsWhen(uri, 'no diagnostics once the topic exists', (d) => d.length === 0);

    const swapped = new vscode.WorkspaceEdit();
    swapped.replace(uri, new vscode.Range(33, 9, 33, 16), '"08:00"');
    await vscode.workspace.applyEdit(swapped);
    const [order] = await diagnosticsWhen(uri, 'the end before the start', (d) => d.some((x) => x.code === 'time-order'));
    const ignore = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, order.range))
      .find((a) => a.title === 'Ignore `time-order` on this line')!;
    await applyAction(ignore);
    assert.strictEqual(editor.document.lineAt(33).text, '    end: "08:00" # agenda-ignore: time-order');
    await diagnosticsWhen(uri, 'no diagnostics once the line is ignored', (d) => d.length === 0);
  });

  it('swaps an end before its start, adds a missing key and corrects a misspelt key with quick fixes', async () => {
    const reversed = AGENDA.replace('    start: "11:00"\n    end: "12:00"', '    start: "12:00"\n    end: "11:00"');
    assert.notStrictEqual(reversed, AGENDA);
    const editor = await openAgenda(reversed);
    const uri = editor.document.uri;
    const swap = await fixWith(editor, 'time-order', 'Swap `start` and `end`');
    assert.strictEqual(swap.isPreferred, true);
    assert.strictEqual(editor.document.getText(), AGENDA);

    const withoutDate = new vscode.WorkspaceEdit();
    withoutDate.delete(uri, new vscode.Range(43, 0, 44, 0));
    assert.ok(await vscode.workspace.applyEdit(withoutDate));
    await fixWith(editor, 'schema-required', 'Add the missing key `date`');
    assert.deepStrictEqual([47, 48].map((line) => editor.document.lineAt(line).text), ['    topics: [cybercrime]', '    date: 2024-03-04']);

    const misspelt = new vscode.WorkspaceEdit();
    misspelt.replace(uri, new vscode.Range(46, 4, 46, 8), 'romo');
    assert.ok(await vscode.workspace.applyEdit(misspelt));
    await fixWith(editor, 'schema-unknown-key', 'Change the key to `room`');
    assert.strictEqual(editor.document.lineAt(46).text, '    room: Room A');
    await diagnosticsWhen(uri, 'no diagnostics after the fixes', (d) => d.length === 0);
  });

  it('outlines the sessions, folds them and links the web addresses', async () => {
    const editor = await openAgenda(AGENDA);
    const uri = editor.document.uri;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    const sessions = symbols.find((s) => s.name === 'sessions')!;
    assert.deepStrictEqual(sessions.children.map((s) => [s.name, s.detail, s.kind]), [
      ['Opening', '2024-03-04, 09:00–10:30, Room A', vscode.SymbolKind.Event],
      ['Panel', '2024-03-04, 11:00–12:00, Room A', vscode.SymbolKind.Event],
    ]);
    assert.deepStrictEqual(sessions.children[0].children.map((s) => s.name), ['09:00 Welcome']);
    const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', uri);
    assert.ok(folds.some((f) => f.start === 26 && f.end === 40), 'the first session folds');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    assert.deepStrictEqual(links.map((l) => [l.target?.toString(true), span(l.range)]), [['https://www.unodc.org/', [10, 9, 10, 31]]]);
  });
});

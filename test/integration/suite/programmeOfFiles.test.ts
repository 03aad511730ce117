import * as assert from 'assert';
import * as vscode from 'vscode';
import type { OutlineNode } from '../../../src/core';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { hasWebviewHooks, requestScreenshot, workbenchKeys, workbenchText } from '../hooks';
import { activateExtension, agendaDiagnostics, closeAllEditors, diagnosticData, diagnosticsWhen, showAgendaViewAlone, until, workspaceFile } from '../workbench';

const encoder = new TextEncoder();

function agenda(title: string): string {
  return `version: 1\nevent:\n  title: ${title}\n  start: 2020-03-07\n  end: 2020-03-12\nsessions:\n  - id: opening\n    title: Opening\n    date: 2020-03-07\n`;
}

describe('the workspace index of agenda files', function () {
  this.timeout(60_000);
  let api: AgendaAuthorApi;
  /**
   * The files a test writes, in the workspace's root: a file written into a folder created with it can escape the
   * file watcher (the folder's watch starts after the file is there).
   */
  const written = (name: string) => workspaceFile(`index-test-${name}`);
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
    await api.agendaFiles.ready();
  });

  afterEach(async () => {
    await closeAllEditors();
    for (const name of ['watched.agenda.yaml', 'open.agenda.yaml', 'no-tab.agenda.yaml']) await vscode.workspace.fs.delete(written(name)).then(undefined, () => undefined);
  });

  /** Resolves once the index has told of a change of `uri` and `ready` accepts the file it then holds. */
  function indexed(uri: vscode.Uri, what: string, ready: (text: string | undefined, open: boolean) => boolean): Promise<true> {
    const index = api.agendaFiles;
    return until(what, [index.onDidChange as vscode.Event<unknown>], () => ready(index.file(uri)?.text, !!index.file(uri)?.open) || undefined, 15_000, () => index.file(uri));
  }

  it('knows every agenda of the workspace, unopened ones too, and parses none until asked', async () => {
    const root = vscode.workspace.workspaceFolders![0]!.uri;
    const onDisk = (await vscode.workspace.fs.readDirectory(root)).filter(([name]) => /\.agenda\.ya?ml$/.test(name)).map(([name]) => vscode.Uri.joinPath(root, name).toString());
    const known = new Set(api.agendaFiles.files().map((file) => file.uri.toString()));
    assert.ok(onDisk.length > 20, `the workspace has its fixtures (${onDisk.length})`);
    assert.deepStrictEqual(onDisk.filter((uri) => !known.has(uri)), []);
    // Earlier tests opened some of them, and VS Code keeps a closed editor's document for a while (in the web worker
    // host, until after this test): one that no document holds.
    const documents = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
    const unopened = onDisk.find((uri) => !documents.has(uri));
    assert.ok(unopened, 'a fixture no document holds');
    const file = api.agendaFiles.file(vscode.Uri.parse(unopened));
    assert.ok(file && !file.open, `${unopened} is indexed, as not open`);
    assert.strictEqual(file.text, new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(unopened))));
  });

  it('follows the file watcher: a file created, changed and deleted, each text parsed once when asked for', async () => {
    const uri = written('watched.agenda.yaml');
    const created = indexed(uri, 'the index to hold the created file', (text) => text === agenda('Created'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Created')));
    await created;
    const first = api.agendaFiles.file(uri)!.generation;
    const before = api.parseCount();
    const parsed = api.agendaFiles.parsed(uri);
    assert.strictEqual(parsed?.text, agenda('Created'));
    assert.strictEqual(api.agendaFiles.parsed(uri), parsed, 'asked again, the same parse');
    assert.strictEqual(api.parseCount() - before, 1, 'one parse');

    const changed = indexed(uri, 'the index to hold the changed file', (text) => text === agenda('Changed'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Changed')));
    await changed;
    assert.strictEqual(api.agendaFiles.file(uri)!.generation, first + 1);
    assert.strictEqual(api.agendaFiles.parsed(uri)?.text, agenda('Changed'));

    const deleted = until('the index to let the deleted file go', [api.agendaFiles.onDidChange as vscode.Event<unknown>], () => !api.agendaFiles.file(uri));
    await vscode.workspace.fs.delete(uri);
    await deleted;
    assert.strictEqual(api.agendaFiles.parsed(uri), undefined);
  });

  it("takes an open document's text over the disk, with the store's parse, and the disk's again once it is closed", async () => {
    const uri = written('open.agenda.yaml');
    const created = indexed(uri, 'the index to hold the file', (text) => text === agenda('On disk'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('On disk')));
    await created;
    const editor = await vscode.window.showTextDocument(uri);
    const edited = indexed(uri, 'the index to hold the edited text', (text) => text === agenda('In the editor'));
    assert.ok(await editor.edit((builder) => builder.replace(editor.document.lineAt(2).range, '  title: In the editor')));
    await edited;
    const file = api.agendaFiles.file(uri)!;
    assert.strictEqual(file.open, true);
    const before = api.parseCount();
    assert.strictEqual(api.agendaFiles.parsed(uri), api.documents.get(editor.document)?.parsed, "the store's parse");
    assert.strictEqual(api.parseCount(), before, 'no parse of its own');

    const changedOnDisk = new Promise<void>((resolve) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder(), 'index-test-open.agenda.yaml'));
      watcher.onDidChange(() => {
        watcher.dispose();
        resolve();
      });
      void vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Written meanwhile')));
    });
    await changedOnDisk;
    assert.strictEqual(api.agendaFiles.file(uri)?.text, agenda('In the editor'), 'the open text still wins');

    // The document may outlive its tab (VS Code keeps it a while): its reverted text is the disk's either way.
    const closed = indexed(uri, "the index to hold the disk's text once the editor is reverted and closed", (text) => text === agenda('Written meanwhile'));
    await closeAllEditors();
    await closed;
  });

  it('holds the text of an edit to a file in no tab (as a rename across files makes)', async () => {
    const uri = written('no-tab.agenda.yaml');
    const created = indexed(uri, 'the index to hold the file', (text) => text === agenda('Before'));
    await vscode.workspace.fs.writeFile(uri, encoder.encode(agenda('Before')));
    await created;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(2, 9, 2, 15), 'After');
    const edited = indexed(uri, 'the index to hold the edited text', (text) => text === agenda('After'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await edited;
    assert.strictEqual(api.agendaFiles.file(uri)!.open, true);
    assert.strictEqual(api.agendaFiles.parsed(uri)?.text, agenda('After'));
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), agenda('Before'), 'the disk is unchanged');
  });
});

/** A file of the congress in the test workspace (test/fixtures/congress: a root, two workshops, three side events). */
function congressFile(relative: string): vscode.Uri {
  return workspaceFile(`congress/${relative}`);
}

/** A related location as plain data: the file, `[startLine, startChar, endLine, endChar]`, the message. */
function relatedData(d: vscode.Diagnostic): [string, number[], string][] {
  return (d.relatedInformation ?? []).map((r) => [r.location.uri.toString(), [r.location.range.start.line, r.location.range.start.character, r.location.range.end.line, r.location.range.end.character], r.message]);
}

const ROOM_CLASH = 'Session `side-ransomware` (10:30–11:30) overlaps session `w1-evidence` (10:00–12:00) of `../workshops/cybercrime.agenda.yaml` in the same room (Room B) on 2026-03-08.';
const PERSON_CLASH = '`p-okafor` is also in session `w2-integrity` of `../workshops/corruption.agenda.yaml` at the same time (14:00–15:30 on 2026-03-09).';
const SHADOWED = 'The person id `p-garcia` is already defined in `../congress.agenda.yaml`, which this agenda is part of; this entry hides it. Refer to that entry instead, or give this one another id.';

describe('a programme of agenda files in the editor', function () {
  this.timeout(60_000);
  let api: AgendaAuthorApi;

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
    await api.programme.ready();
  });

  afterEach(closeAllEditors);

  /** Has the store check a document's current version now, and lets its report reach every face (a microtask). */
  async function checked(document: vscode.TextDocument): Promise<void> {
    assert.ok(api.documents.get(document));
    await Promise.resolve();
  }

  it('shows the cross-file diagnostics of every file of the programme, opened or not, each with its related location in the other file', async () => {
    const ransomware = await diagnosticsWhen(congressFile('side-events/ransomware.agenda.yaml'), 'the room clash in the unopened side event', (d) => d.length > 0);
    assert.deepStrictEqual(ransomware.map(diagnosticData), [{ range: [11, 11, 11, 18], code: 'programme-room-clash', severity: 'error', message: ROOM_CLASH }]);
    assert.deepStrictEqual(relatedData(ransomware[0]!), [[congressFile('workshops/cybercrime.agenda.yaml').toString(), [11, 11, 11, 18], 'Session `w1-evidence` in `../workshops/cybercrime.agenda.yaml`']]);
    const whistleblowers = agendaDiagnostics(congressFile('side-events/whistleblowers.agenda.yaml'));
    assert.deepStrictEqual(whistleblowers.map(diagnosticData), [{ range: [14, 15, 14, 23], code: 'programme-person-clash', severity: 'warning', message: PERSON_CLASH }]);
    assert.deepStrictEqual(relatedData(whistleblowers[0]!), [[congressFile('workshops/corruption.agenda.yaml').toString(), [14, 15, 14, 23], '`p-okafor` in session `w2-integrity` of `../workshops/corruption.agenda.yaml`']]);
    const victims = agendaDiagnostics(congressFile('side-events/victims.agenda.yaml'));
    assert.deepStrictEqual(victims.map(diagnosticData), [{ range: [8, 8, 8, 16], code: 'id-shadows-parent', severity: 'warning', message: SHADOWED }]);
    assert.deepStrictEqual(relatedData(victims[0]!), [[congressFile('congress.agenda.yaml').toString(), [13, 8, 13, 16], 'The person `p-garcia` in `../congress.agenda.yaml`']]);
    for (const clean of ['congress.agenda.yaml', 'workshops/cybercrime.agenda.yaml', 'workshops/corruption.agenda.yaml']) {
      assert.deepStrictEqual(agendaDiagnostics(congressFile(clean)).map(diagnosticData), [], `${clean}: the parent's people, topics and rooms are known to its children, and used by them`);
    }
  });

  it('updates, while typing in one file, the diagnostics of the files that edit affects, and parses and publishes nothing else', async () => {
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const sideEvent = congressFile('side-events/ransomware.agenda.yaml');
    await diagnosticsWhen(sideEvent, 'the room clash', (d) => d.length === 1);
    const editor = await vscode.window.showTextDocument(workshop);
    await checked(editor.document);
    const published = api.programme.publications();
    const parses = api.parseCount();
    const line = editor.document.getText().split('\n').indexOf('    room: room-b');
    const cleared = diagnosticsWhen(sideEvent, 'the room clash gone once the workshop moves to Room A', (d) => d.length === 0);
    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(line, 15, line, 16), 'a')));
    await cleared;
    assert.strictEqual(api.parseCount() - parses, 1, 'one parse: the edited text');
    assert.deepStrictEqual(changedSince(published, api.programme.publications()), { [sideEvent.toString()]: 1 });

    const back = diagnosticsWhen(sideEvent, 'the room clash again once the workshop is back in Room B', (d) => d.length === 1);
    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(line, 15, line, 16), 'b')));
    assert.deepStrictEqual((await back).map(diagnosticData)[0]?.message, ROOM_CLASH);
  });

  it('checks each edit of an open file of the programme once: its own diagnostics are the store\'s check, the programme adds its own to them', async () => {
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const sideEvent = congressFile('side-events/ransomware.agenda.yaml');
    await diagnosticsWhen(sideEvent, 'the room clash', (d) => d.length === 1);
    const editor = await vscode.window.showTextDocument(workshop);
    await checked(editor.document);
    const line = editor.document.getText().split('\n').indexOf('    room: room-b');
    const EDITS = 6;
    const checks = api.checkCount();
    const parses = api.parseCount();
    for (let i = 1; i <= EDITS; i++) {
      const room = i % 2 ? 'a' : 'b';
      const shown = diagnosticsWhen(sideEvent, `edit ${i}: the room clash ${room === 'a' ? 'gone' : 'back'}`, (d) => d.length === (room === 'a' ? 0 : 1));
      assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(line, 15, line, 16), room)));
      await shown;
      assert.deepStrictEqual(agendaDiagnostics(workshop).map(diagnosticData), []);
    }
    assert.strictEqual(api.checkCount() - checks, EDITS, `one check per edit (${EDITS} edits)`);
    assert.strictEqual(api.parseCount() - parses, EDITS, `one parse per edit (${EDITS} edits)`);
  });

  it("leaves out a file's semantic checks, its ids over the programme and the cross-file checks in it with agenda.validate.semantic off, opened or not", async () => {
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const root = congressFile('congress.agenda.yaml');
    const ransomware = congressFile('side-events/ransomware.agenda.yaml');
    const victims = congressFile('side-events/victims.agenda.yaml');
    const editor = await vscode.window.showTextDocument(workshop);
    await checked(editor.document);
    const line = editor.document.getText().split('\n').indexOf('    chair: p-tanaka');
    const edited = diagnosticsWhen(workshop, 'the unknown chair, the duration and the unknown key', (d) => d.length === 3);
    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(line, 0, line, 19), '    chair: p-tanakaa\n    duration: 60\n    colour: red')));
    const UNKNOWN_KEY = { range: [16, 4, 16, 10], code: 'schema-unknown-key', severity: 'error', message: 'Unknown key `colour` in session `w1-evidence`. Allowed keys: id, title, date, part, start, end, duration, room, track, format, status, mode, online, registration, interpretation, chair, moderators, speakers, topics, agendaItems, description, url, documents, items.' };
    assert.deepStrictEqual((await edited).map(diagnosticData), [
      { range: [14, 11, 14, 20], code: 'unknown-person', severity: 'error', message: 'Unknown person `p-tanakaa`: no entry of `people` has this id. Did you mean `p-tanaka`?' },
      { range: [15, 14, 15, 16], code: 'time-mismatch', severity: 'warning', message: 'Session `w1-evidence` lasts 60 minutes by `duration` but 120 minutes by `start` and `end`.' },
      UNKNOWN_KEY,
    ]);
    const UNUSED = { range: [18, 8, 18, 16], code: 'unused-id', severity: 'info', message: 'The person `p-tanaka` is never used: no session names this person.' };
    assert.deepStrictEqual((await diagnosticsWhen(root, "the congress's person no file uses", (d) => d.length === 1)).map(diagnosticData), [UNUSED]);
    const cleared = Promise.all([
      diagnosticsWhen(workshop, 'the schema diagnostic alone', (d) => d.length === 1),
      ...[root, ransomware, victims].map((uri) => diagnosticsWhen(uri, `no diagnostic in ${uri.path}`, (d) => d.length === 0)),
    ]);
    await vscode.workspace.getConfiguration('agenda').update('validate.semantic', false, vscode.ConfigurationTarget.Workspace);
    try {
      await cleared;
      assert.deepStrictEqual(agendaDiagnostics(workshop).map(diagnosticData), [UNKNOWN_KEY]);
      const checks = api.checkCount();
      const typed = diagnosticsWhen(workshop, 'the unknown key as typed', (d) => d.length === 1 && d[0]!.message.startsWith('Unknown key `colours`'));
      assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(16, 10), 's')));
      await typed;
      assert.strictEqual(api.checkCount() - checks, 1, 'one check of the edit, with the setting');
    } finally {
      const back = Promise.all([ransomware, victims, root].map((uri) => diagnosticsWhen(uri, `the diagnostics of ${uri.path} back`, (d) => d.length === 1)));
      await vscode.workspace.getConfiguration('agenda').update('validate.semantic', undefined, vscode.ConfigurationTarget.Workspace);
      await back;
    }
    assert.deepStrictEqual(agendaDiagnostics(ransomware).map((d) => d.code), ['programme-room-clash']);
    assert.deepStrictEqual(agendaDiagnostics(victims).map((d) => d.code), ['id-shadows-parent']);
    assert.deepStrictEqual(agendaDiagnostics(root).map(diagnosticData), [UNUSED]);
    assert.deepStrictEqual(agendaDiagnostics(workshop).map((d) => d.code), ['unknown-person', 'time-mismatch', 'schema-unknown-key']);
  });

  it('updates the diagnostics an unopened file affects when it changes on disk (the file watcher), parsing that file alone', async () => {
    const workshop = congressFile('workshops/corruption.agenda.yaml');
    const sideEvent = congressFile('side-events/whistleblowers.agenda.yaml');
    const original = await vscode.workspace.fs.readFile(workshop);
    await checked((await vscode.window.showTextDocument(sideEvent)).document);
    await diagnosticsWhen(sideEvent, 'the double-booked speaker', (d) => d.length === 1);
    const published = api.programme.publications();
    const parses = api.parseCount();
    try {
      const cleared = diagnosticsWhen(sideEvent, 'the double booking gone once the workshop ends at 14:45', (d) => d.length === 0);
      await vscode.workspace.fs.writeFile(workshop, encoder.encode(new TextDecoder().decode(original).replace('end: "15:30"', 'end: "14:45"')));
      await cleared;
      assert.strictEqual(api.parseCount() - parses, 1, 'one parse: the changed file');
      assert.deepStrictEqual(changedSince(published, api.programme.publications()), { [sideEvent.toString()]: 1 });
    } finally {
      const restored = diagnosticsWhen(sideEvent, 'the double booking back', (d) => d.length === 1);
      await vscode.workspace.fs.writeFile(workshop, original);
      await restored;
    }
  });

  it("goes from a workshop's chair to the person the congress defines, and finds a shared person's uses in every file, unopened ones too", async () => {
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const editor = await vscode.window.showTextDocument(workshop);
    await checked(editor.document);
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', workshop, positionOf(editor.document, 'p-tanaka'));
    assert.deepStrictEqual(definitions.map(locationData), [[congressFile('congress.agenda.yaml').toString(), [18, 8, 18, 16]]]);

    const sideEvent = await vscode.window.showTextDocument(congressFile('side-events/whistleblowers.agenda.yaml'));
    await checked(sideEvent.document);
    const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', sideEvent.document.uri, positionOf(sideEvent.document, 'p-okafor'));
    assert.deepStrictEqual(references.map(locationData).sort(), [
      [congressFile('congress.agenda.yaml').toString(), [16, 8, 16, 16]],
      [congressFile('side-events/whistleblowers.agenda.yaml').toString(), [14, 15, 14, 23]],
      [congressFile('workshops/corruption.agenda.yaml').toString(), [14, 15, 14, 23]],
    ].sort());
  });

  it("describes on hover and offers in completion the congress's people in a workshop that does not define them", async () => {
    const workshop = congressFile('workshops/cybercrime.agenda.yaml');
    const editor = await vscode.window.showTextDocument(workshop);
    await checked(editor.document);
    const at = positionOf(editor.document, 'p-tanaka');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', workshop, at);
    const markdown = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
    assert.deepStrictEqual(markdown.map((text) => text.split('\n\n')[0]), ['**Person** `p-tanaka`: Yuki Tanaka']);
    assert.deepStrictEqual(hovers.map((hover) => hover.range && [hover.range.start.line, hover.range.start.character, hover.range.end.line, hover.range.end.character]), [[14, 11, 14, 19]]);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', workshop, at);
    const people = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference).map((item) => [typeof item.label === 'string' ? item.label : item.label.label, item.detail]);
    assert.deepStrictEqual(people, [['p-garcia', 'Ana García'], ['p-okafor', 'Kwame Okafor'], ['p-tanaka', 'Yuki Tanaka']]);
  });

  it('renames a shared person in every file as one workspace edit, in the editors and never on disk, and the programme checks the new text', async () => {
    const files = ['congress.agenda.yaml', 'side-events/whistleblowers.agenda.yaml', 'workshops/corruption.agenda.yaml'].map(congressFile);
    const onDisk = await Promise.all(files.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    const editor = await vscode.window.showTextDocument(files[2]!);
    await checked(editor.document);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', files[2], positionOf(editor.document, 'p-okafor'), 'p-okafor-k');
    assert.deepStrictEqual(edit.entries().map(([uri, edits]) => [uri.toString(), edits.map((e) => [...locationData(new vscode.Location(uri, e.range))[1], e.newText])]).sort(), [
      [files[0]!.toString(), [[16, 8, 16, 16, 'p-okafor-k']]],
      [files[1]!.toString(), [[14, 15, 14, 23, 'p-okafor-k']]],
      [files[2]!.toString(), [[14, 15, 14, 23, 'p-okafor-k']]],
    ].sort());
    const sideEvent = files[1]!;
    const checkedAgain = diagnosticsWhen(sideEvent, 'the double booking of the renamed speaker', (d) => d.some((x) => x.message.startsWith('`p-okafor-k`')));
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      const [diagnostic] = await checkedAgain;
      assert.deepStrictEqual(diagnostic && diagnosticData(diagnostic), { range: [14, 15, 14, 25], code: 'programme-person-clash', severity: 'warning', message: PERSON_CLASH.replace('`p-okafor`', '`p-okafor-k`') });
      for (const [i, uri] of files.entries()) {
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        assert.strictEqual(document?.getText(), onDisk[i]!.replace(/\bp-okafor\b/g, 'p-okafor-k'), `${uri.path}: renamed in the editor`);
        assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)), onDisk[i], `${uri.path}: unchanged on disk`);
      }
      const refused = await Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', files[2], positionOf(editor.document, 'p-okafor-k'), 'p-tanaka')).then(() => 'no error', (error: unknown) => String(error));
      assert.match(refused, /The person id `p-tanaka` is already taken \(`\.\.\/congress\.agenda\.yaml`, line 19\)\./);
    } finally {
      for (const uri of files) await vscode.window.showTextDocument(uri, { preview: false });
      await closeAllEditors();
    }
  });

  it('undoes a rename across files as a user does it (F2, a new name, Enter; then Ctrl+Z): with files.refactoring.autoSave off, one undo restores every file, and no file on disk ever changes', async function () {
    if (!hasWebviewHooks()) this.skip();
    const files = ['congress.agenda.yaml', 'side-events/whistleblowers.agenda.yaml', 'workshops/corruption.agenda.yaml'].map(congressFile);
    const onDisk = await Promise.all(files.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    const disk = () => Promise.all(files.map(async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    const documentOf = (uri: vscode.Uri) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const texts = () => files.map((uri) => documentOf(uri)?.getText());
    const dirty = () => files.map((uri) => !!documentOf(uri)?.isDirty);
    // VS Code saves the files a refactoring changed that no editor shows, unless this setting is off (see the README).
    await vscode.workspace.getConfiguration('files').update('refactoring.autoSave', false, vscode.ConfigurationTarget.Workspace);
    const editor = await vscode.window.showTextDocument(files[2]!);
    await checked(editor.document);
    const saved: string[] = [];
    const saves = vscode.workspace.onDidSaveTextDocument((document) => saved.push(vscode.workspace.asRelativePath(document.uri)));
    const at = positionOf(editor.document, 'p-okafor');
    editor.selection = new vscode.Selection(at, at);
    try {
      // The selection reaches the workbench before this command runs there; the keys take another way.
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      const renamed = until('the rename in every file', [vscode.workspace.onDidChangeTextDocument], () => texts().every((text, i) => text === onDisk[i]!.replace(/\bp-okafor\b/g, 'p-okafor-k')), 15_000, texts);
      await workbenchKeys('', 'F2');
      assert.strictEqual(await workbenchText('.rename-box .rename-input:focus', ''), '', 'the rename box, its input focused');
      await workbenchKeys('p-okafor-k', 'Enter');
      await renamed;
      // A document's dirty state reaches the extension host apart from its text, and may come after it.
      await until('every file edited and unsaved', [vscode.workspace.onDidChangeTextDocument, vscode.workspace.onDidSaveTextDocument], () => saved.length === 0 && dirty().every(Boolean), 15_000, () => ({ dirty: dirty(), saved }));

      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await workbenchKeys('', 'Control+Z');
      // No question: the whole rename is undone, and the documents no editor shows are let go once back to the disk's text.
      const indexed = () => files.map((uri) => api.agendaFiles.file(uri)?.text);
      await until('every file back to its text, in the index the programme reads', [api.agendaFiles.onDidChange as vscode.Event<unknown>, vscode.workspace.onDidChangeTextDocument], () => indexed().every((text, i) => text === onDisk[i]), 15_000, indexed);
      assert.strictEqual(editor.document.getText(), onDisk[2]);
      assert.deepStrictEqual(dirty(), [false, false, false], 'nothing left to save');
      assert.deepStrictEqual(await disk(), onDisk, 'no file changed on disk');
      const [clash] = await diagnosticsWhen(files[1]!, 'the double booking of the speaker under the old id', (d) => d.length === 1 && d[0]!.message.startsWith('`p-okafor` '));
      assert.deepStrictEqual(clash && diagnosticData(clash), { range: [14, 15, 14, 23], code: 'programme-person-clash', severity: 'warning', message: PERSON_CLASH });
      assert.deepStrictEqual(saved, [], 'no file saved');
    } finally {
      saves.dispose();
      await vscode.workspace.getConfiguration('files').update('refactoring.autoSave', undefined, vscode.ConfigurationTarget.Workspace);
      for (const uri of files) await vscode.window.showTextDocument(uri, { preview: false });
      await closeAllEditors();
      const now = await disk();
      for (const [i, uri] of files.entries()) if (now[i] !== onDisk[i]) await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(onDisk[i]));
    }
  });

  it('shows in the Agenda view this file or the whole programme: its days, then the sessions or the rooms of every file', async () => {
    const tree = api.agendaTree;
    const sideEvent = congressFile('side-events/ransomware.agenda.yaml');
    const editor = await vscode.window.showTextDocument(sideEvent);
    await checked(editor.document);
    await vscode.commands.executeCommand('agenda.tree.focus');
    const changed = [tree.provider.onDidChangeTreeData as vscode.Event<unknown>];
    const labels = (nodes: readonly OutlineNode[] = tree.provider.getChildren(), indent = ''): string[] => nodes.flatMap((node) => [
      `${indent}${node.label}${node.description ? ` (${node.description})` : ''}`.replace(/[\u2009\u202f]/g, ' '),
      ...(node.kind === 'session' ? [] : labels(tree.provider.getChildren(node), `${indent}  `)),
    ]);
    await until('the Agenda view to show the side event', changed, () => tree.provider.document === editor.document && tree.provider.fresh, 15_000, labels);
    assert.strictEqual(api.contextKey('agenda.tree.inProgramme'), true);
    try {
      await vscode.commands.executeCommand('agenda.tree.showProgramme');
      await until('the whole programme', changed, () => tree.provider.programmeShown, 15_000, labels);
      assert.deepStrictEqual(labels(), [
        'Regional Congress on Crime Prevention (7 – 10 March 2026)',
        '  Saturday, 7 March 2026 (1 session)',
        '    09:00–10:30 · Opening of the Congress · plenary-hall',
        '  Sunday, 8 March 2026 (3 sessions)',
        '    10:00–12:00 · Electronic evidence · room-b (workshops/cybercrime.agenda.yaml)',
        '    10:30–11:30 · Ransomware in practice · room-b (side-events/ransomware.agenda.yaml)',
        '    13:00–14:00 · Supporting victims of trafficking · room-a (side-events/victims.agenda.yaml)',
        '  Monday, 9 March 2026 (2 sessions)',
        '    14:00–15:30 · Integrity in public procurement · room-a (workshops/corruption.agenda.yaml)',
        '    15:00–16:00 · Protecting whistle-blowers · plenary-hall (side-events/whistleblowers.agenda.yaml)',
      ]);
      assert.strictEqual(tree.view.description, 'programme of congress.agenda.yaml');
      await vscode.commands.executeCommand('agenda.tree.sortByRoom');
      await until('the rooms of each day', changed, () => labels().includes('    Room B (2 sessions)'), 15_000, labels);
      assert.deepStrictEqual(labels().slice(4, 11), [
        '  Sunday, 8 March 2026 (3 sessions)',
        '    Room B (2 sessions)',
        '      10:00–12:00 · Electronic evidence · room-b (workshops/cybercrime.agenda.yaml)',
        '      10:30–11:30 · Ransomware in practice · room-b (side-events/ransomware.agenda.yaml)',
        '    Room A (1 session)',
        '      13:00–14:00 · Supporting victims of trafficking · room-a (side-events/victims.agenda.yaml)',
        '  Monday, 9 March 2026 (2 sessions)',
      ]);
      await photographAgendaView('programme-tree', 'Room B');

      const evidence = [...walk(tree.provider.getChildren())].find((node) => node.label.includes('Electronic evidence'))!;
      const opened = until('the workshop shown at its session', [vscode.window.onDidChangeVisibleTextEditors, vscode.window.onDidChangeTextEditorSelection], () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === congressFile('workshops/cybercrime.agenda.yaml').toString() && e.selection.start.line === 8));
      await vscode.commands.executeCommand('agenda.tree.reveal', evidence);
      await opened;
    } finally {
      await vscode.commands.executeCommand('agenda.tree.sortByTime');
      await vscode.commands.executeCommand('agenda.tree.showFile');
    }
    await vscode.window.showTextDocument(sideEvent);
    await until('the side event alone again', changed, () => !tree.provider.programmeShown && tree.provider.document?.uri.toString() === sideEvent.toString() && labels().length === 3, 15_000, labels);
    assert.deepStrictEqual(labels(), ['Ransomware in practice (8 March 2026)', '  Sunday, 8 March 2026 (1 session)', '    10:30–11:30 · Ransomware in practice · room-b']);
  });

  it('photographs a cross-file diagnostic with its related location in the other file', async () => {
    const sideEvent = congressFile('side-events/ransomware.agenda.yaml');
    const editor = await vscode.window.showTextDocument(sideEvent, { preview: false });
    const [diagnostic] = await diagnosticsWhen(sideEvent, 'the room clash', (d) => d.length === 1);
    editor.selection = new vscode.Selection(diagnostic!.range.start, diagnostic!.range.start);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await requestScreenshot('programme-diagnostic', 'overlaps session');
  });
});

/** The files published again between two counts of {@link Programme.publications}, with how many times. */
function changedSince(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).filter(([uri, n]) => n !== (before[uri] ?? 0)).map(([uri, n]) => [uri, n - (before[uri] ?? 0)]));
}

/** The nodes of a tree, depth first. */
function* walk(nodes: readonly OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

/** Where a text first stands in a document, one character in. */
function positionOf(document: vscode.TextDocument, text: string): vscode.Position {
  return document.positionAt(document.getText().indexOf(text) + 1);
}

/** A location as plain data: its file and `[startLine, startChar, endLine, endChar]`. */
function locationData(location: vscode.Location | vscode.LocationLink): [string, number[]] {
  const [uri, range] = 'targetUri' in location ? [location.targetUri, location.targetRange] : [location.uri, location.range];
  return [uri.toString(), [range.start.line, range.start.character, range.end.line, range.end.character]];
}

/** Photographs the Agenda view alone in a wider Explorer, and puts the workbench back as it was. */
async function photographAgendaView(name: string, showing: string): Promise<void> {
  const restore = await showAgendaViewAlone();
  try {
    await requestScreenshot(name, showing);
  } finally {
    await restore();
  }
}

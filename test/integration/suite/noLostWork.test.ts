import * as assert from 'assert';
import * as vscode from 'vscode';
import { diagnosticsWhen, filesWrittenBySuite, report, until, workspaceFile } from '../workbench';

const KYOTO = 'kyoto-2020-workshop-4.agenda.yaml';
const UNKNOWN_IDS = 'unknown-ids.agenda.yaml';
/** A file the test writes last, to know that the file watcher has reported everything written before it. */
const SENTINEL = 'no-lost-work-sentinel.txt';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (text: string) => new TextEncoder().encode(text);

/** Every file of the workspace folder by name, with its bytes as text. */
async function workspaceSnapshot(): Promise<Record<string, string>> {
  const folder = workspaceFile('.');
  const snapshot: Record<string, string> = {};
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    snapshot[name] = type === vscode.FileType.File ? decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name))) : '<folder>';
  }
  return snapshot;
}

/** Records every file created, changed or deleted under the workspace folder while it is subscribed. */
function watchWorkspace(): { events: string[]; dispose(): void } {
  const folder = vscode.workspace.workspaceFolders![0];
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
  const events: string[] = [];
  const name = (uri: vscode.Uri) => vscode.workspace.asRelativePath(uri);
  watcher.onDidCreate((uri) => events.push(`created ${name(uri)}`));
  watcher.onDidChange((uri) => events.push(`changed ${name(uri)}`));
  watcher.onDidDelete((uri) => events.push(`deleted ${name(uri)}`));
  return { events, dispose: () => watcher.dispose() };
}

/**
 * A file system in memory whose writes can fail as a full disk does: `failWrites` keeps the first half of the bytes
 * of a write, then throws; renames for which `failRename` holds throw. For exports beside an agenda held in it.
 */
class FailingFileSystem implements vscode.FileSystemProvider {
  readonly files = new Map<string, Uint8Array>();
  failWrites = false;
  failRename: (from: string, to: string) => boolean = () => false;
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/') return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const bytes = this.files.get(uri.path);
    if (!bytes) throw vscode.FileSystemError.FileNotFound(uri);
    return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: bytes.length };
  }

  readDirectory(): [string, vscode.FileType][] {
    return [...this.files.keys()].map((path) => [path.slice(1), vscode.FileType.File]);
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('no folders here');
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const bytes = this.files.get(uri.path);
    if (!bytes) throw vscode.FileSystemError.FileNotFound(uri);
    return bytes;
  }

  writeFile(uri: vscode.Uri, content: Uint8Array): void {
    if (this.failWrites) {
      this.files.set(uri.path, content.slice(0, content.length >> 1));
      throw vscode.FileSystemError.Unavailable('No space left on device');
    }
    this.files.set(uri.path, content);
    this.changes.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  delete(uri: vscode.Uri): void {
    if (!this.files.delete(uri.path)) throw vscode.FileSystemError.FileNotFound(uri);
  }

  rename(from: vscode.Uri, to: vscode.Uri, options: { readonly overwrite: boolean }): void {
    if (this.failRename(from.path, to.path)) throw vscode.FileSystemError.Unavailable('The device is busy');
    if (!options.overwrite && this.files.has(to.path)) throw vscode.FileSystemError.FileExists(to);
    this.files.set(to.path, this.readFile(from));
    this.files.delete(from.path);
  }
}

describe('no lost work', function () {
  // A hang guard for the hooks too: closing the 51 edited agendas one by one took over 60 s on a loaded machine.
  this.timeout(600_000);
  const written = filesWrittenBySuite();

  it('writes no file while every agenda of the workspace is opened, checked, outlined, previewed, hovered, completed and edited', async function () {
    this.timeout(1_200_000);
    const started = Date.now();
    const before = await workspaceSnapshot();
    const watch = watchWorkspace();
    try {
      const names = Object.keys(before).filter((name) => name.endsWith('.agenda.yaml')).sort();
      assert.ok(names.length > 40, `${names.length} agendas in the workspace`);
      for (const name of names) {
        const uri = workspaceFile(name);
        const editor = await vscode.window.showTextDocument(uri, { preview: false });
        const middle = editor.document.positionAt(editor.document.getText().length >> 1);
        await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
        await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', uri);
        await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, middle);
        await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, middle);
        await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, editor.document.lineCount, 0));
      }
      const editor = await vscode.window.showTextDocument(workspaceFile(KYOTO), { preview: false });
      await vscode.commands.executeCommand('agenda.openPreviewToSide');
      await vscode.commands.executeCommand('agenda.tree.focus');
      await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '# a note typed and left unsaved\n'));
      await diagnosticsWhen(editor.document.uri, 'the check of the edited example', () => editor.document.isDirty);
      // The file watcher reports in order: once it has reported a file written now, it has reported any written before.
      await vscode.workspace.fs.writeFile(workspaceFile(SENTINEL), encode('written by the test\n'));
      await until('the file watcher to report the sentinel file', [], () => watch.events.includes(`created ${SENTINEL}`));
      report(`${names.length} agendas served in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      assert.deepStrictEqual(await workspaceSnapshot(), { ...before, [SENTINEL]: 'written by the test\n' });
      assert.deepStrictEqual(watch.events.filter((event) => !event.endsWith(` ${SENTINEL}`)), []);
    } finally {
      watch.dispose();
      await vscode.workspace.fs.delete(workspaceFile(SENTINEL)).then(undefined, () => undefined);
    }
  });

  it('changes an agenda on disk never, and in the editor only by an undoable edit, when the user applies a quick fix or renames an id', async () => {
    const uri = workspaceFile(UNKNOWN_IDS);
    const onDisk = decode(await vscode.workspace.fs.readFile(uri));
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    const diagnostics = await diagnosticsWhen(uri, 'the unknown ids', (d) => d.some((x) => x.code === 'unknown-person'));
    const unknown = diagnostics.find((d) => d.code === 'unknown-person')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to `jane-doe` (Jane Doe)');
    assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(editor.document.lineAt(20).text, '    chair: jane-doe');
    assert.ok(editor.document.isDirty);
    const rename = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', uri, editor.document.positionAt(onDisk.indexOf('jane-doe')), 'jane-smith');
    assert.deepStrictEqual(rename.entries().map(([target]) => target.toString()), [uri.toString()], 'the rename edits only this agenda');
    assert.ok(await vscode.workspace.applyEdit(rename));
    assert.deepStrictEqual([10, 20, 21].map((line) => editor.document.lineAt(line).text), ['  - id: jane-smith', '    chair: jane-smith', '    speakers: [jane-smith]']);
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(uri)), onDisk, 'nothing was saved');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), onDisk);
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('asks before replacing an exported file, writing nothing until answered, and replaces it whole when told to', async () => {
    const target = workspaceFile('kyoto-2020-workshop-4.fr.ics');
    written.push(target);
    await vscode.workspace.fs.writeFile(target, encode('the calendar sent last week\n'));
    // Under test, VS Code refuses to show a modal dialog and rejects with what it was asked: the question, asked before any write.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('agenda.exportCalendar', workspaceFile(KYOTO), { language: 'fr' })),
      /refused to show dialog in tests\. Contents: kyoto-2020-workshop-4\.fr\.ics already exists\. Do you want to replace it\?$/,
    );
    assert.strictEqual(decode(await vscode.workspace.fs.readFile(target)), 'the calendar sent last week\n');

    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportCalendar', workspaceFile(KYOTO), { language: 'fr', replace: true });
    assert.strictEqual(result?.toString(), target.toString());
    const calendar = decode(await vscode.workspace.fs.readFile(target));
    assert.ok(calendar.startsWith('BEGIN:VCALENDAR\r\n') && calendar.endsWith('END:VCALENDAR\r\n'), calendar.slice(0, 80));
    const names = (await vscode.workspace.fs.readDirectory(workspaceFile('.'))).map(([name]) => name);
    assert.deepStrictEqual(names.filter((name) => name.endsWith('.tmp')), []);
  });

  it('leaves no partial file when an export fails half-way or cannot take the place of the old one, and keeps the old one whole', async () => {
    const disk = new FailingFileSystem();
    const registration = vscode.workspace.registerFileSystemProvider('agenda-failing', disk);
    try {
      const agenda = decode(await vscode.workspace.fs.readFile(workspaceFile(KYOTO)));
      disk.files.set('/kyoto.agenda.yaml', encode(agenda));
      disk.files.set('/kyoto.html', encode('the programme sent last week\n'));
      const uri = vscode.Uri.from({ scheme: 'agenda-failing', path: '/kyoto.agenda.yaml' });
      const files = () => [...disk.files.keys()].sort();
      const old = () => decode(disk.files.get('/kyoto.html')!);

      disk.failWrites = true;
      assert.strictEqual(await vscode.commands.executeCommand('agenda.exportHtml', uri, { language: 'en', replace: true }), undefined);
      assert.deepStrictEqual([files(), old()], [['/kyoto.agenda.yaml', '/kyoto.html'], 'the programme sent last week\n'], 'the half-written temporary file is removed');

      disk.failWrites = false;
      disk.failRename = () => true;
      assert.strictEqual(await vscode.commands.executeCommand('agenda.exportHtml', uri, { language: 'en', replace: true }), undefined);
      assert.deepStrictEqual([files(), old()], [['/kyoto.agenda.yaml', '/kyoto.html'], 'the programme sent last week\n'], 'nothing is renamed: the temporary file is removed');

      disk.failRename = (from, to) => to === '/kyoto.html' && from !== '/kyoto.html' && !from.endsWith('.old.tmp');
      assert.strictEqual(await vscode.commands.executeCommand('agenda.exportHtml', uri, { language: 'en', replace: true }), undefined);
      assert.deepStrictEqual([files(), old()], [['/kyoto.agenda.yaml', '/kyoto.html'], 'the programme sent last week\n'], 'the old file, moved aside, is put back');

      disk.failRename = () => false;
      const exported = await vscode.commands.executeCommand<vscode.Uri | undefined>('agenda.exportHtml', uri, { language: 'en', replace: true });
      assert.strictEqual(exported?.path, '/kyoto.html');
      assert.ok(old().startsWith('<!DOCTYPE html>') && old().trimEnd().endsWith('</html>'), old().slice(0, 80));
      assert.deepStrictEqual(files(), ['/kyoto.agenda.yaml', '/kyoto.html']);
    } finally {
      registration.dispose();
    }
  });
});

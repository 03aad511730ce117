import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './findings';

/** Every way the extension's code could change a file or a document: VS Code's and Node's file APIs, and edits. */
const WRITES = /workspace\.fs\.(?:writeFile|rename|delete|copy|createDirectory)|\bfs\.(?:write|rename|unlink|rm|copy|mkdir|append|truncate)\w*|\.save(?:All)?\(|applyEdit\(|\.edit\(|insertSnippet\(|new vscode\.WorkspaceEdit\(|writeAtomically\(/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Where the faces that run in the editor write: `file: call`, once per call. */
function writeSites(): string[] {
  return ['extension', 'webview', 'shared'].flatMap((face) => sourceFiles(path.join(REPO, 'src', face))).flatMap((file) => {
    const relative = path.relative(REPO, file).split(path.sep).join('/');
    return [...fs.readFileSync(file, 'utf8').matchAll(WRITES)].map((m) => `${relative}: ${m[0]}`);
  }).sort();
}

describe('what the extension writes', () => {
  it('changes files only in the exports (a temporary file beside the target, renamed into place), and documents only through edits VS Code applies when the user asks', () => {
    assert.deepStrictEqual(writeSites(), [
      // `Agenda: Export ...` commands: writeAtomically(target) after mayReplace asked (integration: no lost work).
      'src/extension/exportCommands.ts: writeAtomically(',
      // The user's own documents: only as WorkspaceEdits that the quick fix and rename providers hand to VS Code,
      // which applies them, undoably, when the user picks a fix or renames.
      'src/extension/language/agendaSource.ts: new vscode.WorkspaceEdit(',
      // The same for a rename over the files of a programme: one WorkspaceEdit of them all, one undoable step.
      'src/extension/language/agendaSource.ts: new vscode.WorkspaceEdit(',
      // `Agenda: New Agenda File`: the template, into the untitled document the command has just opened.
      'src/extension/newFile.ts: insertSnippet(',
      'src/extension/outputFile.ts: workspace.fs.delete',
      'src/extension/outputFile.ts: workspace.fs.rename',
      'src/extension/outputFile.ts: workspace.fs.rename',
      'src/extension/outputFile.ts: workspace.fs.rename',
      'src/extension/outputFile.ts: workspace.fs.writeFile',
      'src/extension/outputFile.ts: writeAtomically(',
    ]);
  });

  it('finds each kind of write it looks for', () => {
    const probe = "vscode.workspace.fs.writeFile(u, b); fs.writeFileSync(f, t); fs.renameSync(a, b); document.save(); vscode.workspace.saveAll(); vscode.workspace.applyEdit(e); editor.edit((b) => b); editor.insertSnippet(s); new vscode.WorkspaceEdit();";
    assert.deepStrictEqual([...probe.matchAll(WRITES)].map((m) => m[0]), [
      'workspace.fs.writeFile', 'fs.writeFileSync', 'fs.renameSync', '.save(', '.saveAll(', 'applyEdit(', '.edit(', 'insertSnippet(', 'new vscode.WorkspaceEdit(',
    ]);
  });
});

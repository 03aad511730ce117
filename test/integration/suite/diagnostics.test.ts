import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { AGENDA_SIZES, generateAgenda } from '../../../bench/generateAgenda';
import { check } from '../../../src/core';
import { setAgendaSetting } from '../agendas';
import { nodeHostOnly } from '../environment';
import {
  activateExtension, agendaDiagnostics, closeAllEditors, diagnosticData, type DiagnosticData, diagnosticsWhen, nextDiagnosticsChange, workspaceFile,
} from '../workbench';

const UNKNOWN_IDS: DiagnosticData[] = [
  { range: [5, 15, 5, 21], code: 'unknown-organization', severity: 'error', message: 'Unknown organization `unodcc`: no entry of `organizations` has this id. Did you mean `unodc`?' },
  { range: [7, 8, 7, 13], code: 'unused-id', severity: 'info', message: 'The organization `unodc` is never used: nothing refers to it.' },
  { range: [12, 17, 12, 20], code: 'unknown-organization', severity: 'error', message: 'Unknown organization `kic`: no entry of `organizations` has this id.' },
  { range: [14, 8, 14, 24], code: 'unused-id', severity: 'info', message: 'The topic `cryptocurrencies` is never used: no session covers it.' },
  { range: [20, 11, 20, 18], code: 'unknown-person', severity: 'error', message: 'Unknown person `jane-do`: no entry of `people` has this id. Did you mean `jane-doe`?' },
  { range: [22, 13, 22, 27], code: 'unknown-topic', severity: 'error', message: 'Unknown topic `cryptocurrency`: no entry of `topics` has this id. Did you mean `cryptocurrencies`?' },
];
const EXAMPLE = 'kyoto-2020-workshop-4.agenda.yaml';

const byPosition = (a: DiagnosticData, b: DiagnosticData) => a.range[0] - b.range[0] || a.range[1] - b.range[1];
const data = (diagnostics: vscode.Diagnostic[]) => diagnostics.map(diagnosticData).sort(byPosition);

/** Opens a workspace file in an editor and resolves with it and the diagnostics the extension sets on opening. */
async function open(name: string): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(name);
  const checked = nextDiagnosticsChange(uri, `the diagnostics of ${name} on opening`);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  return { editor, diagnostics: await checked };
}

/** Where `text` first occurs in the document, as a range. */
function find(document: vscode.TextDocument, text: string): vscode.Range {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `the document holds ${JSON.stringify(text)}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

describe('diagnostics while typing', function () {
  this.timeout(30_000);

  before(async () => {
    await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  it('reports the checks of an agenda on opening it, at the exact places, with source "agenda" and the core codes', async () => {
    const { diagnostics } = await open('unknown-ids.agenda.yaml');
    assert.deepStrictEqual(data(diagnostics), UNKNOWN_IDS);
    assert.ok(diagnostics.every((d) => d.source === 'agenda'));
  });

  it('links an overlap to the session it overlaps', async () => {
    const { diagnostics } = await open('time-overlap.agenda.yaml');
    assert.deepStrictEqual(data(diagnostics), [{
      range: [15, 11, 15, 18],
      code: 'time-overlap',
      severity: 'error',
      message: 'Session `side-event` (12:00–14:00) overlaps session `first-meeting` (10:00–13:00) in the same room (Room B) on 2020-04-24.',
    }]);
    const [related] = diagnostics[0].relatedInformation ?? [];
    assert.strictEqual(related.message, 'Session `first-meeting`');
    assert.strictEqual(related.location.uri.toString(), workspaceFile('time-overlap.agenda.yaml').toString());
    assert.deepStrictEqual(related.location.range, new vscode.Range(9, 11, 9, 18));
  });

  it('reports YAML syntax errors when no other extension checks YAML', async () => {
    const { diagnostics } = await open('yaml-syntax-tab.agenda.yaml');
    assert.deepStrictEqual(data(diagnostics), [{ range: [8, 0, 8, 1], code: 'yaml-syntax', severity: 'error', message: 'Tabs cannot indent YAML; indent with spaces.' }]);
  });

  it('finds nothing wrong in the bundled example', async () => {
    const { diagnostics } = await open(EXAMPLE);
    assert.deepStrictEqual(data(diagnostics), []);
  });

  it('shows a mistake typed into the agenda at its place, and takes it away on undo', async () => {
    const { editor } = await open(EXAMPLE);
    const document = editor.document;
    const part = find(document, 'part: morning');
    const value = new vscode.Range(part.start.translate(0, 'part: '.length), part.end);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, value, 'mornin');
    const shown = diagnosticsWhen(document.uri, 'the diagnostic of the typed mistake', (d) => d.length > 0);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const [typo] = data(await shown);
    assert.deepStrictEqual(typo, {
      range: [value.start.line, value.start.character, value.start.line, value.start.character + 6],
      code: 'schema-enum',
      severity: 'error',
      message: '`mornin` is not a valid part of the day. Did you mean `morning`? Use one of: morning, afternoon, evening.',
    });
    assert.strictEqual(agendaDiagnostics(document.uri).length, 1);

    const cleared = diagnosticsWhen(document.uri, 'no diagnostics after undo', (d) => d.length === 0);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    await cleared;
    assert.strictEqual(document.lineAt(value.start.line).text, '    part: morning');
    assert.strictEqual(document.isDirty, false);
  });

  it('follows typing in a congress programme of 5,000 lines: a person renamed in `people` is reported in every session naming them', async () => {
    const name = 'congress.agenda.yaml';
    await vscode.workspace.fs.writeFile(workspaceFile(name), new TextEncoder().encode(generateAgenda(AGENDA_SIZES.congress)));
    const { editor, diagnostics } = await open(name);
    assert.deepStrictEqual(data(diagnostics), []);
    const document = editor.document;
    const shown = diagnosticsWhen(document.uri, 'the references to the renamed person', (d) => d.length > 0);
    assert.ok(await editor.edit((builder) => builder.insert(find(document, '- id: amina-okafor').end, 'x')));
    const found = data(await shown);
    const expected = check(document.getText()).map((d): DiagnosticData => ({
      range: [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], code: d.code, severity: d.severity, message: d.message,
    }));
    assert.deepStrictEqual(found, expected.sort(byPosition));
    assert.deepStrictEqual([...new Set(found.map((d) => d.code))], ['unused-id', 'unknown-person']);
    assert.deepStrictEqual(found.filter((d) => d.code === 'unknown-person').map((d) => d.range[0] + 1), [1443, 2170, 2825, 3560, 4340, 5091]);
  });

  it('clears the diagnostics of a file when it is closed', async () => {
    const { editor } = await open('unknown-ids.agenda.yaml');
    assert.strictEqual(agendaDiagnostics(editor.document.uri).length, UNKNOWN_IDS.length);
    const cleared = diagnosticsWhen(editor.document.uri, 'no diagnostics after closing', (d) => d.length === 0);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await cleared;
  });

  it('clears the diagnostics of a file when it is deleted', async () => {
    const uri = workspaceFile('doomed.agenda.yaml');
    await vscode.workspace.fs.copy(workspaceFile('unknown-ids.agenda.yaml'), uri);
    const shown = nextDiagnosticsChange(uri);
    await vscode.window.showTextDocument(uri);
    assert.strictEqual((await shown).length, UNKNOWN_IDS.length);
    const cleared = diagnosticsWhen(uri, 'no diagnostics after deleting', (d) => d.length === 0);
    const edit = new vscode.WorkspaceEdit();
    edit.deleteFile(uri);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await cleared;
  });

  it('reads an agenda through a symbolic or a hard link as the agenda itself, and goes on serving beside a dangling link and a loop', async function () {
    nodeHostOnly(this, 'links are made on the disk');
    const at = (name: string) => workspaceFile(name).fsPath;
    const made = ['linked.agenda.yaml', 'hard.agenda.yaml', 'dangling.agenda.yaml', 'loop.agenda.yaml'];
    try {
      fs.symlinkSync('unknown-ids.agenda.yaml', at('linked.agenda.yaml'));
      fs.linkSync(at('unknown-ids.agenda.yaml'), at('hard.agenda.yaml'));
      fs.symlinkSync('nowhere.agenda.yaml', at('dangling.agenda.yaml'));
      fs.symlinkSync('loop.agenda.yaml', at('loop.agenda.yaml'));
      for (const name of ['linked.agenda.yaml', 'hard.agenda.yaml']) {
        const { diagnostics } = await open(name);
        assert.deepStrictEqual(data(diagnostics), UNKNOWN_IDS, name);
      }
      for (const name of ['dangling.agenda.yaml', 'loop.agenda.yaml']) {
        await assert.rejects(Promise.resolve(vscode.workspace.openTextDocument(workspaceFile(name))), name);
      }
      await closeAllEditors();
      const { diagnostics } = await open('unknown-ids.agenda.yaml');
      assert.deepStrictEqual(data(diagnostics), UNKNOWN_IDS, 'the agenda itself, after the links');
    } finally {
      for (const name of made) fs.rmSync(at(name), { force: true });
    }
  });

  it('silences a line with `# agenda-ignore`, and only the named code with `# agenda-ignore: code`', async () => {
    const { editor } = await open('unknown-ids.agenda.yaml');
    const uri = editor.document.uri;
    const comment = async (lines: number[], text: string, expected: DiagnosticData[]) => {
      const changed = diagnosticsWhen(uri, `the diagnostics after "${text}"`, (d) => JSON.stringify(data(d)) === JSON.stringify(expected));
      assert.ok(await editor.edit((builder) => lines.forEach((line) => builder.insert(editor.document.lineAt(line).range.end, text))));
      await changed;
    };
    await comment([20], '  # agenda-ignore', UNKNOWN_IDS.filter((d) => d.range[0] !== 20));
    await comment([7, 12], '  # agenda-ignore: unused-id', UNKNOWN_IDS.filter((d) => d.range[0] !== 20 && d.range[0] !== 7));
  });

  describe('settings', () => {
    afterEach(async () => {
      for (const key of ['validate.semantic', 'validate.schema', 'validate.yamlSyntax', 'files']) await setAgendaSetting(key, undefined);
    });

    it('leaves out the semantic checks when agenda.validate.semantic is off, and brings them back', async () => {
      const { editor } = await open('unknown-ids.agenda.yaml');
      const uri = editor.document.uri;
      const off = diagnosticsWhen(uri, 'no semantic diagnostics', (d) => d.length === 0);
      await setAgendaSetting('validate.semantic', false);
      await off;
      const on = diagnosticsWhen(uri, 'the semantic diagnostics again', (d) => d.length === UNKNOWN_IDS.length);
      await setAgendaSetting('validate.semantic', undefined);
      assert.deepStrictEqual(data(await on), UNKNOWN_IDS);
    });

    it('leaves out the schema checks when agenda.validate.schema is off', async () => {
      const { editor, diagnostics } = await open('schema-enum.agenda.yaml');
      assert.deepStrictEqual(diagnostics.map((d) => d.code), Array(5).fill('schema-enum'));
      const off = diagnosticsWhen(editor.document.uri, 'no schema diagnostics', (d) => d.length === 0);
      await setAgendaSetting('validate.schema', false);
      await off;
    });

    it('checks an agenda that names the schema under agenda.validate.schema auto while no other YAML extension validates, and under true', async () => {
      assert.strictEqual(vscode.extensions.getExtension('redhat.vscode-yaml'), undefined, "Red Hat's YAML extension is not installed here");
      const { editor } = await open('schema-enum.agenda.yaml');
      const uri = editor.document.uri;
      const named = diagnosticsWhen(uri, 'the schema diagnostics, a line down', (d) => d.length === 5 && d[0].range.start.line === 6);
      assert.ok(await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '# yaml-language-server: $schema=https://raw.githubusercontent.com/agenda-author/agenda-author/main/schemas/agenda.schema.json\n')));
      assert.deepStrictEqual((await named).map((d) => d.code), Array(5).fill('schema-enum'));
      await setAgendaSetting('validate.schema', true);
      const off = diagnosticsWhen(uri, 'no schema diagnostics', (d) => d.length === 0);
      await setAgendaSetting('validate.schema', false);
      await off;
      const back = diagnosticsWhen(uri, 'the schema diagnostics under auto', (d) => d.length === 5);
      await setAgendaSetting('validate.schema', 'auto');
      await back;
    });

    it('leaves YAML syntax errors to another extension when agenda.validate.yamlSyntax is off', async () => {
      const { editor, diagnostics } = await open('yaml-syntax-tab.agenda.yaml');
      assert.deepStrictEqual(diagnostics.map((d) => d.code), ['yaml-syntax']);
      const off = diagnosticsWhen(editor.document.uri, 'no syntax diagnostics', (d) => d.length === 0);
      await setAgendaSetting('validate.yamlSyntax', 'off');
      await off;
    });

    it('checks files matching agenda.files besides *.agenda.yaml', async () => {
      const uri = workspaceFile('programme.yaml');
      await vscode.workspace.fs.copy(workspaceFile('unknown-ids.agenda.yaml'), uri);
      const editor = await vscode.window.showTextDocument(uri);
      assert.deepStrictEqual(agendaDiagnostics(uri), [], 'programme.yaml is no agenda by default');
      const checked = diagnosticsWhen(uri, 'the diagnostics of programme.yaml', (d) => d.length > 0);
      await setAgendaSetting('files', ['**/programme.yaml']);
      assert.deepStrictEqual(data(await checked), UNKNOWN_IDS);
      assert.strictEqual(editor.document.languageId, 'yaml');
    });
  });
});

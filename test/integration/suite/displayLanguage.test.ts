import * as assert from 'assert';
import * as vscode from 'vscode';
import { setAgendaSetting } from '../agendas';
import { hasWebviewHooks, requestScreenshot, workbenchText } from '../hooks';
import { activateExtension, closeAllEditors, diagnosticData, nextDiagnosticsChange, workspaceFile } from '../workbench';

const RLI = '\u2067';
const PDI = '\u2069';

/** Opens a workspace file and resolves with the diagnostics the extension sets on opening, by position. */
async function open(name: string): Promise<{ editor: vscode.TextEditor; diagnostics: vscode.Diagnostic[] }> {
  const uri = workspaceFile(name);
  const checked = nextDiagnosticsChange(uri, `the diagnostics of ${name} on opening`);
  const editor = await vscode.window.showTextDocument(uri, { preview: false });
  const diagnostics = (await checked).slice().sort((a, b) => a.range.start.compareTo(b.range.start));
  return { editor, diagnostics };
}

/** Shows the hover of the diagnostic at `range` and the Problems panel, and photographs the workbench. */
async function photograph(editor: vscode.TextEditor, range: vscode.Range, name: string, showing: string): Promise<void> {
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
  await vscode.commands.executeCommand('editor.action.showHover');
  await requestScreenshot(name, showing);
}

/** The Markdown of the hovers at a position that mention `about`, as the workbench's hover providers give them. */
async function hoversAt(uri: vscode.Uri, position: vscode.Position, about: string): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).filter((text) => text.includes(about));
}

const setLocale = (locale: string) => setAgendaSetting('locale', locale || undefined);

/**
 * The extension's messages in another of the six UN languages. VS Code takes a display language only from a
 * language pack, which this workbench cannot download (`--locale fr` alone leaves `vscode.env.language` at `en`), so
 * the tests choose the language with `agenda.locale`, which stands in for the display language.
 */
describe('diagnostics in the language of the messages', function () {
  this.timeout(30_000);

  before(async () => {
    await activateExtension();
  });

  afterEach(async () => {
    await closeAllEditors();
    await setLocale('');
  });

  it('French: French diagnostics, related places, quick fixes and hovers (a key\'s documentation too), and English again without the setting', async () => {
    assert.strictEqual(vscode.env.language, 'en');
    await setLocale('fr');
    const { editor, diagnostics } = await open('unknown-ids.agenda.yaml');
    assert.deepStrictEqual(diagnostics.map(diagnosticData).slice(0, 2), [
      { range: [5, 15, 5, 21], code: 'unknown-organization', severity: 'error', message: 'Identifiant inconnu `unodcc` (organisation)\u00a0: aucune entrée de `organizations` ne porte cet identifiant. Vouliez-vous dire `unodc`\u00a0?' },
      { range: [7, 8, 7, 13], code: 'unused-id', severity: 'info', message: "L'organisation `unodc` n'est jamais citée\u00a0: rien n'y renvoie." },
    ]);
    const person = diagnostics.find((d) => d.code === 'unknown-person')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, person.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepStrictEqual(actions.map((a) => a.title), [
      'Remplacer par `jane-doe` (Jane Doe)',
      'Créer `jane-do` (personne) sous `people`',
      'Ignorer `unknown-person` sur cette ligne',
    ]);
    assert.deepStrictEqual(await hoversAt(editor.document.uri, new vscode.Position(21, 16), '`jane-doe`'), [
      '**Personne** `jane-doe`: Jane Doe\n\nkic\n\nSéances\u00a0:\n- First meeting (2020-04-24) — intervenant',
    ]);
    assert.deepStrictEqual(await hoversAt(editor.document.uri, person.range.start, '`jane-do`'), [
      'Personne inconnue `jane-do`\u00a0: aucune entrée de `people` ne porte cet identifiant.',
    ]);
    assert.deepStrictEqual(await hoversAt(editor.document.uri, new vscode.Position(20, 5), '**chair**'), [
      "**chair**\n\nL'identifiant de la personne (de `people`) qui préside la séance, ou une liste d'identifiants en cas de coprésidence\u00a0: `chair: [jane-doe, li-wei]`.",
    ]);
    const overlap = await open('time-overlap.agenda.yaml');
    const clash = overlap.diagnostics.find((d) => d.code === 'time-overlap')!;
    assert.strictEqual(clash.message, 'La séance `side-event` (12:00–14:00) chevauche la séance `first-meeting` (10:00–13:00) dans la même salle (Room B) le 2020-04-24.');
    assert.strictEqual(clash.relatedInformation?.[0].message, 'Séance `first-meeting`');
    const shown = await vscode.window.showTextDocument(editor.document, { preview: false });
    await photograph(shown, person.range, 'diagnostics-fr', 'Identifiant inconnu');
    const english = nextDiagnosticsChange(shown.document.uri, 'the diagnostics in English again');
    await setLocale('');
    assert.strictEqual((await english).find((d) => d.code === 'unknown-person')?.message, 'Unknown person `jane-do`: no entry of `people` has this id. Did you mean `jane-doe`?');
  });

  it('Arabic: Arabic diagnostics and hovers (a key\'s documentation too), isolated right to left for the hover and Problems', async () => {
    await setLocale('ar');
    const { editor, diagnostics } = await open('schema-required.agenda.yaml');
    assert.deepStrictEqual(diagnostics.map((d) => d.message), [
      `${RLI}\`event\`: المفاتيح المطلوبة \`start\` و\`end\` ناقصة.${PDI}`,
      `${RLI}جلسة \`first-meeting\`: المفاتيح المطلوبة \`title\` و\`date\` ناقصة.${PDI}`,
    ]);
    assert.deepStrictEqual(await hoversAt(editor.document.uri, new vscode.Position(4, 10), '`first-meeting`'), [
      `${RLI}**جلسة** \`first-meeting\`${PDI}\n\n10:00`,
    ]);
    assert.deepStrictEqual(await hoversAt(editor.document.uri, new vscode.Position(4, 5), '**id**'), [
      `${RLI}**id** (مطلوب)${PDI}\n\n${RLI}معرِّف الجلسة، يُستخدم في الروابط وإدخالات التقويم والإحالات.${PDI}`,
    ]);
    await photograph(editor, diagnostics[1].range, 'diagnostics-ar', 'المفاتيح المطلوبة');
    if (hasWebviewHooks()) {
      const hover = await workbenchText('.monaco-hover', 'first-meeting');
      assert.ok(hover?.includes(diagnostics[1].message), `the hover shows the isolated message; it shows ${JSON.stringify(hover)}`);
    }
    await photograph(editor, new vscode.Range(4, 4, 4, 6), 'key-hover-ar', 'معرِّف الجلسة');
    if (hasWebviewHooks()) {
      const hover = await workbenchText('.monaco-hover', 'معرِّف الجلسة');
      assert.ok(hover?.includes('معرِّف الجلسة، يُستخدم في الروابط وإدخالات التقويم والإحالات.'), `the hover shows the key's documentation in Arabic; it shows ${JSON.stringify(hover)}`);
    }
  });
});

import * as assert from 'assert';
import * as vscode from 'vscode';
import type { AgendaAuthorApi } from '../../../src/extension/extension';
import { hasWebviewHooks, requestScreenshot, webviewRect } from '../hooks';
import { CLEAN_AGENDA, FLAWED_AGENDA, setAgendaSetting, tabs, writeWorkspaceFile } from '../agendas';
import { activateExtension, diagnosticsWhen, filesWrittenBySuite, poll, until } from '../workbench';

describe('the status bar and the organiser\'s stylesheets', function () {
  this.timeout(180_000);
  let api: AgendaAuthorApi;
  const written = filesWrittenBySuite();
  const write = (name: string, text: string) => writeWorkspaceFile(written, name, text);

  before(async () => {
    api = (await activateExtension()).exports as AgendaAuthorApi;
  });

  afterEach(async () => {
    await setAgendaSetting('styles', undefined);
  });

  it("counts the active agenda's errors and warnings in the status bar; a click shows them, or the preview when there are none", async () => {
    const uri = await write('status.agenda.yaml', FLAWED_AGENDA);
    const editor = await vscode.window.showTextDocument(uri, { preview: false });
    assert.deepStrictEqual((await diagnosticsWhen(uri, 'the two problems', (d) => d.length === 2)).map((d) => d.code).sort(), ['schema-enum', 'time-mismatch']);
    const flawed = await until('the status bar to count them', [vscode.languages.onDidChangeDiagnostics], () => api.status().text === '$(calendar) $(error) 1  $(warning) 1' && api.status());
    assert.deepStrictEqual([flawed.shown, flawed.tooltip, flawed.command?.command], [true, 'Errors: 1, warnings: 1. Click to show them in the Problems panel.', 'workbench.actions.view.problems']);
    await requestScreenshot('status-bar-problems');

    assert.ok(await editor.edit((builder) => builder.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), CLEAN_AGENDA)));
    const clean = await until('the status bar to show a clean agenda', [vscode.languages.onDidChangeDiagnostics], () => api.status().text === '$(calendar) $(check) Agenda' && api.status());
    assert.deepStrictEqual([clean.tooltip, clean.command?.command, String(clean.command?.arguments?.[0])], ['No problems in this agenda. Click to open the preview.', 'agenda.openPreviewToSide', uri.toString()]);
    await requestScreenshot('status-bar-clean');
    await vscode.commands.executeCommand(clean.command!.command, ...(clean.command!.arguments ?? []));
    await until('the preview the click opens', [vscode.window.tabGroups.onDidChangeTabs], () => tabs().some((tab) => tab.label === 'Preview status.agenda.yaml'));

    await vscode.window.showTextDocument(await write('docker-compose.yaml', 'services:\n  web:\n    image: nginx\n'), { preview: false });
    await until('the status bar to hide on a file that is not an agenda', [vscode.window.onDidChangeActiveTextEditor], () => !api.status().shown);
  });

  it("applies agenda.styles to the preview (Refresh loads a changed one again) and puts it into the exported page", async function () {
    if (!hasWebviewHooks()) this.skip();
    const css = await write('organiser.css', '#programme { margin-left: 200px; }\n');
    const agenda = await write('styled.agenda.yaml', CLEAN_AGENDA);
    await setAgendaSetting('styles', ['organiser.css']);
    await vscode.window.showTextDocument(agenda, { preview: false });
    await vscode.commands.executeCommand('agenda.openPreviewToSide');
    const left = async () => (await webviewRect('#programme'))?.left;
    await poll('the stylesheet to move the programme', async () => ((await left()) ?? 0) >= 200);

    await vscode.workspace.fs.writeFile(css, new TextEncoder().encode('#programme { margin-left: 320px; }\n'));
    assert.ok(((await left()) ?? 0) < 320, 'the preview keeps the stylesheet it loaded');
    await vscode.commands.executeCommand('agenda.refreshPreview');
    await poll('Refresh to load the changed stylesheet', async () => ((await left()) ?? 0) >= 320);

    const target = await vscode.commands.executeCommand<vscode.Uri>('agenda.exportHtml', agenda, { replace: true });
    written.push(target);
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.ok(page.includes('<style>#programme { margin-left: 320px; }\n</style>'), 'the export holds the stylesheet');
  });
});

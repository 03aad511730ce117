import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { deleteHostile, HOSTILE, KYOTO, readExample, serveHostile, type HostileFigures } from '../hostile';
import { closeAllEditors, report, workspaceFile } from '../workbench';
import { recordFigures } from './figures';

/** The example agenda, from the repository this suite was compiled in (out/test/integration/bench). */
const EXAMPLE = path.resolve(__dirname, '../../../../examples', KYOTO);

/**
 * How fast the extension goes on serving while a hostile file is open (the suite's hostileFiles.test.ts checks that it
 * does): the diagnostic, another command's round trip after opening and with the preview and the Agenda view open,
 * the extension host's longest stall. `npm run bench` reports them against their targets.
 */
describe('benchmark: hostile files in the workbench', function () {
  this.timeout(600_000);
  const figures: Record<string, HostileFigures> = {};
  let example = '';

  before(async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(KYOTO), fs.readFileSync(EXAMPLE));
    example = await readExample();
    await closeAllEditors();
  });

  afterEach(closeAllEditors);

  after(async () => {
    await deleteHostile();
    recordFigures({ hostile: figures });
  });

  for (const hostile of HOSTILE) {
    it(`times ${hostile.name}`, async () => {
      figures[hostile.name] = await serveHostile(hostile, example);
      const f = figures[hostile.name];
      report(`diagnostic in ${f.diagnosticMs} ms; another command ${f.afterOpeningMs} ms after opening, ${f.withViewsMs} ms with the preview and the Agenda view; longest stall ${f.longestStallMs} ms; processor time ${f.cpuMs} ms`);
    });
  }
});

import { nodeHostOnly } from '../environment';
import { closeAllEditors, activateExtension, report } from '../workbench';
import { deleteHostile, HOSTILE, readExample, serveHostile } from '../hostile';

/**
 * Each hostile file gets its diagnostic, and the extension goes on serving: another command answers, the preview and
 * the Agenda view open, an export is refused. How fast is for `npm run bench` (test/integration/bench), which reports
 * the round trips and stalls against their targets; here they are only printed. The hang guards are wall-clock
 * (a file that hung the extension host would stop the command from answering): ten times what the 50 MB file, the
 * slowest, takes on a quiet machine.
 */
describe('hostile files in the workbench', function () {
  this.timeout(600_000);
  let example = '';

  before(function () {
    nodeHostOnly(this, "it bounds the extension host's stalls and processor time, which only Node.js measures");
  });

  before(async () => {
    await activateExtension();
    example = await readExample();
    await closeAllEditors();
  });

  afterEach(async () => {
    await closeAllEditors();
  });

  after(deleteHostile);

  for (const hostile of HOSTILE) {
    it(`opens ${hostile.name} with a clear diagnostic, and goes on serving: another command answers, also with its preview and the Agenda view open, and an export is refused`, async () => {
      const figures = await serveHostile(hostile, example);
      report(`diagnostic shown in ${figures.diagnosticMs} ms; another command answered in ${figures.afterOpeningMs} ms after opening, ${figures.withViewsMs} ms with the preview and the Agenda view open; the extension host's longest stall ${figures.longestStallMs} ms, its processor time ${figures.cpuMs} ms`);
    });
  }
});

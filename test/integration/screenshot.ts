import * as http from 'http';

/**
 * Asks the launcher to save a screenshot of the workbench as it is now, as `test-results/<name>.png`, and waits until
 * it is written. A no-op under launchers that cannot take one (desktop VS Code). Names are letters, digits and `-`.
 */
export function requestScreenshot(name: string): Promise<void> {
  const hook = process.env.AGENDA_TEST_HOOK_URL;
  if (!hook) return Promise.resolve();
  return new Promise((resolve) => {
    const request = http.get(`${hook}/screenshot?name=${encodeURIComponent(name)}`, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    request.on('error', () => resolve());
    request.setTimeout(20_000, () => {
      request.destroy();
      resolve();
    });
  });
}

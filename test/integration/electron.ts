import { spawnSync } from 'child_process';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { extensionUnderTest, runFolder, type LaunchOptions } from './launch';

/**
 * Runs the suite in desktop VS Code through `@vscode/test-electron`, which downloads VS Code (into `.vscode-test/`)
 * the first time: for machines that can download it and show a window (on Linux CI, under xvfb-run).
 *   AGENDA_TEST_VSCODE_VERSION   the VS Code to download (default: stable)
 */
export async function runInElectron(options: LaunchOptions): Promise<number> {
  if (options.host === 'web') throw new Error('desktop VS Code runs the suite in its Node.js extension host only; the web worker host runs in code-server');
  const vscodeExecutablePath = await downloadAndUnzipVSCode(process.env.AGENDA_TEST_VSCODE_VERSION ?? 'stable');
  const dir = (name: string) => runFolder(options, name);
  const extensionsDir = dir('extensions');
  const userDataDir = dir('user-data');
  if (options.vsix) {
    const [cli, ...args] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath, { reuseMachineInstall: true });
    const profile = [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`];
    const installed = spawnSync(cli, [...args, ...profile, '--install-extension', options.vsix], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (installed.status !== 0) throw new Error(`VS Code could not install ${options.vsix}`);
  }
  try {
    await runTests({
      vscodeExecutablePath,
      // With a .vsix, an empty development folder: VS Code runs a suite only beside one, and it adds no extension.
      extensionDevelopmentPath: options.vsix ? dir('no-development-extension') : options.repo,
      extensionTestsPath: options.testsPath,
      extensionTestsEnv: { ...options.env, ...extensionUnderTest(options, extensionsDir) },
      launchArgs: [options.workspace, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir,
        '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-telemetry'],
    });
    return 0;
  } catch (error) {
    console.error('[integration]', error instanceof Error ? error.message : error);
    return 1;
  }
}

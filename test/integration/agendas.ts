import * as vscode from 'vscode';
import { workspaceFile } from './workbench';

/**
 * The agenda the suites write into the workspace: a one-day expert group meeting (2020-04-24) with one session,
 * `opening`; `event` lines are added under `event`, `session` lines under the session, `after` at the end.
 */
export function meetingAgenda({ event = '', session = '', after = '' }: { event?: string; session?: string; after?: string } = {}): string {
  return `version: 1
event:
  title: Expert group meeting
  start: 2020-04-24
  end: 2020-04-24
${event}sessions:
  - id: opening
    title: Opening
    date: 2020-04-24
${session}${after}`;
}

/** The meeting's session from 10:00 to 11:00. */
export const TIMED_SESSION = '    start: "10:00"\n    end: "11:00"\n';

/** The meeting with one error (a misspelt format) and one warning (a duration that disagrees with start and end). */
export const FLAWED_AGENDA = meetingAgenda({ session: `${TIMED_SESSION}    duration: 30\n    format: panl\n` });

/** The flawed meeting put right: no diagnostic. */
export const CLEAN_AGENDA = meetingAgenda({ session: `${TIMED_SESSION}    format: panel\n` });

/** The tabs of every editor group. */
export const tabs = (): vscode.Tab[] => vscode.window.tabGroups.all.flatMap((group) => group.tabs);

/** Writes a text file into the workspace's root and adds it to `written` (a suite's {@link filesWrittenBySuite}). */
export async function writeWorkspaceFile(written: vscode.Uri[], name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  written.push(uri);
  return uri;
}

/** Sets an `agenda.*` setting in the workspace (undefined removes it). */
export async function setAgendaSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('agenda').update(key, value, vscode.ConfigurationTarget.Workspace);
}

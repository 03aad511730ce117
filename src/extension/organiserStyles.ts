import * as vscode from 'vscode';

/** One stylesheet of `agenda.styles`, resolved for an agenda: a file of the workspace, or an `https:` address. */
export interface OrganiserStylesheet {
  uri: vscode.Uri;
  remote: boolean;
}

const ABSOLUTE_PATH = /^(\/|[a-z]:[\\/])/i;

/**
 * The organiser's stylesheets for an agenda (`agenda.styles`, as `markdown.styles`): paths relative to the agenda's
 * workspace folder (or to its folder outside a workspace), absolute paths, and `https:` addresses; others are left out.
 */
export function organiserStylesheets(resource: vscode.Uri): OrganiserStylesheet[] {
  const values = vscode.workspace.getConfiguration('agenda', resource).get<unknown>('styles', []);
  if (!Array.isArray(values)) return [];
  const base = vscode.workspace.getWorkspaceFolder(resource)?.uri ?? vscode.Uri.joinPath(resource, '..');
  return values.flatMap((value): OrganiserStylesheet[] => {
    if (typeof value !== 'string' || !value.trim()) return [];
    const text = value.trim();
    if (/^https:\/\//i.test(text)) return [{ uri: vscode.Uri.parse(text), remote: true }];
    if (ABSOLUTE_PATH.test(text)) return [{ uri: vscode.Uri.file(text), remote: false }];
    if (/^[a-z][\w+.-]*:/i.test(text)) return [];
    return [{ uri: vscode.Uri.joinPath(base, text), remote: false }];
  });
}

/**
 * The organiser's stylesheets as the HTML export takes them: files inlined (so that the page stays one file), addresses
 * linked. A file that cannot be read is left out and named in `unread`.
 */
export async function exportStylesheets(resource: vscode.Uri): Promise<{ stylesheets: ({ css: string } | { url: string })[]; unread: vscode.Uri[] }> {
  const stylesheets: ({ css: string } | { url: string })[] = [];
  const unread: vscode.Uri[] = [];
  for (const sheet of organiserStylesheets(resource)) {
    if (sheet.remote) {
      stylesheets.push({ url: sheet.uri.toString(true) });
      continue;
    }
    try {
      stylesheets.push({ css: new TextDecoder().decode(await vscode.workspace.fs.readFile(sheet.uri)) });
    } catch {
      unread.push(sheet.uri);
    }
  }
  return { stylesheets, unread };
}

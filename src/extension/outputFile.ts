import * as vscode from 'vscode';

/**
 * Where an export of a document goes: beside it, named like it with a new ending (`kyoto.agenda.yaml` gives
 * `kyoto.ics`). An untitled document has no folder, so the user picks the place.
 */
export async function outputBeside(document: vscode.TextDocument, ending: string, filters: Record<string, string[]>): Promise<vscode.Uri | undefined> {
  const base = document.uri.path.split('/').pop()!.replace(/(\.agenda)?\.ya?ml$/i, '');
  if (document.uri.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const defaultUri = folder ? vscode.Uri.joinPath(folder, `${base}${ending}`) : undefined;
    return vscode.window.showSaveDialog({ ...(defaultUri ? { defaultUri } : {}), filters });
  }
  return vscode.Uri.joinPath(document.uri, '..', `${base}${ending}`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Asks before replacing a file that exists; true when the file may be written. */
export async function mayReplace(uri: vscode.Uri): Promise<boolean> {
  if (!(await exists(uri))) return true;
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} already exists. Do you want to replace it?', vscode.workspace.asRelativePath(uri)),
    { modal: true },
    replace,
  );
  return answer === replace;
}

/**
 * Writes a file in one step as readers see it: the bytes go to a temporary file beside it, which then takes the
 * target's place. A file already there is first moved aside and put back if the new one cannot take its place
 * (VS Code's file service deletes the target of a rename before renaming, so renaming over it could lose it), and
 * deleted once it has. A write that fails at any step removes the temporary file and leaves the old one whole.
 */
export async function writeAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = uri.path.split('/').pop() ?? 'export';
  const stamp = Date.now().toString(36);
  const temp = vscode.Uri.joinPath(uri, '..', `.${name}.${stamp}.tmp`);
  const aside = vscode.Uri.joinPath(uri, '..', `.${name}.${stamp}.old.tmp`);
  const remove = (file: vscode.Uri) => vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  let movedAside = false;
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    if (await exists(uri)) {
      await vscode.workspace.fs.rename(uri, aside, { overwrite: false });
      movedAside = true;
    }
    await vscode.workspace.fs.rename(temp, uri, { overwrite: false });
  } catch (error) {
    if (movedAside) await vscode.workspace.fs.rename(aside, uri, { overwrite: false }).then(undefined, () => undefined);
    await remove(temp);
    throw error;
  }
  if (movedAside) await remove(aside);
}

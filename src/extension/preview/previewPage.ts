import * as vscode from 'vscode';
import type { PreviewSettings } from '../../shared/messages';
import { core } from '../core';
import type { OrganiserStylesheet } from '../organiserStyles';
import { previewDocument } from './previewDocument';

/**
 * The webview options of a preview: scripts on, local files only from the extension's `media` folder and, for the
 * organiser's stylesheets and the images they use, the agenda's workspace folder and the stylesheets' folders.
 */
export function previewOptions(extensionUri: vscode.Uri, resource?: vscode.Uri, stylesheets: readonly OrganiserStylesheet[] = []): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  const local = stylesheets.filter((sheet) => !sheet.remote);
  const folder = resource && local.length ? vscode.workspace.getWorkspaceFolder(resource)?.uri : undefined;
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), ...(folder ? [folder] : []), ...local.map((sheet) => vscode.Uri.joinPath(sheet.uri, '..'))],
  };
}

/**
 * The page of a preview (see `previewDocument`), with the webview's own sources and files. Later renders arrive as
 * messages, so this is set once per panel.
 */
export function previewPage(webview: vscode.Webview, extensionUri: vscode.Uri, programme: string, settings: PreviewSettings, stylesheets: readonly OrganiserStylesheet[] = []): string {
  return previewDocument(core(), {
    cspSource: webview.cspSource,
    media: (file) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString(),
    language: vscode.env.language,
    programme,
    settings,
    stylesheets: stylesheets.map((sheet) => ({ href: sheet.remote ? sheet.uri.toString(true) : webview.asWebviewUri(sheet.uri).toString(), remote: sheet.remote })),
  });
}

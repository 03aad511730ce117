import * as vscode from 'vscode';
import type { PreviewSettings } from '../../shared/messages';
import { core } from '../core';
import { previewDocument } from './previewDocument';

/** The webview options of a preview: scripts on, local files only from the extension's `media` folder. */
export function previewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * The page of a preview (see `previewDocument`), with the webview's own sources and files. Later renders arrive as
 * messages, so this is set once per panel.
 */
export function previewPage(webview: vscode.Webview, extensionUri: vscode.Uri, programme: string, settings: PreviewSettings): string {
  return previewDocument(core(), {
    cspSource: webview.cspSource,
    media: (file) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString(),
    language: vscode.env.language,
    programme,
    settings,
  });
}

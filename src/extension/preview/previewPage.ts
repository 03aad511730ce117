import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { PreviewSettings } from '../../shared/messages';
import { core } from '../core';

/** The webview options of a preview: scripts on, local files only from the extension's `media` folder. */
export function previewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * The page of a preview: the programme's styles and the preview's script under a Content-Security-Policy that
 * allows nothing else (`default-src 'none'`, a fresh nonce each time the page is made, files only from the
 * extension's media through `webview.cspSource`). Later renders arrive as messages, so this is set once per panel.
 */
export function previewPage(webview: vscode.Webview, extensionUri: vscode.Uri, programme: string, settings: PreviewSettings): string {
  const { escapeHtml, PROGRAMME_CSS } = core();
  const nonce = randomBytes(18).toString('base64');
  const media = (file: string) => escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString());
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${PROGRAMME_CSS}</style>
<link rel="stylesheet" nonce="${nonce}" href="${media('preview.css')}">
</head>
<body class="agenda-preview" data-settings="${escapeHtml(JSON.stringify(settings))}">
<div id="toolbar" hidden></div>
<div id="banner" role="status" aria-live="polite" hidden></div>
<main id="programme">${programme}</main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}

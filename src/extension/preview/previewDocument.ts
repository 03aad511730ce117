import type * as Core from '../../core';
import type { PreviewSettings } from '../../shared/messages';

/** What a preview page is made of, apart from the core's escaping and styles. */
export interface PreviewDocumentParts {
  /** The sources the webview may load its own files from (VS Code's `webview.cspSource`). */
  cspSource: string;
  /** The address of a file of the extension's `media` folder, as the webview loads it. */
  media: (file: string) => string;
  /** The user's display language, for `<html lang>`. */
  language: string;
  /** The rendered programme (`renderProgramme`), or nothing yet. */
  programme: string;
  /**
   * The organiser's stylesheets (`agenda.styles`), loaded after the page's own styles: their addresses in the webview,
   * `remote` for an `https:` address of another site (whose origin the policy then allows).
   */
  stylesheets?: readonly { href: string; remote: boolean }[];
  settings: PreviewSettings;
}

/** 18 random bytes from Web Crypto (in both extension hosts), in base64: a CSP nonce. */
function freshNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a preview page: nothing but the webview's own files (the extension's, and the
 * workspace's stylesheets), what carries `nonce`, and the origins of the organiser's `https:` stylesheets with their
 * images and fonts.
 */
function previewCsp(cspSource: string, nonce: string, stylesheets: NonNullable<PreviewDocumentParts['stylesheets']>): string {
  const remote = stylesheets.filter((sheet) => sheet.remote && /^https:\/\//i.test(sheet.href));
  const origins = [...new Set(remote.map((sheet) => ` ${new URL(sheet.href).origin}`))].join('');
  return [
    "default-src 'none'",
    `style-src ${cspSource}${origins} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}${origins}`,
    `font-src ${cspSource}${origins}`,
  ].join('; ');
}

/**
 * The HTML of a preview page: the programme's and the timetable's styles and the preview's script under a Content-Security-Policy that
 * allows nothing else (`default-src 'none'`, a fresh nonce each time the page is made, files only from `cspSource`).
 * Free of `vscode`, so that tests load the very page a user gets into a browser.
 */
export function previewDocument(core: Pick<typeof Core, 'escapeHtml' | 'PROGRAMME_CSS' | 'TIMETABLE_CSS'>, parts: PreviewDocumentParts): string {
  const { escapeHtml, PROGRAMME_CSS, TIMETABLE_CSS } = core;
  const nonce = freshNonce();
  const media = (file: string) => escapeHtml(parts.media(file));
  return `<!DOCTYPE html>
<html lang="${escapeHtml(parts.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(previewCsp(parts.cspSource, nonce, parts.stylesheets ?? []))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${PROGRAMME_CSS}${TIMETABLE_CSS}</style>
<link rel="stylesheet" nonce="${nonce}" href="${media('preview.css')}">
${(parts.stylesheets ?? []).map((sheet) => `<link rel="stylesheet" class="organiser-style" href="${escapeHtml(sheet.href)}">\n`).join('')}</head>
<body class="agenda-preview" data-settings="${escapeHtml(JSON.stringify(parts.settings))}">
<div id="toolbar" hidden></div>
<div id="banner" role="status" aria-live="polite" hidden></div>
<main id="programme">${parts.programme}</main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}

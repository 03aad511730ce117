import * as assert from 'assert';
import * as fs from 'fs';
import * as core from '../../src/core';
import { parseAgenda } from '../../src/core';
import { renderStandalone } from '../../src/core/outputs/render';
import { previewDocument } from '../../src/extension/preview/previewDocument';
import { EXAMPLE } from './findings';

const parsed = parseAgenda(fs.readFileSync(EXAMPLE, 'utf8'));
const csp = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1]?.replace(/&#39;/g, "'");

describe("an organiser's stylesheets in the exported page", () => {
  it('changes nothing without them', () => {
    assert.strictEqual(renderStandalone(parsed, { stylesheets: [] }), renderStandalone(parsed));
    assert.strictEqual(csp(renderStandalone(parsed)), "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'");
  });

  it('inlines CSS after the page\'s own styles, where it cannot close the style element', () => {
    const page = renderStandalone(parsed, { stylesheets: [{ css: 'h1 { color: #0b3d91 }\n/* </style><script>alert(1)</script> */' }] });
    const own = page.indexOf('@page');
    const organiser = page.indexOf('<style>h1 { color: #0b3d91 }');
    assert.ok(own > 0 && organiser > own, 'after the own styles');
    assert.ok(!page.includes('</style><script>'), 'the CSS cannot end its element');
    assert.strictEqual(csp(page), "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; font-src data: https:; base-uri 'none'; form-action 'none'");
  });

  it('links https stylesheets, allowing their origin, and leaves out any other address', () => {
    const page = renderStandalone(parsed, { stylesheets: [{ url: 'https://unodc.example/brand/agenda.css' }, { url: 'http://insecure.example/a.css' }, { url: 'javascript:alert(1)' }] });
    assert.deepStrictEqual([...page.matchAll(/<link rel="stylesheet" href="([^"]*)">/g)].map((m) => m[1]), ['https://unodc.example/brand/agenda.css']);
    assert.strictEqual(csp(page), "default-src 'none'; style-src 'unsafe-inline' https://unodc.example; img-src data: https:; font-src data: https:; base-uri 'none'; form-action 'none'");
  });
});

describe("an organiser's stylesheets in the preview page", () => {
  const WEBVIEW = 'https://file+.vscode-resource.vscode-cdn.net';
  const page = (stylesheets?: { href: string; remote: boolean }[]) => previewDocument(core, {
    cspSource: WEBVIEW, media: (file) => `${WEBVIEW}/media/${file}`, language: 'en', programme: '', settings: { strings: { stale: '', problems: '', line: '', more: '', language: '', view: '', programme: '', timetable: '', scope: '', thisFile: '', wholeProgramme: '' }, state: { resource: 'file:///a.agenda.yaml', locked: false } },
    ...(stylesheets ? { stylesheets } : {}),
  });

  it('links them after the preview\'s own styles, the policy allowing the origins of https ones for styles, images and fonts', () => {
    const text = page([{ href: `${WEBVIEW}/work/styles/agenda.css`, remote: false }, { href: 'https://unodc.example/brand/agenda.css', remote: true }]);
    const links = [...text.matchAll(/<link rel="stylesheet"[^>]*href="([^"]*)">/g)].map((m) => m[1]);
    assert.deepStrictEqual(links, [`${WEBVIEW}/media/preview.css`, `${WEBVIEW}/work/styles/agenda.css`, 'https://unodc.example/brand/agenda.css']);
    const policy = csp(text)!.replace(/'nonce-[^']+'/g, "'nonce'");
    assert.strictEqual(policy, `default-src 'none'; style-src ${WEBVIEW} https://unodc.example 'nonce'; script-src 'nonce'; img-src ${WEBVIEW} https://unodc.example; font-src ${WEBVIEW} https://unodc.example`);
  });

  it('keeps the policy to the webview\'s own files without them', () => {
    assert.strictEqual(csp(page())!.replace(/'nonce-[^']+'/g, "'nonce'"), `default-src 'none'; style-src ${WEBVIEW} 'nonce'; script-src 'nonce'; img-src ${WEBVIEW}; font-src ${WEBVIEW}`);
  });
});

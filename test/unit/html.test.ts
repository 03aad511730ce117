import * as assert from 'assert';
import { closeBidi, escapeHtml, html, join, raw, safeUrl } from '../../src/core/outputs/html';
import { renderMarkdown } from '../../src/core/outputs/markdown';

describe('html helpers', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    assert.strictEqual(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    assert.strictEqual(escapeHtml('plain text, é, 日本'), 'plain text, é, 日本');
  });

  it('escapes every interpolated value of an html template, but keeps safe html, lists and leaves out nothing values', () => {
    const inner = html`<b>${'<i>'}</b>`;
    assert.strictEqual(
      html`<p title="${'"quoted"'}">${'a & b'}${inner}${['<x>', raw('<y>')]}${undefined}${null}${false}${0}</p>`.value,
      '<p title="&quot;quoted&quot;">a &amp; b<b>&lt;i&gt;</b>&lt;x&gt;<y>0</p>',
    );
  });

  it('closes the bidirectional embeddings, overrides and isolates a value leaves open, innermost first', () => {
    const [LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    assert.strictEqual(closeBidi('plain, עברית, العربية'), 'plain, עברית, العربية');
    assert.strictEqual(closeBidi(`a${RLO}b`), `a${RLO}b${PDF}`);
    assert.strictEqual(closeBidi(`a${RLO}b${PDF}c`), `a${RLO}b${PDF}c`);
    assert.strictEqual(closeBidi(`${LRE}${RLI}${LRO}x`), `${LRE}${RLI}${LRO}x${PDF}${PDI}${PDF}`);
    assert.strictEqual(closeBidi(`${FSI}${RLE}x${PDI}${LRI}`), `${FSI}${RLE}x${PDI}${LRI}${PDI}`, 'a PDI closes the embeddings inside its isolate');
    assert.strictEqual(closeBidi(`${RLE}${LRI}x${PDF}`), `${RLE}${LRI}x${PDF}${PDI}${PDF}`, 'a PDF does not close across an isolate');
    assert.strictEqual(closeBidi(`${PDF}${PDI}x`), `${PDF}${PDI}x`, 'closers with nothing open are left alone');
    assert.strictEqual(html`<b>${`${RLO}x`}</b>${'y'}`.value, `<b>${RLO}x${PDF}</b>y`);
  });

  it('joins escaped values with a separator and drops empty ones', () => {
    assert.strictEqual(join(['<a>', '', undefined, raw('<b>')], ' · ').value, '&lt;a&gt; · <b>');
  });

  it('allows http, https and mailto links only', () => {
    assert.strictEqual(safeUrl('https://example.org/a?b=c'), 'https://example.org/a?b=c');
    assert.strictEqual(safeUrl('HTTP://example.org'), 'HTTP://example.org');
    assert.strictEqual(safeUrl('mailto:jane@example.org'), 'mailto:jane@example.org');
    assert.strictEqual(safeUrl('  https://example.org  '), 'https://example.org');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '/relative', '#anchor', '//example.org', 'https://exa mple.org']) {
      assert.strictEqual(safeUrl(bad), undefined, bad);
    }
  });
});

describe('renderMarkdown', () => {
  it('renders emphasis, lists and paragraphs', () => {
    assert.strictEqual(renderMarkdown('A **bold** and *quiet* word.\n\n- one\n- two').value, '<p>A <strong>bold</strong> and <em>quiet</em> word.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n');
  });

  it('links http, https and mailto links, and bare web and e-mail addresses, with rel noopener noreferrer', () => {
    assert.strictEqual(
      renderMarkdown('[UNODC](https://www.unodc.org/) or https://example.org/a or jane@example.org').value,
      '<p><a href="https://www.unodc.org/" rel="noopener noreferrer">UNODC</a> or <a href="https://example.org/a" rel="noopener noreferrer">https://example.org/a</a> or <a href="mailto:jane@example.org" rel="noopener noreferrer">jane@example.org</a></p>\n',
    );
  });

  it('renders a text again as the first time, from its memo and after thousands of others have pushed it out', () => {
    const text = 'A **bold** word, [a link](https://example.org/) and jane@example.org.';
    const first = renderMarkdown(text).value;
    assert.strictEqual(first, '<p>A <strong>bold</strong> word, <a href="https://example.org/" rel="noopener noreferrer">a link</a> and <a href="mailto:jane@example.org" rel="noopener noreferrer">jane@example.org</a>.</p>\n');
    assert.strictEqual(renderMarkdown(text).value, first);
    for (let i = 0; i < 2500; i++) assert.strictEqual(renderMarkdown(`Note *${i}*`).value, `<p>Note <em>${i}</em></p>\n`);
    assert.strictEqual(renderMarkdown(text).value, first);
    assert.strictEqual(renderMarkdown('Note *7*').value, '<p>Note <em>7</em></p>\n');
  });

  it('shows raw HTML as text', () => {
    assert.strictEqual(renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>').value, '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n');
  });

  it('leaves javascript:, data: and relative links as inert text', () => {
    assert.strictEqual(renderMarkdown('[x](javascript:alert(1))').value, '<p>[x](javascript:alert(1))</p>\n');
    assert.strictEqual(renderMarkdown('[x](data:text/html,hi)').value, '<p>[x](data:text/html,hi)</p>\n');
    assert.strictEqual(renderMarkdown('[x](other.html)').value, '<p>[x](other.html)</p>\n');
  });

  it('does not load images: the image syntax stays text with its link', () => {
    assert.strictEqual(renderMarkdown('![pixel](https://example.org/p.png)').value, '<p>!<a href="https://example.org/p.png" rel="noopener noreferrer">pixel</a></p>\n');
  });
});

import * as assert from 'assert/strict';
import { markdownToPlainText } from '../../src/core/outputs/plainText';
import { outputLabels } from '../../src/core/words/outputLabels';

describe('Markdown as plain text', () => {
  it('joins the lines of a paragraph and drops emphasis', () => {
    assert.equal(markdownToPlainText('Technology is a **double-edged\nsword**, *both* ways.\n'), 'Technology is a double-edged sword, both ways.');
  });

  it('keeps paragraphs apart and follows links with their address', () => {
    assert.equal(markdownToPlainText('See [the report](https://undocs.org/A/CONF.234/11).\n\nWrite to <a@b.org> or <https://x.org>.'),
      'See the report (https://undocs.org/A/CONF.234/11).\n\nWrite to a@b.org or https://x.org.');
  });

  it('marks list items, nested and numbered from their start', () => {
    assert.equal(markdownToPlainText('Panels:\n\n- one\n- two\n  - two a\n\n3. three\n4. four\n\nEnd.'),
      'Panels:\n\n• one\n• two\n  • two a\n\n3. three\n4. four\n\nEnd.');
  });

  it('keeps raw HTML as text, since the agenda is not trusted', () => {
    assert.equal(markdownToPlainText('<script>alert(1)</script> and <b>bold</b>'), '<script>alert(1)</script> and <b>bold</b>');
  });
});

describe('programme labels', () => {
  it('speaks the six official languages of the UN, German, Italian, Portuguese, Japanese and Korean, and falls back to English', () => {
    assert.deepEqual(['en', 'fr', 'es', 'ar', 'ru', 'zh', 'fr-CA', 'de', 'it', 'pt', 'ja', 'ko', 'sv'].map((l) => outputLabels(l).chair),
      ['Chair', 'Présidence', 'Presidencia', 'الرئاسة', 'Председатель', '主席', 'Présidence', 'Vorsitz', 'Presidenza', 'Presidência', '議長', '의장', 'Chair']);
  });
});

import MarkdownIt from 'markdown-it';
import { raw, safeUrl, type SafeHtml } from './html';

let renderer: MarkdownIt.MarkdownIt | undefined;

function markdownIt(): MarkdownIt.MarkdownIt {
  if (renderer) return renderer;
  const md = new MarkdownIt({ html: false, linkify: true, typographer: true });
  md.validateLink = (url) => safeUrl(url) !== undefined;
  md.disable('image');
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('rel', 'noopener noreferrer');
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  renderer = md;
  return md;
}

/**
 * Renders an agenda description from Markdown: raw HTML is shown as text, images are left as text (a programme
 * makes no requests), and only `http`, `https` and `mailto` links become links; any other link stays inert text.
 * Bare web and e-mail addresses are linked.
 */
export function renderMarkdown(text: string): SafeHtml {
  return raw(markdownIt().render(text));
}

import MarkdownIt from 'markdown-it';
import { raw, safeUrl, type SafeHtml } from './html';

let renderer: MarkdownIt.MarkdownIt | undefined;

/**
 * The markup of the texts rendered last, by their text: a page re-rendered on every edit renders the same
 * descriptions and bios again (markdown-it's output depends on the text alone). The oldest goes past `MEMO_SIZE`.
 */
const rendered = new Map<string, string>();
const MEMO_SIZE = 2000;

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
  let markup = rendered.get(text);
  if (markup === undefined) {
    markup = markdownIt().render(text);
    if (rendered.size >= MEMO_SIZE) rendered.delete(rendered.keys().next().value as string);
    rendered.set(text, markup);
  }
  return raw(markup);
}

import MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

const markdown = new MarkdownIt({ html: false, linkify: false });

function inlineText(tokens: Token[]): string {
  let text = '';
  const links: { href: string; from: number }[] = [];
  for (const token of tokens) {
    if (token.type === 'text' || token.type === 'code_inline') text += token.content;
    else if (token.type === 'softbreak') text += ' ';
    else if (token.type === 'hardbreak') text += '\n';
    else if (token.type === 'image') text += token.content;
    else if (token.type === 'link_open') links.push({ href: String(token.attrGet('href') ?? ''), from: text.length });
    else if (token.type === 'link_close') {
      const link = links.pop();
      if (link && link.href && text.slice(link.from) !== link.href && `mailto:${text.slice(link.from)}` !== link.href) text += ` (${link.href})`;
    }
  }
  return text;
}

/**
 * Markdown as plain text for places that show no formatting (calendar descriptions): paragraphs joined into
 * lines, emphasis dropped, links followed by their address, list items marked with a bullet or their number.
 */
export function markdownToPlainText(source: string): string {
  const blocks: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let prefix = '';
  for (const token of markdown.parse(source, {})) {
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
    } else if (token.type === 'bullet_list_close' || token.type === 'ordered_list_close') {
      lists.pop();
      if (!lists.length) blocks.push('');
    }
    else if (token.type === 'list_item_open') {
      const list = lists[lists.length - 1];
      prefix = `${'  '.repeat(lists.length - 1)}${list?.ordered ? `${list.next++}.` : '•'} `;
    } else if (token.type === 'inline') {
      blocks.push(prefix + inlineText(token.children ?? []));
      prefix = '';
    } else if (token.type === 'fence' || token.type === 'code_block') blocks.push(token.content.replace(/\n$/, ''), '');
    else if (token.type === 'paragraph_close' && !token.hidden) blocks.push('');
    else if (token.type === 'heading_close') blocks.push('');
  }
  return blocks.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

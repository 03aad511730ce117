import type { Node } from 'yaml';
import type { Range } from '../base/model';
import { scalarText } from '../parse/nodes';
import type { ParsedAgenda } from '../parse/parse';
import { findScalar } from './walk';

/** A clickable part of the agenda: a web address, an e-mail address or a UN document symbol. */
export interface DocumentLink {
  range: Range;
  target: string;
  kind: 'web' | 'email' | 'document';
  tooltip: string;
}

/** A UN document symbol such as `A/CONF.234/11` or `E/CN.15/2020/1`, which undocs.org resolves. */
const UN_SYMBOL = /^[A-Z]{1,8}(\/[A-Za-z0-9.()-]+)+$/;

const TOOLTIPS: Record<DocumentLink['kind'], string> = {
  web: 'Open the web page',
  email: 'Write an e-mail',
  document: 'Open the document on undocs.org',
};

/** The links of an agenda: every `url` (http or https), every `email`, and every document `symbol` (to undocs.org). */
export function documentLinks(parsed: ParsedAgenda): DocumentLink[] {
  const links: DocumentLink[] = [];
  findScalar(parsed.doc.contents as Node | null, ({ node, path, isKey }) => {
    const text = scalarText(node);
    const field = path[path.length - 1];
    if (isKey || text === undefined || !node.range) return false;
    let link: Pick<DocumentLink, 'target' | 'kind'> | undefined;
    if (field === 'url' && /^https?:\/\/\S+$/.test(text)) link = { target: text, kind: 'web' };
    else if (field === 'email' && /^[^\s@]+@[^\s@]+$/.test(text)) link = { target: `mailto:${text}`, kind: 'email' };
    else if (field === 'symbol' && path[path.length - 3] === 'documents' && UN_SYMBOL.test(text)) link = { target: `https://undocs.org/${encodeURI(text)}`, kind: 'document' };
    if (link) {
      const [start, end] = node.range;
      const quoted = /^["']/.test(parsed.text[start]) ? 1 : 0;
      links.push({ range: parsed.lines.range(start + quoted, end - quoted), ...link, tooltip: TOOLTIPS[link.kind] });
    }
    return false;
  });
  return links;
}

import { Lexer, Parser, type CST } from 'yaml';

/**
 * How deep lists and mappings may nest before a text is refused. An agenda nests about ten levels. The YAML library
 * parses and composes nested collections by recursion, and runs out of stack after some hundreds of levels (a line
 * of `[` or of ` : : :`); a stack overflow in the middle of compiling a regular expression can leave the JavaScript
 * engine unable to compile one afterwards, and the whole process (the extension host) then dies. So the limit is
 * far below the depth that overflows, and it is enforced while parsing, before any recursion gets deep.
 */
export const MAX_NESTING = 100;

/** Where a text first nests deeper than allowed: the offset of the token that crosses the limit, and the depth. */
export interface TooDeep {
  offset: number;
  depth: number;
}

/**
 * The YAML tokens of a text, as `new Parser().parse(text)` gives them, unless lists and mappings nest more than
 * `limit` levels deep: then no tokens, and where the nesting crossed the limit. The parser's stack (the document,
 * the open collections and the scalar being read) is watched after every lexical token, so that no recursion over
 * it ever gets deeper than the limit.
 */
export function parseTokens(text: string, limit = MAX_NESTING): { tokens: CST.Token[]; tooDeep?: TooDeep } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    const depth = parser.stack.length - 1;
    if (depth > limit) return { tokens: [], tooDeep: { offset: parser.stack[parser.stack.length - 1].offset, depth } };
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

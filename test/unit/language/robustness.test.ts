import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  checkParsed, completionsAt, definitionAt, documentLinks, documentSymbols, foldingRanges, hoverAt, LineIndex, parseAgenda,
  prepareRenameAt, quickFixes, referencesAt, renameAt,
} from '../../../src/core';

const example = fs.readFileSync(path.join(__dirname, '../../../../examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');

/** Every authoring feature at one position; any exception fails the test. */
function everything(text: string, offset: number): void {
  const parsed = parseAgenda(text);
  const position = new LineIndex(text).positionAt(offset);
  completionsAt(text, position);
  hoverAt(parsed, position);
  definitionAt(parsed, position);
  referencesAt(parsed, position);
  prepareRenameAt(parsed, position);
  renameAt(parsed, position, 'new-id');
  documentSymbols(parsed);
  foldingRanges(parsed);
  documentLinks(parsed);
  quickFixes(parsed, checkParsed(parsed));
}

describe('authoring help on broken input', () => {
  it('never throws on the example cut off anywhere', () => {
    for (let end = 0; end <= example.length; end += 89) everything(example.slice(0, end), end);
  });

  it('never throws with a character of YAML syntax dropped into the example', () => {
    const noise = [':', '- ', '[', '{', '"', "'", '|', '&a ', '*a', '? ', '\t', '#', '!!int '];
    for (let at = 0, n = 0; at < example.length; at += 131, n++) {
      const text = example.slice(0, at) + noise[n % noise.length] + example.slice(at);
      everything(text, at + 1);
    }
  });

  it('gives complete symbols for the example: every name set, every selection inside its range', () => {
    const check = (symbols: ReturnType<typeof documentSymbols>): void => {
      for (const s of symbols) {
        assert.ok(s.name.length > 0);
        const inside = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
        assert.ok(inside(s.range.start, s.selectionRange.start) && inside(s.selectionRange.end, s.range.end), s.name);
        check(s.children);
      }
    };
    check(documentSymbols(parseAgenda(example)));
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { documentLinks, documentSymbols, foldingRanges, parseAgenda, type AgendaSymbol } from '../../../src/core';
import { AGENDA, withLine } from './agendaText';

const range = (line: number, from: number, endLine: number, to: number) => ({ start: { line, character: from }, end: { line: endLine, character: to } });
const outline = (symbols: AgendaSymbol[], depth = 0): string[] =>
  symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.kind} ${s.name} | ${s.detail}`, ...outline(s.children, depth + 1)]);

describe('document symbols', () => {
  it('outlines the event, the lists and each session with its timed items', () => {
    assert.deepStrictEqual(outline(documentSymbols(parseAgenda(AGENDA))), [
      'event Regional workshop | 2024-03-04 – 2024-03-06',
      'section organizations | 2',
      '  organization United Nations Office on Drugs and Crime (UNODC) | unodc',
      '  organization Korean Institute of Criminology | kic',
      'section people | 2',
      '  person Dr. Jane Doe | jane-doe',
      '  person John Roe | john-roe',
      'section topics | 2',
      '  topic Cryptocurrencies | cryptocurrencies',
      '  topic Cybercrime | cybercrime',
      'section sessions | 2',
      '  session Opening | 2024-03-04, 09:00–10:30, Room A',
      '    item 09:00 Welcome | ',
      '  session Panel | 2024-03-04, 11:00–12:00, Room A',
    ]);
  });

  it('gives each session its whole extent and selects its title', () => {
    const sessions = documentSymbols(parseAgenda(AGENDA))[4];
    assert.deepStrictEqual([sessions.range, sessions.selectionRange], [range(25, 0, 48, 24), range(25, 0, 25, 8)]);
    const [opening, panel] = sessions.children;
    assert.deepStrictEqual([opening.range, opening.selectionRange], [range(26, 4, 40, 28), range(27, 11, 27, 18)]);
    assert.deepStrictEqual([panel.range, panel.selectionRange], [range(41, 4, 48, 24), range(42, 11, 42, 16)]);
    assert.deepStrictEqual(opening.children[0].range, range(37, 8, 40, 28));
  });

  it('outlines the example with its documents, and names what has no title', () => {
    const example = fs.readFileSync(path.join(__dirname, '../../../../examples/kyoto-2020-workshop-4.agenda.yaml'), 'utf8');
    const lines = outline(documentSymbols(parseAgenda(example)));
    assert.strictEqual(lines[0], 'event Workshop 4 | 2020-04-24 – 2020-04-25');
    assert.ok(lines.includes('    document A/CONF.234/11 | Working paper prepared by the Secretariat'));
    assert.ok(lines.includes('    item 12:30 Conclusions and recommendations; closing of the workshop | closing'));
    assert.deepStrictEqual(outline(documentSymbols(parseAgenda('sessions:\n  - date: 2024-01-01\n'))), ['section sessions | 1', '  session Session 1 | 2024-01-01']);
  });

  it('returns nothing for a file that is not a mapping', () => {
    assert.deepStrictEqual(documentSymbols(parseAgenda('- just\n- a list\n')), []);
  });
});

describe('folding ranges', () => {
  it('folds each section, each entry, each session and its items, and runs of comments', () => {
    const text = `# An agenda\n# with a header\n${withLine(27, '    title: Opening\n    description: |\n      Two lines\n      of text')}`;
    const ranges = foldingRanges(parseAgenda(text));
    assert.deepStrictEqual(ranges.slice(0, 2), [{ start: 0, end: 1, kind: 'comment' }, { start: 3, end: 7 }]);
    assert.ok(ranges.some((r) => r.start === 27 && r.end === 53), 'the sessions list');
    assert.ok(ranges.some((r) => r.start === 28 && r.end === 45), 'the first session');
    assert.ok(ranges.some((r) => r.start === 30 && r.end === 32), 'the description');
    assert.ok(ranges.some((r) => r.start === 46 && r.end === 53), 'the second session');
    assert.ok(ranges.every((r) => r.end > r.start));
  });
});

describe('document links', () => {
  it('links web addresses, e-mail addresses and UN document symbols, without their quotes', () => {
    const text = withLine(19, '    name: John Roe\n    email: john@example.org');
    assert.deepStrictEqual(documentLinks(parseAgenda(text)).map((l) => [l.target, l.range.start.line, l.range.start.character, l.range.end.character]), [
      ['https://www.unodc.org/', 10, 9, 31],
      ['mailto:john@example.org', 20, 11, 27],
    ]);
    const session = withLine(48, '    topics: [cybercrime]\n    url: https://example.org/live\n    documents:\n      - symbol: "E/CN.15/2020/1"\n        title: Report\n      - symbol: Not a symbol\n        title: Other');
    assert.deepStrictEqual(documentLinks(parseAgenda(session)).slice(1).map((l) => [l.target, l.tooltip, l.range.start.line, l.range.start.character, l.range.end.character]), [
      ['https://example.org/live', 'Open the web page', 49, 9, 33],
      ['https://undocs.org/E/CN.15/2020/1', 'Open the document on undocs.org', 51, 17, 31],
    ]);
  });
});

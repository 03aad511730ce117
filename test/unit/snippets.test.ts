import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { check } from '../../src/core';
import { SNIPPET_HOSTS as HOSTS, TODAY, VARIABLES } from './snippetHosts';

interface Snippet {
  prefix: string[];
  body: string[];
}

const snippets = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../snippets/agenda.code-snippets'), 'utf8')) as Record<string, Snippet>;

/** Expands a snippet body the way VS Code does when the user accepts every default. */
function expand(body: string): string {
  let text = body;
  let previous: string;
  do {
    previous = text;
    text = text
      .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
      .replace(/\$\{\d+:([^${}]*)\}/g, '$1')
      .replace(/\$([A-Z_]+)/g, (_, name: string) => VARIABLES[name] ?? '')
      .replace(/\$\d+/g, '');
  } while (text !== previous);
  return text;
}

function insert(hostText: string, snippet: string): string {
  return hostText.replace(/^( *)#HERE\n/m, (_, indent: string) => expand(snippet).split('\n').map((line) => (line ? indent + line : line)).join('\n') + '\n');
}

describe('snippets', () => {
  it('has a host for every snippet but the whole agenda', () => {
    assert.deepStrictEqual(Object.keys(snippets).filter((name) => name !== 'New agenda').sort(), Object.keys(HOSTS).sort());
  });

  it('expands the whole-agenda template with its defaults to an agenda with no diagnostics', () => {
    const text = expand(snippets['New agenda'].body.join('\n')) + '\n';
    assert.match(text, new RegExp(`start: ${TODAY}`));
    assert.deepStrictEqual(check(text), []);
  });

  for (const name of Object.keys(HOSTS)) {
    it(`inserts the "${name}" snippet with its defaults into an agenda that then has no diagnostics`, () => {
      const text = insert(HOSTS[name], snippets[name].body.join('\n'));
      assert.doesNotMatch(text, /#HERE|\$\{|\$\d/);
      assert.deepStrictEqual(check(text), []);
    });
  }

  it('makes the hosts fail without the snippet, so the insertion is what makes them clean', () => {
    for (const name of ['Topic', 'Person', 'Organisation']) {
      const codes = check(HOSTS[name].replace(/^ *#HERE\n/m, '')).map((d) => d.code);
      assert.deepStrictEqual(codes, [name === 'Topic' ? 'unknown-topic' : name === 'Person' ? 'unknown-person' : 'unknown-organization'], name);
    }
  });

  it('offers its choices in the order of the schema enums, the first being the default', () => {
    const session = snippets.Session.body.join('\n');
    assert.match(session, /\$\{4\|morning,afternoon,evening\|\}/);
    assert.match(session, /\$\{8\|plenary,panel,keynote,/);
  });
});

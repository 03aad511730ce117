import * as vscode from 'vscode';
import { isAgendaDocument } from '../agendaDocuments';
import { AGENDA_SELECTOR } from './agendaSource';

/** One entry of `snippets/agenda.code-snippets`, in VS Code's snippet-file form. */
interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
}

/** A snippet of the extension: its name, each of its prefixes, its body, and what the suggestion says about it. */
export interface AgendaSnippet {
  name: string;
  prefixes: string[];
  body: string;
  description: string;
}

const list = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** The snippets of the extension's `snippets/agenda.code-snippets`. */
export async function readSnippets(extensionUri: vscode.Uri): Promise<AgendaSnippet[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'snippets', 'agenda.code-snippets'));
  const definitions = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, SnippetDefinition>;
  return Object.entries(definitions).map(([name, d]) => ({ name, prefixes: list(d.prefix), body: list(d.body).join('\n'), description: d.description ?? '' }));
}

/** A snippet body as the user sees it inserted with its defaults, for the suggestion's documentation. */
function preview(body: string): string {
  let text = body;
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{?\d+\}?/g, '');
  }
  return text;
}

/** Where a snippet may go: on a line with nothing before the cursor but indentation and the word being typed. */
const SNIPPET_PLACE = /^(\s*)([\w-]*)$/;

function snippetItems(snippets: readonly AgendaSnippet[], document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
  const before = SNIPPET_PLACE.exec(document.lineAt(position.line).text.slice(0, position.character));
  if (!before) return [];
  const range = new vscode.Range(position.line, before[1].length, position.line, position.character);
  return snippets.flatMap((snippet) => snippet.prefixes.map((prefix) => {
    const item = new vscode.CompletionItem({ label: prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(snippet.body);
    item.range = range;
    item.detail = snippet.name;
    item.documentation = new vscode.MarkdownString(snippet.description).appendCodeblock(preview(snippet.body), 'yaml');
    item.sortText = `~${prefix}`;
    return item;
  }));
}

/**
 * The snippets of `snippets/agenda.code-snippets`, offered in agenda files only (a snippet file contributed to the
 * `yaml` language would show them in every docker-compose and Kubernetes file). Read once, on first use.
 */
export function registerSnippets(extensionUri: vscode.Uri): vscode.Disposable {
  let loaded: Promise<AgendaSnippet[]> | undefined;
  return vscode.languages.registerCompletionItemProvider(AGENDA_SELECTOR, {
    async provideCompletionItems(document, position) {
      if (!isAgendaDocument(document)) return undefined;
      loaded ??= readSnippets(extensionUri);
      return snippetItems(await loaded, document, position);
    },
  });
}

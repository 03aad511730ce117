import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type Diagnostic } from 'yaml-language-server';

/**
 * The peer: Red Hat's YAML language server (`yaml-language-server`, the server of the `redhat.vscode-yaml`
 * extension), its language service set up as the server sets it up for a `yaml.schemas` entry that maps every file to
 * our schema, with validation on.
 */
export class PeerValidator {
  private readonly service;
  private version = 0;

  constructor(schema: object, schemaUri = 'file:///agenda-author/schemas/agenda.schema.json') {
    const text = JSON.stringify(schema);
    this.service = getLanguageService({
      schemaRequestService: async (uri) => {
        if (uri === schemaUri) return text;
        throw new Error(`the benchmark serves no schema at ${uri}`);
      },
      workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).toString() },
    });
    this.service.configure({ validate: true, completion: false, hover: false, format: false, schemas: [{ uri: schemaUri, fileMatch: ['*'], schema }] });
  }

  /**
   * Validates a text as the server does after every change: a new version of the document, so that its cache of
   * parsed documents (keyed by version) parses it again.
   */
  validate(text: string, uri = 'file:///agenda-author/bench/congress.agenda.yaml'): Promise<Diagnostic[]> {
    return this.service.doValidation(TextDocument.create(uri, 'yaml', ++this.version, text), false);
  }
}

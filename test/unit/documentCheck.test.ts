import * as assert from 'assert';
import * as fs from 'fs';
import * as core from '../../src/core';
import { check, parseAgenda, parseCount } from '../../src/core';
import { DocumentCheck, type CheckSettings, type DocumentSource } from '../../src/extension/documents/documentCheck';
import { EXAMPLE } from './findings';

const ALL: CheckSettings = { schema: true, redHatValidates: false, semantic: true, yamlSyntax: true };
const example = fs.readFileSync(EXAMPLE, 'utf8');

/** A document as the store sees it, that counts how often its text is read. */
function documentOf(text: string, version: number): DocumentSource & { reads: number } {
  return {
    version,
    length: text.length,
    reads: 0,
    text() {
      this.reads++;
      return text;
    },
  };
}

describe('the checking of one document in the extension (DocumentCheck)', () => {
  it('checks each version once, whoever asks, and gives the diagnostics and the parse of a fresh check', () => {
    const documents = new DocumentCheck(core);
    const text = example.replace('format: panel', 'format: panle');
    const first = documentOf(text, 1);
    const before = parseCount();
    const snapshot = documents.update(first, ALL);
    assert.strictEqual(documents.update(first, ALL), undefined, 'the same version again');
    assert.strictEqual(documents.update(documentOf(text, 1), { ...ALL }), undefined, 'equal settings');
    assert.strictEqual(parseCount() - before, 1);
    assert.strictEqual(first.reads, 1);
    assert.ok(snapshot);
    assert.strictEqual(documents.snapshot, snapshot);
    assert.deepStrictEqual(snapshot.diagnostics, check(text));
    assert.deepStrictEqual(snapshot.shown, check(text));
    assert.deepStrictEqual(snapshot.parsed?.value, parseAgenda(text).value);
    assert.strictEqual(snapshot.parse, 'full');
  });

  it('reparses one entry for an edit inside it', () => {
    const documents = new DocumentCheck(core);
    documents.update(documentOf(example, 1), ALL);
    const typed = example.replace('en: First meeting', 'en: First meetings');
    const before = parseCount();
    const snapshot = documents.update(documentOf(typed, 2), ALL);
    assert.strictEqual(snapshot?.parse, 'entry');
    assert.strictEqual(parseCount() - before, 1);
    assert.strictEqual(snapshot.version, 2);
    assert.deepStrictEqual(snapshot.parsed?.value, parseAgenda(typed).value);
  });

  it('leaves YAML syntax problems out of those shown when another extension reports them, and keeps them for the preview and the exports', () => {
    const documents = new DocumentCheck(core);
    const broken = example.replace('en: First meeting', 'en: "First meeting');
    const snapshot = documents.update(documentOf(broken, 1), { ...ALL, yamlSyntax: false });
    assert.ok(snapshot);
    assert.deepStrictEqual(snapshot.diagnostics, check(broken));
    assert.ok(snapshot.diagnostics.some((d) => d.code === 'yaml-syntax'));
    assert.deepStrictEqual(snapshot.shown, check(broken).filter((d) => d.code !== 'yaml-syntax' && d.code !== 'yaml-warning'));
  });

  it('checks the same version again when the settings change, parsing again only when the checks run change', () => {
    const documents = new DocumentCheck(core);
    const unknown = example.replace('speakers: [chair]', 'speakers: [chiar]');
    const source = documentOf(unknown, 1);
    documents.update(source, ALL);
    const before = parseCount();
    const shownOnly = documents.update(source, { ...ALL, yamlSyntax: false });
    assert.strictEqual(shownOnly?.parse, 'unchanged');
    assert.strictEqual(parseCount() - before, 0);
    const noSemantic = documents.update(source, { ...ALL, semantic: false });
    assert.strictEqual(parseCount() - before, 1);
    assert.deepStrictEqual(noSemantic?.diagnostics, check(unknown, { semantic: false }));
    assert.strictEqual(noSemantic.parse, 'full');
  });

  it('reports a text too large to serve without reading it', () => {
    const documents = new DocumentCheck(core);
    const huge = documentOf('', 1);
    const snapshot = documents.update({ ...huge, length: core.DEFAULT_MAX_LENGTH + 1 }, ALL);
    assert.ok(snapshot?.tooLarge);
    assert.strictEqual(snapshot.parsed, undefined);
    assert.deepStrictEqual(snapshot.diagnostics.map((d) => d.code), ['file-too-large']);
    assert.strictEqual(huge.reads, 0);
  });

  it('turns a failure where the core runs into internal-error, shown whatever the settings, with the error kept for the log; the next version is checked afresh', () => {
    const documents = new DocumentCheck(core);
    documents.update(documentOf(example, 1), ALL);
    const fault = new RangeError('Maximum call stack size exceeded');
    documents.failNextCheck(fault);
    const failed = documents.update(documentOf(example.replace('Room B', 'Room C'), 2), { ...ALL, yamlSyntax: false });
    assert.ok(failed);
    assert.strictEqual(failed.failure, fault);
    assert.strictEqual(failed.parsed, undefined);
    assert.deepStrictEqual(failed.shown, [core.internalError(fault)]);
    const next = documents.update(documentOf(example, 3), ALL);
    assert.ok(next);
    assert.strictEqual(next.failure, undefined);
    assert.strictEqual(next.parse, 'full');
    assert.deepStrictEqual(next.diagnostics, []);
  });
});

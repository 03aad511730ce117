import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AGENDA_SCHEMA_ID, check, checksSchema, namedSchema, namesAgendaSchema, SCHEMA_STORE_LISTS_AGENDAS, schemaStoreChecks } from '../../src/core';
import { REPO } from './findings';

const BODY = 'version: 1\nevent:\n  title: T\n  start: 2020-04-24\n  end: 2020-04-24\nsessions: []\n';

describe('the schema an agenda names', () => {
  it('reads a modeline among the opening comments, in both of the forms of Red Hat\'s YAML server', () => {
    assert.strictEqual(namedSchema(`# yaml-language-server: $schema=${AGENDA_SCHEMA_ID}\n${BODY}`), AGENDA_SCHEMA_ID);
    assert.strictEqual(namedSchema(`\uFEFF# A programme\n\n---\n# $schema: ../schemas/agenda.schema.json\n${BODY}`), '../schemas/agenda.schema.json');
  });

  it('ignores a modeline after the content starts, as Red Hat\'s does', () => {
    assert.strictEqual(namedSchema(`${BODY}# yaml-language-server: $schema=${AGENDA_SCHEMA_ID}\n`), undefined);
  });

  it('reads a top-level $schema key, plain or quoted, with a comment after it; not a nested one', () => {
    assert.strictEqual(namedSchema(`$schema: ${AGENDA_SCHEMA_ID}  # for other editors\n${BODY}`), AGENDA_SCHEMA_ID);
    assert.strictEqual(namedSchema(`"$schema": 'https://example.org/agenda.schema.json'\n${BODY}`), 'https://example.org/agenda.schema.json');
    assert.strictEqual(namedSchema(`${BODY}extra:\n  $schema: ${AGENDA_SCHEMA_ID}\n`), undefined);
  });

  it('lets the modeline win over the key', () => {
    assert.strictEqual(namedSchema(`# yaml-language-server: $schema=./other.json\n$schema: ${AGENDA_SCHEMA_ID}\n${BODY}`), './other.json');
  });

  it('knows the agenda schema by its $id or by a copy of agenda.schema.json, and no other schema', () => {
    assert.ok(namesAgendaSchema(`$schema: ${AGENDA_SCHEMA_ID}\n${BODY}`));
    assert.ok(namesAgendaSchema(`# yaml-language-server: $schema=..\\schemas\\agenda.schema.json\n${BODY}`));
    assert.ok(!namesAgendaSchema(`$schema: https://json.schemastore.org/github-workflow.json\n${BODY}`));
    assert.ok(!namesAgendaSchema(`# yaml-language-server: $schema=./my-agenda.schema.json.bak\n${BODY}`));
    assert.ok(!namesAgendaSchema(BODY));
  });

  it('is the fixture every-key agenda\'s $schema, and the $id of schemas/agenda.schema.json', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO, 'schemas/agenda.schema.json'), 'utf8')) as { $id: string };
    assert.strictEqual(AGENDA_SCHEMA_ID, schema.$id);
    assert.strictEqual(namedSchema(fs.readFileSync(path.join(REPO, 'test/fixtures/valid/every-key.agenda.yaml'), 'utf8')), AGENDA_SCHEMA_ID);
  });
});

describe('agenda.validate.schema', () => {
  const naming = `$schema: ${AGENDA_SCHEMA_ID}\n${BODY.replace('title: T', 'title: T\n  colour: red')}`;
  const plain = BODY.replace('title: T', 'title: T\n  colour: red');
  const codes = (text: string, otherValidates: boolean, setting: boolean | 'auto') => check(text, { schema: checksSchema(setting, otherValidates, text) }).map((d) => d.code);

  it('auto: quiet about the schema where Red Hat\'s checks the agenda because it names the schema, and only there', () => {
    assert.deepStrictEqual(codes(naming, true, 'auto'), []);
    assert.deepStrictEqual(codes(naming, false, 'auto'), ['schema-unknown-key']);
    assert.deepStrictEqual(codes(plain, true, 'auto'), ['schema-unknown-key']);
  });

  it('true and false as before, whatever else validates', () => {
    for (const other of [true, false]) {
      assert.deepStrictEqual(codes(naming, other, true), ['schema-unknown-key']);
      assert.deepStrictEqual(codes(naming, other, false), []);
    }
  });

  it('keeps the checks a schema cannot make under auto', () => {
    const text = `$schema: ${AGENDA_SCHEMA_ID}\n${BODY.replace('sessions: []', 'sessions:\n  - id: a\n    title: A\n    date: 2020-04-24\n    topics: [missing]')}`;
    assert.deepStrictEqual(codes(text, true, 'auto'), ['unknown-topic']);
  });

  it('auto: quiet too where Red Hat\'s matches the agenda by its file name through SchemaStore\'s catalog, and only there', () => {
    const listed = (file: string, enabled = true) => schemaStoreChecks(file, enabled, true);
    assert.deepStrictEqual(['/w/kyoto.agenda.yaml', '/w/a/b.agenda.yml', 'C:\\w\\x.agenda.yaml', 'x.agenda.yaml'].map((file) => listed(file)), [true, true, true, true]);
    assert.deepStrictEqual(['/w/kyoto.yaml', '/w/agenda.yaml', '/w/x.agenda.yaml.bak', '/w/x.agenda.json', '/w/x.AGENDA.yaml'].map((file) => listed(file)), [false, false, false, false, false]);
    assert.strictEqual(listed('/w/kyoto.agenda.yaml', false), false, 'yaml.schemaStore.enable off');
    assert.strictEqual(schemaStoreChecks('/w/kyoto.agenda.yaml', true, false), false, 'the catalog without the entry');
    assert.strictEqual(schemaStoreChecks('/w/kyoto.agenda.yaml', true), SCHEMA_STORE_LISTS_AGENDAS);
    assert.strictEqual(SCHEMA_STORE_LISTS_AGENDAS, false, 'the entry is not in SchemaStore\'s catalog yet (README, "The schema for other tools")');
    const byName = (text: string, otherValidates: boolean, matches: boolean) => check(text, { schema: checksSchema('auto', otherValidates, text, matches) }).map((d) => d.code);
    assert.deepStrictEqual(byName(plain, true, true), []);
    assert.deepStrictEqual(byName(plain, false, true), ['schema-unknown-key'], 'Red Hat\'s not validating');
    assert.deepStrictEqual(byName(plain, true, false), ['schema-unknown-key']);
    assert.deepStrictEqual(check(plain, { schema: checksSchema(true, true, plain, true) }).map((d) => d.code), ['schema-unknown-key']);
  });
});

import * as assert from 'assert/strict';
import { agendaSchema, propertySchema, type SchemaNode } from '../../src/core/base/agendaSchema';
import { catalogText, describedSchemaNodes, schemaCatalogs, schemaDescription, schemaDocumentation, type DescriptionField } from '../../src/core/messages/schemaText';

const FIELDS: DescriptionField[] = ['description', 'markdownDescription'];

/** Every node of the schema that is the value of a key (`properties`), wherever it sits. */
function propertyNodes(node: unknown, found: SchemaNode[] = []): SchemaNode[] {
  if (Array.isArray(node)) node.forEach((child) => propertyNodes(child, found));
  else if (node && typeof node === 'object') {
    const properties = (node as SchemaNode).properties;
    if (properties && typeof properties === 'object' && !Array.isArray(properties)) found.push(...Object.values(properties).filter((p) => p && typeof p === 'object'));
    Object.values(node).forEach((child) => propertyNodes(child, found));
  }
  return found;
}

/** The node whose text a key shows for a field: its own, or its definition's. */
function shownBy(node: SchemaNode, field: DescriptionField): SchemaNode | undefined {
  if (node[field] !== undefined) return node;
  return node.$ref ? shownBy((agendaSchema as { definitions: Record<string, SchemaNode> }).definitions[node.$ref.replace('#/definitions/', '')], field) : undefined;
}

/** The schema's descriptions that hover and completion show on a key, as `[key, field, English]`. */
const SHOWN = [...new Map(propertyNodes(agendaSchema).flatMap((node) => FIELDS.map((field) => [shownBy(node, field), field] as const))
  .filter((pair): pair is readonly [SchemaNode, DescriptionField] => pair[0] !== undefined)
  .map(([node, field]) => [`${describedSchemaNodes().get(node)} ${field}`, [describedSchemaNodes().get(node)!, field, node[field]!] as const])).values()];

/** The code spans of a text, sorted: `like_this`, `"3 (a)"`. */
const codeSpans = (text: string) => [...text.matchAll(/`[^`]*`/g)].map((m) => m[0]).sort();

/** What Markdown makes of a text besides code spans: paragraphs, code blocks, strong and emphasised words. */
function markdownShape(text: string): Record<string, number> {
  const prose = text.replace(/`[^`]*`/g, '');
  return {
    paragraphs: text.split('\n\n').length,
    strong: (prose.match(/\*\*/g) ?? []).length,
    emphasis: (prose.replace(/\*\*/g, '').match(/\*/g) ?? []).length,
  };
}

describe('the schema descriptions in the five other UN languages', () => {
  it('finds every description hover and completion show: both texts of each key of the agenda (104 keys today)', () => {
    const keys = new Set(SHOWN.map(([key]) => key));
    assert.ok(keys.size >= 104, `${keys.size} keys`);
    assert.equal(SHOWN.length, keys.size * 2);
    assert.ok(SHOWN.some(([key, field]) => key === 'session.title' && field === 'markdownDescription'));
    assert.ok(SHOWN.some(([key]) => key === 'event.agendaItems[].number'));
  });

  it('translates every description a key shows, in every language: a new key without translations fails here', () => {
    assert.deepEqual(Object.keys(schemaCatalogs()).sort(), ['ar', 'es', 'fr', 'ru', 'zh']);
    for (const [language, catalog] of Object.entries(schemaCatalogs())) {
      const missing = SHOWN.filter(([key, field, english]) => [undefined, english].includes(catalogText(catalog, key, field))).map(([key, field]) => `${key} ${field}`);
      assert.deepEqual(missing, [], `${language} lacks these descriptions, or gives them in English`);
    }
  });

  it('holds no key the schema lacks, and one text for a key only where the English gives one text for both fields', () => {
    const english = new Map([...describedSchemaNodes()].map(([node, key]) => [key, node]));
    for (const [language, catalog] of Object.entries(schemaCatalogs())) {
      assert.deepEqual(Object.keys(catalog).filter((key) => !english.has(key)), [], `${language} has keys the schema lacks`);
      for (const [key, entry] of Object.entries(catalog)) {
        const node = english.get(key)!;
        assert.equal(typeof entry === 'string', node.description === node.markdownDescription, `${language} ${key}`);
      }
    }
  });

  it('keeps every code span of the English (keys, values, examples) exactly, and adds none', () => {
    for (const [language, catalog] of Object.entries(schemaCatalogs())) {
      for (const [key, field, english] of SHOWN) {
        assert.deepEqual(codeSpans(catalogText(catalog, key, field)!), codeSpans(english), `${language} ${key} ${field}`);
      }
    }
  });

  it('keeps the Markdown of the English: its paragraphs, strong and emphasised words', () => {
    for (const [language, catalog] of Object.entries(schemaCatalogs())) {
      for (const [key, field, english] of SHOWN) {
        assert.deepEqual(markdownShape(catalogText(catalog, key, field)!), markdownShape(english), `${language} ${key} ${field}`);
      }
    }
  });

  it('says a key in the locale, English for English and unknown locales, and falls back to English per key', () => {
    const date = propertySchema(['sessions', 0], 'date');
    assert.equal(schemaDocumentation(date, 'fr-CA'), "Le jour de la séance, `YYYY-MM-DD`, compris entre le `start` et la `end` de l'événement.");
    assert.equal(schemaDescription(date, 'description', 'zh-cn'), '会议的日期，在活动日期之内。');
    assert.equal(schemaDocumentation(date, 'de'), "The day of the session, `YYYY-MM-DD`, within the event's `start` and `end`.");
    assert.equal(schemaDocumentation(date), schemaDocumentation(date, 'en'));
    assert.equal(schemaDescription(agendaSchema, 'description', 'ar'), agendaSchema.description, 'the root, shown by no key, has no translation');
    assert.equal(schemaDescription(propertySchema([], 'version'), 'description', 'ar'), 'إصدار تنسيق جدول الأعمال. دائمًا 1.');
  });
});

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson } from '@vscode/l10n-dev';
import { REPO } from './findings';

/** VS Code's codes for the five UN languages besides English, as its display languages name them. */
const LANGUAGES = ['ar', 'es', 'fr', 'ru', 'zh-cn'];

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(REPO, file), 'utf8')) as Record<string, string>;
const placeholders = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[0]).sort();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the interface in the six UN languages', () => {
  const nls = read('package.nls.json');
  const bundle = read('l10n/bundle.l10n.json');

  it('translates every key of package.nls.json in package.nls.{ar,es,fr,ru,zh-cn}.json, and nothing else', () => {
    for (const language of LANGUAGES) {
      const translated = read(`package.nls.${language}.json`);
      assert.deepStrictEqual(Object.keys(translated), Object.keys(nls), language);
      for (const [key, english] of Object.entries(nls)) {
        assert.ok(translated[key].trim(), `${language} ${key} is empty`);
        assert.deepStrictEqual(placeholders(translated[key], /`[^`]*`|\(command:[^)]*\)/g), placeholders(english, /`[^`]*`|\(command:[^)]*\)/g), `${language} ${key}`);
      }
    }
  });

  it('has in l10n/bundle.l10n.json exactly the strings of vscode.l10n.t in the sources (npm run l10n:export)', async () => {
    const files = sourceFiles(path.join(REPO, 'src')).map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }));
    assert.deepStrictEqual(await getL10nJson(files), bundle);
    assert.ok(Object.keys(bundle).length > 100);
  });

  it('translates every string of the bundle in l10n/bundle.l10n.{ar,es,fr,ru,zh-cn}.json, keeping its {0} placeholders', () => {
    for (const language of LANGUAGES) {
      const translated = read(`l10n/bundle.l10n.${language}.json`);
      assert.deepStrictEqual(Object.keys(translated), Object.keys(bundle), language);
      for (const key of Object.keys(bundle)) {
        assert.ok(translated[key].trim(), `${language} ${key} is empty`);
        assert.deepStrictEqual(placeholders(translated[key], /\{\d+\}/g), placeholders(key, /\{\d+\}/g), `${language} ${key}`);
      }
    }
  });

  it('uses the UN terms for the agenda item, the session and the agenda view', () => {
    assert.strictEqual(read('l10n/bundle.l10n.fr.json').Session, 'Séance');
    assert.strictEqual(read('l10n/bundle.l10n.es.json').Session, 'Sesión');
    assert.strictEqual(read('l10n/bundle.l10n.ru.json').Session, 'Заседание');
    assert.strictEqual(read('l10n/bundle.l10n.zh-cn.json').Session, '会议');
    assert.strictEqual(read('l10n/bundle.l10n.ar.json').Session, 'الجلسة');
    assert.strictEqual(read('package.nls.ar.json')['view.tree'], 'جدول الأعمال');
  });

  it('ships the bundles: package.json names the folder and the package includes it', () => {
    assert.strictEqual(read('package.json').l10n, './l10n');
    assert.match(fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8'), /^!l10n\/bundle\.l10n\*\.json$/m);
  });
});

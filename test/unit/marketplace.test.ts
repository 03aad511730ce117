import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './findings';

/** The parts of @vscode/vsce and ovsx that packaging and publishing run before anything leaves the machine. */
interface VsceFile { path: string; localPath: string; contents?: string | Buffer }
// eslint-disable-next-line @typescript-eslint/no-require-imports
const vsce = require('@vscode/vsce/out/package.js') as {
  readManifest(cwd: string): Promise<Record<string, unknown>>;
  ReadmeProcessor: new (manifest: Record<string, unknown>, options: object) => { processFile(file: VsceFile): Promise<VsceFile> };
  listFiles(options: { cwd: string; dependencies: boolean }): Promise<string[]>;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ovsxLicense = require('ovsx/lib/check-license.js') as { isLicenseOk(packagePath: string): Promise<boolean> };

const HOME = 'https://github.com/agenda-author/agenda-author';
const read = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as {
  repository: { type: string; url: string }; bugs: { url: string }; homepage: string; scripts: Record<string, string>;
};

/** The targets of a Markdown text's links and images (inline ones: the README uses no other kind). */
function links(markdown: string): { image: boolean; target: string }[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] }));
}

describe('the package for the Marketplace and Open VSX', () => {
  it('names its repository, issue tracker and home page, all on one GitHub repository', () => {
    assert.deepStrictEqual(manifest.repository, { type: 'git', url: `${HOME}.git` });
    assert.strictEqual(manifest.bugs.url, `${HOME}/issues`);
    assert.strictEqual(manifest.homepage, `${HOME}#readme`);
  });

  it('is packaged without --allow-missing-repository, and with the README\'s relative links made absolute', () => {
    assert.doesNotMatch(manifest.scripts.package, /--allow-missing-repository|--no-rewrite-relative-links|--baseContentUrl|--baseImagesUrl/);
  });

  it('has a README whose links and images all work from the packaged README (as vsce rewrites them)', async () => {
    const processor = new vsce.ReadmeProcessor(await vsce.readManifest(REPO), {});
    const packaged = await processor.processFile({ path: 'extension/README.md', localPath: path.join(REPO, 'README.md') });
    const text = String(packaged.contents);
    const found = links(text);
    assert.ok(found.filter((l) => l.image).length >= 3, 'the README shows its screenshots');
    const headings = new Set([...text.matchAll(/^#+ (.+)$/gm)].map((m) => '#' + m[1].toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-')));
    for (const { image, target } of found) {
      if (target.startsWith('#')) {
        assert.ok(headings.has(target), `${target} is a heading of the README`);
        continue;
      }
      const own = new RegExp(`^${HOME}/(blob|raw)/HEAD/(.+)$`).exec(target);
      if (!own) {
        assert.match(target, /^(https:|mailto:)/, `${target} is absolute`);
        continue;
      }
      assert.strictEqual(own[1], image ? 'raw' : 'blob', `${target}: images by their raw address`);
      assert.ok(fs.existsSync(path.join(REPO, decodeURIComponent(own[2]))), `${own[2]} exists in the repository`);
    }
  });

  it('packages the schema, and neither the SchemaStore entry nor the README\'s images (shown from the repository)', async () => {
    const files = await vsce.listFiles({ cwd: REPO, dependencies: false });
    const images = links(read('README.md')).filter((l) => l.image).map((l) => l.target);
    assert.deepStrictEqual(images.filter((image) => files.includes(image)), []);
    assert.ok(files.includes('schemas/agenda.schema.json'));
    assert.ok(!files.includes('schemas/schemastore-catalog-entry.json'));
  });

  it('says what the extension does for an organiser first, then the two set-up commands', () => {
    const [title, opening, setUp] = read('README.md').split(/\n\n/);
    assert.strictEqual(title, '# Agenda Author');
    assert.match(opening, /^Agenda Author helps people who organise workshops/);
    assert.match(setUp, /^```sh\nnpm ci && npm run check:example .*\nnpm test .*\n```$/);
  });

  it('passes the checks ovsx makes before asking for a token: a manifest with publisher, name and version, and a licence', async () => {
    assert.strictEqual(await ovsxLicense.isLicenseOk(REPO), true);
  });
});

describe('the schema for other tools', () => {
  const schema = JSON.parse(read('schemas/agenda.schema.json')) as { $id: string; title: string };
  const entry = JSON.parse(read('schemas/schemastore-catalog-entry.json')) as Record<string, unknown>;

  it('has a stable $id in the repository the package names', () => {
    assert.strictEqual(schema.$id, 'https://raw.githubusercontent.com/agenda-author/agenda-author/main/schemas/agenda.schema.json');
  });

  it('has a SchemaStore catalog entry for *.agenda.yaml and *.agenda.yml at that address', () => {
    assert.deepStrictEqual(Object.keys(entry).sort(), ['description', 'fileMatch', 'name', 'url']);
    assert.deepStrictEqual(entry.fileMatch, ['*.agenda.yaml', '*.agenda.yml']);
    assert.strictEqual(entry.url, schema.$id);
    assert.doesNotMatch(String(entry.description), /\.$/, 'SchemaStore descriptions end without a full stop');
  });

  it('is named by the README at its $id for JetBrains, Neovim and check-jsonschema', () => {
    const section = read('README.md').split('## The schema in other tools')[1].split('\n## ')[0];
    for (const needle of ['JetBrains', 'yamlls', 'check-jsonschema --schemafile ' + schema.$id, `$schema=${schema.$id}`]) {
      assert.ok(section.includes(needle), needle);
    }
  });
});

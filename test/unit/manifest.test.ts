import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './findings';

interface Manifest {
  activationEvents: string[];
  capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> };
  };
}

const manifestText = fs.readFileSync(path.join(REPO, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
const nls = JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8')) as Record<string, string>;

/** The bundle `npm run build` writes for the extension (the test script builds it before mocha runs). */
const EXTENSION_BUNDLE = path.join(REPO, 'dist/extension.js');

describe('the extension manifest', () => {
  it('runs in untrusted and virtual workspaces, since it executes nothing from the workspace', () => {
    assert.deepStrictEqual(manifest.capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('activates on YAML and agenda files only, never at start-up for every window', () => {
    const eager = manifest.activationEvents.filter((event) => event === '*' || event === 'onStartupFinished');
    assert.deepStrictEqual(eager, []);
    assert.ok(manifest.activationEvents.includes('onLanguage:yaml'));
    assert.ok(manifest.activationEvents.every((event) => /^(onLanguage:yaml|workspaceContains:\*\*\/\*\.agenda\.ya?ml|onWebviewPanel:agenda\.\w+)$/.test(event)), manifest.activationEvents.join(', '));
  });

  it("does not hand its schema to Red Hat's YAML extension, which would report every schema mistake a second time", () => {
    assert.deepStrictEqual(Object.keys(manifest.contributes).filter((key) => key === 'yamlValidation' || key === 'jsonValidation'), []);
  });

  it('has every %placeholder% in package.nls.json, and nothing there that is not used', () => {
    const used = new Set([...manifestText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]));
    assert.deepStrictEqual([...used].filter((key) => !(key in nls)), []);
    assert.deepStrictEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
  });

  it('gives every command a localised title in the Agenda category', () => {
    const bad = manifest.contributes.commands.filter((c) => !/^%[\w.]+%$/.test(c.title) || c.category !== 'Agenda');
    assert.deepStrictEqual(bad.map((c) => c.command), []);
  });

  it('contributes no snippets to the whole YAML language, and shows each command but "New Agenda File" only where it applies', () => {
    const contributes = manifest.contributes as Manifest['contributes'] & { snippets?: unknown; menus: { commandPalette: { command: string; when?: string }[] } };
    assert.strictEqual(contributes.snippets, undefined);
    const palette = new Map(contributes.menus.commandPalette.map((entry) => [entry.command, entry.when]));
    const everywhere = contributes.commands.map((c) => c.command).filter((command) => !/\bagenda\.|'agenda\.preview'|^false$/.test(palette.get(command) ?? ''));
    assert.deepStrictEqual(everywhere, ['agenda.newFile']);
  });

  it('has a Getting Started walkthrough whose steps each show packaged media and finish with a command of the extension', () => {
    const contributes = manifest.contributes as Manifest['contributes'] & { walkthroughs: { id: string; steps: { id: string; media: { markdown: string }; completionEvents: string[]; description: string }[] }[] };
    const [walkthrough] = contributes.walkthroughs;
    assert.deepStrictEqual(walkthrough.steps.map((s) => s.id), ['newAgenda', 'preview', 'export']);
    const commands = new Set(contributes.commands.map((c) => c.command));
    const packaged = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8');
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(REPO, step.media.markdown)), step.media.markdown);
      assert.ok(packaged.includes(`!${path.dirname(step.media.markdown)}/*.md`), `${step.media.markdown} is packaged`);
      assert.ok(step.completionEvents.length && step.completionEvents.every((e) => commands.has(e.replace(/^onCommand:/, ''))), step.id);
      const button = /\(command:([\w.]+)\)/.exec(nls[step.description.slice(1, -1)]);
      assert.ok(button && commands.has(button[1]) && step.completionEvents.includes(`onCommand:${button[1]}`), `${step.id}: its button completes it`);
    }
  });

  it('describes every setting', () => {
    const bare = Object.entries(manifest.contributes.configuration.properties).filter(([, p]) => !p.markdownDescription && !p.description);
    assert.deepStrictEqual(bare.map(([key]) => key), []);
  });
});

describe('the extension bundle, dist/extension.js', () => {
  let bundle: string;

  before(() => {
    assert.ok(fs.existsSync(EXTENSION_BUNDLE), `${EXTENSION_BUNDLE} is missing: run npm run build`);
    bundle = fs.readFileSync(EXTENSION_BUNDLE, 'utf8');
  });

  it('is the entry of both extension hosts, Node.js and web worker', () => {
    assert.strictEqual((manifest as unknown as { main: string }).main, './dist/extension.js');
    assert.strictEqual((manifest as unknown as { browser: string }).browser, './dist/extension.js');
  });

  it('is one file that requires nothing but vscode (a web worker can load no second module, and has no Node.js)', () => {
    // Comment lines of libraries (in the development build) aside; Ajv's runtime helpers carry the code that requires
    // them as a string (`equal.code`), for its code generator.
    const code = bundle.split('\n').filter((line) => !/^\s*(\*|\/\/)/.test(line)).join('\n');
    assert.deepStrictEqual([...new Set([...code.matchAll(/\brequire\((["'])([^"']*)\1\)/g)].map((m) => m[2]))].filter((id) => !id.startsWith('ajv/dist/runtime/')), ['vscode']);
    for (const marker of ['MULTILINE_IMPLICIT_KEY', 'must have required property']) assert.ok(bundle.includes(marker), `dist/extension.js holds the core (${marker})`);
  });
});

describe('the Agenda view in the manifest', () => {
  interface MenuEntry { command: string; when?: string }
  const contributes = (manifest as unknown as { contributes: {
    commands: { command: string; icon?: string }[];
    menus: Record<string, MenuEntry[]>;
    views: Record<string, { id: string; name: string; icon?: string }[]>;
    viewsWelcome: { view: string; contents: string; when?: string }[];
  } }).contributes;
  const localized = (value: string) => nls[/^%(.+)%$/.exec(value)?.[1] ?? ''] ?? assert.fail(`"${value}" is not a key of package.nls.json`);

  it('is in the Explorer with a codicon, and offers a new agenda file while none is open', () => {
    const view = contributes.views.explorer.find((v) => v.id === 'agenda.tree');
    assert.ok(view, 'the Explorer has the Agenda view');
    assert.strictEqual(localized(view.name), 'Agenda');
    assert.match(view.icon ?? '', /^\$\([a-z0-9-]+\)$/);
    const welcome = contributes.viewsWelcome.find((w) => w.view === 'agenda.tree' && w.when === '!agenda.tree.hasDocument');
    assert.ok(welcome, 'the Agenda view has a welcome while no agenda is open');
    assert.match(localized(welcome.contents), /^\[New Agenda File\]\(command:agenda\.newFile\)$/m);
    assert.doesNotMatch(localized(welcome.contents), /`/, 'a welcome view shows Markdown code as it is written');
    assert.ok(contributes.commands.some((c) => c.command === 'agenda.newFile'));
  });

  it('has title actions to show one day, sort, refresh and show this file or the whole programme, and item actions to go to a definition, preview and copy', () => {
    const ours = (menu: string) => contributes.menus[menu].filter((e) => e.when?.startsWith('view == agenda.tree')).map((e) => e.command);
    assert.deepStrictEqual([...new Set(ours('view/title'))].sort(), [
      'agenda.tree.filterDay', 'agenda.tree.refresh', 'agenda.tree.showAllDays', 'agenda.tree.showFile', 'agenda.tree.showProgramme', 'agenda.tree.sortByRoom', 'agenda.tree.sortByTime',
    ]);
    assert.deepStrictEqual([...new Set(ours('view/item/context'))].sort(), ['agenda.previewSession', 'agenda.tree.copy', 'agenda.tree.goToDefinition']);
  });

  it('gives commands codicons only, and menus only commands the manifest declares', () => {
    const declared = new Set(contributes.commands.map((c) => c.command));
    assert.deepStrictEqual(contributes.commands.filter((c) => c.icon !== undefined && !/^\$\([a-z0-9-]+\)$/.test(c.icon)).map((c) => c.command), []);
    const undeclared = Object.entries(contributes.menus).flatMap(([menu, entries]) => entries.filter((e) => !declared.has(e.command)).map((e) => `${menu}: ${e.command}`));
    assert.deepStrictEqual(undeclared, []);
  });
});

// The package as npm publishes it: packed, installed into a new project, and
// used the ways the README and guides say (Node ESM, TypeScript, the CLI,
// the bundle in Chromium).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { root, tags } from './helpers.js';

const names = tags.map((tag) => tag.slice('care-'.length));
const project = mkdtempSync(join(tmpdir(), 'care-elements-package-'));
let packed;

const run = (command, args, cwd = project) => spawnSync(command, args, { cwd, encoding: 'utf8' });
const node = (...args) => run(process.execPath, args);
const tsc = (...args) => node(join(root, 'node_modules/typescript/bin/tsc'), ...args);

before(() => {
  const pack = run('npm', ['pack', '--json', '--pack-destination', project], root);
  assert.equal(pack.status, 0, pack.stderr);
  [packed] = JSON.parse(pack.stdout);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const tarball = join(project, packed.filename);
  // lit comes from npm's cache when it is there (it is after `npm ci`), else from the registry.
  let install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
  if (install.status !== 0) install = run('npm', ['install', '--no-audit', '--no-fund', tarball]);
  assert.equal(install.status, 0, install.stderr);
});
after(() => rmSync(project, { recursive: true, force: true }));

describe('npm pack', () => {
  it('ships the builds, schemas, manifest, typings, editor data, CLI, README and LICENSE', () => {
    const files = new Set(packed.files.map((file) => file.path));
    const expected = [
      'package.json',
      'README.md',
      'LICENSE',
      'custom-elements.json',
      'vscode.html-custom-data.json',
      'web-types.json',
      'bin/care-elements.js',
      'bin/validate.js',
      'dist/care-elements.js',
      'dist/care-elements-structured-data.js',
      'dist/care-elements-feedback.js',
      'dist/care-elements-references.js',
      'dist/care-elements-src.js',
      'dist/esm/index.js',
      'dist/node/content-schemas.js',
      'dist/types/index.d.ts',
      'dist/types/jsx.d.ts',
      'jsx/react.d.ts',
      'jsx/preact.d.ts',
      'jsx/solid.d.ts',
      ...names.flatMap((name) => [`dist/esm/${name}/care-${name}.js`, `dist/types/${name}/care-${name}.d.ts`, `schemas/care-${name}.schema.json`]),
    ];
    assert.deepEqual(expected.filter((file) => !files.has(file)), []);
  });

  it('ships nothing from the sources, tests, fixtures, demo or scripts', () => {
    const stray = packed.files.map((file) => file.path).filter((path) => /^(src|test|content|demo|scripts|stories|docs|\.ci|\.storybook)\//.test(path) || /\.test\./.test(path));
    assert.deepEqual(stray, []);
  });
});

describe('the installed package', () => {
  it('imports the index and each element subpath in Node without a DOM', () => {
    const script = [
      `const index = await import('care-elements');`,
      `if (typeof index.CareElement !== 'function') throw new Error('no CareElement export');`,
      ...names.map((name) => `await import('care-elements/${name}');`),
      `const schema = (await import('care-elements/schemas/care-${names[0]}.schema.json', { with: { type: 'json' } })).default;`,
      `const manifest = (await import('care-elements/custom-elements.json', { with: { type: 'json' } })).default;`,
      `console.log(JSON.stringify({ exports: Object.keys(index).sort(), id: schema.$id, modules: manifest.modules.length }));`,
    ].join('\n');
    writeFileSync(join(project, 'imports.mjs'), script);
    const { status, stdout, stderr } = node('imports.mjs');
    assert.equal(status, 0, stderr);
    const result = JSON.parse(stdout);
    assert.ok(result.exports.includes('CareContentErrorEvent'));
    assert.match(result.id, new RegExp(`/schemas/care-${names[0]}\\.schema\\.json$`));
    assert.ok(result.modules > 0);
  });

  for (const moduleResolution of ['node16', 'bundler']) {
    it(`resolves the index, element subpaths and JSX typings in TypeScript (moduleResolution ${moduleResolution})`, () => {
      const source = [
        `import { CareContentErrorEvent, type ContentOf } from 'care-elements';`,
        ...names.map((name, index) => `import type { ${tags[index].replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())} as Element${index} } from 'care-elements/${name}';`),
        `import type { CareElementProps } from 'care-elements/jsx';`,
        ...names.map((name, index) => `export const element${index}: Element${index} = document.createElement('${tags[index]}');`),
        `export const props: CareElementProps['${tags[0]}'] = { src: '/content.json' };`,
        `export const content: ContentOf<'care-callout'> = { body: 'Consult your medical team.' };`,
        `export const isError = (event: Event) => event instanceof CareContentErrorEvent;`,
      ].join('\n');
      writeFileSync(join(project, `types-${moduleResolution}.ts`), source);
      const compilerOptions = { strict: true, noEmit: true, target: 'es2022', lib: ['es2023', 'dom'], types: [], module: moduleResolution === 'node16' ? 'node16' : 'esnext', moduleResolution };
      writeFileSync(join(project, `tsconfig-${moduleResolution}.json`), JSON.stringify({ compilerOptions, files: [`types-${moduleResolution}.ts`] }));
      const { status, stdout } = tsc('-p', `tsconfig-${moduleResolution}.json`);
      assert.equal(status, 0, stdout);
    });
  }

  it('runs the validate command from node_modules/.bin', () => {
    writeFileSync(join(project, 'good.json'), JSON.stringify({ $schema: './node_modules/care-elements/schemas/care-callout.schema.json', body: 'Consult your medical team.' }));
    writeFileSync(join(project, 'bad.json'), JSON.stringify({ $schema: './node_modules/care-elements/schemas/care-callout.schema.json', variant: 'urgent' }));
    const good = run(join(project, 'node_modules/.bin/care-elements'), ['validate', 'good.json']);
    assert.equal(good.status, 0, good.stdout + good.stderr);
    const bad = run(join(project, 'node_modules/.bin/care-elements'), ['validate', 'bad.json']);
    assert.equal(bad.status, 1);
    assert.match(bad.stdout, /^bad\.json \/body error: is required$/m);
  });

  it('defines every element from dist/care-elements.js in Chromium', async () => {
    const elements = tags.map((tag) => `<${tag}></${tag}>`).join('\n');
    writeFileSync(
      join(project, 'page.html'),
      `<!doctype html><html lang="en"><head><script src="node_modules/care-elements/dist/care-elements.js"></script></head><body>
      <care-callout id="callout" content='{"variant": "takeaway", "body": "Consult your medical team."}'></care-callout>
      ${elements}</body></html>`,
    );
    const browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(pathToFileURL(join(project, 'page.html')).href);
      await page.waitForFunction(() => document.getElementById('callout').shadowRoot?.textContent.includes('Consult your medical team.'));
      const undefinedTags = await page.evaluate((list) => list.filter((tag) => !customElements.get(tag)), tags);
      assert.deepEqual(undefinedTags, []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});

// Every code sample in docs/ is run here, so a guide cannot drift from the
// package: HTML pages and CSS in Chromium, TypeScript type-checked, React,
// Vue and Svelte samples compiled and mounted, the CMS hook and the Eleventy
// config called, the WordPress PHP run with stand-ins, shell commands run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.js';
import { fixtures, parseOrUndefined, root, tags } from './helpers.js';

const OUT = join(root, '.cache/doc-samples');
const BUNDLE_URL = /https:\/\/unpkg\.com\/care-elements(?:@[^/]+)?\/dist\/care-(elements|editor)\.js/g;
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const manifestElements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((each) => each.tagName));

/** Fenced samples of every guide: ```lang [file name] … ``` */
const samples = readdirSync(join(root, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((guide) => {
    const text = readFileSync(join(root, 'docs', guide), 'utf8');
    return [...text.matchAll(/^```(\w+)(?: +(\S+))?\n([\s\S]*?)^```$/gm)].map((match, index) => ({
      guide,
      lang: match[1],
      name: match[2],
      code: match[3],
      label: `${guide} sample ${index + 1} (${match[2] ?? match[1]})`,
      id: `${guide.replace(/\.md$/, '')}-${index + 1}`,
    }));
  });
const claimed = new Set();
const sample = (guide, predicate) => {
  const found = samples.filter((each) => each.guide === guide && predicate(each));
  found.forEach((each) => claimed.add(each));
  return found;
};
const named = (guide, name) => {
  const [found] = sample(guide, (each) => each.name === name);
  assert.ok(found, `${guide} has no ${name} sample`);
  return found;
};

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
let browser;
let origin;

before(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});
after(async () => {
  await browser?.close();
  server.close();
});

const write = (name, text) => {
  const file = join(OUT, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8" />${head}</head><body>${body}</body></html>`;
const bundleTag = '<script src="/dist/care-elements.js"></script>';

/**
 * Opens a page and waits until every care element on it has drawn its
 * content; returns the console messages and errors it produced.
 */
const open = async (file, { scheme = 'light' } = {}) => {
  const tab = await browser.newPage();
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  tab.on('console', (message) => ['warn', 'warning', 'error'].includes(message.type()) && problems.push(`${message.type()}: ${message.text()}`));
  await tab.goto(`${origin}/${file.slice(root.length).replace(/^[/\\]/, '')}`);
  await tab.waitForFunction(
    () => {
      const elements = [...document.querySelectorAll('*')].filter((each) => each.localName.startsWith('care-'));
      return elements.length > 0 && elements.every((each) => customElements.get(each.localName) && each.shadowRoot?.textContent.trim() && !each.shadowRoot.querySelector('[part~="error"]'));
    },
    { timeout: 10000 },
  );
  return { tab, problems };
};
const shownText = (tab) =>
  tab.evaluate(() => [...document.querySelectorAll('*')].filter((each) => each.localName.startsWith('care-')).map((each) => each.shadowRoot.textContent.replace(/\s+/g, ' ').trim()));

/** Bundles an entry module for the browser, resolving care-elements to this package. */
const bundle = async (entry, out, options = {}) => {
  await build({ entryPoints: [entry], outfile: join(OUT, out), bundle: true, format: 'esm', platform: 'browser', logLevel: 'error', ...options });
  return write(out.replace(/\.js$/, '.html'), page('<div id="app"></div>', `<script type="module" src="${out.split('/').pop()}"></script>`));
};

describe('HTML samples, in Chromium with the built bundle', () => {
  for (const each of samples.filter((one) => one.lang === 'html')) {
    claimed.add(each);
    it(each.label, async () => {
      const html = each.code.replace(BUNDLE_URL, '/dist/care-$1.js');
      assert.notEqual(html, each.code, 'the sample does not load the bundle');
      const file = write(`${each.id}.html`, /^<!doctype/i.test(html.trim()) ? html : page(html));
      const { tab, problems } = await open(file);
      assert.deepEqual(problems, []);
      await tab.close();
    });
  }
});

describe('CSS samples, applied to every element', () => {
  const bundleText = readFileSync(join(root, 'dist/care-elements.js'), 'utf8');
  const gallery = tags
    .map((tag) => {
      const content = parseOrUndefined(fixtures(tag).find((one) => one.valid).text);
      // A feedback question shows only when something collects the answers.
      const collect = tag === 'care-feedback' ? ' collect="event"' : '';
      return `<${tag}${collect} content='${JSON.stringify(content).replaceAll('&', '&amp;').replaceAll("'", '&#39;')}'></${tag}>`;
    })
    .join('\n');
  /** Computed styles of everything in every element's shadow root. */
  const lookOf = (tab) =>
    tab.evaluate(() =>
      JSON.stringify(
        [...document.querySelectorAll('*')]
          .filter((each) => each.localName.startsWith('care-'))
          .flatMap((each) => [...each.shadowRoot.querySelectorAll('*')])
          .map((node) => {
            const style = getComputedStyle(node);
            return ['color', 'background-color', 'border-inline-start-color', 'font-family', 'line-height', 'border-radius', 'box-shadow', 'padding'].map((name) => style.getPropertyValue(name));
          }),
      ),
    );

  /** Space reserved before the script runs: every element it names is a block of some height while undefined. */
  const reservesSpace = (css) => /:not\(:defined\)/.test(css);
  for (const each of samples.filter((one) => one.lang === 'css' && reservesSpace(one.code))) {
    claimed.add(each);
    it(each.label, async () => {
      const named = [...new Set([...each.code.matchAll(/(care-[a-z-]+):not\(:defined\)/g)].map(([, tag]) => tag))];
      const known = new Set(manifestElements.map((element) => element.tagName));
      named.forEach((tag) => assert.ok(known.has(tag), `${tag} is not an element`));
      const tab = await browser.newPage();
      await tab.goto(`${origin}/${write(`${each.id}.html`, page(named.map((tag) => `<${tag}></${tag}>`).join('')))
        .slice(root.length)
        .replace(/^[/\\]/, '')}`);
      const height = (tag) => tab.evaluate((name) => document.querySelector(name).getBoundingClientRect().height, tag);
      for (const tag of named) assert.equal(await height(tag), 0, `${tag} takes no room before the sample`);
      await tab.addStyleTag({ content: each.code });
      for (const tag of named) assert.ok((await height(tag)) > 0, `${tag} has no space reserved`);
      await tab.close();
    });
  }

  for (const each of samples.filter((one) => one.lang === 'css' && !reservesSpace(one.code))) {
    claimed.add(each);
    it(each.label, async () => {
      const known = new Set(manifestElements.map((element) => element.tagName));
      for (const [, tag] of each.code.matchAll(/(?<![\w-])(care-[a-z-]+)(?=[\s,:{]|::)/g)) assert.ok(known.has(tag), `${tag} is not an element`);
      for (const [, property] of each.code.matchAll(/(--care-[\w-]+)\s*:/g)) assert.ok(bundleText.includes(property), `${property} is read by no element`);
      const changed = [];
      for (const scheme of ['light', 'dark']) {
        const { tab, problems } = await open(write(`${each.id}-${scheme}.html`, page(gallery, bundleTag)), { scheme });
        const before = await lookOf(tab);
        await tab.addStyleTag({ content: each.code });
        changed.push(before !== (await lookOf(tab)));
        for (const [, tag, part] of each.code.matchAll(/(care-[a-z-]+)::part\(([\w-]+)\)/g))
          assert.ok(await tab.evaluate((t, p) => !!document.querySelector(t).shadowRoot.querySelector(`[part~="${p}"]`), tag, part), `${tag} has no part "${part}"`);
        assert.deepEqual(problems, []);
        await tab.close();
      }
      assert.ok(changed.some(Boolean), 'the sample changes nothing');
    });
  }
});

describe('TypeScript samples', () => {
  it('type-check against the package and the React types', () => {
    const typed = samples.filter((one) => one.lang === 'tsx' || one.lang === 'ts');
    typed.forEach((one) => claimed.add(one));
    assert.ok(typed.length > 0);
    const files = typed.map((one) => write(`types/${one.id}-${one.name ?? `sample.${one.lang}`}`, one.code));
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], jsx: 'react-jsx', types: [] };
    const project = write('types/tsconfig.json', JSON.stringify({ compilerOptions, files }));
    const { status, stdout } = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    assert.equal(status, 0, stdout);
  });

  it('the React app mounts, sets content as a property and renders it', async () => {
    const app = named('frameworks.md', 'app.tsx');
    const entry = write('react/app.tsx', app.code);
    const { tab, problems } = await open(await bundle(entry, 'react/app.js', { jsx: 'automatic', define: { 'process.env.NODE_ENV': '"development"' } }));
    assert.deepEqual(await shownText(tab), ['Takeaway: Immunotherapy demonstrates proven benefits for both AML and CLL.']);
    assert.equal(await tab.evaluate(() => typeof document.querySelector('care-callout').content), 'object');
    assert.deepEqual(problems, []);
    await tab.evaluate(() => (document.querySelector('care-callout').content = { variant: 'urgent' }));
    await tab.waitForFunction(() => document.querySelector('[role="status"]')?.textContent.includes('/variant expected one of'));
    await tab.close();
  });
});

/** Makes the element reject content, so the sample's care-content-error handler runs; returns the paths it logged. */
const handledErrors = (tab) =>
  tab.evaluate(async () => {
    const logged = [];
    const warn = console.warn;
    console.warn = (...args) => logged.push(args);
    document.querySelector('care-callout').content = { variant: 'urgent' };
    await new Promise(requestAnimationFrame);
    console.warn = warn;
    return logged.filter(([first]) => Array.isArray(first)).map(([errors]) => errors.map((error) => error.path));
  });

describe('Vue and Svelte samples', () => {
  it('Vue: the vite.config.js option and App.vue compile, mount and set content as a property', async () => {
    const config = named('frameworks.md', 'vite.config.js');
    const component = named('frameworks.md', 'App.vue');
    // The config's imports stand in for Vite and its Vue plugin, which return what they are given.
    const runnable = config.code
      .replace("import { defineConfig } from 'vite';", 'const defineConfig = (config) => config;')
      .replace("import vue from '@vitejs/plugin-vue';", 'const vue = (options) => ({ name: "vue", options });');
    const { default: viteConfig } = await import(pathToFileURL(write('vue/vite.config.mjs', runnable)).href);
    const { compilerOptions } = viteConfig.plugins[0].options.template;
    const { parse, compileScript } = await import('vue/compiler-sfc');
    // As @vitejs/plugin-vue does: the template is parsed with the same compiler options.
    const { descriptor } = parse(component.code, { filename: 'App.vue', templateParseOptions: compilerOptions });
    const script = compileScript(descriptor, { id: 'app', inlineTemplate: true, templateOptions: { compilerOptions } });
    write('vue/App.vue.js', script.content);
    const entry = write('vue/main.js', "import { createApp } from 'vue';\nimport App from './App.vue.js';\ncreateApp(App).mount('#app');\n");
    const define = { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' };
    const { tab, problems } = await open(await bundle(entry, 'vue/main.bundle.js', { define }));
    assert.deepEqual(await shownText(tab), ['Takeaway: Consult your medical team.']);
    assert.equal(await tab.evaluate(() => typeof document.querySelector('care-callout').content), 'object');
    assert.deepEqual(problems, []);
    assert.deepEqual(await handledErrors(tab), [['/variant', '/body']]);
    await tab.close();
  });

  it('Svelte: App.svelte compiles, mounts and sets content as a property', async () => {
    const component = named('frameworks.md', 'App.svelte');
    const { compile } = await import('svelte/compiler');
    const { js, warnings } = compile(component.code, { filename: 'App.svelte', generate: 'client' });
    assert.deepEqual(warnings.map((warning) => warning.message), []);
    write('svelte/App.svelte.js', js.code);
    const entry = write('svelte/main.js', "import { mount } from 'svelte';\nimport App from './App.svelte.js';\nmount(App, { target: document.getElementById('app') });\n");
    const { tab, problems } = await open(await bundle(entry, 'svelte/main.bundle.js', { conditions: ['browser'] }));
    assert.deepEqual(await shownText(tab), ['Takeaway: Consult your medical team.']);
    assert.equal(await tab.evaluate(() => typeof document.querySelector('care-callout').content), 'object');
    assert.deepEqual(problems, []);
    assert.deepEqual(await handledErrors(tab), [['/variant', '/body']]);
    await tab.close();
  });
});

describe('CMS, static site and WordPress samples', () => {
  it('cms-validate.js accepts a valid callout and names the problems of an invalid one', async () => {
    const hook = named('cms.md', 'cms-validate.js');
    const { calloutProblems } = await import(pathToFileURL(write('cms/cms-validate.js', hook.code)).href);
    assert.deepEqual(calloutProblems(JSON.parse(readFileSync(join(root, 'content/callout/limitation.json'), 'utf8'))), []);
    const problems = calloutProblems({ variant: 'urgent' });
    assert.deepEqual(problems.map((problem) => problem.path).sort(), ['', '/variant']);
  });

  it('eleventy.config.js copies the bundle and its shortcode writes elements that render their content exactly', async () => {
    const config = named('static-sites.md', 'eleventy.config.js');
    const { default: setUp } = await import(pathToFileURL(write('eleventy/eleventy.config.js', config.code)).href);
    const copies = [];
    const shortcodes = {};
    setUp({ addPassthroughCopy: (mapping) => copies.push(mapping), addShortcode: (name, render) => (shortcodes[name] = render) });
    for (const source of copies.flatMap(Object.keys)) assert.ok(existsSync(join(root, source.replace('node_modules/care-elements/', ''))), source);
    const tricky = { variant: 'warning', title: `Don't "stop" & </script> <b>`, body: 'It\'s **bold** & <i>plain</i> text.' };
    const file = write('eleventy/page.html', page(shortcodes.care('care-callout', tricky), bundleTag));
    const { tab, problems } = await open(file);
    assert.deepEqual(await tab.evaluate(() => JSON.parse(document.querySelector('care-callout').getAttribute('content'))), tricky);
    assert.match((await shownText(tab))[0], /Don't "stop" & <\/script> <b>.*It's bold & <i>plain<\/i> text\./);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('the WordPress PHP enqueues the bundle and lets editors keep every element and attribute', (t) => {
    const [php] = sample('wordpress.md', (each) => each.lang === 'php');
    const hasPhp = spawnSync('php', ['--version']).status === 0;
    if (!hasPhp) return t.skip('php is not installed (.ci/run installs it)');
    const stubs = `<?php
      $GLOBALS['actions'] = []; $GLOBALS['filters'] = []; $GLOBALS['scripts'] = [];
      function add_action($hook, $callback) { $GLOBALS['actions'][$hook][] = $callback; }
      function add_filter($hook, $callback) { $GLOBALS['filters'][$hook][] = $callback; }
      function wp_enqueue_script(...$args) { $GLOBALS['scripts'][] = $args; }
      require ${JSON.stringify(write('wordpress/functions.php', php.code))};
      foreach ($GLOBALS['actions']['wp_enqueue_scripts'] as $callback) $callback();
      $allowed = [];
      foreach ($GLOBALS['filters']['wp_kses_allowed_html'] as $callback) $allowed = $callback($allowed, 'post');
      echo json_encode(['scripts' => $GLOBALS['scripts'], 'allowed' => $allowed, 'comments' => $GLOBALS['filters']['wp_kses_allowed_html'][0]([], 'comment')]);`;
    const run = spawnSync('php', [write('wordpress/run.php', stubs)], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    const { scripts, allowed, comments } = JSON.parse(run.stdout);
    assert.deepEqual(scripts.map(([handle, url, , , args]) => [handle, url.replace(BUNDLE_URL, 'BUNDLE'), args.strategy]), [['care-elements', 'BUNDLE', 'defer']]);
    for (const element of manifestElements) {
      assert.ok(allowed[element.tagName], `${element.tagName} is stripped from posts`);
      for (const attribute of element.attributes ?? []) assert.equal(allowed[element.tagName][attribute.name], true, `${element.tagName} loses ${attribute.name}`);
    }
    assert.deepEqual(comments, []);
  });
});

describe('shell and JSON samples', () => {
  const shell = samples.filter((one) => one.lang === 'sh');
  shell.forEach((one) => claimed.add(one));
  it('shell samples install this package, or run its command successfully on valid content', () => {
    const { name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    // A site's content folder: the valid fixtures.
    const site = join(OUT, 'site');
    for (const tag of tags)
      for (const { name: file, text } of fixtures(tag).filter((one) => one.valid)) write(`site/content/${tag.slice('care-'.length)}/${file}`, text);
    for (const each of shell) {
      for (const line of each.code.trim().split('\n')) {
        if (line === `npm install ${name}`) continue; // the package test installs the packed package
        const args = line.match(/^npx care-elements (.*)$/)?.[1].match(/"[^"]*"|\S+/g).map((arg) => arg.replace(/^"|"$/g, ''));
        assert.ok(args, `${each.label}: "${line}" is run by no test`);
        const run = spawnSync(process.execPath, [join(root, 'bin/care-elements.js'), ...args], { cwd: site, encoding: 'utf8' });
        assert.equal(run.status, 0, `${line}\n${run.stdout}${run.stderr}`);
      }
    }
  });

  it('a content file with "$schema" validates with no warning', () => {
    for (const each of sample('cms.md', (one) => one.lang === 'json' && !one.name)) {
      const file = write(`json/${each.id}.json`, each.code);
      const run = spawnSync(process.execPath, [join(root, 'bin/care-elements.js'), 'validate', '--json', file], { encoding: 'utf8' });
      const [result] = JSON.parse(run.stdout).results;
      assert.deepEqual([result.by, result.valid, result.warnings], ['$schema', true, []]);
    }
  });

  it('the citations sample is a callout that validates with no warning', () => {
    const samples = sample('citations.md', (one) => one.lang === 'json');
    assert.equal(samples.length, 1);
    for (const each of samples) {
      const file = write(`json/${each.id}.json`, each.code);
      const run = spawnSync(process.execPath, [join(root, 'bin/care-elements.js'), 'validate', '--json', '--element', 'callout', file], { encoding: 'utf8' });
      const [result] = JSON.parse(run.stdout).results;
      assert.deepEqual([result.valid, result.errors, result.warnings], [true, [], []]);
    }
  });

  it('the VS Code settings name files the package ships and globs that match content', () => {
    const settings = JSON.parse(named('frameworks.md', '.vscode/settings.json').code);
    const shipped = (path) => existsSync(join(root, path.replace('./node_modules/care-elements/', '')));
    for (const path of settings['html.customData']) assert.ok(shipped(path), path);
    for (const { url, fileMatch } of settings['json.schemas']) {
      assert.ok(shipped(url), url);
      for (const glob of fileMatch) {
        const [folder, pattern] = [glob.slice(0, glob.lastIndexOf('/')), new RegExp(`^${glob.slice(glob.lastIndexOf('/') + 1).replace('.', '\\.').replace('*', '.*')}$`)];
        assert.ok(readdirSync(join(root, folder)).some((file) => pattern.test(file)), `${glob} matches no content file`);
      }
    }
  });
});

describe('docs/', () => {
  it('has no sample that no test runs', () => {
    assert.deepEqual(samples.filter((each) => !claimed.has(each)).map((each) => each.label), []);
  });
});

// The benchmark's own machinery: the pages it compares and how it reads a trace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { elementPage, faqContent, faqStaticHtml, RESERVE_CSS } from '../../scripts/bench-pages.js';
import { addPhonePages, phoneTable, scriptTaskOf } from '../../scripts/bench-phone.js';
import { forcedLayouts, mainThreadTime } from '../../scripts/bench-trace.js';

describe('bench pages', () => {
  it('reserves space with the CSS that docs/performance.md recommends', () => {
    const docs = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
    const bare = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '');
    assert.equal(bare(docs.match(/```css\n([\s\S]*?)```/)[1]), bare(RESERVE_CSS));
  });

  it('writes the same FAQ as static HTML: one closed <details> per question, with its question, link and list', () => {
    const content = faqContent(3);
    const html = faqStaticHtml(content);
    assert.equal(html.match(/<details>/g).length, 3);
    assert.doesNotMatch(html, /<details open/);
    content.items.forEach(({ question }, index) => {
      assert.ok(html.includes(`<summary><h3>${question}</h3></summary>`));
      assert.ok(html.includes(`<a href="https://example.org/faq/${index + 1}">a link</a>`));
      assert.ok(html.includes(`<li>the first point of answer ${index + 1}</li>`));
    });
  });

  it('keeps content that holds </script> inside its JSON script', () => {
    const page = elementPage({ title: 'T', tag: 'care-faq', content: { items: [{ question: '</script><script>x()</script>', answer: 'A' }] }, tags: ['care-faq'] });
    const json = page.slice(page.indexOf('<script type="application/json">'));
    assert.equal(json.indexOf('</script>'), json.lastIndexOf('</script>'), 'only the closing tag of the JSON script');
  });
});

describe('bench trace', () => {
  const ms = 1000;
  const url = 'http://127.0.0.1/bench/faq-10.html';
  const at = (ts, rest) => ({ pid: 1, tid: 7, ts: ts * ms, ...rest });
  const events = [
    at(0, { name: 'navigationStart', ph: 'R' }),
    at(0, { name: 'ParseHTML', ph: 'B', args: { beginData: { url } } }),
    at(2, { name: 'FunctionCall', ph: 'X', dur: 4 * ms }),
    at(3, { name: 'UpdateLayoutTree', ph: 'X', dur: 1 * ms }),
    at(10, { name: 'ParseHTML', ph: 'E' }),
    at(20, { name: 'RunTask', ph: 'X', dur: 20 * ms }),
    at(25, { name: 'Layout', ph: 'X', dur: 5 * ms }),
    at(30, { name: 'Paint', ph: 'X', dur: 2 * ms }),
    at(33, { name: 'FunctionCall', ph: 'X', dur: 17 * ms }),
    at(35, { name: 'bench-ready', ph: 'R' }),
    { pid: 2, tid: 7, ts: 1 * ms, name: 'FunctionCall', ph: 'X', dur: 50 * ms },
  ];

  it('sums self time by kind on the page main thread, up to the mark', () => {
    assert.deepEqual(mainThreadTime(events, { url, until: 'bench-ready' }), { script: 5, style: 1, layout: 5, parse: 6 });
  });

  it('says so when the page or the mark is missing', () => {
    assert.throws(() => mainThreadTime(events, { url: 'http://127.0.0.1/other.html', until: 'bench-ready' }), /no ParseHTML/);
    assert.throws(() => mainThreadTime(events, { url, until: 'never' }), /no "never" mark/);
  });

  it('counts the layouts that a given script forced, and not the frames\' own', () => {
    const bundle = 'http://127.0.0.1/dist/care-elements.js';
    const layout = (stackTrace) => ({ name: 'Layout', ph: 'X', args: { beginData: stackTrace ? { stackTrace } : {} } });
    const trace = [
      layout(),
      layout([{ functionName: 'updated', url: bundle }]),
      layout([{ functionName: 'ready', url: 'http://127.0.0.1/bench/faq-10.html' }]),
      layout([{ functionName: 'a', url: 'http://127.0.0.1/bench/faq-10.html' }, { functionName: 'b', url: bundle }]),
    ];
    assert.equal(forcedLayouts(trace, bundle), 2);
  });
});

describe('bench phone pages', () => {
  it('embeds each content four ways beside static HTML: classic in <head>, defer, server-rendered with and without the hydrating bundle', async () => {
    const pages = new Map();
    const contents = await addPhonePages({ pages, tags: ['care-faq'] });
    assert.deepEqual(contents.map(({ id }) => id), ['faq-100', 'faq-1000']);
    const page = (variant) => pages.get(`/phone/faq-100.${variant}.html`);
    assert.match(page('static'), /<details><summary>/);
    assert.match(page('head'), /<head>[\s\S]*<script src="\/dist\/care-elements.js"><\/script>[\s\S]*<\/head>/);
    assert.match(page('defer'), /<script defer src="\/dist\/care-elements.js"><\/script>/);
    for (const variant of ['ssr', 'ssr-noscript']) {
      assert.match(page(variant), /<care-faq [^>]*><template shadowrootmode="open">/, `${variant}: a declarative shadow root`);
      assert.doesNotMatch(page(variant), /care-elements\.js/);
    }
    assert.match(page('ssr'), /<script src="\/dist\/care-elements-hydrate.js"><\/script>/);
    assert.doesNotMatch(page('ssr-noscript'), /care-elements-hydrate/);
    // Every page watches its long tasks and first paint from the start.
    for (const variant of ['static', 'head', 'ssr']) assert.ok(page(variant).indexOf("type: 'longtask'") < page(variant).indexOf('<body>'));
    // And note when the bundle defines its first element, before the bundle runs.
    for (const variant of ['head', 'ssr']) assert.ok(page(variant).indexOf('customElements.define = function') < page(variant).indexOf('/dist/care-elements'));
  });

  it("tells the script's own task by the time the bundle defined its first element", () => {
    const tasks = [
      { start: 100, duration: 80 },
      { start: 300, duration: 60 },
    ];
    assert.equal(scriptTaskOf(tasks, 320), tasks[1]);
    assert.equal(scriptTaskOf(tasks, 100), tasks[0]);
    assert.equal(scriptTaskOf(tasks, 250), undefined, 'defined in a task under 50 ms');
    assert.equal(scriptTaskOf(tasks, undefined), undefined, 'a page with no script');
  });

  it('reports each variant as median (min–max) and as the median of its per-run ratios to static HTML', () => {
    const run = (fcp) => ({ fcp });
    const samples = new Map([
      ['faq-100', { static: [run(100), run(200), run(100)], head: [run(150), run(200), run(300)], defer: [], ssr: [run(100), run(200), run(100)], 'ssr-noscript': [] }],
    ]);
    const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
    const table = phoneTable({ contents: [{ id: 'faq-100', label: 'FAQ' }], samples, median, format: (value) => String(value) });
    const row = table.split('\n').find((line) => line.startsWith('| FAQ | First contentful paint'));
    const cells = row.split(' | ');
    assert.equal(cells[2], '100 (100–200)');
    // Ratios per run: 1.5, 1, 3.
    assert.equal(cells[3], '200 (150–300), **1.50×**');
    assert.equal(cells[4], '—');
    assert.equal(cells[5], '100 (100–200), **1.00×**');
  });
});

// The benchmark's own machinery: the pages it compares and how it reads a trace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { elementPage, faqContent, faqStaticHtml, RESERVE_CSS } from '../../scripts/bench-pages.js';
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

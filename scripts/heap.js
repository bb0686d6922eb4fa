// What the benchmark pages hold in JavaScript heap once rendered, quickly:
// the FAQ with 10, 100 and 1000 questions, the seed article and a blank page,
// the same pages and measure as `npm run bench`, without its timings.
//
//   npm run build && node scripts/heap.js              medians of 3 loads
//   node scripts/heap.js --only faq-1000 --runs 5
//   node scripts/heap.js --only faq-1000 --snapshot    also the heap snapshot's biggest retainers by constructor
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { elementFolders } from './elements.js';
import { elementPage, faqContent, staticPage } from './bench-pages.js';

const ROOT = new URL('../', import.meta.url).pathname;
const ARTICLE = 'content/immunotherapy-leukemia.json';

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, only: { type: 'string' }, snapshot: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(options.runs) || 3);
const tags = elementFolders().map((name) => `care-${name}`);

const pages = new Map([['blank', staticPage({ title: 'Blank', html: '' })]]);
for (const count of [10, 100, 1000]) pages.set(`faq-${count}`, elementPage({ title: `FAQ with ${count} questions`, tag: 'care-faq', content: faqContent(count), tags }));
pages.set('article', elementPage({ title: 'Seed article', tag: 'care-article', content: JSON.parse(readFileSync(join(ROOT, ARTICLE), 'utf8')), tags }));
const selected = [...pages.keys()].filter((id) => !options.only || id === options.only);

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const id = path.match(/^\/heap\/(.+)\.html$/)?.[1];
  if (id && pages.has(id)) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(id));
  const file = join(ROOT, normalize(path));
  if (!file.startsWith(ROOT) || !/^\/(dist|content)\//.test(path) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });

/** The snapshot's self sizes summed by constructor name: what the page keeps, biggest first. */
const retainedByConstructor = async (cdp) => {
  let chunks = '';
  const collect = ({ chunk }) => (chunks += chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks);
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, name, size] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const totals = new Map();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = types[nodes[i + type]];
    if (kind === 'hidden' || kind === 'synthetic') continue;
    const key = `${kind}: ${kind === 'object' || kind === 'closure' ? strings[nodes[i + name]] : ''}`;
    const total = totals.get(key) ?? { count: 0, bytes: 0 };
    total.count++;
    total.bytes += nodes[i + size];
    totals.set(key, total);
  }
  return [...totals].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 40);
};

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
for (const id of selected) {
  const heaps = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/heap/${id}.html`);
    await page.waitForFunction(() => window.benchReady !== undefined, { timeout: 120000 });
    await page.evaluate(async () => {
      await window.nextFrame();
      await window.nextFrame();
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heaps.push(metrics.find(({ name }) => name === 'JSHeapUsedSize').value / 1e6);
    if (options.snapshot && run === runs - 1) {
      for (const [key, { count, bytes }] of await retainedByConstructor(cdp)) console.log(`${(bytes / 1e3).toFixed(0).padStart(8)} kB ${String(count).padStart(7)}× ${key}`);
    }
    await page.close();
    if (errors.length) throw new Error(`${id}: ${errors.join('; ')}`);
  }
  console.log(`${id}: ${median(heaps).toFixed(2)} MB (${heaps.map((heap) => heap.toFixed(2)).join(', ')})`);
}
await browser.close();
server.close();

// `npm run audit`: Lighthouse over the demo page and a server-rendered page
// (the sample article, `care-elements render --page`), served as a site serves
// them: compressed, with content types and caching headers. Prints each
// category's score and every audit that failed; exits 1 when Accessibility,
// Best Practices or SEO is under 100 on either page. Performance is reported
// only: it measures this machine as much as the pages.
//
//   npm run audit                      desktop preset
//   npm run audit -- --preset mobile   Lighthouse's default, a throttled phone
//   npm run audit -- --json out.json   also writes every result
//   npm run audit -- --preset mobile --phone-pages --runs 5
//                                      performance only, over the pages of
//                                      `npm run bench`'s phone table instead,
//                                      each figure the median of the runs
import { launch } from 'chrome-launcher';
import lighthouse, { defaultConfig, desktopConfig } from 'lighthouse';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { run as render } from '../bin/render.js';
import { addPhonePages, addStaticTwins, PHONE_VARIANTS } from './bench-phone.js';
import { chromiumArgs, chromiumPath } from './chromium.js';
import { elementFolders } from './elements.js';
import { FEEDBACK_PATH } from './feedback-endpoint.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const PRESETS = { desktop: desktopConfig, mobile: defaultConfig };
/** The categories that must score 100 on every page. */
export const REQUIRED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...REQUIRED];
/** The metrics printed for each of the benchmark's phone pages. */
const PHONE_AUDITS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
const ARTICLE = 'content/immunotherapy-leukemia.json';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};
/** Folders a site would publish: the demo, the built scripts and the content the demo fetches. */
const PUBLISHED = ['demo', 'dist', 'content'];

// Compressed once per file and encoding, as a site compresses its files ahead of requests.
const compressions = new Map();
const compressed = (bytes, etag, encoding) => {
  const key = `${etag} ${encoding}`;
  if (!compressions.has(key)) compressions.set(key, encoding === 'br' ? brotliCompressSync(bytes) : gzipSync(bytes));
  return compressions.get(key);
};

/**
 * A static site: `files` maps paths to bodies written for it (the rendered
 * page), everything else comes from the published folders. Text is sent with
 * brotli or gzip as the browser accepts; pages are revalidated on every visit,
 * other files are cached for a week (their names carry no version); ETags
 * answer a revalidation with 304.
 */
export const siteServer = (files) =>
  createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://site').pathname);
    // The demo lists what its feedback endpoint holds, as `npm start` serves it; nobody answers during an audit.
    if (path === FEEDBACK_PATH && request.method === 'GET') {
      response.writeHead(200, { 'content-type': TYPES['.json'], 'cache-control': 'no-store' }).end('[]');
      return;
    }
    let body = files.get(path);
    let type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (body === undefined) {
      const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
      const published = PUBLISHED.some((folder) => file.startsWith(join(root, folder) + sep));
      if (!published || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      body = readFileSync(file);
      type = TYPES[extname(file)] ?? type;
    }
    const bytes = Buffer.from(body);
    const etag = `"${createHash('sha1').update(bytes).digest('base64url')}"`;
    const headers = {
      'content-type': type,
      'cache-control': type.startsWith('text/html') ? 'no-cache' : 'public, max-age=604800',
      etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    };
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    const compressible = /^(text\/|application\/json|image\/svg)/.test(type);
    const encoding = compressible ? ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted)) : undefined;
    const sent = encoding ? compressed(bytes, etag, encoding) : bytes;
    response.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': sent.length });
    response.end(request.method === 'HEAD' ? undefined : sent);
  });

/** `care-elements render …args`, its output kept. */
const renderCommand = async (...args) => {
  let stdout = '';
  let stderr = '';
  const code = await render(args, { stdout: { write: (text) => (stdout += text) }, stderr: { write: (text) => (stderr += text) } });
  return { code, stdout, stderr };
};

/** The failed audits of a category: scored below 1, leaving out the ones Lighthouse only informs about. */
const failedAudits = (lhr, category) =>
  lhr.categories[category].auditRefs
    .map(({ id }) => lhr.audits[id])
    .filter((audit) => audit.score !== null && audit.score < 1 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode));

/** The sample article as `render --page` writes it, its bundle beside it as the page expects; undefined when it cannot be rendered. */
const articleFiles = async () => {
  const article = await renderCommand(ARTICLE, '--page', '--icon', '/demo/favicon.svg');
  if (article.code !== 0) {
    console.error(article.stderr);
    return undefined;
  }
  return new Map([
    ['/render/immunotherapy-leukemia.html', article.stdout],
    ['/render/care-elements-hydrate.js', readFileSync(join(root, 'dist/care-elements-hydrate.js'))],
    ['/render/care-elements-hydrate.js.map', readFileSync(join(root, 'dist/care-elements-hydrate.js.map'))],
  ]);
};

const main = async () => {
  const { values } = parseArgs({
    options: { preset: { type: 'string', default: 'desktop' }, json: { type: 'string' }, 'phone-pages': { type: 'boolean' }, runs: { type: 'string', default: '1' } },
  });
  const config = PRESETS[values.preset];
  if (!config) {
    console.error(`npm run audit: --preset is one of ${Object.keys(PRESETS).join(', ')}`);
    return 2;
  }

  const phonePages = values['phone-pages'];
  const files = phonePages ? new Map() : await articleFiles();
  if (!files) return 1;
  const phoneContents = phonePages
    ? await addPhonePages({
        pages: files,
        tags: elementFolders().map((name) => `care-${name}`),
        article: JSON.parse(readFileSync(join(root, ARTICLE), 'utf8')),
      })
    : [];
  const server = siteServer(files);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${server.address().port}`;
  const pages = phonePages
    ? phoneContents.flatMap(({ id, label }) => PHONE_VARIANTS.map((variant) => [`${label}, ${variant.label}`, `${origin}/phone/${id}.${variant.id}.html`]))
    : [
        ['Demo page', `${origin}/demo/`],
        ['Server-rendered article', `${origin}/render/immunotherapy-leukemia.html`],
      ];
  // The benchmark's pages are written to be measured, not to be found: only their performance counts.
  const categories = phonePages ? ['performance'] : CATEGORIES;

  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs, logLevel: 'silent' });
  const results = [];
  let status = 0;
  try {
    // The seed article's static twin is what its server-rendered page shows, as the benchmark makes it.
    if (phonePages) {
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      await addStaticTwins({ browser, origin, pages: files, contents: phoneContents });
      await browser.disconnect();
    }
    const runs = Math.max(1, Number(values.runs) || 1);
    for (const [name, url] of Array.from({ length: runs }, () => pages).flat()) {
      const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', onlyCategories: categories }, config);
      results.push(lhr);
      console.log(`\n${name} (${url.replace(origin, '')}), Lighthouse ${lhr.lighthouseVersion}, ${values.preset}`);
      for (const category of categories) {
        const score = Math.round(lhr.categories[category].score * 100);
        const short = REQUIRED.includes(category) && score < 100;
        if (short) status = 1;
        console.log(`  ${lhr.categories[category].title.padEnd(15)} ${String(score).padStart(3)}${short ? '  (must be 100)' : ''}`);
        if (phonePages) continue;
        for (const audit of failedAudits(lhr, category)) {
          console.log(`    ✗ ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
      if (phonePages) console.log(`  ${PHONE_AUDITS.map((id) => `${lhr.audits[id].title} ${lhr.audits[id].displayValue}`).join(', ')}`);
      if (lhr.runtimeError) {
        console.log(`  Lighthouse could not audit it: ${lhr.runtimeError.message}`);
        status = 1;
      }
    }
  } finally {
    await chrome.kill();
    server.close();
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2));
  if (phonePages) {
    // Each figure as the median of the runs, with their range.
    const summary = (values, format) => {
      const sorted = values.toSorted((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)];
      return sorted.length > 1 ? `${format(median)} (${format(sorted[0])}–${format(sorted.at(-1))})` : format(median);
    };
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const formats = { 'cumulative-layout-shift': (value) => `${Math.round(value * 1000) / 1000}`, 'total-blocking-time': (ms) => `${Math.round(ms)} ms` };
    console.log(`\n| page | performance | ${PHONE_AUDITS.map((id) => results[0].audits[id].title).join(' | ')} |\n|---|--:|${'--:|'.repeat(PHONE_AUDITS.length)}`);
    for (const [index, [name]] of pages.entries()) {
      const ofPage = results.filter((_, each) => each % pages.length === index);
      const score = summary(ofPage.map((lhr) => lhr.categories.performance.score * 100), Math.round);
      console.log(`| ${name} | ${score} | ${PHONE_AUDITS.map((id) => summary(ofPage.map((lhr) => lhr.audits[id].numericValue), formats[id] ?? seconds)).join(' | ')} |`);
    }
    return status;
  }
  console.log(status ? `\n${REQUIRED.join(', ')} must score 100 on every page.` : `\nEvery page scores 100 in ${REQUIRED.join(', ')}.`);
  return status;
};

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();

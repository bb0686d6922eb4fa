// What `npm run audit` holds the pages to, checked without Lighthouse: the demo
// page's head, and the site server that serves the audited pages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { siteServer } from '../../scripts/audit.js';
import { root } from './helpers.js';

const demo = readFileSync(join(root, 'demo/index.html'), 'utf8');

describe('the demo page', () => {
  it('has a language, a title, a meta description and an icon that exists', () => {
    assert.match(demo, /<html lang="en">/);
    assert.match(demo, /<title>[^<]{10,}<\/title>/);
    const description = /<meta name="description" content="([^"]+)">/.exec(demo)?.[1] ?? '';
    assert.ok(description.length >= 50 && description.length <= 160, `description: "${description}"`);
    const icon = /<link rel="icon" href="([^"]+)"/.exec(demo)?.[1];
    assert.ok(icon && existsSync(join(root, 'demo', icon)), `icon ${icon}`);
  });
});

describe('the site npm run audit serves', () => {
  let origin;
  const server = siteServer(new Map([['/render/page.html', '<!doctype html><title>Rendered</title>']]));
  before(() => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((origin = `http://127.0.0.1:${server.address().port}`)))));
  after(() => server.close());

  const get = (path, headers = {}) =>
    new Promise((resolve, reject) =>
      request(`${origin}${path}`, { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk)).on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end(),
    );

  it('sends text compressed as the browser accepts, with its type, and pages revalidated but files cached', async () => {
    const page = await get('/demo/', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.headers['content-encoding'], 'br');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.equal(brotliDecompressSync(page.body).toString(), demo);
    const script = await get('/dist/care-elements.js', { 'accept-encoding': 'gzip' });
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(script.headers['content-encoding'], 'gzip');
    assert.match(script.headers['cache-control'], /max-age=\d{6,}/);
    assert.deepEqual(gunzipSync(script.body), readFileSync(join(root, 'dist/care-elements.js')));
    const plain = await get('/render/page.html');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), '<!doctype html><title>Rendered</title>');
  });

  it('answers a revalidation with 304, and only serves what a site publishes', async () => {
    const { headers } = await get('/demo/demo.css');
    assert.equal((await get('/demo/demo.css', { 'if-none-match': headers.etag })).status, 304);
    for (const path of ['/package.json', '/demo/missing.html', '/dist/../package.json', '/demo/%2e%2e/package.json']) assert.equal((await get(path)).status, 404, path);
  });

  it('answers the demo’s request for the feedback received, as npm start does, so the audited page logs no failed request', async () => {
    const { status, headers, body } = await get('/api/feedback');
    assert.equal(status, 200);
    assert.equal(headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(body.toString()), []);
  });
});

// `npm start`, run as a newcomer runs it, in a copy of the project (so that
// its rebuilds and the edit below touch nothing the other tests read).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root } from './helpers.js';

const copy = mkdtempSync(join(tmpdir(), 'care-start-'));
for (const path of ['package.json', 'rollup.config.js', 'web-dev-server.config.js', 'tsconfig.json', 'scripts', 'src', 'bin', 'demo', 'content'])
  cpSync(join(root, path), join(copy, path), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));

let start;
let output = '';
/** Resolves with the output once it matches `pattern`; fails after `seconds`. */
const outputMatching = (pattern, seconds) =>
  new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(output)) {
        clearInterval(timer);
        resolve(output);
      }
    };
    const timer = setInterval(check, 100);
    setTimeout(() => {
      clearInterval(timer);
      reject(new Error(`no ${pattern} in ${seconds} s; the output was:\n${output}`));
    }, seconds * 1000);
  });

let addresses;
before(async () => {
  // Port 0: any free port, which it prints.
  start = spawn('npm', ['start'], { cwd: copy, env: { ...process.env, PORT: '0', HOST: '' }, detached: true });
  start.stdout.on('data', (chunk) => (output += chunk));
  start.stderr.on('data', (chunk) => (output += chunk));
  await outputMatching(/Ctrl\+C stops/, 240);
  addresses = output.match(/https?:\/\/[^\s]+/g);
});
after(() => {
  if (start?.exitCode === null) process.kill(-start.pid);
  rmSync(copy, { recursive: true, force: true });
});

const portOf = () => Number(new URL(addresses[0]).port);
/** What each page `npm start` prints must answer: its title, and the bundle it loads. */
const PAGES = [
  { title: /<title>care-elements: a patient-education article built from JSON<\/title>/, bundle: '../dist/care-elements.js' },
  { title: /<title>care-elements: write content in a form, with a live preview<\/title>/, bundle: '../dist/care-editor.js' },
];
const servesPage = async (url) => {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  const text = await response.text();
  const page = PAGES.find(({ title }) => title.test(text));
  assert.ok(page, `${url} serves neither the demo nor the editor`);
  const bundle = await fetch(new URL(page.bundle, response.url));
  assert.equal(bundle.status, 200, `${url}: the bundle it loads`);
  return page;
};

/** Addresses in /proc/net/tcp{,6} (Linux) listening on a port, as hex. */
const listeningAddresses = (port) =>
  ['/proc/net/tcp', '/proc/net/tcp6'].filter(existsSync).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      // Column 1 is local address:port, column 3 the state; 0A is LISTEN.
      .filter((columns) => columns[3] === '0A' && Number.parseInt(columns[1].split(':')[1], 16) === port)
      .map((columns) => columns[1].split(':')[0]),
  );

const refuses = (host, port) =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.on('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(true));
  });

describe('npm start', () => {
  it('serves a page at every address it prints, the demo and the editor among them, and the demo at /', async () => {
    assert.ok(addresses?.length, output);
    const served = new Set();
    for (const url of addresses) served.add(await servesPage(url));
    assert.equal(served.size, PAGES.length, 'both the demo and the editor are printed');
    assert.equal(await servesPage(`http://localhost:${portOf()}/`), PAGES[0]);
  });

  it('listens on this machine only', async () => {
    const port = portOf();
    const listening = listeningAddresses(port);
    if (listening.length) assert.deepEqual(listening, ['0100007F'], 'bound to 127.0.0.1 alone');
    const external = Object.values(networkInterfaces()).flat().filter((each) => each.family === 'IPv4' && !each.internal);
    for (const { address } of external) assert.ok(await refuses(address, port), `answers on ${address}`);
    assert.ok(listening.length || external.length, 'nothing to tell where it listens');
  });

  it('rebuilds the bundle when a file in src/ changes', async () => {
    const file = join(copy, 'src/feedback/labels.ts');
    const edited = 'Was this page useful to you?';
    writeFileSync(file, readFileSync(file, 'utf8').replace("question: 'Was this page helpful?'", `question: '${edited}'`));
    await outputMatching(/Rebuilt dist\/care-elements\.js/, 240);
    const bundle = await (await fetch(`http://localhost:${portOf()}/dist/care-elements.js`)).text();
    assert.ok(bundle.includes(edited), 'the served bundle has the edit');
  });
});

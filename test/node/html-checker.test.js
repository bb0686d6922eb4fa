// The W3C Nu HTML Checker (vnu) over the demo page's source and the page
// `care-elements render --page` writes for every content file: no errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { contentFiles, renderPage, root } from './helpers.js';

const vnuJar = createRequire(import.meta.url)('vnu-jar');
const hasJava = spawnSync('java', ['-version']).status === 0;

const scratch = mkdtempSync(join(tmpdir(), 'care-vnu-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('the W3C Nu HTML Checker', () => {
  it('finds no errors in the demo page or in any page render --page writes', async (t) => {
    if (!hasJava) return t.skip('java is not installed (.ci/run installs default-jre-headless)');
    const pages = [];
    for (const file of contentFiles()) {
      const { code, stdout, stderr } = await renderPage(file);
      assert.equal(code, 0, `${file}: ${stderr}`);
      const page = join(scratch, `${file.replace(/\.json$/, '').replaceAll('/', '_')}.html`);
      writeFileSync(page, stdout);
      pages.push(page);
    }
    // A page with one known error, so that a run that checked nothing cannot pass.
    const control = join(scratch, 'control.html');
    writeFileSync(control, '<!doctype html><html lang="en"><title>Control</title><template shadowroot="open"></template>');
    // One JVM for every file: it takes seconds to start.
    const checked = [join(root, 'demo/index.html'), ...pages, control];
    const { stdout, error } = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...checked], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(error, undefined);
    const errors = JSON.parse(stdout).messages.filter(({ type }) => type !== 'info');
    const described = errors.map(({ url, lastLine, message, extract }) => `${url.split('/').pop()}:${lastLine} ${message} (${extract?.trim()})`);
    assert.deepEqual(described.filter((each) => !each.startsWith('control.html:')), []);
    assert.equal(described.length, 1, 'the control page has its error reported');
  });
});

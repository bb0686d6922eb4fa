// The size budgets: `npm run size` fails with the figure and the budget when a file is too big.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { BUDGETS, compressedSizes, measureSizes, overBudget, report } from '../../scripts/size.js';
import { elementFolders } from '../../scripts/elements.js';

const built = existsSync(new URL('../../dist/care-elements.js', import.meta.url));

describe('size budgets', () => {
  it('reports each file over its gzip budget with its size and the budget', () => {
    const rows = [
      { file: 'dist/care-elements.js', gzip: 20_001, budget: 20_000 },
      { file: 'dist/esm/faq/care-faq.js', gzip: 2_999, budget: 3_000 },
      { file: 'dist/esm/article/care-article.js', gzip: 3_456, budget: 3_000 },
    ];
    assert.deepEqual(overBudget(rows), [
      'dist/care-elements.js is 20.00 kB gzip (20001 bytes), over its budget of 20.00 kB (20000 bytes)',
      'dist/esm/article/care-article.js is 3.46 kB gzip (3456 bytes), over its budget of 3.00 kB (3000 bytes)',
    ]);
  });

  it('accepts a file exactly at its budget, and a file with no budget', () => {
    assert.deepEqual(overBudget([{ file: 'dist/care-elements.js', gzip: BUDGETS.bundle, budget: BUDGETS.bundle }]), []);
    assert.deepEqual(overBudget([{ file: 'dist/care-elements-hydrate.js', gzip: 99_999 }]), []);
  });

  it('measures gzip at level 9 and brotli at quality 11', () => {
    const text = 'care-elements '.repeat(200);
    const sizes = compressedSizes(text);
    assert.equal(sizes.raw, text.length);
    assert.equal(sizes.gzip, gzipSync(text, { level: 9 }).length);
    assert.ok(sizes.brotli < sizes.gzip, 'brotli -q 11 compresses repetitive text better than gzip');
  });

  it('measures the bundles and one module per element folder', { skip: !built && 'run npm run build first' }, async () => {
    const rows = await measureSizes();
    assert.deepEqual(
      rows.map(({ file }) => file),
      [
        'dist/care-elements.js',
        'dist/care-elements-hydrate.js',
        'dist/care-elements-structured-data.js',
        'dist/care-elements-feedback.js',
        'dist/care-elements-references.js',
        'dist/care-elements-src.js',
        ...elementFolders().map((name) => `dist/esm/${name}/care-${name}.js`),
        'dist/care-editor.js',
        'dist/care-editor-checks.js',
        'dist/care-editor-labels-es.js',
      ],
    );
    assert.equal(rows[1].budget, undefined, 'the hydrating bundle is shown, with no budget of its own');
    assert.equal(rows[2].budget, undefined, 'the JSON-LD module is shown, with no budget of its own');
    assert.equal(rows[3].budget, undefined, 'the feedback form module is shown, with no budget of its own');
    assert.equal(rows[4].budget, undefined, 'the module of the lists of sources is shown, with no budget of its own');
    assert.equal(rows[5].budget, undefined, 'the module that reads src documents is shown, with no budget of its own');
    const editor = rows.findIndex(({ file }) => file === 'dist/care-editor.js');
    assert.equal(rows[editor].budget, rows[0].gzip + BUDGETS.editorOverBundle, 'the editor may weigh the bundle plus its allowance');
    for (const row of rows.slice(editor + 1)) assert.ok(row.budget === undefined, `${row.file}, which the editor loads when needed, is shown with no budget of its own`);
    for (const row of rows.slice(6, editor)) assert.ok(row.gzip < row.published.gzip, `${row.file} is measured minified`);
  });

  it("keeps each element's code in its own module, beside one shared core chunk and the chunks of JSON-LD, the feedback form and reading src", { skip: !built && 'run npm run build first' }, () => {
    const dist = new URL('../../dist/esm/', import.meta.url);
    const chunks = /^(?:core|structured-data|feedback-view|src-reader)-/;
    assert.deepEqual(
      readdirSync(new URL('shared/', dist)).filter((file) => file.endsWith('.js') && !chunks.test(file)),
      [],
      'no element code in dist/esm/shared/',
    );
    for (const name of elementFolders()) {
      const code = readFileSync(new URL(`${name}/care-${name}.js`, dist), 'utf8');
      assert.match(code, new RegExp(`["']care-${name}["']`), `dist/esm/${name}/care-${name}.js defines care-${name}`);
    }
  });

  it('prints the broken budgets and fails, or says all is within budget', () => {
    const lines = { log: [], error: [] };
    const output = { log: (text) => lines.log.push(text), error: (text) => lines.error.push(text) };
    const row = { name: 'care-faq module', file: 'dist/esm/faq/care-faq.js', raw: 9000, gzip: 3100, brotli: 2700, budget: 3_000 };
    assert.equal(report([row], output), 1);
    assert.match(lines.log[0], /\| care-faq module \| 9\.00 kB \| 3\.10 kB \| 2\.70 kB \| 3\.00 kB \|/);
    assert.match(lines.error.join('\n'), /Size budget broken:\n {2}dist\/esm\/faq\/care-faq\.js is 3\.10 kB gzip \(3100 bytes\)/);
    lines.error = [];
    assert.equal(report([{ ...row, gzip: 2900 }], output), 0);
    assert.deepEqual(lines.error, []);
  });
});

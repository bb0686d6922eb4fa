// care-editor's build: its own file, never inside the bundle, and every element in it.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { elementFolders } from '../../scripts/elements.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const built = existsSync(new URL('../../dist/care-editor.js', import.meta.url));

describe('care-editor build', () => {
  it('previews every element: src/editor/elements.ts imports each element and its schema', () => {
    const source = read('src/editor/elements.ts');
    for (const name of elementFolders()) {
      assert.match(source, new RegExp(`import '\\.\\./${name}/care-${name}\\.js';`), `care-${name} is imported`);
      assert.match(source, new RegExp(`'care-${name}': \\w+Schema`), `care-${name} has its schema`);
    }
  });

  it('is not an element of the bundle, the package index or the manifest', () => {
    assert.ok(!elementFolders().includes('editor'));
    if (!built) return;
    assert.doesNotMatch(read('dist/care-elements.js'), /care-editor/);
    assert.doesNotMatch(read('dist/esm/index.js'), /editor/);
    assert.doesNotMatch(read('custom-elements.json'), /care-editor/);
  });

  it('keeps the schema docs the form is drawn from, which the bundle strips', { skip: !built && 'run npm run build first' }, () => {
    const editor = read('dist/care-editor.js');
    assert.match(editor, /The question, as the reader would ask it\./);
    assert.match(editor, /text\/markdown/);
    assert.doesNotMatch(read('dist/care-elements.js'), /The question, as the reader would ask it\./);
  });

  it('is published as care-elements/editor, importing the elements from the package', { skip: !built && 'run npm run build first' }, () => {
    const { exports } = JSON.parse(read('package.json'));
    assert.deepEqual(exports['./editor'], { types: './dist/types/editor/editor.d.ts', default: './dist/esm/editor.js' });
    assert.ok(existsSync(new URL('../../dist/types/editor/editor.d.ts', import.meta.url)));
    const module = read('dist/esm/editor.js');
    for (const name of elementFolders()) assert.match(module, new RegExp(`import '\\./${name}/care-${name}\\.js';`));
    assert.match(module, /from 'lit'/);
  });
});

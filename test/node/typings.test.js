// Editor data and JSX typings, generated from custom-elements.json.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { jsonSchema, root, tags } from './helpers.js';

const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifestElements = read('custom-elements.json').modules.flatMap((module) => (module.declarations ?? []).filter((each) => each.tagName));

const tsc = (project) => spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: root, encoding: 'utf8' });

describe('editor data', () => {
  it('VS Code custom HTML data lists every element with its documented attributes', () => {
    const data = read('vscode.html-custom-data.json');
    assert.equal(data.version, 1.1);
    assert.deepEqual(data.tags.map((tag) => tag.name).sort(), tags);
    for (const element of manifestElements) {
      const tag = data.tags.find((each) => each.name === element.tagName);
      assert.ok(tag.description.value.includes(`${element.tagName}.schema.json`));
      assert.deepEqual(tag.attributes.map((attribute) => attribute.name).sort(), element.attributes.map((attribute) => attribute.name).sort());
      for (const attribute of tag.attributes) assert.ok(attribute.description.value, `${element.tagName} ${attribute.name} has no description`);
    }
  });

  it('offers the values of string-union attributes, from the TypeScript types', () => {
    const callout = read('vscode.html-custom-data.json').tags.find((tag) => tag.name === 'care-callout');
    const variant = callout.attributes.find((attribute) => attribute.name === 'variant');
    assert.deepEqual(variant.values.map((value) => value.name), jsonSchema('care-callout').properties.variant.enum);
    const webTypes = read('web-types.json').contributions.html.elements.find((element) => element.name === 'care-callout');
    assert.equal(webTypes.attributes.find((attribute) => attribute.name === 'variant').value.type, '"info" | "takeaway" | "limitation" | "warning" | "disclaimer"');
  });

  it('web-types lists every element with attributes, properties, events, slots, CSS properties and parts', () => {
    const data = read('web-types.json');
    const { name, version } = read('package.json');
    assert.deepEqual([data.name, data.version], [name, version]);
    assert.equal(read('package.json')['web-types'], './web-types.json');
    for (const element of manifestElements) {
      const entry = data.contributions.html.elements.find((each) => each.name === element.tagName);
      assert.ok(entry, element.tagName);
      assert.deepEqual(entry.css.properties.map((each) => each.name), (element.cssProperties ?? []).map((each) => each.name));
      assert.deepEqual(entry.css.parts.map((each) => each.name), (element.cssParts ?? []).map((each) => each.name));
      assert.deepEqual(entry.slots.map((each) => each.name), (element.slots ?? []).map((each) => each.name));
      assert.ok(entry.js.events.some((event) => event.name === 'care-content-error'));
      assert.ok(entry.js.properties.some((property) => property.name === 'content' && property.type.includes('string')));
    }
  });
});

describe('JSX typings', () => {
  it('type-check TSX for React 19, Preact and Solid, and reject wrong content', () => {
    const { status, stdout } = tsc('test/types/tsconfig.json');
    assert.equal(status, 0, stdout);
  });

  it('type-check TSX for any other JSX through the framework-neutral props, with no framework types', () => {
    const { status, stdout } = tsc('test/types/tsconfig.any-jsx.json');
    assert.equal(status, 0, stdout);
  });
});

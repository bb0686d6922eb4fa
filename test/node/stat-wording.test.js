// The check that a stat's words agree with its qualifier and proportion, as
// `care-elements validate` runs it, on single stats and on an article's stats.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { root } from './helpers.js';

const { contentWordingIssues } = await import(new URL('../../dist/node/content-schemas.js', import.meta.url).href);

const issues = (stat) => contentWordingIssues('care-stat', { label: 'x', ...stat });

describe('stat wording', () => {
  for (const [stat, path, message] of [
    [{ value: 'Over a third', proportion: 0.33 }, '/qualifier', 'is required: the value says “over”, so set "over" for the picture’s words to say it too'],
    [{ value: 'Over a third', qualifier: 'over', proportion: 0.33 }, '/proportion', 'is 0.33, below the 0.3333 that “Over a third” states; give the stated figure with the qualifier "over"'],
    [{ value: 'Nearly half', qualifier: 'nearly', proportion: 0.55 }, '/proportion', 'is 0.55, above the 0.5 that “Nearly half” states'],
    [{ value: 'Over 70%', qualifier: 'over', proportion: 0.69 }, '/proportion', 'is 0.69, below the 0.7 that “Over 70%” states; give the stated figure with the qualifier "over"'],
    [{ value: 'About 70%', qualifier: 'about', proportion: 0.5 }, '/proportion', 'is 0.5, far from the 0.7 that “About 70%” states'],
    [{ value: '70%', proportion: 0.65 }, '/proportion', 'is 0.65, far from the 0.7 that “70%” states'],
    [{ value: 'Over 70%', qualifier: 'about', proportion: 0.7 }, '/qualifier', 'is "about", but the value says “over”, which is "over"'],
    [{ value: '70%', qualifier: 'over', proportion: 0.7 }, '/qualifier', 'is "over", but the value “70%” says no such thing'],
    [{ value: 'Más de un tercio', qualifier: 'over', proportion: 0.3 }, '/proportion', 'is 0.3, below the 0.3333 that “Más de un tercio” states; give the stated figure with the qualifier "over"'],
    [{ value: 'Casi la mitad', qualifier: 'nearly', proportion: 0.6 }, '/proportion', 'is 0.6, above the 0.5 that “Casi la mitad” states'],
    [{ value: 'Más del 70 %', qualifier: 'nearly', proportion: 0.7 }, '/qualifier', 'is "nearly", but the value says “más del”, which is "over"'],
    [{ value: 'Menos del 10 %', qualifier: 'under', proportion: 0.2 }, '/proportion', 'is 0.2, above the 0.1 that “Menos del 10 %” states'],
    [{ value: 'One in three', qualifier: 'exactly', proportion: 0.3 }, '/proportion', 'is 0.3, below the 0.3333 that “One in three” states; give the stated figure'],
    [{ value: 'Dos de cada tres', proportion: 0.5 }, '/proportion', 'is 0.5, far from the 0.6667 that “Dos de cada tres” states'],
  ]) {
    it(`reports “${stat.value}” with ${stat.qualifier ?? 'no qualifier'} and ${stat.proportion} at ${path}`, () => {
      assert.deepEqual(issues(stat), [{ path, message }]);
    });
  }

  it('accepts words that agree: over a third as 1/3 or above, nearly half as 1/2 or below, figures it cannot read, no proportion', () => {
    for (const stat of [
      { value: 'Over a third', qualifier: 'over', proportion: '1/3' },
      { value: 'Over a third', qualifier: 'over', proportion: 0.34 },
      { value: 'Nearly half', qualifier: 'nearly', proportion: '1/2' },
      { value: 'Two thirds', proportion: 0.67 },
      { value: 'About 1 in 3', qualifier: 'about', proportion: 0.3 },
      { value: 'Exactly 25%', qualifier: 'exactly', proportion: 0.25 },
      { value: 'Un 70 %', proportion: 0.7 },
      { value: 'Most patients', proportion: 0.8 },
      { value: 'Over 70%' },
      { value: 'Nearly half', qualifier: 'nearly' },
    ])
      assert.deepEqual(issues(stat), [], stat.value);
  });

  it('finds the stats of an article at their blocks, and nothing in other elements or in values of the wrong type', () => {
    const article = { title: 'T', blocks: [{ type: 'paragraph', text: 'x' }, { type: 'stat', value: 'Over a third', label: 'x', qualifier: 'over', proportion: 0.33 }] };
    assert.deepEqual(contentWordingIssues('care-article', article).map((issue) => issue.path), ['/blocks/1/proportion']);
    assert.deepEqual(contentWordingIssues('care-callout', { value: 'Over a third', proportion: 0.33 }), []);
    assert.deepEqual(contentWordingIssues('care-stat', { value: 42, proportion: 0.33 }), []);
    assert.deepEqual(contentWordingIssues('care-article', { blocks: 'none' }), []);
  });

  it('passes the sample article and the stat fixtures, whose figures keep their words', () => {
    const files = ['content/immunotherapy-leukemia.json', 'content/stat/cll-response.json', 'content/stat/cll-remission.json', 'content/stat/aml-remission.json'];
    const { status, stdout } = spawnSync(process.execPath, [join(root, 'bin/care-elements.js'), 'validate', ...files], { cwd: root, encoding: 'utf8' });
    assert.doesNotMatch(stdout, /error/);
    assert.equal(status, 0);
  });
});

describe('care-elements validate reports wording errors', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'care-wording-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('at the JSON Pointer, with exit code 1', () => {
    const file = join(scratch, 'care-stat', 'third.json');
    spawnSync('mkdir', ['-p', join(scratch, 'care-stat')]);
    writeFileSync(file, JSON.stringify({ value: 'Over a third', label: 'of patients', proportion: 0.33 }));
    const { status, stdout } = spawnSync(process.execPath, [join(root, 'bin/care-elements.js'), 'validate', file], { cwd: root, encoding: 'utf8' });
    assert.equal(status, 1);
    assert.match(stdout, /third\.json \/qualifier error: is required: the value says “over”/);
  });
});

/**
 * The keyboard walk of keyboard.test.ts in forced colors (Windows High
 * Contrast): every control reached in order, focus never lost or trapped,
 * and the focus ring still drawn. Chromium switches forced colors per page
 * over the DevTools protocol; Firefox cannot over WebDriver BiDi, so this
 * file runs again in a Firefox launched in forced colors (the
 * "Firefox (forced colors)" group of web-test-runner.config.js).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { isFirefox, isWebKit } from '../engines.js';
import { renderSeedArticle, tabbables, walk } from './walkthrough.js';

const launchedForced = matchMedia('(forced-colors: active)').matches;
const firefoxReason = 'WebDriver BiDi cannot switch forced colors; the "Firefox (forced colors)" run covers it';
const webkitReason = 'WebDriver Classic cannot switch forced colors, and WebKitGTK has no forced-colors mode to launch in';
/** Chromium emulates forced colors over the DevTools protocol; the other engines cannot be switched. */
const emulates = !launchedForced && !isFirefox && !isWebKit;
const itForced = isWebKit
  ? (title: string, fn: Mocha.AsyncFunc) => it.skip(`${title} (skipped in WebKit: ${webkitReason})`, fn)
  : isFirefox && !launchedForced
    ? (title: string, fn: Mocha.AsyncFunc) => it.skip(`${title} (skipped in this Firefox: ${firefoxReason})`, fn)
    : it;

describe('keyboard walkthrough of the seed article in forced colors', function () {
  this.timeout(120_000);

  before(async () => {
    if (emulates) await executeServerCommand('emulate-forced-colors', 'active');
  });
  after(async () => {
    if (emulates) await executeServerCommand('emulate-forced-colors', 'none');
  });

  itForced('reaches every control in order both ways and draws a focus ring on each', async () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors active').to.equal(true);
    const { before, after, article } = await renderSeedArticle();
    const expected = tabbables(article);
    expect(expected.length).to.be.greaterThan(5);
    const forwards = await walk(before, after, {
      onStep: (active) => expect(getComputedStyle(active).outlineColor, 'focus ring colour').not.to.equal('rgba(0, 0, 0, 0)'),
    });
    expect(forwards.reached).to.deep.equal(expected);
    expect(forwards.invisibleFocus).to.deep.equal([]);
    const backwards = await walk(after, before, { backwards: true });
    expect(backwards.reached).to.deep.equal([...expected].reverse());
    expect(backwards.invisibleFocus).to.deep.equal([]);
  });
});

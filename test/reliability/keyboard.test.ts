/**
 * Keyboard only, through the whole seed article: every control is reached
 * by Tab and Shift+Tab in reading order, focus is never lost or trapped and
 * always shows, and every control works with Enter and Space; again at
 * 320 CSS px wide (1280 px at 400 % zoom), where no text scrolls sideways.
 * test/reliability/forced-colors.test.ts repeats the walk in forced colors.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActive, describeControl, renderSeedArticle, settledTree, tabbables, walk, type Page } from './walkthrough.js';
import { waitUntil } from '../helpers.js';

/** Clicks on links are recorded and kept from navigating, so that following one can be checked in place. */
const followed: Element[] = [];
const recordLinkClicks = (event: MouseEvent) => {
  const target = event.composedPath()[0] as Element;
  const link = target.closest?.('a');
  if (!link) return;
  followed.push(link);
  event.preventDefault();
};
before(() => addEventListener('click', recordLinkClicks, true));
after(() => removeEventListener('click', recordLinkClicks, true));

const walkBothWays = async ({ before, after, article }: Page) => {
  const expected = tabbables(article);
  expect(expected.length, 'controls in the article').to.be.greaterThan(5);
  const forwards = await walk(before, after);
  expect(forwards.reached.map(describeControl), 'Tab order').to.deep.equal(expected.map(describeControl));
  expect(forwards.reached).to.deep.equal(expected);
  expect(forwards.invisibleFocus, 'focus not shown').to.deep.equal([]);
  const backwards = await walk(after, before, { backwards: true });
  expect(backwards.reached).to.deep.equal([...expected].reverse());
  expect(backwards.invisibleFocus, 'focus not shown').to.deep.equal([]);
  return expected;
};

describe('keyboard walkthrough of the seed article', function () {
  this.timeout(120_000);

  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('reaches every control with Tab and Shift+Tab in order, never loses or traps focus, and shows it', async () => {
    await walkBothWays(await renderSeedArticle());
  });

  it('works every control from the keyboard: disclosures with Enter and Space, links with Enter, feedback to the end', async () => {
    const page = await renderSeedArticle();
    const controls = tabbables(page.article);
    const disclosures = controls.filter((control) => control.hasAttribute('aria-expanded'));
    expect(disclosures.length, 'disclosures').to.be.greaterThan(0);
    for (const control of disclosures) {
      control.focus();
      const before = control.getAttribute('aria-expanded');
      await sendKeys({ press: 'Enter' });
      await settledTree(page.article);
      expect(control.getAttribute('aria-expanded'), `${describeControl(control)} with Enter`).not.to.equal(before);
      expect(deepActive(), 'focus stays on the control').to.equal(control);
      await sendKeys({ press: 'Space' });
      await settledTree(page.article);
      expect(control.getAttribute('aria-expanded'), `${describeControl(control)} with Space`).to.equal(before);
    }
    // Everything open: the controls inside the panels are reached too, in order.
    for (const control of disclosures) if (control.getAttribute('aria-expanded') === 'false') control.click();
    await settledTree(page.article);
    const open = await walkBothWays(page);
    expect(open.length, 'controls once panels are open').to.be.at.least(controls.length);

    for (const link of open.filter((control): control is HTMLAnchorElement => control.localName === 'a')) {
      link.focus();
      followed.length = 0;
      await sendKeys({ press: 'Enter' });
      expect(followed, `${describeControl(link)} followed with Enter`).to.deep.equal([link]);
      // A contents link moves focus to its section inside the article; any other keeps it.
      const active = deepActive();
      if (active !== link) expect(active?.id, `${describeControl(link)} moved focus to its target`).to.equal(link.hash.slice(1));
    }

    // The feedback question: answer with Space, then send with Enter, focus never lost.
    const yes = open.find((control) => control.hasAttribute('aria-pressed'));
    expect(yes, 'the feedback question').to.exist;
    yes!.focus();
    await sendKeys({ press: 'Space' });
    await settledTree(page.article);
    expect(yes!.getAttribute('aria-pressed')).to.equal('true');
    const comment = deepActive();
    expect(comment?.localName, 'focus moves to the comment').to.equal('textarea');
    await sendKeys({ type: 'Clear.' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('type'), 'Tab reaches Send').to.equal('submit');
    await sendKeys({ press: 'Enter' });
    // Sending is asynchronous: on a busy machine the outcome takes focus a moment later.
    await waitUntil(() => /thank/i.test(deepActive()?.textContent ?? ''), 'focus did not move to the outcome');
    const thanks = deepActive();
    expect(thanks && thanks !== document.body, 'focus is on the outcome').to.equal(true);
  });

  it('at 320 px wide (400 % zoom) scrolls no text sideways and keeps every focused control in view', async () => {
    await setViewport({ width: 320, height: 640 });
    const page = await renderSeedArticle();
    const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    expect(overflow(), 'horizontal scrolling of the page').to.be.at.most(0);
    // Every line of text ends inside the viewport.
    const tooWide: string[] = [];
    const textsUnder = (root: Node): Text[] => {
      const texts: Text[] = [];
      const visit = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) texts.push(node as Text);
        const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
        children.forEach(visit);
      };
      visit(root);
      return texts;
    };
    for (const text of textsUnder(page.article)) {
      const range = document.createRange();
      range.selectNodeContents(text);
      for (const rect of range.getClientRects()) if (rect.width && rect.right > innerWidth + 1) tooWide.push(`"${text.data.trim().slice(0, 40)}" ends at ${Math.round(rect.right)}px`);
    }
    expect(tooWide, 'text beyond 320 px').to.deep.equal([]);
    const outOfView: string[] = [];
    await walk(page.before, page.after, {
      onStep: (active) => {
        const { left, right } = active.getBoundingClientRect();
        if (left < -1 || right > innerWidth + 1) outOfView.push(describeControl(active));
      },
    });
    expect(outOfView, 'focused controls out of view sideways').to.deep.equal([]);
  });
});

/**
 * What readers get where the engine has no `hidden="until-found"` (no
 * find-in-page into collapsed answers, no `beforematch`). The engines the
 * suite runs in all have it, so its absence is recreated: with script, the
 * bundle loads in a frame whose HTMLElement has no `onbeforematch`; without
 * script, the collapsed panels meet the rule such an engine's own stylesheet
 * applies to every `[hidden]`.
 */
import { expect } from '@open-wc/testing';
import { careElements, fixtures, isShown, openFrame, pageUrl, readerTextNodes, settled } from './ssr/helpers.js';

/** A frame with the bundle, loaded after taking `hidden="until-found"` support away. */
const frameWithoutUntilFound = () =>
  openFrame(
    { srcdoc: '<!doctype html><html lang="en"><body><script>delete HTMLElement.prototype.onbeforematch</script><script src="/dist/care-elements.js"></script></body></html>' },
    { scripts: true },
  );

const render = async (frameDocument: Document, tag: string, file: string) => {
  const element = frameDocument.createElement(tag);
  element.setAttribute('content', await (await fetch(`/content/${file}`)).text());
  frameDocument.body.append(element);
  await settled(element);
  return element;
};

describe('where the engine has no hidden="until-found"', () => {
  it('a collapsed FAQ answer is hidden outright, out of the accessibility tree; its question opens it, and Expand all opens all', async () => {
    const { frame, window: frameWindow, document: frameDocument } = await frameWithoutUntilFound();
    try {
      expect('onbeforematch' in frameWindow.HTMLElement.prototype).to.equal(false);
      const element = await render(frameDocument, 'care-faq', 'faq/immunotherapy-faq.json');
      const root = element.shadowRoot!;
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part="question"]')];
      const panel = (button: HTMLButtonElement) => root.getElementById(button.getAttribute('aria-controls')!)!;
      for (const button of buttons) {
        expect(panel(button).getAttribute('hidden')).to.equal('');
        expect(frameWindow.getComputedStyle(panel(button)).display).to.equal('none');
        expect(panel(button).hasAttribute('role')).to.equal(false);
      }
      buttons[0]!.click();
      await settled(element);
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(buttons[0]!).hasAttribute('hidden')).to.equal(false);
      expect(panel(buttons[0]!).getAttribute('role')).to.equal('region');
      expect(panel(buttons[0]!).getBoundingClientRect().height).to.be.greaterThan(0);
      root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
      await settled(element);
      expect(buttons.map((button) => panel(button).getBoundingClientRect().height > 0)).to.deep.equal(buttons.map(() => true));
    } finally {
      frame.remove();
    }
  });

  it('the therapy card\'s collapsed details are hidden outright, and its button shows them', async () => {
    const { frame, window: frameWindow, document: frameDocument } = await frameWithoutUntilFound();
    try {
      const element = await render(frameDocument, 'care-therapy-card', 'therapy-card/car-t-cell-therapy.json');
      const details = element.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!;
      expect(details.getAttribute('hidden')).to.equal('');
      expect(frameWindow.getComputedStyle(details).display).to.equal('none');
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await settled(element);
      expect(details.hasAttribute('hidden')).to.equal(false);
      expect(details.getBoundingClientRect().height).to.be.greaterThan(50);
    } finally {
      frame.remove();
    }
  });

  const withCollapsedPanels = ['content/faq/immunotherapy-faq.json', 'content/therapy-card/car-t-cell-therapy.json', 'content/immunotherapy-leukemia.json'];
  for (const fixture of fixtures.filter(({ file }) => withCollapsedPanels.includes(file))) {
    it(`${fixture.file}: server HTML read without script still shows every collapsed answer`, async () => {
      const { frame, document: frameDocument } = await openFrame({ src: pageUrl(fixture) }, { scripts: false });
      try {
        const elements = careElements(frameDocument);
        const collapsed = elements.flatMap((element) => [...element.shadowRoot!.querySelectorAll('[hidden="until-found"]')]);
        expect(collapsed, 'collapsed panels in the server HTML').to.not.be.empty;
        // Such an engine's stylesheet hides every [hidden], until-found or not; here at the lowest specificity, as a user-agent rule.
        for (const { shadowRoot } of elements) {
          const rule = frameDocument.createElement('style');
          rule.textContent = ':where([hidden]) { display: none }';
          shadowRoot!.append(rule);
        }
        const offScreen = readerTextNodes(frameDocument).filter((text) => !isShown(text));
        expect(offScreen.map((text) => text.textContent!.trim())).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

import { expect } from '@open-wc/testing';
import { careElements, fixtures, isShown, links, openFrame, pageUrl, readerText, readerTextNodes, renderInBrowser } from './helpers.js';

describe('server-rendered pages without JavaScript', () => {
  for (const fixture of fixtures.filter(({ invalid }) => !invalid)) {
    it(`${fixture.file}: every word and link the browser would show is on screen`, async () => {
      const { frame, window: frameWindow, document: frameDocument } = await openFrame({ src: pageUrl(fixture) }, { scripts: false });
      try {
        expect(frameWindow.customElements.get(fixture.tag), 'no script ran').to.equal(undefined);
        const [element] = careElements(frameDocument);
        expect(element?.localName).to.equal(fixture.tag);
        expect(element!.shadowRoot, 'declarative shadow root').to.not.equal(null);

        const offScreen = readerTextNodes(frameDocument).filter((text) => !isShown(text));
        expect(offScreen.map((text) => text.textContent!.trim())).to.deep.equal([]);

        const browser = await renderInBrowser(fixture.tag, await (await fetch(`/${fixture.file}`)).text());
        expect(readerText(frameDocument)).to.equal(browser.text);
        expect(links(frameDocument)).to.deep.equal(browser.links);

        // Controls that need script (expand all, the filter, disclosure toggles) are not offered; a glossary term's toggletip needs none.
        const controls = careElements(frameDocument).flatMap((each) => [...each.shadowRoot!.querySelectorAll('button:not(.term), input')]);
        const offered = controls.filter((control) => control.getBoundingClientRect().height > 0 && !control.closest('[part~="item"]'));
        expect(offered.map((control) => control.getAttribute('part') ?? control.localName)).to.deep.equal([]);

        // A glossary definition shown in place after its term is plain text, with none of the toggletip card's shadow.
        for (const definition of careElements(frameDocument).flatMap((each) => [...each.shadowRoot!.querySelectorAll('[popover]')]))
          expect(frameWindow.getComputedStyle(definition).boxShadow, definition.textContent!).to.equal('none');
      } finally {
        frame.remove();
      }
    });
  }

  it('opens a tapped glossary term’s definition on screen as the same card as with script', async () => {
    const fixture = fixtures.find(({ file }) => file === 'content/faq/immunotherapy-faq.json')!;
    const { frame, window: frameWindow, document: frameDocument } = await openFrame({ src: pageUrl(fixture) }, { scripts: false });
    try {
      const [faq] = careElements(frameDocument);
      const term = faq!.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!;
      term.scrollIntoView({ block: 'center' });
      term.click();
      const definition = term.popoverTargetElement as HTMLElement;
      expect(definition.matches(':popover-open'), 'the declarative popover opened').to.equal(true);
      const { top, bottom } = definition.getBoundingClientRect();
      expect(top >= 0 && bottom <= frameWindow.innerHeight, `on screen: ${top}–${bottom} of ${frameWindow.innerHeight}`).to.equal(true);
      expect(frameWindow.getComputedStyle(definition).boxShadow).to.not.equal('none');
    } finally {
      frame.remove();
    }
  });
});

import { expect, fixture as render, html } from '@open-wc/testing';
import '../src/quote/care-quote.js';
import { CareQuote } from '../src/quote/care-quote.js';
import type { QuoteContent } from '../src/quote/content.js';
import { captureWarnings, fixture, fixtureText, nextError, pwned, waitUntil } from './helpers.js';

const QUOTE = 'Immunotherapy empowers the body’s immune system to recognize and destroy leukemia cells.';
const ATTRIBUTION = 'Dr. Catherine Bollard, Director, Center for Cancer and Immunology Research, Children’s National Hospital';

const root = (element: Element) => element.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const blockquote = (element: Element) => root(element).querySelector('blockquote')!;
const caption = (element: Element) => root(element).querySelector('figcaption')!;
/** The quotation marks the reader sees: the `quotes` pairs in use, as characters. */
const marks = (element: Element) => getComputedStyle(blockquote(element)).quotes.match(/[^"\s]+/g);

const fromFixture = async (name: string) => render<CareQuote>(html`<care-quote .content=${await fixture(`quote/${name}.json`)}></care-quote>`);
const withSource = (source: QuoteContent['source']): QuoteContent => ({ text: QUOTE, author: 'Dr. Catherine Bollard', source });

describe('care-quote', () => {
  it('is registered', () => {
    expect(customElements.get('care-quote')).to.equal(CareQuote);
    expect(document.createElement('care-quote')).to.be.instanceOf(CareQuote);
  });

  describe('rendering', () => {
    it("renders Dr. Bollard's quote as a figure with a blockquote and a caption naming her role and organisation", async () => {
      const element = await fromFixture('bollard');
      const figure = root(element).querySelector('figure')!;
      expect(figure.getAttribute('part')).to.equal('base');
      expect(blockquote(element).parentElement).to.equal(figure);
      expect(caption(element).parentElement).to.equal(figure);
      expect(text(blockquote(element))).to.equal(QUOTE);
      expect(text(caption(element))).to.equal(ATTRIBUTION);
      expect(text(caption(element).querySelector('.author'))).to.equal('Dr. Catherine Bollard');
      expect(blockquote(element).hasAttribute('cite')).to.equal(false);
      expect(root(element).querySelector('cite, a')).to.equal(null);
    });

    it('renders the minimal fixture with the author alone', async () => {
      const element = await fromFixture('minimal');
      expect(text(blockquote(element))).to.equal(QUOTE);
      expect(text(caption(element))).to.equal('Dr. Catherine Bollard');
    });

    it('joins role and organisation when only one of them is given', async () => {
      const element = await render<CareQuote>(html`<care-quote .content=${{ text: 'x', author: 'A. Author', organization: 'Children’s National Hospital' }}></care-quote>`);
      expect(text(caption(element))).to.equal('A. Author, Children’s National Hospital');
    });

    it('wraps the words in quotation marks drawn by CSS, once for the whole quote', async () => {
      const element = await render<CareQuote>(html`<care-quote lang="en" .content=${{ text: 'First paragraph.\n\nSecond paragraph.', author: 'A. Author' }}></care-quote>`);
      const [first, second] = blockquote(element).querySelectorAll('p');
      expect(getComputedStyle(first!, '::before').content).to.equal('open-quote');
      expect(getComputedStyle(first!, '::after').content).to.equal('none');
      expect(getComputedStyle(second!, '::before').content).to.equal('none');
      expect(getComputedStyle(second!, '::after').content).to.equal('close-quote');
      expect(marks(element)).to.deep.equal(['“', '”', '‘', '’']);
      expect(text(blockquote(element))).to.not.match(/[“”]/);
    });

    it('cites a source, linking it and naming it in the blockquote’s cite attribute when its URL is safe', async () => {
      const element = await render<CareQuote>(
        html`<care-quote .content=${withSource({ title: 'An interview', url: 'https://example.org/interview', publisher: 'Example News', date: '2024' })}></care-quote>`,
      );
      expect(blockquote(element).getAttribute('cite')).to.equal('https://example.org/interview');
      const source = caption(element).querySelector('.source')!;
      expect(text(source)).to.equal('Source: An interview. Example News, 2024');
      expect(source.querySelector('cite a')!.getAttribute('href')).to.equal('https://example.org/interview');
    });

    it('leaves an unsafe source URL out of cite and shows the title as text', async () => {
      const element = await render<CareQuote>(html`<care-quote .content=${withSource({ title: 'An interview', url: 'javascript:alert(1)' })}></care-quote>`);
      expect(blockquote(element).hasAttribute('cite')).to.equal(false);
      expect(root(element).querySelector('a')).to.equal(null);
      expect(text(caption(element).querySelector('.source'))).to.equal('Source: An interview');
    });

    it('omits cite for a source without a URL', async () => {
      const element = await render<CareQuote>(html`<care-quote .content=${withSource({ title: 'A lecture' })}></care-quote>`);
      expect(blockquote(element).hasAttribute('cite')).to.equal(false);
      expect(text(caption(element).querySelector('cite'))).to.equal('A lecture');
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText('quote/bollard.json');
      const fromAttribute = await render<CareQuote>(html`<care-quote content=${json}></care-quote>`);
      const fromProperty = await render<CareQuote>(html`<care-quote .content=${JSON.parse(json)}></care-quote>`);
      const clean = (element: Element) => root(element).innerHTML.replace(/<!--.*?-->/g, '');
      expect(clean(fromAttribute)).to.equal(clean(fromProperty));
    });
  });

  describe('bad input', () => {
    const errorFrom = async (element: CareQuote, change: () => unknown) => {
      const failed = nextError(element);
      const warnings = await captureWarnings(async () => {
        await change();
        await failed;
      });
      return { event: await failed, warnings };
    };

    it('names every wrong field by its path and keeps the last good quote', async () => {
      const element = await fromFixture('bollard');
      const { event, warnings } = await errorFrom(element, async () => (element.content = await fixture('quote/invalid/wrong-types.json')));
      expect(event.detail.errors).to.deep.equal([
        { path: '/text', message: 'expected a string, got a number' },
        { path: '/author', message: 'must not be empty' },
        { path: '/role', message: 'expected a string, got an array' },
        { path: '/source/title', message: 'is required' },
        { path: '/source/url', message: 'expected a string, got a number' },
      ]);
      expect(warnings).to.have.length(1);
      await element.updateComplete;
      expect(text(blockquote(element))).to.equal(QUOTE);
      expect(text(caption(element))).to.equal(ATTRIBUTION);
    });

    it('needs an author', async () => {
      const element = await fromFixture('minimal');
      const { event } = await errorFrom(element, async () => (element.content = await fixture('quote/invalid/missing-author.json')));
      expect(event.detail.errors).to.deep.equal([{ path: '/author', message: 'is required' }]);
      await element.updateComplete;
      expect(text(caption(element))).to.equal('Dr. Catherine Bollard');
    });

    it('shows hostile strings as text, runs none of them, and leaves unsafe links as text', async () => {
      const content = await fixture<QuoteContent>('quote/invalid/hostile.json');
      const element = await render<CareQuote>(html`<care-quote .content=${content}></care-quote>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pwned()).to.equal(false);
      expect(root(element).querySelector('img, script, svg, iframe, a')).to.equal(null);
      expect(blockquote(element).hasAttribute('cite')).to.equal(false);
      expect(text(blockquote(element))).to.equal('<script>window.__pwned = true</script> click me <svg onload="window.__pwned=true"></svg>');
      expect(text(caption(element).querySelector('.author'))).to.equal(content.author);
      expect(caption(element).querySelector('.affiliation')!.textContent).to.equal(content.role);
    });
  });

  describe('language', () => {
    it("switches quotation marks and labels with an ancestor's lang", async () => {
      const wrapper = await render(html`<div lang="es"><care-quote .content=${withSource({ title: 'Una entrevista' })}></care-quote></div>`);
      const element = wrapper.querySelector('care-quote')!;
      await element.updateComplete;
      expect(marks(element)).to.deep.equal(['«', '»', '“', '”']);
      expect(text(caption(element).querySelector('.source'))).to.equal('Fuente: Una entrevista');
      wrapper.setAttribute('lang', 'en-GB');
      await waitUntil(() => text(caption(element).querySelector('.source')) === 'Source: Una entrevista', 'label did not switch to English');
      expect(marks(element)).to.deep.equal(['“', '”', '‘', '’']);
      element.setAttribute('lang', 'es-MX');
      await waitUntil(() => marks(element)?.[0] === '«', 'own lang did not win');
    });

    it('lets the content override the source label', async () => {
      const element = await render<CareQuote>(html`<care-quote .content=${{ ...withSource({ title: 'An interview' }), labels: { source: 'From' } }}></care-quote>`);
      expect(text(caption(element).querySelector('.source'))).to.equal('From: An interview');
    });
  });

  describe('accessibility', () => {
    for (const name of ['bollard', 'minimal']) {
      it(`passes axe: ${name}`, async () => {
        await expect(await fromFixture(name)).to.be.accessible();
      });
    }

    it('passes axe with a linked source', async () => {
      const element = await render<CareQuote>(
        html`<care-quote .content=${withSource({ title: 'An interview', url: 'https://example.org/interview', publisher: 'Example News', date: '2024' })}></care-quote>`,
      );
      await expect(element).to.be.accessible();
    });

    it('passes axe with a source, in Spanish and in a dark scheme', async () => {
      const wrapper = await render(html`<div lang="es" style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-quote .content=${withSource({ title: 'Una entrevista', url: 'https://example.org/entrevista', publisher: 'Example' })}></care-quote>
      </div>`);
      await wrapper.querySelector('care-quote')!.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareQuote;
      await captureWarnings(async () => {
        element = await render<CareQuote>(html`<care-quote content='{"text":"x"}'></care-quote>`);
      });
      expect(root(element).querySelector('[part="error"]')!.textContent!.trim()).to.equal('This content could not be shown.');
      await expect(element).to.be.accessible();
    });
  });
});

import { expect, fixture as render, html } from '@open-wc/testing';
import '../src/callout/care-callout.js';
import { CareCallout } from '../src/callout/care-callout.js';
import { calloutVariants } from '../src/callout/content.js';
import { captureWarnings, fixture, fixtureText, pwned } from './helpers.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement;

describe('care-callout', () => {
  it('is registered', () => {
    expect(customElements.get('care-callout')).to.equal(CareCallout);
    expect(document.createElement('care-callout')).to.be.instanceOf(CareCallout);
  });

  it('renders the full fixture as a note with its kind written out', async () => {
    const element = await render<CareCallout>(html`<care-callout .content=${await fixture('callout/limitation.json')}></care-callout>`);
    const base = part(element, 'base');
    expect(base.getAttribute('role')).to.equal('note');
    expect(part(element, 'title').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Limitation: Acute myeloid leukemia (AML)');
    expect(part(element, 'body').querySelectorAll('p')).to.have.length(1);
  });

  it('renders the minimal fixture as an info note', async () => {
    const element = await render<CareCallout>(html`<care-callout .content=${await fixture('callout/minimal.json')}></care-callout>`);
    expect(part(element, 'base').classList.contains('info')).to.equal(true);
    expect(part(element, 'title').textContent!.trim()).to.equal('Note:');
    expect(part(element, 'body').textContent!.trim()).to.equal('Consult your medical team.');
  });

  it('renders markup in the body as elements: lists, strong, emphasis', async () => {
    const element = await render<CareCallout>(html`<care-callout .content=${await fixture('callout/warning.json')}></care-callout>`);
    const items = [...part(element, 'body').querySelectorAll('ul > li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['cytokine release syndrome', 'autoimmunity side effects']);
    const disclaimer = await render<CareCallout>(html`<care-callout .content=${await fixture('callout/disclaimer.json')}></care-callout>`);
    expect(part(disclaimer, 'body').querySelector('strong')!.textContent).to.equal('it is not medical advice.');
  });

  it('conveys every variant in text and styles it by class', async () => {
    for (const variant of calloutVariants) {
      const element = await render<CareCallout>(html`<care-callout .content=${{ variant, body: 'x' }}></care-callout>`);
      expect(part(element, 'base').classList.contains(variant)).to.equal(true);
      expect(part(element, 'title').textContent!.trim()).to.match(/^[A-Z][a-z]+:$/);
    }
  });

  it('reflects the variant attribute, which overrides the content', async () => {
    const element = await render<CareCallout>(html`<care-callout .content=${{ variant: 'info', body: 'x' }}></care-callout>`);
    element.variant = 'warning';
    await element.updateComplete;
    expect(element.getAttribute('variant')).to.equal('warning');
    expect(part(element, 'title').textContent!.trim()).to.equal('Warning:');
    element.setAttribute('variant', 'disclaimer');
    await element.updateComplete;
    expect(element.variant).to.equal('disclaimer');
    expect(part(element, 'title').textContent!.trim()).to.equal('Disclaimer:');
  });

  it('gives the same result from the attribute and the property', async () => {
    const json = await fixtureText('callout/limitation.json');
    const fromAttribute = await render<CareCallout>(html`<care-callout content=${json}></care-callout>`);
    const fromProperty = await render<CareCallout>(html`<care-callout .content=${JSON.parse(json)}></care-callout>`);
    expect(fromAttribute.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, '')).to.equal(fromProperty.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, ''));
  });

  it('shows hostile strings as text and runs none of them', async () => {
    const content = await fixture<{ title: string }>('callout/invalid/hostile.json');
    const element = await render<CareCallout>(html`<care-callout .content=${content}></care-callout>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pwned()).to.equal(false);
    const root = element.shadowRoot!;
    expect(root.querySelector('img, script, svg:not(.icon), iframe')).to.equal(null);
    expect(part(element, 'title').textContent).to.contain(content.title);
    expect(part(element, 'body').textContent).to.contain('<script>window.__pwned = true</script>');
    expect(root.querySelectorAll('a')).to.have.length(0);
    expect(part(element, 'body').textContent).to.contain('click me');
  });

  describe('accessibility', () => {
    for (const name of ['limitation', 'takeaway', 'additional-takeaway', 'disclaimer', 'warning', 'info', 'minimal']) {
      it(`passes axe: ${name}`, async () => {
        const element = await render(html`<care-callout .content=${await fixture(`callout/${name}.json`)}></care-callout>`);
        await expect(element).to.be.accessible();
      });
    }

    it('passes axe in a dark scheme', async () => {
      const wrapper = await render(html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        ${calloutVariants.map((variant) => html`<care-callout .content=${{ variant, title: 'Title', body: 'Text with a [link](#x).' }}></care-callout>`)}
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('care-callout')].map((el) => (el as CareCallout).updateComplete));
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareCallout;
      await captureWarnings(async () => {
        element = await render<CareCallout>(html`<care-callout content="{oops"></care-callout>`);
      });
      await expect(element).to.be.accessible();
    });
  });
});

import { expect, fixture as render, html } from '@open-wc/testing';
import '../src/takeaways/care-takeaways.js';
import { CareTakeaways } from '../src/takeaways/care-takeaways.js';
import { captureWarnings, fixture, fixtureText, nextError, pwned, waitUntil } from './helpers.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();
const headingOf = (element: Element) => element.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')!;
const points = (element: Element) => [...part(element, 'points')!.children].map(text);

const MAIN_TAKEAWAYS = [
  'Harnesses immune system against leukemia',
  'Highly effective for certain types like CLL',
  'Checkpoint inhibitors show promise for AML',
  'Combinations with other therapies enhance effects',
  'Requires oncologist guidance to personalize options',
];

const fromFixture = async (name: string) =>
  render<CareTakeaways>(html`<care-takeaways .content=${await fixture(`takeaways/${name}.json`)}></care-takeaways>`);

/** Fires `change` and resolves with the error event it causes, silencing the warning. */
const errorFrom = async (element: CareTakeaways, change: () => unknown) => {
  const failed = nextError(element);
  const warnings = await captureWarnings(async () => {
    await change();
    await failed;
  });
  return { event: await failed, warnings };
};

describe('care-takeaways', () => {
  it('is registered', () => {
    expect(customElements.get('care-takeaways')).to.equal(CareTakeaways);
    expect(document.createElement('care-takeaways')).to.be.instanceOf(CareTakeaways);
  });

  describe('rendering', () => {
    it("renders the article's Main Takeaways as a heading and a list of five points", async () => {
      const element = await fromFixture('main-takeaways');
      const heading = headingOf(element);
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal('Main Takeaways');
      const list = part(element, 'points')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('role')).to.equal('list');
      expect(points(element)).to.deep.equal(MAIN_TAKEAWAYS);
      expect(part(element, 'summary')).to.equal(null);
    });

    it('marks each point with a check mark hidden from assistive technology', async () => {
      const element = await fromFixture('main-takeaways');
      const markers = [...element.shadowRoot!.querySelectorAll('[part="marker"]')];
      expect(markers).to.have.length(5);
      for (const marker of markers) {
        expect(marker.getAttribute('aria-hidden')).to.equal('true');
        expect(marker.querySelector('svg')).to.not.equal(null);
        expect(marker.getBoundingClientRect().width).to.be.greaterThan(0);
      }
    });

    it('renders the minimal fixture under the default heading', async () => {
      const element = await fromFixture('minimal');
      expect(headingOf(element).localName).to.equal('h2');
      expect(text(headingOf(element))).to.equal('Key takeaways');
      expect(points(element)).to.deep.equal(['Consult your medical team.']);
    });

    it('shows the summary sentence between the heading and the points, with bullets', async () => {
      const element = await fromFixture('summary');
      const summary = part(element, 'summary')!;
      expect(text(summary)).to.equal(
        'Immunotherapy demonstrates proven benefits for both AML and CLL, but its application and efficacy differ based on specific leukemia type.',
      );
      const order = [...part(element, 'base')!.children].map((child) => child.getAttribute('part'));
      expect(order).to.deep.equal(['title', 'summary', 'points']);
      expect(points(element)).to.have.length(2);
      const dot = getComputedStyle(part(element, 'marker')!, '::before');
      expect(dot.content).to.equal('""');
      expect(parseFloat(dot.borderTopWidth)).to.be.greaterThan(0);
    });

    it('numbers the points of an ordered list with numbers that are not read twice', async () => {
      const element = await fromFixture('article-takeaways');
      const list = part(element, 'points')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('role')).to.equal('list');
      const markers = [...list.querySelectorAll('[part="marker"]')];
      expect(markers.map(text)).to.deep.equal(['1', '2']);
      expect(markers.every((marker) => marker.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(points(element)[1]).to.match(/^2 Guidance from an oncologist/);
    });

    it('renders markup inside points and keeps a nested list its bullets', async () => {
      const element = await render<CareTakeaways>(
        html`<care-takeaways .content=${{ points: ['Ask about **clinical trials**:\n- eligibility\n- side effects'] }}></care-takeaways>`,
      );
      const point = part(element, 'point')!;
      expect(text(point.querySelector('strong'))).to.equal('clinical trials');
      const nested = point.querySelector('ul')!;
      expect([...nested.querySelectorAll('li')].map(text)).to.deep.equal(['eligibility', 'side effects']);
      expect(getComputedStyle(nested.querySelector('li')!).display).to.equal('list-item');
      expect(getComputedStyle(nested.querySelector('li')!).listStyleType).to.not.equal('none');
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText('takeaways/summary.json');
      const fromAttribute = await render<CareTakeaways>(html`<care-takeaways content=${json}></care-takeaways>`);
      const fromProperty = await render<CareTakeaways>(html`<care-takeaways .content=${JSON.parse(json)}></care-takeaways>`);
      const clean = (element: Element) => element.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, '');
      expect(clean(fromAttribute)).to.equal(clean(fromProperty));
    });
  });

  describe('heading level and compact layout', () => {
    it('takes its heading level from heading-level and falls back to 2 for a level outside 1–6', async () => {
      const element = await render<CareTakeaways>(
        html`<care-takeaways heading-level="3" content='{"points":["Consult your medical team."]}'></care-takeaways>`,
      );
      expect(headingOf(element).localName).to.equal('h3');
      element.setAttribute('heading-level', '5');
      await element.updateComplete;
      expect(headingOf(element).localName).to.equal('h5');
      for (const wrong of ['9', '0', 'two']) {
        element.setAttribute('heading-level', wrong);
        await element.updateComplete;
        expect(headingOf(element).localName, wrong).to.equal('h2');
      }
      expect(text(headingOf(element))).to.equal('Key takeaways');
    });

    it('draws a tighter box when compact, and reflects the property', async () => {
      const element = await fromFixture('main-takeaways');
      const base = part(element, 'base')!;
      const roomy = { padding: parseFloat(getComputedStyle(base).paddingTop), height: base.getBoundingClientRect().height };
      element.compact = true;
      await element.updateComplete;
      expect(element.hasAttribute('compact')).to.equal(true);
      expect(parseFloat(getComputedStyle(base).paddingTop)).to.be.lessThan(roomy.padding);
      expect(base.getBoundingClientRect().height).to.be.lessThan(roomy.height);
      element.removeAttribute('compact');
      await element.updateComplete;
      expect(element.compact).to.equal(false);
      expect(parseFloat(getComputedStyle(base).paddingTop)).to.equal(roomy.padding);
    });
  });

  describe('list semantics under a CSS reset', () => {
    let reset: HTMLStyleElement;
    beforeEach(() => {
      reset = document.createElement('style');
      // What CSS resets do: strip list markers and padding, including through parts and inheritance.
      reset.textContent = `:root, ul, ol, li { list-style: none; padding: 0; margin: 0 }
        care-takeaways::part(points), care-takeaways::part(point) { list-style: none; padding: 0 }`;
      document.head.append(reset);
    });
    afterEach(() => reset.remove());

    it('keeps role="list" on the list and its visible markers', async () => {
      for (const name of ['main-takeaways', 'article-takeaways', 'summary']) {
        const element = await fromFixture(name);
        const list = part(element, 'points')!;
        expect(list.getAttribute('role'), name).to.equal('list');
        expect([...list.children].every((child) => child.localName === 'li'), name).to.equal(true);
        for (const marker of element.shadowRoot!.querySelectorAll('[part="marker"]')) {
          expect(marker.getBoundingClientRect().width, name).to.be.greaterThan(0);
        }
        await expect(element).to.be.accessible();
      }
    });
  });

  describe('bad input', () => {
    it('names every wrong field by its path and keeps the last good content', async () => {
      const element = await fromFixture('main-takeaways');
      const { event, warnings } = await errorFrom(element, async () => (element.content = await fixture('takeaways/invalid/wrong-types.json')));
      expect(event.detail.errors.map((error) => error.path)).to.deep.equal(['/title', '/summary', '/points', '/marker']);
      expect(event.detail.errors[3]!.message).to.equal('expected one of "check", "bullet", "number", got "star"');
      expect(warnings).to.have.length(1);
      await element.updateComplete;
      expect(text(headingOf(element))).to.equal('Main Takeaways');
      expect(points(element)).to.deep.equal(MAIN_TAKEAWAYS);
    });

    it('needs at least one point', async () => {
      const element = await fromFixture('minimal');
      const { event } = await errorFrom(element, async () => (element.content = await fixture('takeaways/invalid/no-points.json')));
      expect(event.detail.errors).to.deep.equal([{ path: '/points', message: 'expected at least 1 valid item, got 0' }]);
      await element.updateComplete;
      expect(points(element)).to.deep.equal(['Consult your medical team.']);
    });

    it('leaves out an invalid point, names it, and shows the rest', async () => {
      const element = await render<CareTakeaways>(html`<care-takeaways></care-takeaways>`);
      const { event, warnings } = await errorFrom(element, async () => (element.content = await fixture('takeaways/invalid/bad-point.json')));
      expect(event.detail.errors).to.deep.equal([
        { path: '/points/1', message: 'expected a string, got a number' },
        { path: '/points/2', message: 'must not be empty' },
      ]);
      expect(warnings[0]).to.match(/^care-takeaways: left out invalid parts of its content/);
      await element.updateComplete;
      expect(points(element)).to.deep.equal(['Harnesses immune system against leukemia', 'Requires oncologist guidance to personalize options']);
    });

    it('shows hostile strings as text, runs none of them, and leaves unsafe links as text', async () => {
      const content = await fixture<{ title: string }>('takeaways/invalid/hostile.json');
      const element = await render<CareTakeaways>(html`<care-takeaways .content=${content}></care-takeaways>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pwned()).to.equal(false);
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, iframe, a')).to.equal(null);
      expect(root.querySelectorAll('svg')).to.have.length(2);
      expect(text(headingOf(element))).to.equal(content.title);
      expect(text(part(element, 'summary'))).to.equal('<script>window.__pwned = true</script> click me');
      expect(points(element)).to.deep.equal(['data and tab', '<svg onload="window.__pwned=true"></svg>']);
    });

    it('keeps safe links as links', async () => {
      const element = await render<CareTakeaways>(
        html`<care-takeaways .content=${{ points: ['Search the [trials database](https://example.org/trials).'] }}></care-takeaways>`,
      );
      expect(part(element, 'point')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/trials');
    });
  });

  describe('labels and language', () => {
    it("translates the default heading and follows a change to an ancestor's lang", async () => {
      const wrapper = await render(html`<div lang="es"><care-takeaways content='{"points":["x"]}'></care-takeaways></div>`);
      const element = wrapper.querySelector('care-takeaways')!;
      await element.updateComplete;
      expect(text(headingOf(element))).to.equal('Puntos clave');
      wrapper.setAttribute('lang', 'en-US');
      await waitUntil(() => text(headingOf(element)) === 'Key takeaways', 'heading did not switch to English');
    });

    it("prefers the content's title, then its labels, to the built-in heading", async () => {
      const titled = await render<CareTakeaways>(html`<care-takeaways lang="es" .content=${{ title: 'Resumen', points: ['x'] }}></care-takeaways>`);
      expect(text(headingOf(titled))).to.equal('Resumen');
      const relabelled = await render<CareTakeaways>(html`<care-takeaways .content=${{ points: ['x'], labels: { heading: 'In short' } }}></care-takeaways>`);
      expect(text(headingOf(relabelled))).to.equal('In short');
    });
  });

  describe('accessibility', () => {
    for (const name of ['main-takeaways', 'article-takeaways', 'summary', 'minimal']) {
      it(`passes axe: ${name}`, async () => {
        await expect(await fromFixture(name)).to.be.accessible();
      });
    }

    it('passes axe when compact, in Spanish and in a dark scheme', async () => {
      const wrapper = await render(html`<div lang="es" style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-takeaways compact src="/content/takeaways/main-takeaways.json"></care-takeaways>
        <care-takeaways .content=${{ points: ['Un punto con un [enlace](#x).'], marker: 'number' }}></care-takeaways>
      </div>`);
      await waitUntil(() => wrapper.querySelector('care-takeaways')!.shadowRoot!.querySelector('li'), 'src did not load');
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareTakeaways;
      await captureWarnings(async () => {
        element = await render<CareTakeaways>(html`<care-takeaways content='{"points":[]}'></care-takeaways>`);
      });
      expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.equal('This content could not be shown.');
      await expect(element).to.be.accessible();
    });
  });
});

import { expect, fixture as render, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../src/stat/care-stat.js';
import { CareStat } from '../src/stat/care-stat.js';
import { filledOutOf100, type StatContent } from '../src/stat/content.js';
import { captureWarnings, fixture, fixtureText, nextError, pwned, shownText } from './helpers.js';

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (element: Element, name: string) => part(element, name)?.textContent!.replace(/\s+/g, ' ').trim();
const visual = (element: Element) => part(element, 'visual') as SVGSVGElement | null;
const filledFigures = (element: Element) => element.shadowRoot!.querySelectorAll('.icons use.filled').length;

const stat = async (content: unknown, visualAttribute?: string) => {
  return render<CareStat>(html`<care-stat visual=${visualAttribute ?? nothing} .content=${content}></care-stat>`);
};

const LABEL = 'of CLL patients respond to anti-CD19 CAR T-cell therapy';
const withProportion = (proportion: number): StatContent => ({ value: 'Figure', label: 'label', proportion });

describe('care-stat', () => {
  it('is registered', () => {
    expect(customElements.get('care-stat')).to.equal(CareStat);
    expect(document.createElement('care-stat')).to.be.instanceOf(CareStat);
  });

  describe('rendering', () => {
    it('shows the full fixture: the value, its label, the figure in words and the context', async () => {
      const element = await stat(await fixture('stat/cll-response.json'));
      expect(text(element, 'value')).to.equal('Over 70%');
      expect(text(element, 'label')).to.equal(LABEL);
      const picture = visual(element)!;
      expect(picture.getAttribute('role')).to.equal('img');
      expect(picture.getAttribute('aria-label')).to.equal('more than 70 in 100 CLL patients');
      expect(filledFigures(element)).to.equal(70);
      expect(text(element, 'scope')).to.equal('CLL patients');
      expect(text(element, 'context')).to.match(/^Yet relapse after CAR T cell treatment emerges as a problem/);
      expect(part(element, 'source')).to.equal(null);
    });

    it('shows the seed’s other figures as written', async () => {
      const remission = await stat(await fixture('stat/cll-remission.json'));
      expect(text(remission, 'value')).to.equal('Over a third');
      expect(visual(remission)!.getAttribute('aria-label')).to.equal('more than 33 in 100 CLL patients');
      expect(filledFigures(remission), 'the stated third, drawn').to.equal(33);
      const aml = await stat(await fixture('stat/aml-remission.json'));
      expect(text(aml, 'value')).to.equal('Nearly half');
      expect(text(aml, 'context')).to.match(/^Early successes combining a checkpoint inhibitor with azacitidine chemotherapy in older AML patients sparked enthusiasm\./);
      expect(visual(aml), 'no proportion, no picture').to.equal(null);
    });

    it('shows the minimal fixture as the value and label alone', async () => {
      const element = await stat(await fixture('stat/minimal.json'));
      expect(shownText(element)).to.equal(`Over 70% ${LABEL}`);
      expect(visual(element)).to.equal(null);
      expect(part(element, 'context')).to.equal(null);
      expect(part(element, 'scope')).to.equal(null);
      expect(part(element, 'source')).to.equal(null);
    });

    it('states who was studied, the study and how many people, when the content says', async () => {
      const element = await stat({ value: 'Over 70%', label: LABEL, population: 'CLL patients', study: 'A 2020 trial', participants: 120 });
      expect(text(element, 'scope')).to.equal('CLL patients · A 2020 trial · 120 people');
    });

    it('puts the label beside the value and the source under them', async () => {
      const element = await render<CareStat>(html`<care-stat style="inline-size: 40rem" .content=${{
        value: 'Over 70%',
        label: LABEL,
        source: { title: 'A cited work' },
      }}></care-stat>`);
      const value = part(element, 'value')!.getBoundingClientRect();
      const label = part(element, 'label')!.getBoundingClientRect();
      const source = part(element, 'source')!.getBoundingClientRect();
      expect(label.left).to.be.greaterThan(value.right);
      expect(label.top).to.be.lessThan(value.bottom);
      expect(source.top).to.be.at.least(value.bottom);
    });

    it('names the source through the shared citation, linked when its URL is safe', async () => {
      const element = await stat({
        value: 'Over 70%',
        label: LABEL,
        source: { title: 'A cited work', url: 'https://example.org/work', publisher: 'A publisher', date: '2024' },
      });
      expect(text(element, 'source')).to.equal('Source: A cited work. A publisher, 2024');
      const link = part(element, 'source')!.querySelector('cite a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/work');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText('stat/cll-response.json');
      const fromAttribute = await render<CareStat>(html`<care-stat content=${json}></care-stat>`);
      const fromProperty = await render<CareStat>(html`<care-stat .content=${JSON.parse(json)}></care-stat>`);
      const markup = (element: CareStat) => element.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, '');
      expect(markup(fromAttribute)).to.equal(markup(fromProperty));
    });
  });

  describe('the picture of the proportion', () => {
    // Rounding: the nearest whole figure out of 100, halves up; above 0 fills
    // at least one figure and below 1 leaves at least one empty.
    for (const [proportion, filled] of [
      [0, 0],
      [0.001, 1],
      [0.004, 1],
      [0.33, 33],
      [0.335, 34],
      [0.7, 70],
      [0.996, 99],
      [0.999, 99],
      [1, 100],
    ] as const) {
      it(`fills ${filled} of 100 figures for ${proportion}, and says the number it draws`, async () => {
        const element = await stat(withProportion(proportion));
        expect(element.shadowRoot!.querySelectorAll('.icons use')).to.have.length(100);
        expect(filledFigures(element)).to.equal(filled);
        expect(visual(element)!.getAttribute('aria-label')).to.equal(`about ${filled} in 100 people`);
        const bar = await stat(withProportion(proportion), 'bar');
        expect(visual(bar)!.querySelector('rect.filled')!.getAttribute('width')).to.equal(String(filled));
        expect(visual(bar)!.getAttribute('aria-label')).to.equal(`about ${filled} in 100 people`);
      });
    }

    for (const [qualifier, words] of [
      ['over', 'more than 70 in 100 people'],
      ['under', 'fewer than 70 in 100 people'],
      ['nearly', 'nearly 70 in 100 people'],
      ['about', 'about 70 in 100 people'],
      ['exactly', '70 in 100 people'],
    ] as const) {
      it(`keeps the qualifier "${qualifier}" in the picture's words`, async () => {
        const value = { over: 'Over 70%', under: 'Under 70%', nearly: 'Nearly 70%', about: 'About 70%', exactly: 'Exactly 70%' }[qualifier];
        const element = await stat({ value, label: 'label', qualifier, proportion: 0.7 });
        expect(visual(element)!.getAttribute('aria-label')).to.equal(words);
        expect(filledFigures(element)).to.equal(70);
      });
    }

    it('says "about" when the content gives no qualifier, as before qualifiers existed', async () => {
      const element = await stat({ value: '70%', label: 'label', proportion: 0.7 });
      expect(visual(element)!.getAttribute('aria-label')).to.equal('about 70 in 100 people');
    });

    it('draws a fraction as the stated figure: "1/3" fills 33 of 100', async () => {
      const element = await stat({ value: 'Over a third', label: 'label', qualifier: 'over', proportion: '1/3', population: 'CLL patients' }, 'bar');
      expect(visual(element)!.querySelector('rect')!.getAttribute('width')).to.equal('33');
      expect(visual(element)!.getAttribute('aria-label')).to.equal('more than 33 in 100 CLL patients');
    });

    it('rounds to the nearest figure but never to none or all unless the proportion is exactly 0 or 1', () => {
      expect(filledOutOf100(0.334)).to.equal(33);
      expect(filledOutOf100(0.335)).to.equal(34);
      expect(filledOutOf100(0.001)).to.equal(1);
      expect(filledOutOf100(0.999)).to.equal(99);
    });

    it('fills the figures in reading order, row by row', async () => {
      const element = await stat(withProportion(0.13));
      const figures = [...element.shadowRoot!.querySelectorAll('.icons use')];
      expect(figures.slice(0, 13).every((figure) => figure.classList.contains('filled'))).to.equal(true);
      expect(figures.slice(13).some((figure) => figure.classList.contains('filled'))).to.equal(false);
      expect(figures.slice(9, 12).map((figure) => [figure.getAttribute('x'), figure.getAttribute('y')])).to.deep.equal([
        ['72', '0'],
        ['0', '10'],
        ['8', '10'],
      ]);
    });

    it('draws one shape, reused by every figure, with no network request or icon font', async () => {
      const requestsBefore = performance.getEntriesByType('resource').length;
      const element = await stat(withProportion(0.7));
      const picture = visual(element)!;
      expect(performance.getEntriesByType('resource').length).to.equal(requestsBefore);
      expect(picture.querySelectorAll('path')).to.have.length(1);
      const targets = new Set([...picture.querySelectorAll('use')].map((use) => use.getAttribute('href')));
      expect([...targets]).to.deep.equal(['#person']);
      expect(element.shadowRoot!.getElementById('person')).to.equal(picture.querySelector('path'));
      expect(picture.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('draws a bar instead with visual="bar", as an image with the same words', async () => {
      const element = await stat(withProportion(0.7), 'bar');
      const picture = visual(element)!;
      expect(picture.classList.contains('bar')).to.equal(true);
      expect(picture.getAttribute('role')).to.equal('img');
      expect(picture.getAttribute('aria-label')).to.equal('about 70 in 100 people');
      expect(picture.querySelector('rect.filled')!.getAttribute('width')).to.equal('70');
      expect(element.shadowRoot!.querySelector('.icons')).to.equal(null);
    });

    it('draws nothing with visual="none", and icons for an unknown value; the property reflects', async () => {
      const element = await stat(withProportion(0.7), 'none');
      expect(visual(element)).to.equal(null);
      expect(text(element, 'value')).to.equal('Figure');
      element.setAttribute('visual', 'pie');
      await element.updateComplete;
      expect(visual(element)!.classList.contains('icons')).to.equal(true);
      element.visual = 'bar';
      await element.updateComplete;
      expect(element.getAttribute('visual')).to.equal('bar');
      expect(visual(element)!.classList.contains('bar')).to.equal(true);
    });

    it('keeps filled and empty figures apart by shape, not colour alone', async () => {
      const element = await stat(withProportion(0.5));
      const [filled, empty] = [element.shadowRoot!.querySelector('.icons use.filled')!, element.shadowRoot!.querySelector('.icons use:not(.filled)')!];
      expect(getComputedStyle(filled).fill).to.not.equal('none');
      expect(getComputedStyle(empty).fill).to.equal('none');
      expect(getComputedStyle(empty).stroke).to.not.equal('none');
    });

    it('keeps that difference in forced-colors mode, in the user’s colours', async () => {
      const element = await stat(withProportion(0.5));
      const bar = await stat(withProportion(0.5), 'bar');
      // Chromium's test driver cannot switch forced colors on, so the
      // element's own forced-colors rules are applied directly.
      for (const each of [element, bar]) {
        const root = each.shadowRoot!;
        const rules = root.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules])
          .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'))
          .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
        const forced = new CSSStyleSheet();
        forced.replaceSync(rules.join('\n'));
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, forced];
      }
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      const filled = getComputedStyle(element.shadowRoot!.querySelector('.icons use.filled')!);
      const empty = getComputedStyle(element.shadowRoot!.querySelector('.icons use:not(.filled)')!);
      expect([filled.fill, filled.stroke]).to.deep.equal([canvasText, canvasText]);
      expect([empty.fill, empty.stroke]).to.deep.equal(['none', canvasText]);
      const barStyle = getComputedStyle(visual(bar)!);
      expect(getComputedStyle(visual(bar)!.querySelector('rect')!).fill).to.equal(canvasText);
      expect(barStyle.borderTopColor).to.equal(canvasText);
      expect(getComputedStyle(part(element, 'value')!).color, 'the value in the text colour, not LinkText').to.equal(canvasText);
    });

    it('starts the filled figures and the bar at the inline start in right-to-left text', async () => {
      const wrapper = await render(html`<div dir="rtl">
        <care-stat .content=${withProportion(0.3)}></care-stat>
        <care-stat visual="bar" .content=${withProportion(0.3)}></care-stat>
      </div>`);
      const [icons, bar] = [...wrapper.querySelectorAll('care-stat')] as CareStat[];
      await Promise.all([icons!.updateComplete, bar!.updateComplete]);
      for (const each of [icons!, bar!]) {
        const picture = visual(each)!;
        const filled = picture.querySelector('.filled')!.getBoundingClientRect();
        const box = picture.getBoundingClientRect();
        expect(box.right - filled.right, 'filled drawn from the right edge').to.be.lessThan(box.width * 0.15);
      }
    });
  });

  describe('bad input', () => {
    const failWith = async (element: CareStat, content: unknown) => {
      const failed = nextError(element);
      await captureWarnings(async () => {
        element.content = content as StatContent;
        await failed;
      });
      await element.updateComplete;
      return (await failed).detail.errors;
    };

    it('reports a proportion outside 0–1 at /proportion and keeps the last good content', async () => {
      const element = await stat(await fixture('stat/cll-response.json'));
      const errors = await failWith(element, await fixture('stat/invalid/out-of-range.json'));
      expect(errors).to.deep.equal([{ path: '/proportion', message: 'expected a number between 0 and 1 or a fraction such as "1/3"' }]);
      expect(text(element, 'value')).to.equal('Over 70%');
      expect(filledFigures(element)).to.equal(70);
      const negative = await failWith(element, { value: 'x', label: 'y', proportion: -0.1 });
      expect(negative.map((error) => error.path)).to.deep.equal(['/proportion']);
      expect(text(element, 'context')).to.match(/^Yet relapse/);
    });

    it('names every wrong type by its path', async () => {
      const element = await stat(await fixture('stat/minimal.json'));
      const errors = await failWith(element, await fixture('stat/invalid/wrong-types.json'));
      expect(errors.map((error) => error.path)).to.deep.equal(['/value', '/label', '/proportion', '/source']);
      expect(shownText(element)).to.equal(`Over 70% ${LABEL}`);
    });

    it('shows a short message when nothing valid has arrived', async () => {
      let element!: CareStat;
      await captureWarnings(async () => {
        element = await render<CareStat>(html`<care-stat .content=${{ value: 'Over 70%', label: LABEL, proportion: 1.7 }}></care-stat>`);
      });
      expect(text(element, 'error')).to.equal('This content could not be shown.');
      expect(visual(element)).to.equal(null);
    });

    it('shows hostile strings as text, keeps unsafe links as text and runs nothing', async () => {
      const content = await fixture<{ value: string; source: { title: string } }>('stat/invalid/hostile.json');
      const element = await stat(content);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pwned()).to.equal(false);
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, iframe, b, svg:not([part="visual"])')).to.equal(null);
      expect(root.querySelectorAll('a')).to.have.length(0);
      expect(text(element, 'value')).to.equal(content.value);
      expect(text(element, 'label')).to.equal('<script>window.__pwned = true</script> click me');
      expect(text(element, 'context')).to.contain('<svg onload="window.__pwned=true"></svg>');
      expect(part(element, 'source')!.querySelector('cite')!.textContent).to.equal(content.source.title);
    });

    it('links safe URLs in the label and context', async () => {
      const element = await stat({ value: 'Over 70%', label: 'of [CLL](#cll) patients', context: 'See [the trial](https://example.org/trial).' });
      expect(part(element, 'label')!.querySelector('a')!.getAttribute('href')).to.equal('#cll');
      expect(part(element, 'context')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/trial');
    });
  });

  describe('language', () => {
    const full = { value: 'Más del 70%', label: 'de los pacientes', qualifier: 'over', proportion: 0.7, population: 'pacientes con LLC', source: { title: 'Obra citada' } } as const;

    it('states the figure and names the source in the reader’s language, following changes', async () => {
      const wrapper = await render(html`<div lang="es"><care-stat .content=${full}></care-stat></div>`);
      const element = wrapper.querySelector('care-stat')!;
      await element.updateComplete;
      expect(visual(element)!.getAttribute('aria-label')).to.equal('más de 70 de cada 100 pacientes con LLC');
      expect(text(element, 'source')).to.equal('Fuente: Obra citada');
      wrapper.setAttribute('lang', 'en');
      await new Promise((resolve) => setTimeout(resolve));
      await element.updateComplete;
      expect(visual(element)!.getAttribute('aria-label')).to.equal('more than 70 in 100 pacientes con LLC');
      expect(text(element, 'source')).to.equal('Source: Obra citada');
    });

    it('states the bar in words in Spanish too', async () => {
      const wrapper = await render(html`<div lang="es-MX"><care-stat visual="bar" .content=${{ ...full, value: 'Un 70 %', qualifier: undefined, population: undefined }}></care-stat></div>`);
      const element = wrapper.querySelector('care-stat')!;
      await element.updateComplete;
      expect(visual(element)!.getAttribute('aria-label')).to.equal('aproximadamente 70 de cada 100 personas');
    });

    it('lets the content replace the labels, including the words for the figure', async () => {
      const element = await stat({ ...full, value: '70%', qualifier: undefined, labels: { source: 'Reference', proportion: '{count} of every 100 patients' } });
      expect(visual(element)!.getAttribute('aria-label')).to.equal('70 of every 100 patients');
      expect(text(element, 'source')).to.equal('Reference: Obra citada');
    });
  });

  describe('accessibility', () => {
    for (const name of ['cll-response', 'cll-remission', 'aml-remission', 'minimal']) {
      it(`passes axe: ${name}`, async () => {
        const element = await stat(await fixture(`stat/${name}.json`));
        await expect(element).to.be.accessible();
      });
    }

    it('passes axe with a bar, with no picture, and with a linked source', async () => {
      const content = { value: 'Over 70%', label: LABEL, proportion: 0.7, context: 'Text with a [link](#x).', source: { title: 'A work', url: 'https://example.org/' } };
      for (const visualAttribute of ['bar', 'none']) {
        const element = await stat(content, visualAttribute);
        await expect(element).to.be.accessible();
      }
    });

    it('passes axe in a dark scheme', async () => {
      const wrapper = await render(html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-stat .content=${{ value: 'Over 70%', label: LABEL, proportion: 0.7, source: { title: 'A work', url: '#w', publisher: 'A publisher' } }}></care-stat>
        <care-stat visual="bar" .content=${{ value: 'Over 70%', label: LABEL, proportion: 0.7 }}></care-stat>
      </div>`);
      await Promise.all([...wrapper.querySelectorAll('care-stat')].map((element) => element.updateComplete));
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareStat;
      await captureWarnings(async () => {
        element = await render<CareStat>(html`<care-stat content='{"value": "Over 70%", "proportion": 1.7}'></care-stat>`);
      });
      expect(part(element, 'error')!.textContent!.trim()).to.equal('This content could not be shown.');
      await expect(element).to.be.accessible();
    });
  });
});

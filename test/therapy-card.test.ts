import { expect, fixture as render, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/therapy-card/care-therapy-card.js';
import { CareTherapyCard } from '../src/therapy-card/care-therapy-card.js';
import { therapyStatusKinds, type TherapyCardContent } from '../src/therapy-card/content.js';
import { captureWarnings, fixture, fixtureText, jsonLdWritten, nextError, pwned, referencesDrawn, shownText, textIsShown } from './helpers.js';
import { itOnlyInChromium } from './engines.js';

/** A node of Chromium's accessibility tree, from the accessibility-tree command (test/accessibility-tree.js). */
type AccessibilityNode = { role: string; name: string };

const part = (element: Element, name: string) => element.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();
const toggle = (element: CareTherapyCard) => part(element, 'toggle') as HTMLButtonElement;
const details = (element: CareTherapyCard) => part(element, 'details')!;
const sectionTitles = (element: CareTherapyCard) =>
  [...element.shadowRoot!.querySelectorAll('.section-title')].map((heading) => `${heading.localName} ${heading.textContent}`);

const card = async (content: TherapyCardContent | string, attributes = '') => {
  const element = document.createElement('care-therapy-card');
  for (const [, name, value] of attributes.matchAll(/([\w-]+)(?:="([^"]*)")?/g)) element.setAttribute(name!, value ?? '');
  element.content = content;
  return render<CareTherapyCard>(element);
};
// The seed gives no approval status, no how-it-works beyond the summary and no side effects of its own for
// CAR T-cell therapy, so the fixture has none; tests that need every section add a status and neutral placeholders.
const inTrials = { kind: 'clinical-trials', note: 'Ongoing clinical trials optimize cell production and test innovative combinations to make durable remissions possible for more patients.' } as const;
const placeholders = { howItWorks: 'A placeholder paragraph on how it works.', sideEffects: [{ name: 'First placeholder effect' }, { name: 'Second placeholder effect' }] };
const carTContent = async (): Promise<TherapyCardContent> => ({
  ...(await fixture<TherapyCardContent>('therapy-card/car-t-cell-therapy.json')),
  ...placeholders,
  status: inTrials,
});
const carT = async (attributes = '') => card(await carTContent(), attributes);

describe('care-therapy-card', () => {
  it('is registered', () => {
    expect(customElements.get('care-therapy-card')).to.equal(CareTherapyCard);
    expect(document.createElement('care-therapy-card')).to.be.instanceOf(CareTherapyCard);
  });

  describe('heading, badges and summary', () => {
    it('renders an article named by an h3 heading, then the badges, then the summary', async () => {
      const element = await carT();
      const base = part(element, 'base')!;
      expect(base.localName).to.equal('article');
      const name = part(element, 'name')!;
      expect(name.localName).to.equal('h3');
      expect(name.textContent).to.equal('CAR T-cell therapy');
      expect(base.getAttribute('aria-labelledby')).to.equal(name.id);
      expect(text(part(element, 'category'))).to.equal('Immunotherapy');
      expect(text(part(element, 'summary'))).to.equal('Engineers patient T cells to better recognize leukemia cells.');
      const order = ['name', 'category', 'status', 'summary'].map((each) => part(element, each)!);
      order.slice(1).forEach((node, index) => expect(order[index]!.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0));
    });

    it('writes the status out as text, with its note below the summary', async () => {
      const element = await carT();
      expect(text(part(element, 'status'))).to.equal('Status: In clinical trials');
      expect(text(part(element, 'summary')!.nextElementSibling)).to.match(/^Ongoing clinical trials optimize cell production/);
      const shown = [];
      for (const kind of therapyStatusKinds)
        shown.push(text(part(await card({ name: 'x', summary: 'y', status: { kind, agency: 'An agency', indication: 'some patients' } }), 'status')));
      expect(shown).to.deep.equal(['Status: Approved for some patients', 'Status: In clinical trials for some patients', 'Status: Investigational for some patients']);
    });

    it('scopes an approval to what the source says: its agency, medicine and population, never the whole class', async () => {
      const element = await card(await fixture('therapy-card/checkpoint-inhibitors.json'));
      expect(text(part(element, 'status'))).to.equal('Status: Approved for certain AML patients over 75 years old');
      expect(text(part(element, 'regulation'))).to.equal('Agency: FDA · Medicine: checkpoint blockade combinations');
      expect(part(element, 'regulation')!.nextElementSibling!.textContent).to.match(/^Recent FDA approvals based on improved event-free survival/);
      const dated = await card({ name: 'x', summary: 'y', status: { kind: 'approved', agency: 'EMA', indication: 'adults', date: '2024-03' } });
      expect(text(part(dated, 'regulation'))).to.equal('Agency: EMA · Date: 2024-03');
    });

    it('refuses an approval that names no agency or no population, at their paths', async () => {
      const element = await card({ name: 'x', summary: 'y' });
      const failed = nextError(element);
      await captureWarnings(async () => {
        element.content = { name: 'x', summary: 'y', status: { kind: 'approved' } };
        await failed;
      });
      expect((await failed).detail.errors).to.deep.equal([
        { path: '/status/agency', message: 'is required for an approved status' },
        { path: '/status/indication', message: 'is required for an approved status' },
      ]);
      expect(part(element, 'status')).to.equal(null);
    });

    it('takes its heading level from heading-level, with section headings one below', async () => {
      const element = await carT('heading-level="2" expanded');
      expect(part(element, 'name')!.localName).to.equal('h2');
      expect(sectionTitles(element)).to.deep.equal(['h3 How it works', 'h3 Results', 'h3 Used for', 'h3 Side effects']);
      element.headingLevel = 9;
      await element.updateComplete;
      expect(part(element, 'name')!.localName).to.equal('h3');
      element.setAttribute('heading-level', '6');
      await element.updateComplete;
      expect(part(element, 'name')!.localName).to.equal('h6');
      expect(element.shadowRoot!.querySelector('.section-title')!.localName).to.equal('h6');
    });

    it('renders the minimal fixture as a heading and summary with no badges or button', async () => {
      const element = await card(await fixture('therapy-card/minimal.json'));
      expect(text(part(element, 'name'))).to.equal('Monoclonal antibodies');
      expect(text(part(element, 'summary'))).to.equal('Bind to leukemia antigens, flagging them for destruction.');
      expect(element.shadowRoot!.querySelector('.badges, button, [part="details"], .more')).to.equal(null);
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText('therapy-card/checkpoint-inhibitors.json');
      const strip = (element: CareTherapyCard) => element.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, '');
      expect(strip(await card(json))).to.equal(strip(await card(JSON.parse(json))));
    });
  });

  describe('disclosure', () => {
    it('starts collapsed, with the details hidden until found and named by the button', async () => {
      const element = await carT();
      const button = toggle(element);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(details(element).id);
      expect(button.textContent!.trim()).to.match(/^Learn how it works/);
      expect(text(button.querySelector('.visually-hidden'))).to.equal(': CAR T-cell therapy');
      expect(details(element).getAttribute('hidden')).to.equal('until-found');
      expect(textIsShown(details(element))).to.equal(false);
      // find-in-page needs the collapsed panel to keep its box
      expect(getComputedStyle(details(element)).display).to.not.equal('none');
    });

    itOnlyInChromium('the accessibility tree is read over the DevTools protocol; the next test checks the DOM state that decides it')(
      'takes the collapsed details out of the accessibility tree, and brings them back when opened',
      async () => {
        const element = await carT();
        const content = await carTContent();
        const tree = () => executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');
        // Section titles are uppercased by CSS, which the tree follows.
        const headings = async () => (await tree()).filter(({ role }) => role === 'heading').map(({ name }) => name.toLowerCase());
        const says = async (text: string) => (await tree()).some(({ name }) => name.includes(text));
        const sideEffect = content.sideEffects![0]!.name;
        const landmarks = async () => (await tree()).filter(({ role }) => role === 'region').map(({ name }) => name);
        expect(await headings()).to.deep.equal(['car t-cell therapy']);
        expect(await landmarks(), 'landmark regions').to.deep.equal([]);
        expect(await says(sideEffect), 'collapsed details text').to.equal(false);
        toggle(element).click();
        await element.updateComplete;
        expect(await headings()).to.include.members(['car t-cell therapy', 'how it works', 'side effects']);
        expect(await says(sideEffect), 'open details text').to.equal(true);
      },
    );

    it('gives the collapsed details no role and no rendering, which keeps them out of every engine\'s accessibility tree', async () => {
      const element = await carT();
      expect(details(element).hasAttribute('role')).to.equal(false);
      const { display, contentVisibility } = getComputedStyle(details(element));
      // until-found details skip their contents' rendering (and the tree with it); elsewhere they are not displayed.
      expect(display === 'none' || contentVisibility === 'hidden', `${display} ${contentVisibility}`).to.equal(true);
      expect(details(element).getBoundingClientRect().height).to.equal(0);
    });

    it('opens and closes on click, without changing the expanded property', async () => {
      const element = await carT();
      toggle(element).click();
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      expect(toggle(element).textContent!.trim()).to.match(/^Show less/);
      expect(details(element).hasAttribute('hidden')).to.equal(false);
      expect(textIsShown(details(element))).to.equal(true);
      expect(element.expanded).to.equal(false);
      toggle(element).click();
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('false');
      expect(details(element).getAttribute('hidden')).to.equal('until-found');
    });

    it('opens with Enter and closes with Space', async () => {
      const element = await carT();
      toggle(element).focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement).to.equal(toggle(element));
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows everything with the expanded attribute, and follows it when it changes', async () => {
      const element = await carT('expanded');
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      expect(details(element).hasAttribute('hidden')).to.equal(false);
      element.removeAttribute('expanded');
      await element.updateComplete;
      expect(details(element).getAttribute('hidden')).to.equal('until-found');
      element.expanded = true;
      await element.updateComplete;
      expect(details(element).hasAttribute('hidden')).to.equal(false);
    });

    it('opens when find-in-page matches collapsed text (beforematch)', async () => {
      const element = await carT();
      details(element).dispatchEvent(new Event('beforematch'));
      await element.updateComplete;
      expect(toggle(element).getAttribute('aria-expanded')).to.equal('true');
      expect(details(element).hasAttribute('hidden')).to.equal(false);
    });

    itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints every section and no button', async () => {
      const element = await carT();
      await emulateMedia({ media: 'print' });
      try {
        expect(textIsShown(details(element))).to.equal(true);
        expect(getComputedStyle(toggle(element)).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(textIsShown(details(element))).to.equal(false);
    });

    it('translates the button and section labels, and takes overrides from labels', async () => {
      const wrapper = await render(html`<div lang="es"><care-therapy-card expanded></care-therapy-card></div>`);
      const element = wrapper.querySelector('care-therapy-card')!;
      element.content = await carTContent();
      await element.updateComplete;
      expect(toggle(element).textContent!.trim()).to.match(/^Mostrar menos/);
      expect(text(part(element, 'status'))).to.equal('Estado: En ensayos clínicos');
      expect(sectionTitles(element)).to.include('h4 Efectos secundarios');
      element.expanded = false;
      await element.updateComplete;
      expect(toggle(element).textContent!.trim()).to.match(/^Descubra cómo funciona/);
      const labelled = await card({ name: 'x', summary: 'y', howItWorks: 'z', labels: { showDetails: 'Read more' } });
      expect(toggle(labelled).textContent!.trim()).to.match(/^Read more/);
    });
  });

  describe('sections', () => {
    it('lists conditions and side effects with their notes', async () => {
      const element = await carT('expanded');
      const lists = [...element.shadowRoot!.querySelectorAll('.pair ul')];
      expect(lists.map((list) => [...list.querySelectorAll('.item')].map((item) => item.textContent))).to.deep.equal([
        ['Chronic lymphocytic leukemia (CLL)'],
        ['First placeholder effect', 'Second placeholder effect'],
      ]);
      expect(text(lists[0]!.querySelector('.note'))).to.match(/^CLL forms in white blood cells called B cells\./);
    });

    it('shows how it works as paragraphs, or as numbered steps when given a list', async () => {
      const prose = await carT('expanded');
      expect(details(prose).querySelector('ol')).to.equal(null);
      expect(text(details(prose).querySelector('section p'))).to.equal('A placeholder paragraph on how it works.');
      const checkpoint = await card(await fixture('therapy-card/checkpoint-inhibitors.json'), 'expanded');
      expect(text(details(checkpoint).querySelector('section p')), 'only the seed’s words on how they work').to.equal(
        'Block proteins cancers exploit to hide from immune cells.',
      );
      const steps = await card({ name: 'x', summary: 'y', howItWorks: ['First **step**.', 'Second step.'] }, 'expanded');
      const items = [...details(steps).querySelectorAll('ol > li')];
      expect(items.map((item) => item.textContent)).to.deep.equal(['First step.', 'Second step.']);
      expect(items[0]!.querySelector('strong')!.textContent).to.equal('step');
    });

    it('shows each result as a large value with its label', async () => {
      const element = await carT('expanded');
      const results = [...element.shadowRoot!.querySelectorAll('.result')];
      expect(results.map((result) => [text(result.querySelector('.value')), text(result.querySelector('div'))])).to.deep.equal([
        ['Over 70%', 'of CLL patients respond to anti-CD19 CAR T-cell therapy'],
        ['Over a third', 'achieving complete long-term remission'],
      ]);
      const checkpoint = await card(await fixture('therapy-card/checkpoint-inhibitors.json'), 'expanded');
      expect(text(checkpoint.shadowRoot!.querySelector('.result .note')), 'the source’s hedge stays with its figure').to.equal(
        'Early successes combining a checkpoint inhibitor with azacitidine chemotherapy in older AML patients sparked enthusiasm.',
      );
      const value = parseFloat(getComputedStyle(results[0]!.querySelector('.value')!).fontSize);
      const label = parseFloat(getComputedStyle(results[0]!.querySelector('div')!).fontSize);
      expect(value).to.be.greaterThan(label * 1.4);
    });

    it('links a result to its source, and lists the sources numbered with publisher and date', async () => {
      const element = await card(
        {
          name: 'x',
          summary: 'y',
          results: [
            { value: '42%', label: 'of a cohort', source: { title: 'A study', url: 'https://example.org/study', publisher: 'A journal', date: '2024' } },
            { value: '7', label: 'without a source' },
          ],
          sources: [
            { title: 'First work', url: 'https://example.org/first', publisher: 'A publisher', date: '2024-03-04' },
            { title: 'Second work' },
          ],
        },
        'expanded',
      );
      const [withSource, without] = [...element.shadowRoot!.querySelectorAll('.result')];
      expect(text(withSource!.querySelector('.note'))).to.equal('Source: A study. A journal, 2024');
      expect(withSource!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/study');
      expect(without!.querySelector('.note, a')).to.equal(null);
      await referencesDrawn();
      const list = element.querySelector(':scope > ol.care-references')!;
      expect(list.assignedSlot!.closest('[part="details"]')).to.exist;
      expect([...list.children].map((item) => text(item))).to.deep.equal(['First work. A publisher, 2024-03-04.', 'Second work.']);
      expect(list.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/first');
      expect(sectionTitles(element)).to.deep.equal(['h4 Results', 'h4 Sources']);
    });

    it('renders learnMore as a link, and an unsafe URL as plain text', async () => {
      const element = await card({ name: 'x', summary: 'y', learnMore: { label: 'Clinical trials', href: 'https://example.org/trials' } });
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('.more a')!;
      expect(link.textContent).to.equal('Clinical trials');
      expect(link.getAttribute('href')).to.equal('https://example.org/trials');
      expect(link.rel).to.equal('noopener noreferrer');
      const local = await card({ name: 'x', summary: 'y', learnMore: { label: 'More', href: '/trials' } });
      expect(local.shadowRoot!.querySelector('.more a')!.hasAttribute('rel')).to.equal(false);
      const unsafe = await card({ name: 'x', summary: 'y', learnMore: { label: 'Read more', href: 'javascript:alert(1)' } });
      expect(unsafe.shadowRoot!.querySelector('a')).to.equal(null);
      expect(text(unsafe.shadowRoot!.querySelector('.more'))).to.equal('Read more');
    });

    it('shows hostile strings as text and runs none of them', async () => {
      const content = await fixture<TherapyCardContent>('therapy-card/invalid/hostile.json');
      const element = await card(content, 'expanded');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(pwned()).to.equal(false);
      const root = element.shadowRoot!;
      expect(root.querySelector('img, script, svg, iframe')).to.equal(null);
      expect(root.querySelectorAll('a')).to.have.length(0);
      expect(text(part(element, 'name'))).to.equal(content.name);
      expect(shownText(element)).to.contain('<script>window.__pwned = true</script> click me');
      expect(text(root.querySelector('.value'))).to.equal(content.results![0]!.value);
      expect(text(root.querySelector('.more'))).to.equal('Read more');
    });
  });

  describe('layout by container width', () => {
    const placeResults = async (width: string) => {
      const wrapper = await render<HTMLDivElement>(html`<div style="inline-size: ${width}"><care-therapy-card expanded></care-therapy-card></div>`);
      const element = wrapper.querySelector('care-therapy-card')!;
      element.content = await carTContent();
      await element.updateComplete;
      const root = element.shadowRoot!;
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      const sections = [...root.querySelectorAll('.pair > section')].map((section) => section.getBoundingClientRect());
      return { element, value: box('.result .value'), label: box('.result > div'), sections };
    };

    it('fills its container', async () => {
      const { element } = await placeResults('37rem');
      expect(element.getBoundingClientRect().width).to.equal(37 * 16);
    });

    it('puts the label beside the value and the lists side by side when 28rem or wider', async () => {
      const { value, label, sections } = await placeResults('32rem');
      expect(label.left).to.be.at.least(value.right);
      expect(label.top).to.be.below(value.bottom);
      expect(sections[1]!.top).to.equal(sections[0]!.top);
      expect(sections[1]!.left).to.be.at.least(sections[0]!.right);
    });

    it('stacks everything in one column when narrower than 28rem', async () => {
      const { value, label, sections } = await placeResults('20rem');
      expect(label.top).to.be.at.least(value.bottom - 1);
      expect(label.left).to.equal(value.left);
      expect(sections[1]!.top).to.be.at.least(sections[0]!.bottom);
    });

    it('gives one list section the full width', async () => {
      const wrapper = await render<HTMLDivElement>(html`<div style="inline-size: 32rem"><care-therapy-card expanded></care-therapy-card></div>`);
      const element = wrapper.querySelector('care-therapy-card')!;
      element.content = { name: 'x', summary: 'y', sideEffects: [{ name: 'Autoimmunity' }] };
      await element.updateComplete;
      const pair = element.shadowRoot!.querySelector('.pair')!;
      expect(pair.querySelector('section')!.getBoundingClientRect().width).to.equal(pair.getBoundingClientRect().width);
    });
  });

  describe('structured data', () => {
    const jsonLd = (element: Element) => {
      const script = element.querySelector(':scope > script[type="application/ld+json"]');
      return script ? JSON.parse(script.textContent!) : undefined;
    };

    it('writes a MedicalTherapy JSON-LD into the light DOM with structured-data', async () => {
      const element = await carT('structured-data');
      await jsonLdWritten();
      expect(jsonLd(element)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalTherapy',
        name: 'CAR T-cell therapy',
        description: 'Engineers patient T cells to better recognize leukemia cells.',
        indication: [{ '@type': 'MedicalIndication', name: 'Chronic lymphocytic leukemia (CLL)' }],
        adverseOutcome: [
          { '@type': 'MedicalEntity', name: 'First placeholder effect' },
          { '@type': 'MedicalEntity', name: 'Second placeholder effect' },
        ],
      });
    });

    it('claims no side effects for the sample’s CAR T-cell card: the seed names them for immunotherapy in general', async () => {
      const element = await card(await fixture('therapy-card/car-t-cell-therapy.json'), 'structured-data');
      await jsonLdWritten();
      expect(jsonLd(element)).to.not.have.property('adverseOutcome');
      expect(jsonLd(element).indication).to.deep.equal([{ '@type': 'MedicalIndication', name: 'Chronic lymphocytic leukemia (CLL)' }]);
    });

    it('describes the summary without markup, updates with the content and leaves out empty lists', async () => {
      const element = await carT('structured-data');
      element.content = { name: 'Monoclonal antibodies', summary: 'Bind to **leukemia antigens**, flagging them for destruction.' };
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element)).to.deep.equal({
        '@context': 'https://schema.org',
        '@type': 'MedicalTherapy',
        name: 'Monoclonal antibodies',
        description: 'Bind to leukemia antigens, flagging them for destruction.',
      });
      expect(element.querySelectorAll('script')).to.have.length(1);
    });

    it('writes nothing without the attribute, and removes it when the attribute goes', async () => {
      const plain = await carT();
      await jsonLdWritten();
      expect(jsonLd(plain)).to.equal(undefined);
      const element = await carT('structured-data');
      await jsonLdWritten();
      element.removeAttribute('structured-data');
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element)).to.equal(undefined);
      expect(shownText(element)).to.contain('CAR T-cell therapy');
    });

    it('leaves structured data to an ancestor care element that writes it', async () => {
      const wrapper = await render(html`<care-page structured-data><care-therapy-card structured-data></care-therapy-card></care-page>`);
      const element = wrapper.querySelector('care-therapy-card')!;
      element.content = await fixture('therapy-card/car-t-cell-therapy.json');
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element)).to.equal(undefined);
    });
  });

  describe('invalid content', () => {
    const errorsOf = async (path: string) => {
      let element!: CareTherapyCard;
      let paths: string[] = [];
      const warnings = await captureWarnings(async () => {
        element = document.createElement('care-therapy-card');
        const failed = nextError(element);
        element.content = await fixtureText(`therapy-card/invalid/${path}`);
        document.body.append(element);
        paths = (await failed).detail.errors.map((error) => error.path);
        await element.updateComplete;
      });
      element.remove();
      return { element, paths, warnings };
    };

    it('names the path of each problem', async () => {
      expect((await errorsOf('malformed.json')).paths).to.deep.equal(['']);
      expect((await errorsOf('missing-name.json')).paths).to.deep.equal(['/name']);
      expect((await errorsOf('wrong-types.json')).paths).to.deep.equal(['/name', '/summary', '/howItWorks', '/status/kind']);
    });

    it('leaves out invalid list items and shows the rest', async () => {
      const { element, paths } = await errorsOf('bad-items.json');
      expect(paths).to.deep.equal(['/usedFor/1/condition', '/results/0/value', '/sideEffects/0']);
      document.body.append(element);
      element.expanded = true;
      await element.updateComplete;
      expect([...element.shadowRoot!.querySelectorAll('.item')].map((item) => item.textContent)).to.deep.equal([
        'Chronic lymphocytic leukemia (CLL)',
        'Autoimmunity',
      ]);
      expect([...element.shadowRoot!.querySelectorAll('.value')].map((value) => value.textContent)).to.deep.equal(['Over 70%']);
      element.remove();
    });

    it('warns about unknown fields and renders the rest', async () => {
      let element!: CareTherapyCard;
      const warnings = await captureWarnings(async () => {
        element = await card(await fixtureText('therapy-card/invalid/unknown-field.json'));
      });
      expect(warnings.join('\n')).to.contain('/dosage');
      expect(text(part(element, 'name'))).to.equal('Monoclonal antibodies');
    });

    it('keeps the last valid content when new content is invalid', async () => {
      const element = await carT();
      for (const bad of ['malformed.json', 'missing-name.json', 'wrong-types.json']) {
        await captureWarnings(async () => {
          const failed = nextError(element);
          element.content = await fixtureText(`therapy-card/invalid/${bad}`);
          await failed;
          await element.updateComplete;
        });
        expect(text(part(element, 'name'))).to.equal('CAR T-cell therapy');
        expect(text(part(element, 'status'))).to.equal('Status: In clinical trials');
      }
    });
  });

  describe('accessibility', () => {
    for (const name of ['checkpoint-inhibitors', 'car-t-cell-therapy', 'monoclonal-antibodies', 'minimal']) {
      it(`passes axe collapsed and expanded: ${name}`, async () => {
        const element = await card(await fixture(`therapy-card/${name}.json`));
        await expect(element).to.be.accessible();
        element.expanded = true;
        await element.updateComplete;
        await expect(element).to.be.accessible();
      });
    }

    it('passes axe with steps, sources and a link, in a dark scheme', async () => {
      const wrapper = await render(html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-therapy-card expanded></care-therapy-card>
      </div>`);
      const element = wrapper.querySelector('care-therapy-card')!;
      element.content = {
        ...(await fixture<TherapyCardContent>('therapy-card/checkpoint-inhibitors.json')),
        howItWorks: ['First.', 'Second.'],
        sources: [{ title: 'A work', url: 'https://example.org', publisher: 'A publisher', date: '2024' }],
        learnMore: { label: 'Read more', href: 'https://example.org/more' },
      };
      await element.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareTherapyCard;
      await captureWarnings(async () => {
        element = await render<CareTherapyCard>(html`<care-therapy-card content="{oops"></care-therapy-card>`);
      });
      expect(part(element, 'error')!.textContent!.trim()).to.equal('This content could not be shown.');
      await expect(element).to.be.accessible();
    });
  });
});

import { aTimeout, expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/faq/care-faq.js';
import { CareFaq } from '../src/faq/care-faq.js';
import { withIds, type FaqContent } from '../src/faq/content.js';
import type { CareToggleEvent } from '../src/core/events.js';
import { toPlainText } from '../src/core/rich-text.js';
import { captureWarnings, fixture, fixtureText, jsonLdWritten, nextError, pwned, textIsShown, waitUntil } from './helpers.js';
import { itOnlyInChromium } from './engines.js';

/** A node of Chromium's accessibility tree, from the accessibility-tree command (test/accessibility-tree.js). */
type AccessibilityNode = { role: string; name: string };

const SEED = 'faq/immunotherapy-faq.json';
const seed = () => fixture<FaqContent>(SEED);

/** A generated FAQ: `count` questions, every fourth answer mentioning remission. */
const generated = (count: number): FaqContent => ({
  items: Array.from({ length: count }, (_, i) => ({
    question: `Question number ${i + 1}?`,
    answer: i % 4 === 0 ? `Answer ${i + 1} is about remission.` : `Answer ${i + 1}.`,
  })),
});

const root = (element: CareFaq) => element.shadowRoot!;
const part = (element: CareFaq, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const questions = (element: CareFaq) => [...root(element).querySelectorAll<HTMLButtonElement>('[part="question"]')];
const visibleQuestions = (element: CareFaq) => questions(element).filter((button) => button.closest<HTMLElement>('[part="item"]')!.hidden === false);
const panelOf = (button: HTMLButtonElement) => (button.getRootNode() as ShadowRoot).getElementById(button.getAttribute('aria-controls')!)!;
const expanded = (element: CareFaq) => questions(element).map((button) => button.getAttribute('aria-expanded') === 'true');
const focused = (element: CareFaq) => root(element).activeElement;
const toggles = (element: CareFaq) => {
  const seen: CareToggleEvent['detail'][] = [];
  element.addEventListener('care-toggle', (event) => seen.push(event.detail));
  return seen;
};
/** The seed FAQ's question ids, in order. */
const SEED_IDS = [
  'is-immunotherapy-a-cure-for-leukemia',
  'who-are-the-ideal-candidates-for-immunotherapy-for-leukemia',
  'what-are-the-potential-side-effects-of-immunotherapy-for-leukemia',
  'where-can-i-find-more-information-on-clinical-trials-for-leukemia-immunotherapy',
  'what-are-the-next-steps-if-i-m-interested-in-immunotherapy-for-leukemia',
];
const questionTexts = (buttons: HTMLButtonElement[]) => buttons.map((button) => button.textContent!.trim());
const renderSeed = async (attributes = '') => {
  const wrapper = await render(html`<div></div>`);
  wrapper.innerHTML = `<care-faq ${attributes}></care-faq>`;
  const element = wrapper.firstElementChild as CareFaq;
  element.content = await seed();
  await element.updateComplete;
  return element;
};
const typeInFilter = async (element: CareFaq, text: string) => {
  const input = part(element, 'filter') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ type: text });
  await element.updateComplete;
};
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('care-faq', () => {
  it('is registered', () => {
    expect(customElements.get('care-faq')).to.equal(CareFaq);
    expect(document.createElement('care-faq')).to.be.instanceOf(CareFaq);
  });

  describe('content', () => {
    it('renders the seed FAQ: its title and five questions as headings, answers collapsed', async () => {
      const content = await seed();
      const element = await renderSeed();
      expect(part(element, 'title')!.localName).to.equal('h2');
      expect(part(element, 'title')!.textContent!.trim()).to.equal('Frequently Asked Questions (FAQs)');
      const buttons = questions(element);
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(content.items.map((item) => item.question));
      expect(buttons.map((button) => button.parentElement!.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
      // An answer reads as its text with the markup gone; a glossary term's definition is in its toggletip, not in the line.
      const withoutDefinitions = (panel: Element) => {
        const copy = panel.cloneNode(true) as Element;
        copy.querySelectorAll('[popover]').forEach((tip) => tip.remove());
        return copy.textContent!.trim();
      };
      expect(buttons.map((button) => withoutDefinitions(panelOf(button)))).to.deep.equal(content.items.map((item) => toPlainText(item.answer)));
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      expect(buttons.map((button) => textIsShown(panelOf(button)))).to.deep.equal([false, false, false, false, false]);
    });

    it('renders the minimal fixture: no title, one question, no Expand all', async () => {
      const element = await render<CareFaq>(html`<care-faq .content=${await fixture('faq/minimal.json')}></care-faq>`);
      expect(part(element, 'title')).to.equal(null);
      expect(questions(element).map((button) => button.textContent!.trim())).to.deep.equal(['Who are the ideal candidates for immunotherapy for leukemia?']);
      expect(part(element, 'toggle-all')).to.equal(null);
    });

    it('renders answer markup, and sources under their answer with safe links', async () => {
      const element = await render<CareFaq>(html`<care-faq
        open="q"
        .content=${{
          items: [
            {
              id: 'q',
              question: 'Where can I read more?',
              answer: 'Ask your **oncologist**.\n\n- one\n- two',
              sources: [{ title: 'A registry', url: 'https://example.org/registry', publisher: 'Example' }, { title: 'Unsafe', url: 'javascript:alert(1)' }],
            },
          ],
        }}
      ></care-faq>`);
      const panel = part(element, 'answer')!;
      expect(panel.querySelector('strong')!.textContent).to.equal('oncologist');
      expect([...panel.querySelectorAll('ul:not(.sources) li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
      expect(panel.querySelector('.sources-label')!.textContent).to.equal('Sources');
      const links = [...part(element, 'sources')!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/registry']);
      expect(part(element, 'sources')!.textContent).to.contain('Unsafe');
    });

    it('draws every item again, toggled or not, when the language or heading level they show changes', async () => {
      const item = (id: string) => ({ id, question: `Question ${id}?`, answer: `Answer ${id}.`, sources: [{ title: `Work ${id}`, url: 'https://example.org/' }] });
      const element = await render<CareFaq>(html`<care-faq open="a" .content=${{ items: [item('a'), item('b'), item('c')] }}></care-faq>`);
      questions(element)[1]!.click();
      await element.updateComplete;
      const labels = () => [...root(element).querySelectorAll('.sources-label')].map((label) => label.textContent);
      expect(labels()).to.deep.equal(['Sources', 'Sources', 'Sources']);
      element.lang = 'es';
      await waitUntil(() => labels().join() === 'Fuentes,Fuentes,Fuentes', 'every item in Spanish');
      element.headingLevel = 4;
      await element.updateComplete;
      expect(questions(element).map((button) => button.parentElement!.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      expect(expanded(element)).to.deep.equal([true, true, false]);
    });

    it('gives items without an id a slug of the question, made unique', () => {
      const items = withIds([
        { question: 'Is immunotherapy a cure for leukemia?', answer: 'a' },
        { question: '¿Qué es la leucemia?', answer: 'b' },
        { question: 'Is immunotherapy a cure for leukemia!', answer: 'c' },
        { id: 'side-effects', question: 'What are the side effects?', answer: 'd' },
        { question: 'Side effects', answer: 'e' },
        { question: '???', answer: 'f' },
        { question: '!!!', answer: 'g' },
        { question: 'Что такое лимфома?', answer: 'h' },
      ]);
      expect(items.map((item) => item.id)).to.deep.equal([
        'is-immunotherapy-a-cure-for-leukemia',
        'que-es-la-leucemia',
        'is-immunotherapy-a-cure-for-leukemia-2',
        'side-effects',
        'side-effects-2',
        'question',
        'question-2',
        'что-такое-лимфома',
      ]);
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText(SEED);
      const fromAttribute = await render<CareFaq>(html`<care-faq content=${json}></care-faq>`);
      const fromProperty = await render<CareFaq>(html`<care-faq .content=${JSON.parse(json)}></care-faq>`);
      const markup = (element: CareFaq) => root(element).innerHTML.replace(/<!--.*?-->/g, '');
      expect(markup(fromAttribute)).to.equal(markup(fromProperty));
    });

    it('keeps what the reader opened when the content changes, and uses the new text', async () => {
      const element = await renderSeed();
      questions(element)[1]!.click();
      const content = await seed();
      content.items[1]!.answer = 'Updated answer.';
      element.content = content;
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, true, false, false, false]);
      expect(panelOf(questions(element)[1]!).textContent!.trim()).to.equal('Updated answer.');
    });
  });

  describe('semantics', () => {
    it('makes each question a button that controls its answer panel, open answers labelled regions for six items or fewer', async () => {
      const element = await renderSeed();
      element.expandAll();
      await element.updateComplete;
      for (const button of questions(element)) {
        const panel = panelOf(button);
        expect(button.localName).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(panel.getAttribute('part')).to.equal('answer');
        expect(panel.getAttribute('role')).to.equal('region');
        expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      }
    });

    itOnlyInChromium('the accessibility tree is read over the DevTools protocol; the next test checks the DOM state that decides it')(
      'takes a collapsed answer out of the accessibility tree: no region named after its question, none of its text',
      async () => {
        const element = await renderSeed();
        const content = await seed();
        const [first, second] = content.items;
        const tree = () => executeServerCommand<AccessibilityNode[], undefined>('accessibility-tree');
        const regions = async () => (await tree()).filter(({ role }) => role === 'region').map(({ name }) => name);
        const says = async (text: string) => (await tree()).some(({ name }) => name.includes(text));
        const firstAnswer = toPlainText(first!.answer).slice(0, 40);
        expect(await regions()).to.deep.equal([]);
        expect(await says(firstAnswer), 'collapsed answer text').to.equal(false);
        questions(element)[0]!.click();
        await element.updateComplete;
        expect(await regions()).to.deep.equal([first!.question]);
        expect(await says(firstAnswer), 'open answer text').to.equal(true);
        expect(await says(toPlainText(second!.answer).slice(0, 40)), 'still collapsed answer text').to.equal(false);
      },
    );

    it('gives a collapsed answer no role, no name and no rendering, which keeps it out of every engine\'s accessibility tree', async () => {
      const element = await renderSeed('open="is-immunotherapy-a-cure-for-leukemia"');
      for (const button of questions(element)) {
        const panel = panelOf(button);
        if (button.getAttribute('aria-expanded') === 'true') {
          expect(panel.getAttribute('role')).to.equal('region');
          expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
          continue;
        }
        expect(panel.hasAttribute('role'), 'role').to.equal(false);
        expect(panel.hasAttribute('aria-labelledby'), 'name').to.equal(false);
        const { display, contentVisibility } = getComputedStyle(panel);
        // until-found panels skip their contents' rendering (and the tree with it); elsewhere they are not displayed.
        expect(display === 'none' || contentVisibility === 'hidden', `${display} ${contentVisibility}`).to.equal(true);
        expect(panel.getBoundingClientRect().height).to.equal(0);
      }
    });

    it('leaves out the region role when there are more than six items', async () => {
      const element = await render<CareFaq>(html`<care-faq .content=${generated(7)}></care-faq>`);
      element.expandAll();
      await element.updateComplete;
      const panels = questions(element).map(panelOf);
      expect(panels).to.have.length(7);
      expect(panels.some((panel) => panel.hasAttribute('role') || panel.hasAttribute('aria-labelledby'))).to.equal(false);
    });

    it('sets the heading levels from heading-level, the title one level above', async () => {
      const level = async (attribute: string) => {
        const element = await renderSeed(attribute);
        return [part(element, 'title')!.localName, questions(element)[0]!.parentElement!.localName];
      };
      expect(await level('heading-level="4"')).to.deep.equal(['h3', 'h4']);
      expect(await level('heading-level="2"')).to.deep.equal(['h1', 'h2']);
      expect(await level('heading-level="6"')).to.deep.equal(['h5', 'h6']);
      expect(await level('heading-level="1"')).to.deep.equal(['h2', 'h3']);
      expect(await level('heading-level="7"')).to.deep.equal(['h2', 'h3']);
      expect(await level('heading-level="x"')).to.deep.equal(['h2', 'h3']);
    });

    it('marks collapsed answers hidden="until-found", which keeps them rendered for find-in-page', async () => {
      const element = await renderSeed();
      const panel = panelOf(questions(element)[0]!);
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(getComputedStyle(panel).display).to.equal('block');
      expect(getComputedStyle(panel).contentVisibility).to.equal('hidden');
      questions(element)[0]!.click();
      await element.updateComplete;
      expect(panel.hasAttribute('hidden')).to.equal(false);
    });
  });

  describe('opening and closing', () => {
    it('toggles an answer on click and fires care-toggle, without changing its own properties', async () => {
      const element = await renderSeed();
      const seen = toggles(element);
      const [first] = questions(element);
      first!.click();
      await element.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(textIsShown(panelOf(first!))).to.equal(true);
      // The chevron turns to point up.
      const turn = (question: Element) => {
        const { rotate, scale, translate } = getComputedStyle(question, '::after');
        return `${rotate} ${scale} ${translate}`;
      };
      expect(turn(first!)).not.to.equal(turn(questions(element)[1]!));
      first!.click();
      await element.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(seen).to.deep.equal([
        { id: 'is-immunotherapy-a-cure-for-leukemia', open: true },
        { id: 'is-immunotherapy-a-cure-for-leukemia', open: false },
      ]);
      expect(element.open).to.equal('');
      expect(element.hasAttribute('open')).to.equal(false);
    });

    it('fires care-toggle as a bubbling, composed CareToggleEvent that leaves shadow roots', async () => {
      const host = await render(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const element = document.createElement('care-faq') as CareFaq;
      element.content = await seed();
      shadow.append(element);
      await element.updateComplete;
      const heard = oneEvent(host, 'care-toggle');
      questions(element)[2]!.click();
      const event = (await heard) as CareToggleEvent;
      expect(event.constructor.name).to.equal('CareToggleEvent');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ id: 'what-are-the-potential-side-effects-of-immunotherapy-for-leukemia', open: true });
    });

    it('opens the items named in the open attribute, and again when it changes', async () => {
      const element = await renderSeed('open="is-immunotherapy-a-cure-for-leukemia unknown-id what-are-the-potential-side-effects-of-immunotherapy-for-leukemia"');
      expect(expanded(element)).to.deep.equal([true, false, true, false, false]);
      element.setAttribute('open', 'who-are-the-ideal-candidates-for-immunotherapy-for-leukemia');
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, true, false, false, false]);
    });

    it('with single, opening one answer closes the others and reports both', async () => {
      const element = await renderSeed('single');
      const seen = toggles(element);
      const buttons = questions(element);
      buttons[0]!.click();
      await element.updateComplete;
      buttons[3]!.click();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, true, false]);
      expect(seen.map(({ id, open }) => [id, open])).to.deep.equal([
        [SEED_IDS[0], true],
        [SEED_IDS[0], false],
        [SEED_IDS[3], true],
      ]);
      buttons[3]!.click();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
    });

    it('toggle(id, force) opens and closes by id, returns the new state, and fires no event', async () => {
      const element = await renderSeed();
      const seen = toggles(element);
      const id = 'what-are-the-next-steps-if-i-m-interested-in-immunotherapy-for-leukemia';
      expect(element.toggle(id)).to.equal(true);
      expect(element.toggle(id, true)).to.equal(true);
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, true]);
      expect(element.toggle(id)).to.equal(false);
      expect(element.toggle(id, false)).to.equal(false);
      expect(element.toggle('no-such-item')).to.equal(false);
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      expect(seen).to.deep.equal([]);
    });

    it('opens an answer that find-in-page reveals (beforematch) and reports it', async () => {
      const element = await renderSeed();
      const seen = toggles(element);
      const button = questions(element)[1]!;
      const panel = panelOf(button);
      // What the browser does when its find matches text in a hidden="until-found" panel.
      panel.dispatchEvent(new Event('beforematch', { bubbles: true }));
      panel.removeAttribute('hidden');
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(seen).to.deep.equal([{ id: 'who-are-the-ideal-candidates-for-immunotherapy-for-leukemia', open: true }]);
      button.click();
      await element.updateComplete;
      expect(panel.getAttribute('hidden')).to.equal('until-found');
    });
  });

  describe('URL hash', () => {
    afterEach(clearHash);

    it('opens the item the hash names when content arrives, and scrolls it into view', async () => {
      history.replaceState(null, '', '#where-can-i-find-more-information-on-clinical-trials-for-leukemia-immunotherapy');
      const wrapper = await render(html`<div><div style="block-size: 300vh"></div><care-faq></care-faq></div>`);
      const element = wrapper.querySelector('care-faq')!;
      element.content = await seed();
      await element.updateComplete;
      await waitUntil(() => expanded(element)[3], 'the hash did not open its item');
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, true, false]);
      // Firefox scrolls to an element that has not been laid out yet on its next layout, not at once.
      const top = () => questions(element)[3]!.getBoundingClientRect().top;
      await waitUntil(() => top() >= -1 && top() <= innerHeight, `the item is not scrolled into view (top ${top()})`);
    });

    it('scrolls to an item far down a long list', async () => {
      history.replaceState(null, '', '#question-number-150');
      const element = await render<CareFaq>(html`<care-faq .content=${generated(200)}></care-faq>`);
      await element.updateComplete;
      const button = questions(element)[149]!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const top = () => button.getBoundingClientRect().top;
      await waitUntil(() => top() >= -1 && top() <= innerHeight - button.offsetHeight, `the item is not scrolled into view (top ${top()})`);
    });

    it('opens the item on a later hashchange, decoding the hash', async () => {
      const element = await render<CareFaq>(html`<care-faq .content=${{ items: [{ question: '¿Qué es?', answer: 'a' }, { id: 'otra', question: 'Otra', answer: 'b' }] }}></care-faq>`);
      location.hash = '#que-es';
      await waitUntil(() => expanded(element)[0], 'hashchange did not open the item');
      location.hash = '#otra';
      await waitUntil(() => expanded(element)[1], 'hashchange did not open the second item');
      expect(expanded(element)).to.deep.equal([true, true]);
      location.hash = '#%E0%A4%A';
      await aTimeout(50);
      expect(expanded(element)).to.deep.equal([true, true]);
    });

    it('ignores a hash that names no item, and stops listening once removed', async () => {
      const element = await renderSeed();
      location.hash = '#nothing-here';
      await aTimeout(50);
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      element.remove();
      location.hash = '#is-immunotherapy-a-cure-for-leukemia';
      await aTimeout(50);
      expect(expanded(element)[0]).to.equal(false);
    });
  });

  describe('keyboard', () => {
    it('keeps every question in the Tab order and toggles with Enter and Space', async () => {
      const element = await renderSeed('no-expand-all');
      const buttons = questions(element);
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(buttons[1]);
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(buttons[2]);
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, true, false, false]);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      // Tab goes from the question into its open answer's one control (a glossary term), then to the next question.
      await sendKeys({ press: 'Tab' });
      expect(focused(element)!.className).to.equal('term');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(buttons[3]);
    });

    it('moves between questions with Down, Up, Home and End, wrapping at the ends', async () => {
      const element = await renderSeed();
      const buttons = questions(element);
      buttons[0]!.focus();
      const steps: [string, number][] = [
        ['ArrowDown', 1],
        ['ArrowDown', 2],
        ['End', 4],
        ['ArrowDown', 0],
        ['ArrowUp', 4],
        ['ArrowUp', 3],
        ['Home', 0],
      ];
      for (const [key, index] of steps) {
        await sendKeys({ press: key });
        expect(focused(element), `${key} → ${index}`).to.equal(buttons[index]);
      }
      expect(document.scrollingElement!.scrollTop).to.equal(0);
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
    });

    it('leaves arrow keys alone inside an answer', async () => {
      const element = await render<CareFaq>(html`<care-faq open="a" .content=${{ items: [{ id: 'a', question: 'A?', answer: 'See [this](#x).' }, { question: 'B?', answer: 'b' }] }}></care-faq>`);
      const link = part(element, 'answer')!.querySelector('a')!;
      link.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(element)).to.equal(link);
    });

    it('shows a visible focus ring on questions', async () => {
      const element = await renderSeed();
      const buttons = questions(element);
      buttons[0]!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(buttons[1]!);
      expect(buttons[1]!.matches(':focus-visible')).to.equal(true);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      // Drawn inside the button: the item around it clips anything outside.
      expect(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)).to.be.at.most(0);
    });
  });

  describe('Expand all / Collapse all', () => {
    it('shows one toggle for three or more items, whose text follows the state', async () => {
      const element = await renderSeed();
      const seen = toggles(element);
      const toggle = part(element, 'toggle-all')!;
      expect(toggle.localName).to.equal('button');
      expect(toggle.textContent!.trim()).to.equal('Expand all');
      toggle.click();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([true, true, true, true, true]);
      expect(toggle.textContent!.trim()).to.equal('Collapse all');
      expect(seen.map(({ id, open }) => [id, open])).to.deep.equal(SEED_IDS.map((id) => [id, true]));
      toggle.click();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      expect(toggle.textContent!.trim()).to.equal('Expand all');
      expect(seen.slice(5).map(({ id, open }) => [id, open])).to.deep.equal(SEED_IDS.map((id) => [id, false]));
    });

    it('reads "Collapse all" once the reader has opened every answer, and only reports what changed', async () => {
      const element = await renderSeed('open="is-immunotherapy-a-cure-for-leukemia"');
      const seen = toggles(element);
      part(element, 'toggle-all')!.click();
      await element.updateComplete;
      expect(seen.map(({ id, open }) => [id, open])).to.deep.equal(SEED_IDS.slice(1).map((id) => [id, true]));
      questions(element)[0]!.click();
      await element.updateComplete;
      expect(part(element, 'toggle-all')!.textContent!.trim()).to.equal('Expand all');
    });

    it('is absent for two items, with no-expand-all, and under single', async () => {
      const two = await render<CareFaq>(html`<care-faq .content=${generated(2)}></care-faq>`);
      expect(part(two, 'toggle-all')).to.equal(null);
      expect(part(await renderSeed('no-expand-all'), 'toggle-all')).to.equal(null);
      expect(part(await renderSeed('single'), 'toggle-all')).to.equal(null);
    });

    it('follows the language and label overrides', async () => {
      const wrapper = await render(html`<div lang="es"><care-faq .content=${generated(3)}></care-faq></div>`);
      const element = wrapper.querySelector('care-faq')!;
      await element.updateComplete;
      expect(part(element, 'toggle-all')!.textContent!.trim()).to.equal('Expandir todo');
      element.expandAll();
      await element.updateComplete;
      expect(part(element, 'toggle-all')!.textContent!.trim()).to.equal('Contraer todo');
      element.content = { ...generated(3), labels: { collapseAll: 'Cerrar todas' } };
      await element.updateComplete;
      expect(part(element, 'toggle-all')!.textContent!.trim()).to.equal('Cerrar todas');
    });

    it('expandAll() and collapseAll() open and close every answer without events', async () => {
      const element = await renderSeed('single');
      const seen = toggles(element);
      element.expandAll();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([true, true, true, true, true]);
      element.collapseAll();
      await element.updateComplete;
      expect(expanded(element)).to.deep.equal([false, false, false, false, false]);
      expect(seen).to.deep.equal([]);
    });

    it('expands 1000 items in one update and lays out only the answers on screen', async () => {
      const element = await render<CareFaq>(html`<care-faq .content=${generated(1000)}></care-faq>`);
      part(element, 'toggle-all')!.click();
      await element.updateComplete;
      expect(expanded(element).every(Boolean)).to.equal(true);
      expect(part(element, 'toggle-all')!.textContent!.trim()).to.equal('Collapse all');
      const panels = questions(element).map(panelOf);
      // Off-screen items skip layout and paint (content-visibility: auto) until the reader gets there.
      // Browsers decide what is on screen at their next rendering, so wait for it.
      await waitUntil(() => panels[0]!.checkVisibility({ contentVisibilityAuto: true }), 'the first answer is not laid out', { timeout: 5000 });
      expect(panels[999]!.checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
      panels[999]!.scrollIntoView();
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      expect(panels[999]!.checkVisibility({ contentVisibilityAuto: true })).to.equal(true);
    });

    it('skips off-screen questions fifty at a time, spaced as the others', async () => {
      const element = await render<CareFaq>(html`<care-faq .content=${generated(1020)}></care-faq>`);
      // Twenty groups of fifty, then the twenty items past the last full group on their own: a tap makes the
      // browser track and lay out 40 boxes, not 1020.
      const skippable = [...root(element).querySelectorAll('*')].filter((node) => getComputedStyle(node).contentVisibility === 'auto');
      expect(skippable).to.have.length(40);
      const items = questions(element).map((button) => button.closest('[part="item"]')!);
      // An off-screen group has its estimated height, and so does every group until the browser's next rendering.
      items[49]!.scrollIntoView({ block: 'center' });
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const gap = (above: Element, below: Element) => Math.round(below.getBoundingClientRect().top - above.getBoundingClientRect().bottom);
      expect([gap(items[48]!, items[49]!), gap(items[49]!, items[50]!)], 'within a group, and across two').to.deep.equal([8, 8]);
    });

    it('leaves no room for a group the filter empties', async () => {
      const content = generated(200);
      content.items[41]!.answer = 'The only answer about lymphocytes.';
      const element = await render<CareFaq>(html`<care-faq filter .content=${content}></care-faq>`);
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      // Typed at once and measured before the browser's next rendering, which would otherwise lay out the emptied
      // groups that come near the screen, one after another, until then keeping the height they had.
      const input = part(element, 'filter') as HTMLInputElement;
      input.value = 'lymphocytes';
      input.dispatchEvent(new Event('input'));
      await element.updateComplete;
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(['Question number 42?']);
      expect(element.getBoundingClientRect().height).to.be.below(300);
    });
  });

  describe('filter', () => {
    it('shows a labelled search field only with the filter attribute', async () => {
      expect(part(await renderSeed(), 'filter')).to.equal(null);
      const element = await renderSeed('filter');
      const input = part(element, 'filter') as HTMLInputElement;
      expect(input.type).to.equal('search');
      expect(getComputedStyle(input).fontWeight).to.equal('400');
      expect(input.labels![0]!.textContent!.trim()).to.equal('Search these questions');
    });

    it('narrows by question and answer text, ignoring case and accents, and announces the count', async () => {
      const element = await renderSeed('filter');
      const status = root(element).querySelector('[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('');
      await typeInFilter(element, 'CYTOKÍNE');
      expect(visibleQuestions(element).map((button) => button.textContent!.trim())).to.deep.equal(['What are the potential side effects of immunotherapy for leukemia?']);
      expect(status.textContent!.trim()).to.equal('1 of 5 questions');
      await typeInFilter(element, 'immunotherapy leukemia who');
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(['Who are the ideal candidates for immunotherapy for leukemia?']);
      await typeInFilter(element, 'Oncologist');
      expect(visibleQuestions(element).map((button) => button.textContent!.trim())).to.deep.equal([
        'Who are the ideal candidates for immunotherapy for leukemia?',
        'Where can I find more information on clinical trials for leukemia immunotherapy?',
      ]);
      expect(status.textContent!.trim()).to.equal('2 of 5 questions');
    });

    it('counts "3 of 12 questions" and lets Up/Down skip the filtered-out ones', async () => {
      const element = await render<CareFaq>(html`<care-faq filter .content=${generated(12)}></care-faq>`);
      await typeInFilter(element, 'remission');
      expect(root(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('3 of 12 questions');
      const shown = visibleQuestions(element);
      expect(shown.map((button) => button.textContent!.trim())).to.deep.equal(['Question number 1?', 'Question number 5?', 'Question number 9?']);
      shown[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(element)).to.equal(shown[1]);
      await sendKeys({ press: 'End' });
      expect(focused(element)).to.equal(shown[2]);
    });

    it('shows a clear no-matches state, and everything again when cleared', async () => {
      const element = await renderSeed('filter');
      await typeInFilter(element, 'zebra');
      const status = root(element).querySelector<HTMLElement>('[role="status"]')!;
      expect(visibleQuestions(element)).to.have.length(0);
      expect(status.textContent!.trim()).to.equal('No questions match “zebra”.');
      expect(status.getBoundingClientRect().height).to.be.greaterThan(0);
      const input = part(element, 'filter') as HTMLInputElement;
      input.select();
      await sendKeys({ press: 'Backspace' });
      await element.updateComplete;
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(questionTexts(questions(element)));
      expect(questions(element)).to.have.length(5);
      expect(status.textContent!.trim()).to.equal('');
    });

    it('names the count in the reader\'s language', async () => {
      const element = await renderSeed('filter lang="es"');
      await typeInFilter(element, 'oncologist');
      expect(root(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('2 de 5 preguntas');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints every answer expanded, filtered out or not, with link addresses after the link text', async () => {
      const element = await render<CareFaq>(html`<care-faq
        filter
        .content=${{
          items: [
            { question: 'One?', answer: 'Read [the registry](https://example.org/registry) or [below](#below).' },
            { question: 'Two?', answer: 'Second answer.' },
            { question: 'Three?', answer: 'Third answer.' },
          ],
        }}
      ></care-faq>`);
      await typeInFilter(element, 'second');
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(['Two?']);
      await emulateMedia({ media: 'print' });
      const panels = questions(element).map(panelOf);
      expect(panels.map(textIsShown)).to.deep.equal([true, true, true]);
      const [external, local] = panels[0]!.querySelectorAll('a');
      expect(getComputedStyle(external!, '::after').content).to.equal('" (https://example.org/registry)"');
      expect(getComputedStyle(local!, '::after').content).to.equal('none');
      expect(part(element, 'toggle-all')!.checkVisibility()).to.equal(false);
      expect(part(element, 'filter')!.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'screen' });
      expect(panels.map(textIsShown)).to.deep.equal([false, false, false]);
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(['Two?']);
    });

    itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints the questions of a group the filter emptied', async () => {
      const content = generated(100);
      content.items[0]!.answer = 'The only answer about lymphocytes.';
      const element = await render<CareFaq>(html`<care-faq filter .content=${content}></care-faq>`);
      await typeInFilter(element, 'lymphocytes');
      expect(questionTexts(visibleQuestions(element))).to.deep.equal(['Question number 1?']);
      await emulateMedia({ media: 'print' });
      expect(textIsShown(panelOf(questions(element)[99]!)), 'the last answer, in the emptied second group').to.equal(true);
    });
  });

  describe('structured data', () => {
    const jsonLd = (element: Element) => {
      const script = element.querySelector('script[type="application/ld+json"]');
      return script ? JSON.parse(script.textContent!) : null;
    };

    it('writes a FAQPage with plain-text answers into the light DOM', async () => {
      const content = await seed();
      content.items[0]!.answer = 'With **markup** and a [link](https://example.org).';
      const element = await render<CareFaq>(html`<care-faq structured-data .content=${content}></care-faq>`);
      await jsonLdWritten();
      const data = jsonLd(element);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@type']).to.equal('FAQPage');
      expect(data.mainEntity).to.have.length(5);
      expect(data.mainEntity[0]).to.deep.equal({
        '@type': 'Question',
        name: 'Is immunotherapy a cure for leukemia?',
        acceptedAnswer: { '@type': 'Answer', text: 'With markup and a link.' },
      });
      expect(data.mainEntity[4].name).to.equal(content.items[4]!.question);
    });

    it('follows the content, is removed with the attribute, and leaves and returns with the element', async () => {
      const element = await render<CareFaq>(html`<care-faq structured-data .content=${generated(2)}></care-faq>`);
      element.content = generated(3);
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element).mainEntity).to.have.length(3);
      expect(element.querySelectorAll('script')).to.have.length(1);
      element.removeAttribute('structured-data');
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element)).to.equal(null);
      element.setAttribute('structured-data', '');
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element).mainEntity).to.have.length(3);
      const parent = element.parentElement!;
      element.remove();
      // The script is the element's own child, so it leaves the page with it.
      expect(document.querySelector('script[type="application/ld+json"]')).to.equal(null);
      parent.append(element);
      await element.updateComplete;
      expect(jsonLd(element).mainEntity).to.have.length(3);
      expect(element.shadowRoot!.querySelector('slot')!.hidden).to.equal(true);
    });

    it('writes nothing without the attribute or when an ancestor care element writes it', async () => {
      const plain = await renderSeed();
      await jsonLdWritten();
      expect(jsonLd(plain)).to.equal(null);
      const wrapper = await render(html`<care-article structured-data><care-faq structured-data .content=${generated(2)}></care-faq></care-article>`);
      const element = wrapper.querySelector('care-faq')!;
      await element.updateComplete;
      await jsonLdWritten();
      expect(jsonLd(element)).to.equal(null);
    });

    it('escapes hostile text so it cannot end the script', async () => {
      const content = await fixture<FaqContent>('faq/invalid/hostile.json');
      let element!: CareFaq;
      await captureWarnings(async () => {
        element = await render<CareFaq>(html`<care-faq structured-data .content=${content}></care-faq>`);
      });
      await jsonLdWritten();
      const script = element.querySelector('script[type="application/ld+json"]')!;
      expect(script.textContent).not.to.contain('</script>');
      expect(element.querySelectorAll('script')).to.have.length(1);
      expect(jsonLd(element).mainEntity[0].name).to.equal('</script><script>window.__pwned = true</script>');
      expect(pwned()).to.equal(false);
    });
  });

  describe('invalid content', () => {
    const failWith = async (element: CareFaq, content: unknown) => {
      const failed = nextError(element);
      const warnings = await captureWarnings(async () => {
        element.content = content as FaqContent;
        await failed;
        await element.updateComplete;
      });
      return { errors: (await failed).detail.errors, warnings };
    };

    it('reports each invalid item by its path, leaves it out and shows the rest', async () => {
      const element = await render<CareFaq>(html`<care-faq></care-faq>`);
      const { errors, warnings } = await failWith(element, await fixture('faq/invalid/invalid-items.json'));
      expect(errors).to.deep.equal([
        { path: '/items/1/question', message: 'must not be empty' },
        { path: '/items/3/answer', message: 'expected a string, got an array' },
      ]);
      expect(warnings[0]).to.match(/^care-faq: left out invalid parts of its content/);
      expect(questions(element).map((button) => button.textContent!.trim())).to.deep.equal([
        'Is immunotherapy a cure for leukemia?',
        'What are the potential side effects of immunotherapy for leukemia?',
        'What are the next steps if I’m interested in immunotherapy for leukemia?',
      ]);
      expect(part(element, 'title')!.textContent!.trim()).to.equal('Frequently Asked Questions (FAQs)');
    });

    it('names wrong types by their JSON Pointer and keeps the last good content', async () => {
      const element = await renderSeed();
      const { errors } = await failWith(element, await fixture('faq/invalid/wrong-types.json'));
      expect(errors).to.deep.equal([
        { path: '/title', message: 'expected a string, got a number' },
        { path: '/items', message: 'expected an array, got an object' },
      ]);
      expect(questions(element)).to.have.length(5);
    });

    it('reports malformed JSON and shows the error message when nothing valid came before', async () => {
      let element!: CareFaq;
      const warnings = await captureWarnings(async () => {
        element = await render<CareFaq>(html`<care-faq content=${await fixtureText('faq/invalid/malformed.json')}></care-faq>`);
      });
      expect(warnings).to.have.length(1);
      expect(part(element, 'error')!.textContent).to.equal('This content could not be shown.');
      expect(questions(element)).to.have.length(0);
    });

    it('rejects content without a single valid item', async () => {
      const element = await render<CareFaq>(html`<care-faq></care-faq>`);
      const { errors } = await failWith(element, await fixture('faq/invalid/no-valid-items.json'));
      expect(errors.map(({ path }) => path)).to.deep.equal(['/items/0/answer', '/items/1/question', '/items']);
      expect(errors[2]!.message).to.equal('expected at least 1 valid item, got 0');
      expect(part(element, 'error')!.textContent!.trim()).to.equal('This content could not be shown.');
    });

    it('ignores unknown fields with a warning that names them', async () => {
      const element = await render<CareFaq>(html`<care-faq></care-faq>`);
      const warnings = await captureWarnings(async () => {
        element.content = await fixture('faq/invalid/unknown-field.json');
        await element.updateComplete;
      });
      expect(warnings).to.deep.equal(['care-faq: ignored unknown field /items/0/category (from property)']);
      expect(questions(element)).to.have.length(1);
    });

    it('shows hostile strings as text, runs none of them, and rejects an id that could break out', async () => {
      const element = await render<CareFaq>(html`<care-faq></care-faq>`);
      const content = await fixture<{ title: string; items: { question: string }[] }>('faq/invalid/hostile.json');
      const { errors } = await failWith(element, content);
      await aTimeout(100);
      expect(pwned()).to.equal(false);
      expect(errors.map(({ path }) => path)).to.deep.equal(['/items/1/id']);
      const shadow = root(element);
      expect(shadow.querySelector('img, script, svg, iframe, b')).to.equal(null);
      expect(shadow.querySelectorAll('a')).to.have.length(0);
      expect(part(element, 'title')!.textContent).to.equal(content.title);
      expect(questions(element).map((button) => button.textContent!.trim())).to.deep.equal([content.items[0]!.question, content.items[2]!.question]);
      expect(shadow.textContent).to.contain('<script>window.__pwned = true</script>');
    });
  });

  describe('presentation', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate prefers-reduced-motion')('animates opening only when the reader has not asked for reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const element = await renderSeed('open="is-immunotherapy-a-cure-for-leukemia"');
      const panel = panelOf(questions(element)[0]!);
      expect(getComputedStyle(panel).animationName).to.equal('care-faq-open');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(panel).animationName).to.equal('none');
      expect(getComputedStyle(questions(element)[0]!, '::after').transitionDuration).to.equal('0s');
    });

    it('takes --care-faq-* custom properties and exposes its parts', async () => {
      const wrapper = await render(html`<div>
        <style>
          .themed {
            --care-faq-accent: rgb(1, 2, 3);
            --care-faq-border: rgb(4, 5, 6);
            --care-faq-background: rgb(7, 8, 9);
            --care-faq-radius: 3px;
            --care-faq-gap: 11px;
            --care-faq-padding: 13px;
          }
          .themed::part(question) {
            letter-spacing: 2px;
          }
        </style>
        <care-faq class="themed" filter></care-faq>
      </div>`);
      const element = wrapper.querySelector('care-faq')!;
      element.content = await seed();
      await element.updateComplete;
      const item = getComputedStyle(part(element, 'item')!);
      expect(item.borderTopColor).to.equal('rgb(4, 5, 6)');
      expect(item.backgroundColor).to.equal('rgb(7, 8, 9)');
      expect(item.borderTopLeftRadius).to.equal('3px');
      expect(getComputedStyle(root(element).querySelectorAll('[part="item"]')[1]!).marginBlockStart).to.equal('11px');
      expect(getComputedStyle(questions(element)[0]!).paddingInlineStart).to.equal('13px');
      expect(getComputedStyle(part(element, 'toggle-all')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(questions(element)[0]!).letterSpacing).to.equal('2px');
      for (const name of ['base', 'title', 'item', 'question', 'answer', 'toggle-all', 'filter']) expect(part(element, name), name).not.to.equal(null);
    });

    it('lays out right to left with dir="rtl"', async () => {
      const wrapper = await render(html`<div style="inline-size: 600px"><care-faq dir="rtl"></care-faq><care-faq></care-faq></div>`);
      const [rtl, ltr] = [...wrapper.querySelectorAll('care-faq')];
      for (const element of [rtl!, ltr!]) {
        element.content = await seed();
        await element.updateComplete;
      }
      const edges = (element: CareFaq) => {
        const base = part(element, 'base')!.getBoundingClientRect();
        const toggle = part(element, 'toggle-all')!.getBoundingClientRect();
        return { left: Math.round(toggle.left - base.left), right: Math.round(base.right - toggle.right) };
      };
      expect(edges(rtl!).left).to.equal(0);
      expect(edges(ltr!).right).to.equal(0);
      expect(getComputedStyle(questions(rtl!)[0]!).textAlign).to.equal('start');
      expect(getComputedStyle(questions(rtl!)[0]!).direction).to.equal('rtl');
    });

    it('fits a 320 px wide screen without overflowing', async () => {
      const wrapper = await render(html`<div style="inline-size: 320px"><care-faq filter></care-faq></div>`);
      const element = wrapper.querySelector('care-faq')!;
      element.content = await seed();
      await element.updateComplete;
      element.expandAll();
      await element.updateComplete;
      expect(part(element, 'base')!.scrollWidth).to.be.at.most(320);
      expect(element.getBoundingClientRect().width).to.equal(320);
    });
  });

  describe('accessibility', () => {
    it('passes axe with answers closed', async () => {
      await expect(await renderSeed('filter')).to.be.accessible();
    });

    it('passes axe with answers open', async () => {
      const element = await renderSeed();
      element.expandAll();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('passes axe while filtered and with no matches', async () => {
      const element = await renderSeed('filter');
      await typeInFilter(element, 'oncologist');
      await expect(element).to.be.accessible();
      await typeInFilter(element, 'zebra');
      await expect(element).to.be.accessible();
    });

    it('passes axe with more than six items (no regions) and sources', async () => {
      const content = generated(8);
      content.items[0]!.sources = [{ title: 'A source', url: 'https://example.org', publisher: 'Example', date: '2024' }];
      const element = await render<CareFaq>(html`<care-faq .content=${content}></care-faq>`);
      element.expandAll();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('passes axe in a dark scheme', async () => {
      const wrapper = await render(html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-faq filter open="is-immunotherapy-a-cure-for-leukemia"></care-faq>
      </div>`);
      const element = wrapper.querySelector('care-faq')!;
      element.content = await seed();
      await element.updateComplete;
      await expect(wrapper).to.be.accessible();
    });

    it('passes axe in the error state', async () => {
      let element!: CareFaq;
      await captureWarnings(async () => {
        element = await render<CareFaq>(html`<care-faq content="{oops"></care-faq>`);
      });
      await expect(element).to.be.accessible();
    });
  });

  describe('dist/care-elements.js', () => {
    it('renders the five seed questions from one content attribute on a plain page', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/pages/faq.html';
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const page = frame.contentWindow as Window & { warnings: string[]; errors: string[] };
      const element = page.document.getElementById('faq')!;
      const shown = () => [...(element.shadowRoot?.querySelectorAll('h3 > button') ?? [])].map((button) => button.textContent!.trim());
      await waitUntil(() => shown().length === 5, 'the bundle did not render the questions');
      expect(shown()).to.deep.equal((await seed()).items.map((item) => item.question));
      expect(element.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Frequently Asked Questions (FAQs)');
      expect(page.errors).to.deep.equal([]);
      expect(page.warnings).to.deep.equal([]);
      frame.remove();
    });
  });
});

import { expect, fixture as render, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/article/care-article.js';
import { CareArticle } from '../src/article/care-article.js';
import type { ArticleContent } from '../src/article/content.js';
import { itOnlyInChromium } from './engines.js';
import { captureWarnings, fixture, nextError, textIsShown } from './helpers.js';

const SEED = 'immunotherapy-leukemia.json';

/** Waits until the article and every care element inside it have rendered. */
const settled = async (root: Element) => {
  const pending = [root];
  while (pending.length) {
    const element = pending.pop()! as Element & { updateComplete?: Promise<unknown> };
    await element.updateComplete;
    const scope = element.shadowRoot ?? element;
    pending.push(...[...scope.querySelectorAll('*')].filter((child) => child.localName.startsWith('care-')));
  }
};

const renderArticle = async (content: unknown, attributes = '') => {
  const wrapper = await render(html`<div></div>`);
  wrapper.innerHTML = `<care-article ${attributes}></care-article>`;
  const article = wrapper.firstElementChild as CareArticle;
  article.content = content as ArticleContent;
  await settled(article);
  return article;
};

/** Every element in reading order, through shadow roots (as a screen reader meets them). */
const composedElements = (root: Element): Element[] => {
  const out: Element[] = [];
  const visit = (node: Element) => {
    out.push(node);
    const children = node.shadowRoot ? node.shadowRoot.children : node.children;
    for (const child of children) if (child.localName !== 'slot' && child.localName !== 'script') visit(child);
  };
  visit(root);
  return out;
};

const headingsOf = (root: Element) =>
  composedElements(root)
    .filter((element) => /^h[1-6]$/.test(element.localName) && (element as HTMLElement).offsetParent !== null)
    .map((element) => ({ level: Number(element.localName[1]), text: element.textContent!.trim() }));

describe('care-article', () => {
  it('is registered', () => {
    expect(customElements.get('care-article')).to.equal(CareArticle);
  });

  it('renders every block of the seed article in order', async () => {
    const content = await fixture<ArticleContent>(SEED);
    const article = await renderArticle(content);
    const body = article.shadowRoot!.querySelector('[part="body"]')!;
    const expected = content.blocks.flatMap((block) => {
      switch (block.type) {
        case 'heading':
          return ['heading'];
        case 'paragraph':
          return ['div'];
        case 'list':
          return ['ul'];
        case 'therapies':
          return ['div'];
        case 'therapy':
          return ['care-therapy-card'];
        default:
          return [`care-${block.type}`];
      }
    });
    const rendered = [...body.children].map((child) => (/^h[1-6]$/.test(child.localName) ? 'heading' : child.localName));
    expect(rendered).to.deep.equal(expected);
    expect(body.querySelectorAll('.therapies care-therapy-card')).to.have.length(3);
    const title = article.shadowRoot!.querySelector('[part="title"]')!;
    expect(title.localName).to.equal('h1');
    expect(title.textContent).to.equal('Exploring Immunotherapy’s Role in Leukemia Treatment');
    expect(article.shadowRoot!.querySelector('[part="meta"] time')!.getAttribute('datetime')).to.equal('2024-03-04');
    expect(article.shadowRoot!.querySelector('[part="meta"] time')!.textContent).to.equal('4 March 2024');
  });

  it('carries the same FAQ, therapies and takeaways as the element fixtures, so the two cannot drift', async () => {
    const { blocks } = await fixture<ArticleContent>(SEED);
    const withoutType = (block: object) => Object.fromEntries(Object.entries(block).filter(([key]) => key !== 'type'));
    const faq = blocks.find((block) => block.type === 'faq')!;
    expect(withoutType(faq)).to.deep.equal(await fixture('faq/immunotherapy-faq.json'));
    const therapies = blocks.find((block) => block.type === 'therapies')!;
    const cards = ['checkpoint-inhibitors', 'car-t-cell-therapy', 'monoclonal-antibodies'];
    expect(withoutType(therapies).items).to.deep.equal(await Promise.all(cards.map((name) => fixture(`therapy-card/${name}.json`))));
    const takeaways = blocks.find((block) => block.type === 'takeaways')!;
    expect(withoutType(takeaways)).to.deep.equal(await fixture('takeaways/main-takeaways.json'));
  });

  it('nests heading levels without skipping one, from any title level', async () => {
    const content = await fixture<ArticleContent>(SEED);
    for (const top of [1, 2]) {
      const article = await renderArticle(content, `heading-level="${top}"`);
      const levels = headingsOf(article).map((h) => h.level);
      expect(levels[0]).to.equal(top);
      levels.reduce((previous, level) => {
        expect(level, `h${level} after h${previous}`).to.be.at.most(previous + 1);
        return level;
      });
      expect(levels.some((level) => level === top + 2)).to.equal(true);
      const headings = headingsOf(article);
      const faqTitle = headings.find((h) => h.text === 'Frequently Asked Questions (FAQs)')!;
      const question = headings.find((h) => h.text === 'Is immunotherapy a cure for leukemia?')!;
      expect([faqTitle.level, question.level]).to.deep.equal([top + 1, top + 2]);
    }
  });

  it('lists the sections and moves focus to the one a contents link names', async () => {
    const article = await renderArticle(await fixture(SEED));
    const links = [...article.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part="contents"] a')];
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'Demystifying Immunotherapy for Leukemia',
      'Immunotherapy for Specific Leukemia Types',
      'Frequently Asked Questions (FAQs)',
      'Main Takeaways',
    ]);
    links[1]!.click();
    expect(article.shadowRoot!.activeElement!.textContent).to.equal('Immunotherapy for Specific Leukemia Types');
    links[2]!.click();
    expect(article.shadowRoot!.activeElement!.localName).to.equal('care-faq');
    const noContents = await renderArticle(await fixture(SEED), 'no-contents');
    expect(noContents.shadowRoot!.querySelector('[part="contents"]')).to.equal(null);
  });

  it('names sections after their headings in any script, accents folded, each id once', async () => {
    const article = await renderArticle({
      title: 'Título',
      blocks: [
        { type: 'heading', text: 'Ανοσοθεραπεία' },
        { type: 'heading', text: '¿Qué es la inmunoterapia?' },
        { type: 'heading', text: '¿Qué es la inmunoterapia?' },
        { type: 'heading', text: '— · —' },
      ],
    });
    const ids = [...article.shadowRoot!.querySelectorAll('h2')].map((heading) => heading.id);
    expect(ids).to.deep.equal(['section-ανοσοθεραπεια', 'section-que-es-la-inmunoterapia', 'section-que-es-la-inmunoterapia-2', 'section-section']);
  });

  it('squares the corners of the contents box on its accent border side, in either direction', async () => {
    for (const direction of ['ltr', 'rtl']) {
      const article = await renderArticle(await fixture(SEED), `dir="${direction}"`);
      const box = getComputedStyle(article.shadowRoot!.querySelector('[part="contents"]')!);
      const [accentSide, otherSide] = direction === 'ltr' ? ['left', 'right'] : ['right', 'left'];
      const pixels = (property: string) => Number.parseFloat(box.getPropertyValue(property));
      expect(pixels(`border-${accentSide}-width`), direction).to.be.greaterThan(1);
      expect([pixels(`border-top-${accentSide}-radius`), pixels(`border-bottom-${accentSide}-radius`)], direction).to.deep.equal([0, 0]);
      expect(pixels(`border-top-${otherSide}-radius`), direction).to.be.greaterThan(0);
      expect(pixels(`border-bottom-${otherSide}-radius`), direction).to.be.greaterThan(0);
    }
  });

  it('shows the footer: sources, review dates in the NHS pattern, disclaimer and feedback', async () => {
    const article = await renderArticle(await fixture('article/reviewed.json'));
    const root = article.shadowRoot!;
    const review = root.querySelector('[part="review"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(review).to.equal('Page last reviewed: 4 March 2024 Next review due: 4 March 2027');
    expect(root.querySelector('[part="review"] time')!.getAttribute('datetime')).to.equal('2024-03-04');
    const sources = [...root.querySelectorAll('footer ol.sources li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(sources).to.deep.equal(['Example source. Example Publisher, 2024']);
    expect(root.querySelector('footer care-callout')).to.exist;
    expect(root.querySelector('footer care-feedback')!.getAttribute('endpoint')).to.equal('/test-server/feedback');
  });

  it('writes dates in the reader’s language', async () => {
    const wrapper = await render(html`<div lang="es"></div>`);
    wrapper.innerHTML = '<care-article></care-article>';
    const article = wrapper.firstElementChild as CareArticle;
    article.content = await fixture('article/reviewed.json');
    await settled(article);
    expect(article.shadowRoot!.querySelector('[part="review"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Última revisión de la página: 4 de marzo de 2024 Próxima revisión: 4 de marzo de 2027',
    );
  });

  it('skips an invalid block, naming its path, and renders the rest', async () => {
    const content = await fixture<{ blocks: unknown[] }>('article/invalid/bad-block.json');
    const wrapper = await render(html`<div></div>`);
    wrapper.innerHTML = '<care-article></care-article>';
    const article = wrapper.firstElementChild as CareArticle;
    const failed = nextError(article);
    await captureWarnings(async () => {
      article.content = content as never;
      await failed;
    });
    const { errors } = (await failed).detail;
    expect(errors.map((error) => error.path)).to.deep.equal(['/blocks/1/items/0/name', '/blocks/3/type']);
    await settled(article);
    const texts = [...article.shadowRoot!.querySelectorAll('[part="body"] > .text')].map((p) => p.textContent!.trim());
    expect(texts).to.deep.equal(['Before the bad blocks.', 'After the bad blocks.']);
    expect(article.shadowRoot!.querySelectorAll('care-therapy-card')).to.have.length(1);
  });

  it('fires one care-content-load for its content, not one per nested element', async () => {
    const wrapper = await render(html`<div></div>`);
    const origins: EventTarget[] = [];
    wrapper.addEventListener('care-content-load', (event) => origins.push(event.composedPath()[0]!));
    wrapper.innerHTML = '<care-article></care-article>';
    const article = wrapper.firstElementChild as CareArticle;
    article.content = await fixture(SEED);
    await settled(article);
    expect(article.shadowRoot!.querySelectorAll('care-faq, care-therapy-card, care-quote').length).to.be.greaterThan(2);
    expect(origins).to.deep.equal([article]);
  });

  it('writes one MedicalWebPage graph with the FAQ and therapies inside, and nothing from nested elements', async () => {
    const wrapper = await render(html`<div></div>`);
    wrapper.innerHTML = '<care-article structured-data></care-article>';
    const article = wrapper.firstElementChild as CareArticle;
    article.content = await fixture(SEED);
    await settled(article);
    const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts).to.have.length(1);
    const graph = JSON.parse(scripts[0]!.textContent!);
    expect(graph['@type']).to.equal('MedicalWebPage');
    expect(graph.headline).to.equal('Exploring Immunotherapy’s Role in Leukemia Treatment');
    expect(graph.datePublished).to.equal('2024-03-04');
    expect(graph.mainEntity['@type']).to.equal('FAQPage');
    expect(graph.mainEntity.mainEntity).to.have.length(5);
    expect(graph.about.map((therapy: { name: string }) => therapy.name)).to.have.length(3);
    const faq = article.shadowRoot!.querySelector('care-faq')!;
    faq.setAttribute('structured-data', '');
    await settled(article);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    article.removeAttribute('structured-data');
    await settled(article);
    expect(article.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints as a handout: answers and details shown, no contents or feedback, link URLs printed', async () => {
    const article = await renderArticle(await fixture(SEED));
    await emulateMedia({ media: 'print' });
    try {
      const root = article.shadowRoot!;
      expect(getComputedStyle(root.querySelector('[part="contents"]')!).display).to.equal('none');
      expect(getComputedStyle(root.querySelector('care-feedback')!).display).to.equal('none');
      const faq = root.querySelector('care-faq')!;
      const answers = [...faq.shadowRoot!.querySelectorAll('[part~="answer"]')] as HTMLElement[];
      expect(answers.length).to.equal(5);
      expect(answers.map(textIsShown)).to.deep.equal([true, true, true, true, true]);
      const cards = [...root.querySelectorAll('care-therapy-card')];
      await Promise.all(cards.map((card) => card.updateComplete));
      const details = cards.map((card) => card.shadowRoot!.querySelector('[part~="details"]')).filter((panel) => panel !== null);
      expect(details.length).to.be.greaterThan(0);
      expect(details.map(textIsShown)).to.deep.equal(details.map(() => true));
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('passes axe on the whole article', async () => {
    const article = await renderArticle(await fixture(SEED));
    await waitUntil(() => article.shadowRoot!.querySelector('care-faq')!.shadowRoot!.querySelector('button'));
    await expect(article).to.be.accessible();
  });
});

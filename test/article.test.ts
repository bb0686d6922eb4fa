import { expect, fixture as render, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/article/care-article.js';
import { CareArticle } from '../src/article/care-article.js';
import type { ArticleContent } from '../src/article/content.js';
import { nextTurn } from '../src/core/next-turn.js';
import { formatDate } from '../src/core/people.js';
import { itOnlyInChromium } from './engines.js';
import { captureWarnings, fixture, jsonLdWritten, nextError, referencesDrawn, settled, textIsShown, waitUntil } from './helpers.js';

const SEED = 'immunotherapy-leukemia.json';

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
    // An element fixture carries the glossary entries its own terms name; the article carries them once for all its blocks.
    const withoutType = (block: object) => Object.fromEntries(Object.entries(block).filter(([key]) => key !== 'type' && key !== 'glossary'));
    const elementFixture = async (path: string) => withoutType(await fixture<object>(path));
    const faq = blocks.find((block) => block.type === 'faq')!;
    expect(withoutType(faq)).to.deep.equal(await elementFixture('faq/immunotherapy-faq.json'));
    const therapies = blocks.find((block) => block.type === 'therapies')!;
    const cards = ['checkpoint-inhibitors', 'car-t-cell-therapy', 'monoclonal-antibodies'];
    expect(withoutType(therapies).items).to.deep.equal(await Promise.all(cards.map((name) => elementFixture(`therapy-card/${name}.json`))));
    const takeaways = blocks.find((block) => block.type === 'takeaways')!;
    expect(withoutType(takeaways)).to.deep.equal(await elementFixture('takeaways/main-takeaways.json'));
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
    expect(review).to.equal(
      'Reviewed by Jane Roe, MD (Medical reviewer, Example Publisher) Page last reviewed: 4 March 2024 Next review due: 4 March 2027',
    );
    expect(root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'By Example Publisher editorial team · Published 4 March 2024',
    );
    expect(root.querySelector('[part="review"] time')!.getAttribute('datetime')).to.equal('2024-03-04');
    // The list is the article's light DOM, shown in the footer's slot, where #care-ref-<id> links reach it.
    await referencesDrawn();
    const sources = [...article.querySelectorAll(':scope > ol.care-references li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(sources).to.deep.equal(['Example source. Example Publisher, 2024.']);
    expect(article.querySelector('ol.care-references')!.assignedSlot!.closest('footer')).to.exist;
    expect(root.querySelector('footer care-callout')).to.exist;
    expect(root.querySelector('footer care-feedback')!.getAttribute('endpoint')).to.equal('/test-server/feedback');
  });

  it('keeps a bare name for the author and reviewer', async () => {
    const article = await renderArticle({ title: 'T', author: 'A. Writer', reviewedBy: 'A. Reviewer', blocks: [{ type: 'paragraph', text: 'x' }] }, 'structured-data');
    await jsonLdWritten();
    expect(article.shadowRoot!.querySelector('[part="meta"]')!.textContent!.trim()).to.equal('By A. Writer');
    expect(article.shadowRoot!.querySelector('[part="review"]')!.textContent!.trim()).to.equal('Reviewed by A. Reviewer');
    const graph = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect([graph.author, graph.reviewedBy]).to.deep.equal([
      { '@type': 'Person', name: 'A. Writer' },
      { '@type': 'Person', name: 'A. Reviewer' },
    ]);
  });

  it('names the reviewer with credentials and role, and the review dates, in the MedicalWebPage JSON-LD', async () => {
    const article = await renderArticle(await fixture('article/reviewed.json'), 'structured-data');
    await jsonLdWritten();
    const graph = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(graph.reviewedBy).to.deep.equal({
      '@type': 'Person',
      name: 'Jane Roe',
      honorificSuffix: 'MD',
      jobTitle: 'Medical reviewer',
      affiliation: { '@type': 'Organization', name: 'Example Publisher' },
    });
    expect(graph.author).to.deep.equal({ '@type': 'Organization', name: 'Example Publisher editorial team' });
    expect(graph.lastReviewed).to.equal('2024-03-04');
  });

  it('lists its sources as the MedicalWebPage’s citation, each identifier as its resolver’s address', async () => {
    const sources = [
      { id: 'guide', title: 'A guide', authors: 'Author A', publisher: 'A Journal', date: '2024', url: 'https://example.org/guide', pmid: '31562422', doi: '10.1056/NEJMoa1709866', nct: 'NCT02435849' },
      { title: 'Background' },
    ];
    const article = await renderArticle({ title: 'T', blocks: [{ type: 'paragraph', text: 'A claim.[^guide]' }], sources }, 'structured-data');
    await jsonLdWritten();
    const graph = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(graph.citation).to.deep.equal([
      {
        '@type': 'CreativeWork',
        name: 'A guide',
        author: 'Author A',
        publisher: 'A Journal',
        datePublished: '2024',
        url: 'https://example.org/guide',
        sameAs: ['https://pubmed.ncbi.nlm.nih.gov/31562422', 'https://doi.org/10.1056/NEJMoa1709866', 'https://clinicaltrials.gov/study/NCT02435849'],
      },
      { '@type': 'CreativeWork', name: 'Background' },
    ]);
  });

  it('shows the seed article with no disclaimer, author or reviewer of its own, and feedback that posts to an endpoint', async () => {
    const article = await renderArticle(await fixture(SEED));
    const root = article.shadowRoot!;
    expect(root.querySelector('footer care-callout'), 'the seed has no disclaimer').to.equal(null);
    expect(root.querySelector('[part="review"]')).to.equal(null);
    expect(root.querySelector('[part="meta"]')!.textContent!.trim()).to.match(/^Published/);
    expect(root.querySelector('footer care-feedback')!.getAttribute('endpoint')).to.equal('/api/feedback');
  });

  describe('image block', () => {
    const IMAGE = '/content/article/media/pattern.svg';
    const imageArticle = (image: object) => ({ title: 'T', blocks: [{ type: 'paragraph', text: 'Text.' }, { type: 'image', src: IMAGE, width: 960, height: 540, ...image }] });
    const figureOf = (article: CareArticle) => article.shadowRoot!.querySelector('[part="body"] > figure')!;

    it('renders a figure with its alt text, caption and credit, lazily loaded with its sizes', async () => {
      const article = await renderArticle(
        imageArticle({ alt: 'Circles of three sizes', caption: 'A *pattern*.', credit: 'Pattern: care-elements', srcset: `${IMAGE} 960w, javascript:alert(1) 480w`, sizes: '100vw' }),
      );
      const figure = figureOf(article);
      const img = figure.querySelector('img')!;
      expect([img.getAttribute('src'), img.alt, img.loading, img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal([IMAGE, 'Circles of three sizes', 'lazy', '960', '540']);
      expect(img.getAttribute('srcset'), 'unsafe candidates left out').to.equal(`${IMAGE} 960w`);
      expect(img.getAttribute('sizes')).to.equal('100vw');
      expect(figure.querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('A pattern. Pattern: care-elements');
      expect(figure.querySelector('figcaption em')!.textContent).to.equal('pattern');
      await expect(article).to.be.accessible();
    });

    it('reserves the image’s space before it loads, so nothing shifts', async () => {
      const wrapper = await render(html`<div style="inline-size: 320px"></div>`);
      wrapper.innerHTML = '<care-article></care-article>';
      const article = wrapper.firstElementChild as CareArticle;
      article.content = imageArticle({ src: `${IMAGE}?${Math.random()}`, alt: 'Circles of three sizes' }) as ArticleContent;
      await settled(article);
      const img = figureOf(article).querySelector('img')!;
      const size = () => [img.getBoundingClientRect().width, img.getBoundingClientRect().height];
      expect(img.complete && img.naturalWidth > 0, 'measured before the image arrived').to.equal(false);
      expect(size()).to.deep.equal([320, 180]);
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'the image did not load');
      expect(size()).to.deep.equal([320, 180]);
    });

    it('renders the fixture’s decorative image with empty alt text, and refuses an image that is neither described nor decorative', async () => {
      const article = await renderArticle(await fixture('article/image.json'));
      expect(figureOf(article).querySelector('img')!.getAttribute('alt')).to.equal('');
      const failed = nextError(article);
      await captureWarnings(async () => {
        article.content = imageArticle({}) as ArticleContent;
        await failed;
      });
      expect((await failed).detail.errors).to.deep.equal([{ path: '/blocks/1', message: 'needs "alt" text, or "decorative": true' }]);
      const both = nextError(article);
      await captureWarnings(async () => {
        article.content = imageArticle({ alt: 'x', decorative: true }) as ArticleContent;
        await both;
      });
      expect((await both).detail.errors.map((error) => error.path)).to.deep.equal(['/blocks/1/decorative']);
    });

    it('leaves out an image whose URL is unsafe, keeping its caption', async () => {
      const article = await renderArticle(imageArticle({ src: 'javascript:alert(1)', alt: 'x', caption: 'Still captioned.' }));
      expect(figureOf(article).querySelector('img')).to.equal(null);
      expect(figureOf(article).querySelector('figcaption')!.textContent!.trim()).to.equal('Still captioned.');
    });
  });

  describe('a long article', () => {
    const paragraphs = (count: number, word: string) =>
      Array.from({ length: count }, (_, index) => ({ type: 'paragraph' as const, text: `${word} ${index + 1}. ${'Patients and carers read this sentence. '.repeat(8)}` }));
    // Short paragraphs between tall callouts: the first screen is full only once the callouts have drawn themselves.
    const longArticle: ArticleContent = {
      title: 'A long article',
      blocks: Array.from({ length: 30 }, (_, index) => [
        { type: 'paragraph' as const, text: `Paragraph ${index + 1}.` },
        { type: 'callout' as const, variant: 'info' as const, body: 'Ask your care team what this means for you. '.repeat(10) },
      ]).flat(),
    };
    const drawnBlocks = (article: CareArticle) => article.shadowRoot!.querySelectorAll('.body > *').length;
    const bodyBottom = (article: CareArticle) => article.shadowRoot!.querySelector('.body')!.getBoundingClientRect().bottom;

    // The turn is taken before the article draws, so it comes after the task that drew its first content and before the next.
    const appendAndTakeTurn = async (article: CareArticle) => {
      const turn = nextTurn();
      document.body.append(article);
      await turn;
    };

    it('draws its first screen in the task that adds it, and the rest in tasks of 10 ms', async () => {
      const article = Object.assign(document.createElement('care-article'), { content: longArticle });
      // A clock that moves 4 ms each time it is read: a task reads it as it starts and after each block past the first screen.
      const now = performance.now;
      let time = 0;
      performance.now = () => (time += 4);
      try {
        await appendAndTakeTurn(article);
        const first = drawnBlocks(article);
        expect(bodyBottom(article)).to.be.greaterThan(innerHeight);
        await Promise.all([...article.shadowRoot!.querySelectorAll('care-callout')].map((callout) => callout.updateComplete));
        const blocks = [...article.shadowRoot!.querySelectorAll('.body > *')];
        const filling = blocks.findIndex((block) => block.getBoundingClientRect().bottom > innerHeight) + 1;
        expect(filling).to.be.greaterThan(0);
        // The screen, then two more blocks at 4 and 8 ms; where turns are messages, another channel's turn, and a task with it, may come first.
        expect(first).to.be.oneOf([filling + 2, filling + 5]);
        // Each later task reads the clock as it starts, draws a block, then two more at 4 and 8 ms, and yields at 12.
        for (let turns = 0; turns < 5 && drawnBlocks(article) === first; turns++) await nextTurn();
        expect(drawnBlocks(article) - first).to.be.oneOf([3, 6]);
        await article.updateComplete;
        expect(drawnBlocks(article)).to.equal(60);
      } finally {
        performance.now = now;
        article.remove();
      }
    });

    it('draws new content whole, never fewer blocks than it showed', async () => {
      const article = Object.assign(document.createElement('care-article'), { content: longArticle });
      try {
        document.body.append(article);
        await article.updateComplete;
        const turn = nextTurn();
        article.content = { title: 'Edited', blocks: paragraphs(70, 'Edited paragraph') };
        await turn;
        expect(drawnBlocks(article)).to.equal(70);
        expect(article.shadowRoot!.querySelector('.body > *')!.textContent).to.match(/^Edited paragraph 1\./);
      } finally {
        article.remove();
      }
    });
  });

  it('writes English dates as Intl does, without Intl', () => {
    const dates = [...Array.from({ length: 12 }, (_, month) => `2024-${String(month + 1).padStart(2, '0')}-0${(month % 9) + 1}`), '2024-02-29', '2031-12-31', '2024-03-04T23:30:00-05:00'];
    const intl = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const expected = dates.map(intl);
    const { toLocaleDateString } = Date.prototype;
    Date.prototype.toLocaleDateString = () => {
      throw new Error('Intl was used');
    };
    try {
      for (const lang of ['en', 'en-GB', 'EN-gb']) expect(dates.map((iso) => formatDate(iso, lang))).to.deep.equal(expected);
      expect(() => formatDate('2024-03-04', 'en-US')).to.throw('Intl was used');
    } finally {
      Date.prototype.toLocaleDateString = toLocaleDateString;
    }
    expect(formatDate('2024-03-04T23:30:00-05:00', 'en')).to.equal('5 March 2024');
  });

  it('writes dates in the reader’s language', async () => {
    const wrapper = await render(html`<div lang="es"></div>`);
    wrapper.innerHTML = '<care-article></care-article>';
    const article = wrapper.firstElementChild as CareArticle;
    article.content = await fixture('article/reviewed.json');
    await settled(article);
    expect(article.shadowRoot!.querySelector('[part="review"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Revisado por Jane Roe, MD (Medical reviewer, Example Publisher) Última revisión de la página: 4 de marzo de 2024 Próxima revisión: 4 de marzo de 2027',
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
    await jsonLdWritten();
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
    await jsonLdWritten();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    article.removeAttribute('structured-data');
    await settled(article);
    await jsonLdWritten();
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

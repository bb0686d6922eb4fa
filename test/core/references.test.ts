import { expect, fixture as render, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/article/care-article.js';
import type { CareArticle } from '../../src/article/care-article.js';
import '../../src/callout/care-callout.js';
import type { CareCallout } from '../../src/callout/care-callout.js';
import '../../src/stat/care-stat.js';
import type { CareStat } from '../../src/stat/care-stat.js';
import { validate } from '../../src/core/schema.js';
import { articleSchema } from '../../src/article/content.js';
import { captureWarnings, fixture, nextError, waitUntil } from '../helpers.js';

/** Example references in the formats editors cite by; 10.5555 is the DOI prefix reserved for examples. */
export const REFERENCES = {
  title: 'Citations and a glossary',
  blocks: [
    { type: 'paragraph', text: 'A first claim[^trial] and a second[^review]. The trial again[^trial].' },
    { type: 'callout', variant: 'info', body: 'A [[remission]] is cited here[^review].' },
    { type: 'stat', value: 'Over 70%', label: 'of people in the example', qualifier: 'over', proportion: 0.7, source: 'registry' },
  ],
  sources: [
    { id: 'review', title: 'An example review', authors: ['Roe J', 'Doe A'], journal: 'Example Journal', year: 2024, doi: '10.5555/example.1' },
    { title: 'A source no marker cites', url: 'https://example.org/uncited' },
    { id: 'trial', title: 'An example trial', url: 'https://example.org/trial', pmid: '12345678', nct: 'NCT01234567' },
    { id: 'registry', title: 'An example registry', publisher: 'Example Registry' },
  ],
  glossary: [
    {
      term: 'remission',
      definition: 'When the signs of a disease shrink or go away.',
      checkedAgainst: { title: 'NCI Dictionary of Cancer Terms', url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/remission' },
    },
  ],
};

/** Waits until an element and every care element inside it have rendered. */
const settled = async (root: Element) => {
  const pending = [root];
  while (pending.length) {
    const element = pending.pop()! as Element & { updateComplete?: Promise<unknown> };
    await element.updateComplete;
    const scope = element.shadowRoot ?? element;
    pending.push(...[...scope.querySelectorAll('*')].filter((child) => child.localName.startsWith('care-')));
  }
};

const renderArticle = async (content: unknown) => {
  const article = await render<CareArticle>(html`<care-article .content=${content}></care-article>`);
  await settled(article);
  return article;
};

const inner = (article: Element, tag: string) => article.shadowRoot!.querySelector(tag)!;

describe('citations', () => {
  it('numbers markers by first citation, names them "reference n" and links each to its list entry', async () => {
    const article = await renderArticle(REFERENCES);
    const links = [...article.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.text sup a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['1', '2', '1']);
    expect(links.map((link) => link.getAttribute('aria-label'))).to.deep.equal(['reference 1', 'reference 2', 'reference 1']);
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['#care-ref-trial', '#care-ref-review', '#care-ref-trial']);
    expect(links[0]!.id).to.equal('care-cite-trial');
    expect(links[2]!.id).to.equal('');
    // A marker inside a block's element shares the article's numbering.
    const callout = inner(article, 'care-callout');
    expect(callout.shadowRoot!.querySelector('sup a')!.textContent).to.equal('2');
    const stat = inner(article, 'care-stat');
    expect(stat.shadowRoot!.querySelector('[part="source"] a')!.textContent).to.equal('3');
  });

  it('lists cited references by number, each with its identifiers linked to their resolvers and a way back, then the others', async () => {
    const article = await renderArticle(REFERENCES);
    const items = [...article.shadowRoot!.querySelectorAll<HTMLLIElement>('.sources li')];
    expect(items.map((item) => item.id)).to.deep.equal(['care-ref-trial', 'care-ref-review', 'care-ref-registry', '']);
    expect(items.map((item) => item.getAttribute('value'))).to.deep.equal(['1', '2', '3', null]);
    const hrefs = [...items[0]!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://example.org/trial', 'https://pubmed.ncbi.nlm.nih.gov/12345678', 'https://clinicaltrials.gov/study/NCT01234567', '#care-cite-trial']);
    expect(items[1]!.textContent).to.contain('Roe J, Doe A, Example Journal, 2024');
    expect(items[1]!.querySelector('a[href="https://doi.org/10.5555/example.1"]')!.textContent).to.equal('doi:10.5555/example.1');
    expect(items[0]!.querySelector('a[href^="#"]')!.getAttribute('aria-label')).to.equal('Back to the text');
  });

  it('follows a marker to its entry and the entry back to the first marker, across shadow roots', async () => {
    const article = await renderArticle(REFERENCES);
    const root = article.shadowRoot!;
    root.querySelector<HTMLAnchorElement>('.text sup a')!.click();
    expect(root.activeElement!.id).to.equal('care-ref-trial');
    root.querySelector<HTMLAnchorElement>('#care-ref-trial a[href^="#"]')!.click();
    expect(root.activeElement!.id).to.equal('care-cite-trial');
    // From a marker in the callout to the article's list.
    inner(article, 'care-callout').shadowRoot!.querySelector<HTMLAnchorElement>('sup a')!.click();
    expect(root.activeElement!.id).to.equal('care-ref-review');
  });

  it('reports a marker naming no reference at its JSON Pointer, in the element and in validate()', async () => {
    const content = { ...REFERENCES, blocks: [REFERENCES.blocks[0], { type: 'paragraph', text: 'Unknown[^nowhere] and [[nothing]].' }] };
    const { errors } = validate(articleSchema, content);
    expect(errors).to.deep.equal([
      { path: '/blocks/1/text', message: 'names no reference "nowhere"' },
      { path: '/blocks/1/text', message: 'names no glossary entry "nothing"' },
    ]);
    const article = await render<CareArticle>(html`<care-article></care-article>`);
    let event!: Awaited<ReturnType<typeof nextError>>;
    await captureWarnings(async () => {
      const error = nextError(article);
      article.content = content as never;
      event = await error;
    });
    expect(event.detail.errors.map((error) => error.path)).to.deep.equal(['/blocks/1/text', '/blocks/1/text']);
    await settled(article);
    expect(article.shadowRoot!.querySelectorAll('.text')[1]!.textContent).to.equal('Unknown and nothing.');
    const stat = validate(articleSchema, { title: 'T', blocks: [{ type: 'stat', value: '1', label: 'x', source: 'missing' }] });
    expect(stat.errors).to.deep.equal([{ path: '/blocks/0/source', message: 'names no reference "missing"' }]);
  });

  it('checks PMID, DOI and NCT numbers by their formats', () => {
    const source = (fields: object) => validate(articleSchema, { title: 'T', blocks: [{ type: 'paragraph', text: 'x' }], sources: [{ title: 'S', ...fields }] }).errors;
    expect(source({ pmid: '12a' })[0]!.path).to.equal('/sources/0/pmid');
    expect(source({ doi: '11.1/x' })[0]!.path).to.equal('/sources/0/doi');
    expect(source({ nct: 'NCT123' })[0]!.path).to.equal('/sources/0/nct');
    expect(source({ pmid: '123', doi: '10.1056/NEJMoa1709866', nct: 'NCT01234567' })).to.deep.equal([]);
  });

  it('numbers elements of one page against the list their reference-list attribute names', async () => {
    const wrapper = await render(html`<div>
      <care-callout reference-list="b a" .content=${{ body: 'Cites a[^a] and b[^b].' }}></care-callout>
      <ol><li id="care-ref-b">B</li><li id="care-ref-a">A</li></ol>
    </div>`);
    const callout = wrapper.querySelector<CareCallout>('care-callout')!;
    await callout.updateComplete;
    const links = [...callout.shadowRoot!.querySelectorAll('sup a')];
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['2', '#care-ref-a'],
      ['1', '#care-ref-b'],
    ]);
    (links[0] as HTMLAnchorElement).click();
    expect(document.activeElement!.id).to.equal('care-ref-a');
  });

  it('gives the article’s MedicalWebPage its citations', async () => {
    const article = await render<CareArticle>(html`<care-article structured-data .content=${REFERENCES}></care-article>`);
    await settled(article);
    const graph = JSON.parse(article.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(graph.citation.map((work: { name: string }) => work.name)).to.deep.equal(['An example trial', 'An example review', 'An example registry', 'A source no marker cites']);
  });
});

describe('glossary', () => {
  const termOf = async (content: unknown) => {
    const callout = await render<CareCallout>(html`<care-callout .content=${content}></care-callout>`);
    await callout.updateComplete;
    return { callout, button: callout.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!, tip: callout.shadowRoot!.querySelector<HTMLElement>('[popover]')! };
  };
  const CALLOUT = { body: 'Reached [[Remission]], then [[a lasting one|remission]].', glossary: REFERENCES.glossary };

  it('marks a term as a button named by the term that shows its definition and the reference it was checked against', async () => {
    const { callout, button, tip } = await termOf(CALLOUT);
    expect(button.textContent).to.equal('Remission');
    expect(callout.shadowRoot!.querySelectorAll('button.term')[1]!.textContent).to.equal('a lasting one');
    expect(tip.matches(':popover-open')).to.equal(false);
    expect(tip.querySelector('dfn')!.textContent).to.equal('remission');
    expect(tip.textContent).to.contain('When the signs of a disease shrink or go away.');
    expect(tip.querySelector('a')!.getAttribute('href')).to.equal('https://www.cancer.gov/publications/dictionaries/cancer-terms/def/remission');
    button.click();
    expect(tip.matches(':popover-open')).to.equal(true);
  });

  it('opens from the keyboard, closes with Escape and with a click outside', async () => {
    const { button, tip } = await termOf(CALLOUT);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => tip.matches(':popover-open'), 'Enter opens the definition');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !tip.matches(':popover-open'), 'Escape closes it');
    button.click();
    expect(tip.matches(':popover-open')).to.equal(true);
    await sendMouse({ type: 'click', position: [2, window.innerHeight - 2] });
    await waitUntil(() => !tip.matches(':popover-open'), 'a click outside closes it');
  });

  it('is accessible with a definition open, in both directions', async () => {
    const wrapper = await render(html`<div dir="rtl"><care-callout .content=${CALLOUT}></care-callout></div>`);
    const callout = wrapper.querySelector<CareCallout>('care-callout')!;
    await callout.updateComplete;
    callout.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!.click();
    await expect(wrapper).to.be.accessible();
  });

  it('defines the seed’s terms where the article first uses them, each checked against the NCI dictionary', async () => {
    const seed = await fixture<{ glossary: { checkedAgainst: { url: string } }[] }>('immunotherapy-leukemia.json');
    expect(seed.glossary.every((entry) => entry.checkedAgainst.url.startsWith('https://www.cancer.gov/publications/dictionaries/cancer-terms/def/'))).to.equal(true);
    const article = await renderArticle(seed);
    const terms: string[] = [];
    const visit = (root: ParentNode) =>
      root.querySelectorAll('*').forEach((element) => {
        if (element.matches('button.term')) terms.push(element.textContent!);
        if (element.shadowRoot) visit(element.shadowRoot);
      });
    visit(article.shadowRoot!);
    expect(terms).to.deep.equal(['event-free survival', 'remissions', 'biomarkers', 'antigens', 'cytokine release syndrome']);
    expect(article.shadowRoot!.querySelector('.sources')).to.equal(null);
  });
});

describe('stat source by reference', () => {
  it('names a reference of the page list by its id', async () => {
    const stat = await render<CareStat>(html`<care-stat reference-list="registry" .content=${{ value: '1', label: 'x', source: 'registry' }}></care-stat>`);
    expect(stat.shadowRoot!.querySelector('[part="source"] a')!.getAttribute('href')).to.equal('#care-ref-registry');
  });
});

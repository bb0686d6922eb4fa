import { expect, fixture as render, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article/care-article.js';
import type { CareArticle } from '../../src/article/care-article.js';
import { articleSchema } from '../../src/article/content.js';
import '../../src/callout/care-callout.js';
import type { CareCallout } from '../../src/callout/care-callout.js';
import { calloutSchema } from '../../src/callout/content.js';
import { validate } from '../../src/core/schema.js';
import '../../src/faq/care-faq.js';
import type { CareFaq } from '../../src/faq/care-faq.js';
import '../../src/stat/care-stat.js';
import type { CareStat } from '../../src/stat/care-stat.js';
import { statSchema } from '../../src/stat/content.js';
import { captureWarnings, nextError, referencesDrawn, settled, waitUntil } from '../helpers.js';

/** Test works with made-up titles: the seed article cites none. */
const GUIDE = { id: 'guide', title: 'A guide to a therapy', authors: 'Author A, Author B', publisher: 'A Journal', date: '2024', pmid: '31562422', doi: '10.1056/NEJMoa1709866', nct: 'NCT02435849' };
const REVIEW = { id: 'review', title: 'A review of results', url: 'https://example.org/review' };
const UNCITED = { title: 'Background reading' };

const renderCallout = async (content: unknown) => {
  const callout = await render<CareCallout>(html`<care-callout .content=${content}></care-callout>`);
  await callout.updateComplete;
  await referencesDrawn();
  return callout;
};

const citations = (host: Element) => [...host.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.cite')];
const ownList = (host: Element) => host.querySelector<HTMLOListElement>(':scope > ol.care-references[slot="references"]');

describe('citations and reference lists', () => {
  it('draws [^id] as a numbered superscript link named "Source n", to an entry of a list in the light DOM', async () => {
    const callout = await renderCallout({ body: 'One claim.[^review] Another claim.[^guide] Again.[^review]', sources: [GUIDE, REVIEW, UNCITED] });
    const [first, second, third] = citations(callout);
    expect([first, second, third].map((link) => link!.textContent)).to.deep.equal(['Source 2', 'Source 1', 'Source 2']);
    expect(first!.parentElement!.localName).to.equal('sup');
    expect(first!.querySelector('.visually-hidden')!.textContent).to.equal('Source ');
    expect(first!.getAttribute('href')).to.equal('#care-ref-review');
    // Listed in order, in the light DOM, where document fragment links reach each entry.
    const list = ownList(callout)!;
    expect([...list.children].map((item) => item.id)).to.deep.equal(['care-ref-guide', 'care-ref-review', '']);
    expect(document.getElementById('care-ref-review')).to.equal(list.children[1]);
    expect((list.assignedSlot!.getRootNode() as ShadowRoot).host).to.equal(callout);
    expect(callout.shadowRoot!.querySelector('.references-title')!.textContent).to.equal('Sources');
  });

  it('cites every field a reference is cited by, each identifier linked to its resolver', async () => {
    const callout = await renderCallout({ body: 'A claim.[^guide]', sources: [GUIDE] });
    const entry = ownList(callout)!.children[0]!;
    expect(entry.textContent!.replace(/\s+/g, ' ')).to.contain('Author A, Author B. A guide to a therapy. A Journal, 2024. PMID: 31562422. DOI: 10.1056/NEJMoa1709866. ClinicalTrials.gov: NCT02435849.');
    const hrefs = [...entry.querySelectorAll('a:not(.care-ref-back)')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['https://pubmed.ncbi.nlm.nih.gov/31562422', 'https://doi.org/10.1056/NEJMoa1709866', 'https://clinicaltrials.gov/study/NCT02435849']);
  });

  it('keeps a DOI’s "#" and "?" inside the doi.org path', async () => {
    const callout = await renderCallout({ body: 'A claim.[^odd]', sources: [{ id: 'odd', title: 'Odd', doi: '10.1000/a#b?c' }] });
    expect(ownList(callout)!.querySelector('a')!.getAttribute('href')).to.equal('https://doi.org/10.1000/a%23b%3Fc');
  });

  it('follows a citation to its entry by fragment navigation, and the entry’s way back returns focus to the citation', async () => {
    const callout = await renderCallout({ body: 'A claim.[^review]', sources: [REVIEW] });
    const [citation] = citations(callout);
    citation!.click();
    await waitUntil(() => location.hash === '#care-ref-review', 'the citation did not navigate to its entry');
    const entry = document.getElementById('care-ref-review')!;
    expect(entry.matches(':target')).to.equal(true);
    const back = entry.querySelector<HTMLAnchorElement>('a.care-ref-back')!;
    expect(back.getAttribute('aria-label')).to.equal('Back to the text');
    back.focus();
    await sendKeys({ press: 'Enter' });
    expect(callout.shadowRoot!.activeElement).to.equal(citation);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('says "Fuente" and "Volver al texto" in Spanish', async () => {
    const wrapper = await render(html`<div lang="es"><care-callout .content=${{ body: 'Una afirmación.[^review]', sources: [REVIEW] }}></care-callout></div>`);
    const callout = wrapper.firstElementChild as CareCallout;
    await callout.updateComplete;
    await referencesDrawn();
    expect(citations(callout)[0]!.textContent).to.equal('Fuente 1');
    expect(ownList(callout)!.querySelector('.care-ref-back')!.getAttribute('aria-label')).to.equal('Volver al texto');
  });

  it('reports a citation naming no source, and a malformed identifier, at their JSON Pointers; the rest shows', async () => {
    const content = { body: 'A claim.[^missing] Another.[^review]', sources: [{ ...REVIEW, pmid: 'PMC123' }, { id: 'trial', title: 'A trial', nct: 'NCT123' }, { id: 'paper', title: 'A paper', doi: 'doi:10.1/x' }] };
    expect(validate(calloutSchema, content).errors).to.deep.equal([
      { path: '/sources/0/pmid', message: 'expected a PubMed ID: digits only, such as 31562422' },
      { path: '/sources/1/nct', message: 'expected a ClinicalTrials.gov number: NCT and 8 digits' },
      { path: '/sources/2/doi', message: 'expected a DOI such as 10.1056/NEJMoa1709866' },
      { path: '/body', message: 'names no source "missing"' },
      { path: '/body', message: 'names no source "review"' },
    ]);
    const callout = await render<CareCallout>(html`<care-callout></care-callout>`);
    const error = nextError(callout);
    await captureWarnings(async () => {
      callout.content = { body: 'A claim.[^missing]', sources: [REVIEW] };
      expect((await error).detail.errors).to.deep.equal([{ path: '/body', message: 'names no source "missing"' }]);
    });
    await callout.updateComplete;
    expect(callout.shadowRoot!.textContent).to.contain('A claim.');
    expect(citations(callout)).to.have.length(0);
  });

  it('takes no script from a reference: titles, authors and identifiers stay text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';
    const callout = await renderCallout({ body: 'A claim.[^x]', sources: [{ id: 'x', title: hostile, authors: hostile, publisher: hostile, url: 'javascript:alert(1)' }] });
    const entry = ownList(callout)!.children[0]!;
    expect(entry.querySelector('img')).to.equal(null);
    expect(entry.textContent).to.contain(hostile);
    expect(entry.querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('lets a stat name the source of its figure by id, cited with its number', async () => {
    const stat = await render<CareStat>(html`<care-stat .content=${{ value: 'Over 70%', label: 'of people in a study', source: 'review', sources: [GUIDE, REVIEW] }}></care-stat>`);
    await stat.updateComplete;
    const source = stat.shadowRoot!.querySelector('[part="source"]')!;
    expect(source.textContent!.replace(/\s+/g, ' ')).to.contain('Source: A review of results');
    expect(source.querySelector('a.cite')!.textContent).to.equal('Source 2');
    const errors = validate(statSchema, { value: '1', label: 'x', source: 'nope' }).errors;
    expect(errors).to.deep.equal([{ path: '/source', message: 'names no source "nope"' }]);
  });

  it('numbers an article’s citations by its list, in its blocks and its therapy cards too', async () => {
    const content = {
      title: 'An article',
      blocks: [
        { type: 'paragraph', text: 'First.[^review]' },
        { type: 'therapy', name: 'A therapy', summary: 'What it is.[^guide]', results: [{ value: 'Over 70%', label: 'respond', source: 'review' }] },
      ],
      sources: [GUIDE, REVIEW],
    };
    expect(validate(articleSchema, content).errors).to.deep.equal([]);
    const article = await render<CareArticle>(html`<care-article .content=${content}></care-article>`);
    await settled(article);
    await referencesDrawn();
    expect(citations(article).map((link) => link.textContent)).to.deep.equal(['Source 2']);
    const card = article.shadowRoot!.querySelector('care-therapy-card')!;
    expect(citations(card).map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
      ['Source 1', '#care-ref-guide'],
      ['Source 2', '#care-ref-review'],
    ]);
    expect(ownList(card)).to.equal(null);
    expect([...ownList(article)!.children].map((item) => item.id)).to.deep.equal(['care-ref-guide', 'care-ref-review']);
    expect(article.shadowRoot!.querySelector('#references-title')!.localName).to.equal('h2');
  });

  it('shares one list, numbered once, among the elements naming it with reference-list, its place shown only while it lists a work', async () => {
    const page = await render(html`<div>
      <care-callout reference-list="page-sources" .content=${{ body: 'A.[^guide] B.[^review]', sources: [GUIDE, REVIEW] }}></care-callout>
      <care-callout reference-list="page-sources" .content=${{ body: 'C.[^review] D.[^other]', sources: [REVIEW, { id: 'other', title: 'Another work' }] }}></care-callout>
      <section id="page-sources" hidden><h2>Sources</h2></section>
    </div>`);
    const place = page.querySelector<HTMLElement>('#page-sources')!;
    const [first, second] = [...page.querySelectorAll<CareCallout>('care-callout')];
    await waitUntil(() => citations(second!).length === 2 && page.querySelectorAll('#page-sources li').length === 3, 'the page’s list was not drawn');
    await settled(page.firstElementChild!);
    expect(citations(first!).map((link) => link.textContent)).to.deep.equal(['Source 1', 'Source 2']);
    expect(citations(second!).map((link) => link.textContent)).to.deep.equal(['Source 2', 'Source 3']);
    const items = [...page.querySelectorAll('#page-sources > ol.care-references > li')];
    expect(items.map((item) => item.id)).to.deep.equal(['care-ref-guide', 'care-ref-review', 'care-ref-other']);
    expect(ownList(first!)).to.equal(null);
    expect(first!.shadowRoot!.querySelector('.references')).to.equal(null);
    expect(place.hidden, 'the list’s place shows once it lists works').to.equal(false);
    // The way back finds the first citation of the work, in whichever element it is.
    items[2]!.querySelector<HTMLAnchorElement>('.care-ref-back')!.click();
    expect(second!.shadowRoot!.activeElement).to.equal(citations(second!)[1]);
    // An element leaving the page leaves the list.
    first!.remove();
    await waitUntil(() => page.querySelectorAll('#page-sources li').length === 2, 'the list kept the works of a removed element');
    await second!.updateComplete;
    expect(citations(second!).map((link) => link.textContent)).to.deep.equal(['Source 1', 'Source 2']);
    second!.remove();
    await waitUntil(() => place.hidden, 'the list’s place, with its heading, stays shown with no work to list');
  });

  it('renumbers the citations of every FAQ answer, opened by the reader or not, when the shared list renumbers', async () => {
    const page = await render(html`<div>
      <care-callout reference-list="faq-sources" .content=${{ body: 'A.[^guide]', sources: [GUIDE] }}></care-callout>
      <care-faq reference-list="faq-sources" .content=${{ items: [{ question: 'One?', answer: 'Yes.[^review]' }, { question: 'Two?', answer: 'No.[^review]' }], sources: [REVIEW] }}></care-faq>
      <section id="faq-sources" hidden></section>
    </div>`);
    const faq = page.querySelector<CareFaq>('care-faq')!;
    const numbers = () => citations(faq).map((link) => link.textContent);
    await waitUntil(() => numbers().join() === 'Source 2,Source 2', 'the FAQ’s citations were not numbered after the callout’s');
    faq.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!.click();
    await faq.updateComplete;
    page.querySelector('care-callout')!.remove();
    await waitUntil(() => numbers().join() === 'Source 1,Source 1', 'an answer kept its old number');
  });

  it('removes its list when new content has no sources', async () => {
    const callout = await renderCallout({ body: 'A claim.[^review]', sources: [REVIEW] });
    callout.content = { body: 'No claim.' };
    await callout.updateComplete;
    await referencesDrawn();
    expect(ownList(callout)).to.equal(null);
    expect(callout.shadowRoot!.querySelector('.references')).to.equal(null);
  });
});

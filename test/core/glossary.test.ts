import { expect, fixture as render, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import { itOnlyInChromium } from '../engines.js';
import '../../src/article/care-article.js';
import type { CareArticle } from '../../src/article/care-article.js';
import '../../src/callout/care-callout.js';
import type { CareCallout } from '../../src/callout/care-callout.js';
import '../../src/faq/care-faq.js';
import type { CareFaq } from '../../src/faq/care-faq.js';
import { validate } from '../../src/core/schema.js';
import { articleSchema } from '../../src/article/content.js';
import { captureWarnings, fixture, nextError, pwned, settled, waitUntil } from '../helpers.js';
import { parseRichText } from '../../src/core/rich-text.js';

const GLOSSARY = [
  {
    term: 'remission',
    definition: 'When the signs of a disease shrink or go away.',
    checkedAgainst: { title: 'NCI Dictionary of Cancer Terms', url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/remission' },
  },
];

const renderArticle = async (content: unknown) => {
  const article = await render<CareArticle>(html`<care-article .content=${content}></care-article>`);
  await settled(article);
  return article;
};

describe('glossary', () => {
  const termOf = async (content: unknown) => {
    const callout = await render<CareCallout>(html`<care-callout .content=${content}></care-callout>`);
    await callout.updateComplete;
    return { callout, button: callout.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!, tip: callout.shadowRoot!.querySelector<HTMLElement>('[popover]')! };
  };
  const CALLOUT = { body: 'Reached [[Remission]], then [[a lasting one|remission]].', glossary: GLOSSARY };

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

  it('redraws marked text when new content changes a definition, and keeps unmarked text that new content leaves as it was', async () => {
    const content = (definition: string) => ({
      items: [
        { question: 'Plain?', answer: 'A *plain* answer.' },
        { question: 'Marked?', answer: 'A [[remission]].' },
      ],
      glossary: [{ ...GLOSSARY[0]!, definition }],
    });
    const faq = await render<CareFaq>(html`<care-faq .content=${content('First.')}></care-faq>`);
    await faq.updateComplete;
    const plain = faq.shadowRoot!.querySelector('em')!;
    faq.content = content('A newer definition.');
    await faq.updateComplete;
    expect(faq.shadowRoot!.querySelector('[popover]')!.textContent).to.contain('A newer definition.');
    expect(faq.shadowRoot!.querySelector('em'), 'the same nodes, not drawn again').to.equal(plain);
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

  itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints each definition after its term', async () => {
    const { tip } = await termOf(CALLOUT);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(tip).display).to.equal('inline');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is accessible with a definition open, in both directions', async () => {
    const wrapper = await render(html`<div dir="rtl"><care-callout .content=${CALLOUT}></care-callout></div>`);
    const callout = wrapper.querySelector<CareCallout>('care-callout')!;
    await callout.updateComplete;
    callout.shadowRoot!.querySelector<HTMLButtonElement>('button.term')!.click();
    await expect(wrapper).to.be.accessible();
  });

  it('reports a term naming no entry at its JSON Pointer, in the element and in validate(), and shows it as plain text', async () => {
    const content = { title: 'T', blocks: [{ type: 'paragraph', text: 'A [[remission]].' }, { type: 'paragraph', text: 'An [[unknown term]].' }], glossary: GLOSSARY };
    expect(validate(articleSchema, content).errors).to.deep.equal([{ path: '/blocks/1/text', message: 'names no glossary entry "unknown term"' }]);
    const article = await render<CareArticle>(html`<care-article></care-article>`);
    let event!: Awaited<ReturnType<typeof nextError>>;
    await captureWarnings(async () => {
      const error = nextError(article);
      article.content = content as never;
      event = await error;
    });
    expect(event.detail.errors).to.deep.equal([{ path: '/blocks/1/text', message: 'names no glossary entry "unknown term"' }]);
    await settled(article);
    const paragraphs = article.shadowRoot!.querySelectorAll('.text');
    expect(paragraphs[0]!.querySelector('button.term')!.textContent).to.equal('remission');
    expect(paragraphs[1]!.textContent).to.equal('An unknown term.');
  });

  it('lets an article’s blocks mark the article’s terms', async () => {
    const article = await renderArticle({ title: 'T', blocks: [{ type: 'callout', body: 'A [[remission]].' }], disclaimer: 'Not a [[remission]].', glossary: GLOSSARY });
    const callouts = [...article.shadowRoot!.querySelectorAll('care-callout')];
    expect(callouts.map((callout) => callout.shadowRoot!.querySelector('button.term')?.textContent)).to.deep.equal(['remission', 'remission']);
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

  it('keeps hostile text as text: a term, a definition, and a reference that is no safe link', async () => {
    const { callout, button, tip } = await termOf({
      body: 'A [[<img src=x onerror="window.__pwned=true">]] here.',
      glossary: [{ term: '<img src=x onerror="window.__pwned=true">', definition: '<script>window.__pwned = true</script>', checkedAgainst: { title: 'Evil', url: 'javascript:window.__pwned=true' } }],
    });
    expect(callout.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(button.textContent).to.equal('<img src=x onerror="window.__pwned=true">');
    expect(tip.querySelector('a')).to.equal(null);
    expect(tip.textContent).to.contain('<script>window.__pwned = true</script>');
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pwned()).to.equal(false);
  });

  it('reads many unclosed term brackets in linear time', () => {
    const text = '[['.repeat(50_000) + 'x|'.repeat(20_000);
    const start = performance.now();
    expect(parseRichText(text).markers).to.deep.equal([]);
    expect(performance.now() - start).to.be.below(1000);
  });
});

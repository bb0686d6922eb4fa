import { expect } from '@open-wc/testing';
import { itOnlyInChromium } from './engines.js';
import { waitUntil } from './helpers.js';

type DemoWindow = Window & {
  errors: string[];
  axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
};

/** Records the page's layout shifts (Chromium's Layout Instability API) from its first paint on. */
const SHIFT_RECORDER =
  '<script>window.shifts = []; new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: "layout-shift", buffered: true });</script>';

/** Loads the demo page with a first script that records console errors and uncaught errors; `articleSrc` replaces the article's src. */
const openDemo = async ({ articleSrc = '', recordShifts = false } = {}) => {
  let source = await (await fetch('/demo/index.html')).text();
  if (articleSrc) source = source.replace(/(<care-article src=")[^"]*/, `$1${articleSrc}`);
  const recorder = `<base href="/demo/"><script src="/test/pages/record-console.js"></script>${recordShifts ? SHIFT_RECORDER : ''}`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  frame.srcdoc = source.replace('<head>', `<head>${recorder}`);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentWindow as DemoWindow };
};

describe('demo page', () => {
  it('renders the seed article and every example with no console errors, and passes axe', async () => {
    const { frame, page } = await openDemo();
    const doc = page.document;
    const article = doc.querySelector('care-article')!;
    await waitUntil(() => article.shadowRoot?.querySelector('[part="title"]'), 'the article did not render', { timeout: 5000 });
    for (const example of doc.querySelectorAll('.example .live > *')) {
      await waitUntil(() => example.shadowRoot?.childElementCount, `${example.localName} did not render`);
    }
    const snippets = [...doc.querySelectorAll('.example .live + pre code')].map((code) => code.textContent!);
    expect(snippets).to.have.length(doc.querySelectorAll('.example .live').length);
    expect(snippets[0]).to.match(/^<care-callout content='\{"variant": "limitation"/);
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    const { violations } = await page.axe.run(doc, { resultTypes: ['violations'] });
    expect(violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => (node as { target: unknown }).target))}`)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    frame.remove();
  });

  itOnlyInChromium('only Chromium has the Layout Instability API')('shifts nothing while the article’s content arrives from its src after the page is drawn', async () => {
    const { frame, page } = await openDemo({ articleSrc: '/test-server/fault/json?fixture=immunotherapy-leukemia.json&delay=500', recordShifts: true });
    const article = page.document.querySelector('care-article')!;
    await waitUntil(() => article.shadowRoot?.querySelector('[part="title"]'), 'the article did not render', { timeout: 5000 });
    await new Promise((resolve) => page.requestAnimationFrame(() => page.requestAnimationFrame(resolve)));
    expect((page as DemoWindow & { shifts: number[] }).shifts).to.deep.equal([]);
    frame.remove();
  });

  it('posts the example’s feedback to the endpoint npm start serves, and lists what arrived', async () => {
    const { frame, page } = await openDemo();
    const doc = page.document;
    const feedback = doc.querySelector('.example .live care-feedback')!;
    await waitUntil(() => feedback.shadowRoot?.querySelector('fieldset button'), 'the feedback example did not render');
    const comment = `Clear, ${Math.random()}`;
    feedback.shadowRoot!.querySelector<HTMLButtonElement>('fieldset button')!.click();
    await waitUntil(() => feedback.shadowRoot!.querySelector('textarea'));
    const field = feedback.shadowRoot!.querySelector('textarea')!;
    field.value = comment;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    feedback.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // The other engines' demo tests post to the same endpoint at the same time, so this answer is found by its comment.
    const listed = () => [...doc.querySelectorAll('.received li')].find((item) => item.textContent!.includes(comment));
    await waitUntil(listed, 'the answer was not listed', { timeout: 8000 });
    expect(listed()!.textContent).to.contain(`: helpful, “${comment}”`);
    expect(doc.querySelector<HTMLElement>('.received-none')!.hidden).to.equal(true);
    const answers: { helpful: boolean; comment: string }[] = await (await fetch('/api/feedback')).json();
    expect(answers.find((answer) => answer.comment === comment)).to.include({ helpful: true, comment });
    expect(page.errors).to.deep.equal([]);
    frame.remove();
  });
});

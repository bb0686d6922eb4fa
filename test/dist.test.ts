import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { emulateMedia } from '@web/test-runner-commands';
import { itOnlyInChromium } from './engines.js';

type PageWindow = Window & { warnings: string[]; errors: string[] };

/** Opens a test page by its path (`src`) or its markup (`srcdoc`) in a frame, once loaded. */
const openPage = async (source: { src: string } | { srcdoc: string }) => {
  const frame = Object.assign(document.createElement('iframe'), source);
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const page = frame.contentWindow as PageWindow;
  const text = (id: string) => page.document.getElementById(id)?.shadowRoot?.querySelector('[part="body"]')?.textContent?.trim();
  return { frame, page, text };
};

/** A page of `body` after the bundle as a classic script. */
const openWithBundle = (body: string) => openPage({ srcdoc: `<script src="/dist/care-elements.js"></script>${body}` });

describe('dist/care-elements.js', () => {
  it('defines every element from a classic script in <head>, loaded twice, with one warning', async () => {
    const { frame, page, text } = await openPage({ src: '/test/pages/classic-head.html' });
    await waitUntil(() => text('from-script'), 'script-child content did not render');
    expect(text('from-attribute')).to.equal('From the attribute.');
    expect(text('from-script')).to.equal('From the script.');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings.filter((w) => w.includes('loaded more than once'))).to.have.length(1);
    frame.remove();
  });

  it('adds no global variable besides the version lists lit keeps', async () => {
    const { frame, page, text } = await openPage({ src: '/test/pages/classic-head.html' });
    await waitUntil(() => text('from-script'), 'script-child content did not render');
    const blank = document.createElement('iframe');
    document.body.append(blank);
    const standard = new Set(Object.getOwnPropertyNames(blank.contentWindow));
    const added = Object.getOwnPropertyNames(page).filter((name) => !standard.has(name));
    // `warnings` and `errors` are the test page's own.
    expect(added.sort()).to.deep.equal(['errors', 'litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions', 'warnings']);
    blank.remove();
    frame.remove();
  });

  it('keeps the spaces the templates write around inline text', async () => {
    const content = { title: 'Title', author: 'Dr Ana Ruiz', published: '2024-03-04', blocks: [{ type: 'paragraph', text: 'Text.' }] };
    const { frame, page } = await openWithBundle(`<care-article content='${JSON.stringify(content)}'></care-article>`);
    const meta = () => page.document.querySelector('care-article')?.shadowRoot?.querySelector('[part="meta"]')?.textContent;
    await waitUntil(meta, 'the article did not render');
    expect(meta()).to.equal('By Dr Ana Ruiz · Published 4 March 2024');
    frame.remove();
  });

  itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('keeps the CSS escapes its minifier writes: links print their address', async () => {
    const { frame, page } = await openWithBundle(`<care-callout content='{"body": "See [the trial](https://example.org/trial)."}'></care-callout>`);
    const link = () => page.document.querySelector('care-callout')?.shadowRoot?.querySelector('a');
    await waitUntil(link, 'the callout did not render');
    await emulateMedia({ media: 'print' });
    try {
      expect(page.getComputedStyle(link()!, '::after').content).to.equal('" (https://example.org/trial)"');
    } finally {
      await emulateMedia({ media: 'screen' });
      frame.remove();
    }
  });

  it('draws icons as the sources write them: minifying templates nests no SVG shape inside another', async () => {
    const { frame, page, text } = await openPage({ src: '/test/pages/classic-head.html' });
    await waitUntil(() => text('from-script'), 'script-child content did not render');
    const icons = [...page.document.querySelectorAll('care-callout')].flatMap((element) => [...element.shadowRoot!.querySelectorAll('svg')]);
    expect(icons).to.have.length(2);
    for (const icon of icons) {
      expect(icon.querySelectorAll('path').length).to.be.greaterThan(0);
      expect(icon.querySelectorAll(':is(circle, path, rect, line, polyline, polygon, ellipse) > *')).to.have.length(0);
    }
    frame.remove();
  });

  it('upgrades existing elements as a module script, beside the ESM build, with one warning', async () => {
    const { frame, page, text } = await openPage({ src: '/test/pages/module-after.html' });
    await waitUntil(() => page.customElements.get('care-callout') && text('from-attribute'), 'element did not upgrade');
    await waitUntil(() => page.warnings.some((w) => w.includes('loaded more than once')), 'no duplicate warning');
    expect(text('from-attribute')).to.equal('From the attribute.');
    expect(page.errors).to.deep.equal([]);
    expect(page.warnings.filter((w) => w.includes('loaded more than once'))).to.have.length(1);
    frame.remove();
  });
});

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

describe('dist/care-elements-structured-data.js: JSON-LD loaded only when asked for', () => {
  const CHUNK = 'care-elements-structured-data.js';
  const faq = JSON.stringify({ items: [{ question: 'What is CAR T-cell therapy?', answer: 'A treatment made from your own immune cells.' }] });
  // Records warnings, as the test pages do; a <base> elsewhere shows the module is found beside the bundle, not from the page's URL.
  const page = ({ script, structuredData, csp = '' }: { script: string; structuredData: boolean; csp?: string }) =>
    openPage({
      srcdoc: `${csp}<base href="/content/"><script>window.warnings = []; window.errors = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); }; addEventListener('error', (event) => errors.push(event.message));</script>
${script}
<care-faq id="faq"${structuredData ? ' structured-data' : ''} content='${faq}'></care-faq>
<care-faq id="second"${structuredData ? ' structured-data' : ''} content='${faq}'></care-faq>`,
    });
  const question = (frame: HTMLIFrameElement) =>
    frame.contentDocument!.getElementById('faq')?.shadowRoot?.querySelector('button')?.textContent?.trim();
  const jsonLd = (frame: HTMLIFrameElement) => [...frame.contentDocument!.querySelectorAll('care-faq > script[type="application/ld+json"]')];
  const chunkRequests = (pageWindow: Window) =>
    pageWindow.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(CHUNK));

  it('is never requested by a page without structured-data', async () => {
    const { frame, page: pageWindow } = await page({ script: '<script src="/dist/care-elements.js"></script>', structuredData: false });
    try {
      await waitUntil(() => question(frame), 'the FAQ did not render');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(chunkRequests(pageWindow)).to.deep.equal([]);
      expect(jsonLd(frame)).to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  for (const [how, script] of [
    ['a classic script', '<script src="/dist/care-elements.js"></script>'],
    ['a module script', '<script type="module" src="/dist/care-elements.js"></script>'],
  ] as const) {
    it(`gives a page with structured-data its JSON-LD from beside the bundle, loaded as ${how}`, async () => {
      const { frame, page: pageWindow } = await page({ script, structuredData: true });
      try {
        await waitUntil(() => jsonLd(frame).length === 2, 'no JSON-LD was written');
        const [graph] = jsonLd(frame).map((element) => JSON.parse(element.textContent!));
        expect(graph['@type']).to.equal('FAQPage');
        expect(graph.mainEntity[0].name).to.equal('What is CAR T-cell therapy?');
        expect(chunkRequests(pageWindow).map((entry) => new URL(entry.name).pathname)).to.deep.equal([`/dist/${CHUNK}`]);
        expect((pageWindow as PageWindow).warnings).to.deep.equal([]);
        expect((pageWindow as PageWindow).errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  for (const [cause, script, csp] of [
    ['is not served beside the bundle', '<script src="/test-server/bundle-alone/care-elements.js"></script>', ''],
    [
      "is refused by the page's script-src",
      '<script src="/dist/care-elements.js"></script>',
      `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${location.origin}/dist/care-elements.js">`,
    ],
  ] as const) {
    it(`warns once, naming the file, and still shows the content when the JSON-LD module ${cause}`, async () => {
      const { frame, page: pageWindow } = await page({ script, structuredData: true, csp });
      const warnings = () => (pageWindow as PageWindow).warnings.filter((warning) => warning.includes(CHUNK));
      try {
        await waitUntil(() => question(frame) && warnings().length, 'no warning');
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(question(frame)).to.equal('What is CAR T-cell therapy?');
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]).to.match(/^care-elements: no structured data \(JSON-LD\) was written: .*care-elements-structured-data\.js did not load/);
        expect((pageWindow as PageWindow).warnings).to.have.length(1);
        expect((pageWindow as PageWindow).errors).to.deep.equal([]);
        expect(jsonLd(frame)).to.have.length(0);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('dist/care-elements-src.js: what reads src documents, loaded only for them', () => {
  const CHUNK = 'care-elements-src.js';
  // A <base> elsewhere shows the module is found beside the bundle, and `src` from the page's URL.
  const page = (script: string, faq: string) =>
    openPage({
      srcdoc: `<base href="/content/"><script>window.warnings = []; window.errors = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); }; addEventListener('error', (event) => errors.push(event.message));</script>
${script}
${faq}`,
    });
  const question = (frame: HTMLIFrameElement) => frame.contentDocument!.getElementById('faq')?.shadowRoot?.querySelector('button')?.textContent?.trim();
  const chunkRequests = (pageWindow: Window) =>
    pageWindow.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(CHUNK));

  it('is never requested by a page whose content is inline', async () => {
    const inline = JSON.stringify({ items: [{ question: 'Inline?', answer: 'Yes.' }] });
    const { frame, page: pageWindow } = await page('<script src="/dist/care-elements.js"></script>', `<care-faq id="faq" content='${inline}'></care-faq>`);
    try {
      await waitUntil(() => question(frame), 'the FAQ did not render');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(chunkRequests(pageWindow)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  for (const [how, script] of [
    ['a classic script', '<script src="/dist/care-elements.js"></script>'],
    ['a module script', '<script type="module" src="/dist/care-elements.js"></script>'],
  ] as const) {
    it(`reads src from beside the bundle, loaded as ${how}`, async () => {
      const { frame, page: pageWindow } = await page(script, '<care-faq id="faq" src="faq/minimal.json"></care-faq>');
      try {
        await waitUntil(() => question(frame), 'the FAQ did not render its src');
        expect(question(frame)).to.equal('Who are the ideal candidates for immunotherapy for leukemia?');
        expect(chunkRequests(pageWindow).map((entry) => new URL(entry.name).pathname)).to.deep.equal([`/dist/${CHUNK}`]);
        expect((pageWindow as PageWindow).warnings).to.deep.equal([]);
        expect((pageWindow as PageWindow).errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('reports an error naming the module, and keeps the fallback, when it is not served beside the bundle', async () => {
    const { frame } = await page(
      '<script>window.contentErrors = []; addEventListener("care-content-error", (event) => contentErrors.push(...event.detail.errors));</script><script src="/test-server/bundle-alone/care-elements.js"></script>',
      '<care-faq id="faq" src="faq/minimal.json"><p id="fallback">Questions and answers</p></care-faq>',
    );
    const errors = () => (frame.contentWindow as Window & { contentErrors: { path: string; message: string }[] }).contentErrors;
    try {
      await waitUntil(() => errors().length, 'no content error');
      expect(errors()[0]!.path).to.equal('');
      expect(errors()[0]!.message).to.match(/^src "faq\/minimal\.json" could not be read, as .*\/care-elements-src\.js did not load/);
      expect(question(frame)).to.equal(undefined);
      expect(frame.contentDocument!.getElementById('fallback')!.getClientRects().length).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});

describe('dist/care-elements-feedback.js: the feedback form loaded only where it is shown', () => {
  const CHUNK = 'care-elements-feedback.js';
  // Records warnings, as the test pages do; a <base> elsewhere shows the module is found beside the bundle, not from the page's URL.
  const page = ({ script, body, csp = '' }: { script: string; body: string; csp?: string }) =>
    openPage({
      srcdoc: `${csp}<base href="/content/"><script>window.warnings = []; window.errors = []; const warn = console.warn; console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); }; addEventListener('error', (event) => errors.push(event.message));</script>
${script}
${body}`,
    });
  const twoForms = '<care-feedback id="first" collect="event"></care-feedback><care-feedback id="second" endpoint="/test-server/feedback/ok"></care-feedback>';
  const feedback = (frame: HTMLIFrameElement, id = 'first') => frame.contentDocument!.getElementById(id) as HTMLElement & { updateComplete: Promise<boolean> };
  const question = (frame: HTMLIFrameElement, id?: string) => feedback(frame, id)?.shadowRoot?.querySelector('legend')?.textContent?.trim();
  const chunkRequests = (pageWindow: Window) =>
    pageWindow.performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.endsWith(CHUNK));

  it('is never requested by a page without a care-feedback that shows its question', async () => {
    const faq = JSON.stringify({ items: [{ question: 'What is CAR T-cell therapy?', answer: 'A treatment made from your own immune cells.' }] });
    const { frame, page: pageWindow } = await page({
      script: '<script src="/dist/care-elements.js"></script>',
      // Without endpoint or collect the question is not shown, so its form is not needed either.
      body: `<care-faq id="faq" content='${faq}'></care-faq><care-feedback id="first"></care-feedback>`,
    });
    try {
      await waitUntil(() => frame.contentDocument!.getElementById('faq')?.shadowRoot?.querySelector('button'), 'the FAQ did not render');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(chunkRequests(pageWindow)).to.deep.equal([]);
      expect(feedback(frame).shadowRoot!.querySelector('[part="base"], .loading')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  for (const [how, script] of [
    ['a classic script', '<script src="/dist/care-elements.js?ver=1.2"></script>'],
    ['a module script', '<script type="module" src="/dist/care-elements.js?ver=1.2"></script>'],
  ] as const) {
    it(`loads the form once from beside the bundle, with its query, loaded as ${how}; its styles need no 'unsafe-inline'`, async () => {
      const { frame, page: pageWindow } = await page({ script, body: twoForms, csp: `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">` });
      try {
        await waitUntil(() => question(frame) && question(frame, 'second'), 'the feedback form did not render');
        expect(question(frame)).to.equal('Was this page helpful?');
        expect(chunkRequests(pageWindow).map((entry) => new URL(entry.name).pathname + new URL(entry.name).search)).to.deep.equal([`/dist/${CHUNK}?ver=1.2`]);
        const box = feedback(frame).shadowRoot!.querySelector('[part="base"]')!;
        expect(pageWindow.getComputedStyle(box).borderTopStyle).to.equal('solid');
        // Its behaviour came with it: an answer opens the comment field.
        feedback(frame).shadowRoot!.querySelector('button')!.click();
        await waitUntil(() => feedback(frame).shadowRoot!.querySelector('textarea'), 'the answer did nothing');
        expect((pageWindow as PageWindow).warnings).to.deep.equal([]);
        expect((pageWindow as PageWindow).errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  for (const [cause, script, csp] of [
    ['is not served beside the bundle', '<script src="/test-server/bundle-alone/care-elements.js"></script>', ''],
    [
      "is refused by the page's script-src",
      '<script src="/dist/care-elements.js"></script>',
      `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline' ${location.origin}/dist/care-elements.js">`,
    ],
  ] as const) {
    it(`warns once, naming the file, and shows no form when the form's module ${cause}`, async () => {
      const { frame, page: pageWindow } = await page({ script, body: twoForms, csp });
      const warnings = () => (pageWindow as PageWindow).warnings.filter((warning) => warning.includes(CHUNK));
      try {
        await waitUntil(() => warnings().length, 'no warning');
        await feedback(frame).updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]).to.match(/^care-feedback: not shown, as its form did not load: .*care-elements-feedback\.js did not load/);
        expect((pageWindow as PageWindow).warnings).to.have.length(1);
        expect((pageWindow as PageWindow).errors).to.deep.equal([]);
        for (const id of ['first', 'second']) {
          expect(feedback(frame, id).shadowRoot!.querySelector('[part="base"], .loading'), `<care-feedback id="${id}"> draws nothing`).to.equal(null);
          expect(feedback(frame, id).getBoundingClientRect().height).to.equal(0);
        }
      } finally {
        frame.remove();
      }
    });
  }
});

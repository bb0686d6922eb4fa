import { expect } from '@open-wc/testing';
import {
  HYDRATING_BUNDLE_TAG,
  careElements,
  fixtures,
  hydrateAll,
  openFrame,
  pageUrl,
  readerText,
  renderInBrowser,
  settled,
  shadowNodes,
  type Fixture,
  type FrameWindow,
} from './helpers.js';

type CareElementLike = HTMLElement & { updateComplete: Promise<boolean> };

const nextFrames = (frameWindow: Window, count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? frameWindow.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

const jsonLd = (root: ParentNode) => [...root.querySelectorAll('script[type="application/ld+json"]')];
/** The JSON-LD scripts in an element's own light DOM, where elements write theirs. */
const ownJsonLd = (element: Element) => jsonLd(element).filter((script) => script.parentElement === element);

const HYDRATING_BUNDLE = '/dist/care-elements-hydrate.js';

/**
 * The page `render --page` writes, loaded with its bundle tag held back, so
 * that the server's DOM can be recorded; then `bundle` runs as the page's
 * last script, where the tag stood, and everything it does is recorded.
 */
const loadPage = async (fixture: Fixture, bundle: string) => {
  const page = await (await fetch(pageUrl(fixture))).text();
  expect(page.split(HYDRATING_BUNDLE_TAG), 'the page loads the hydrating bundle once').to.have.length(2);
  const { frame, window: frameWindow, document: frameDocument } = await openFrame(
    { srcdoc: page.replace(HYDRATING_BUNDLE_TAG, '') },
    { scripts: true },
  );

  const serverNodes = shadowNodes(frameDocument);
  const serverJsonLd = jsonLd(frameDocument).map((script) => ({ script, text: script.textContent }));
  const changes: MutationRecord[] = [];
  const observer = new frameWindow.MutationObserver((records) => changes.push(...records));
  for (const element of careElements(frameDocument)) observer.observe(element.shadowRoot!, { childList: true, characterData: true, subtree: true });
  const errors: string[] = [];
  frameWindow.addEventListener('error', (event) => errors.push(event.message));
  frameWindow.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  frameWindow.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  // Only what moves once the bundle runs counts: on a busy machine the browser can lay out the
  // server's page in steps as it parses, which any static page of the same HTML would do too.
  let layoutShift = 0;
  let hydrationStart = Infinity;
  new frameWindow.PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= hydrationStart) layoutShift += (entry as PerformanceEntry & { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
  await nextFrames(frameWindow, 2);

  hydrationStart = frameWindow.performance.now();
  const script = frameDocument.createElement('script');
  script.src = bundle;
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  frameDocument.body.append(script);
  await loaded;
  if (bundle === HYDRATING_BUNDLE) await hydrateAll(frameDocument);
  await settled(frameDocument);
  await nextFrames(frameWindow, 2);
  changes.push(...observer.takeRecords());
  observer.disconnect();
  return { frame, frameWindow, frameDocument, serverNodes, serverJsonLd, changes, errors, layoutShift };
};

const hydrate = (fixture: Fixture) => loadPage(fixture, HYDRATING_BUNDLE);

/**
 * True when the element's class publishes JSON-LD through CareElement's
 * structuredDataGraph(), which the server calls too: its own method differs
 * from the one its base class, CareElement, inherits.
 */
const publishesOnServer = (element: Element) => {
  const graphOf = (prototype: object) => (prototype as { structuredDataGraph?: unknown }).structuredDataGraph;
  const own = Object.getPrototypeOf(element);
  return graphOf(own) !== graphOf(Object.getPrototypeOf(own));
};

const describeChange = (change: MutationRecord) =>
  `${change.type} in <${(change.target.getRootNode() as ShadowRoot).host?.localName}>: +${change.addedNodes.length} −${change.removedNodes.length}`;

describe('hydration of server-rendered pages by dist/care-elements-hydrate.js', () => {
  for (const fixture of fixtures.filter(({ invalid }) => !invalid)) {
    it(`${fixture.file}: keeps the server's nodes, with no errors, no layout shift and its JSON-LD written once`, async () => {
      const { frame, frameWindow, frameDocument, serverNodes, serverJsonLd, changes, errors, layoutShift } = await hydrate(fixture);
      try {
        const elements = careElements(frameDocument);
        expect(elements.every((element) => frameWindow.customElements.get(element.localName) && element.matches(':defined'))).to.equal(true);
        expect(errors).to.deep.equal([]);
        expect(changes.map(describeChange)).to.deep.equal([]);
        expect(serverNodes.filter((node) => !node.isConnected)).to.have.length(0);
        expect(layoutShift).to.equal(0);
        // JSON-LD: the server's kept as it was, none written twice, and none
        // added by an element whose graph the server could write.
        for (const { script, text } of serverJsonLd) {
          expect(script.isConnected && script.textContent).to.equal(text);
        }
        for (const element of elements) {
          const scripts = ownJsonLd(element);
          expect(scripts.length, `JSON-LD scripts of <${element.localName}>`).to.be.at.most(1);
          if (publishesOnServer(element)) {
            expect(scripts.every((script) => serverJsonLd.some((server) => server.script === script))).to.equal(true);
          }
        }
        // The server's JSON-LD is kept as it is, so the module that writes JSON-LD is never loaded.
        const jsonLdModule = frameWindow.performance.getEntriesByType('resource').filter(({ name }) => name.includes('care-elements-structured-data'));
        expect(jsonLdModule.map(({ name }) => name)).to.deep.equal([]);
        expect((frameWindow as FrameWindow & { __pwned?: boolean }).__pwned).to.equal(undefined);
      } finally {
        frame.remove();
      }
    });

    it(`${fixture.file}: is interactive once hydrated`, async () => {
      const { frame, frameDocument } = await hydrate(fixture);
      try {
        let checks = 0;
        // Every disclosure button works, and works again.
        const toggles = shadowNodes(frameDocument).filter(
          (node): node is HTMLButtonElement => node.nodeName === 'BUTTON' && (node as Element).hasAttribute('aria-expanded'),
        );
        for (const button of toggles) {
          const before = button.getAttribute('aria-expanded');
          button.click();
          await settled(frameDocument);
          expect(button.getAttribute('aria-expanded'), button.textContent!).to.not.equal(before);
          button.click();
          await settled(frameDocument);
          expect(button.getAttribute('aria-expanded')).to.equal(before);
          checks++;
        }
        // New content updates the server's nodes to what the browser renders for it.
        const other = fixtures.find(({ tag, file, invalid }) => tag === fixture.tag && file !== fixture.file && !invalid);
        if (other) {
          const [element] = careElements(frameDocument) as CareElementLike[];
          const root = element!.shadowRoot!.querySelector('[part]');
          const json = await (await fetch(`/${other.file}`)).text();
          element!.setAttribute('content', json);
          await settled(frameDocument);
          expect(readerText(element!)).to.equal((await renderInBrowser(fixture.tag, json)).text);
          expect(root?.isConnected, "the server's root node is kept").to.equal(true);
          checks++;
        }
        expect(checks, 'a control to use or other content to show').to.be.greaterThan(0);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('dist/care-elements.js, without hydration support, on server-rendered pages', () => {
  for (const fixture of fixtures.filter(({ invalid }) => !invalid)) {
    it(`${fixture.file}: draws the elements again, with no errors, no layout shift and the same text`, async () => {
      const { frame, frameDocument, errors, layoutShift } = await loadPage(fixture, '/dist/care-elements.js');
      try {
        expect(errors).to.deep.equal([]);
        expect(layoutShift).to.equal(0);
        const [element] = careElements(frameDocument);
        const json = await (await fetch(`/${fixture.file}`)).text();
        expect(readerText(element!)).to.equal((await renderInBrowser(fixture.tag, json)).text);
        for (const each of careElements(frameDocument)) {
          expect(ownJsonLd(each).length).to.be.at.most(1);
        }
      } finally {
        frame.remove();
      }
    });
  }
});

describe('dist/care-elements-hydrate.js on a server-rendered feedback form whose module cannot load', () => {
  it('takes the form away rather than leave one that does nothing, with no errors', async () => {
    const fixture = fixtures.find(({ tag, invalid }) => tag === 'care-feedback' && !invalid)!;
    const { frame, frameDocument, errors } = await loadPage(fixture, '/test-server/bundle-alone/care-elements-hydrate.js');
    try {
      const [element] = careElements(frameDocument);
      expect(element!.localName).to.equal('care-feedback');
      expect(errors).to.deep.equal([]);
      expect(element!.shadowRoot!.querySelector('[part="base"], button')).to.equal(null);
    } finally {
      frame.remove();
    }
  });

  it('takes away the form of one that hydrates after the module has failed, with no errors', async () => {
    const fixture = fixtures.find(({ tag, invalid }) => tag === 'care-feedback' && !invalid)!;
    const page = await (await fetch(pageUrl(fixture))).text();
    const { frame, frameDocument, errors } = await loadPage(fixture, '/test-server/bundle-alone/care-elements-hydrate.js');
    try {
      // A second server-rendered form, parsed with its declarative shadow root in a page without script, comes after the first gave up on the module.
      const { frame: source, document: sourceDocument } = await openFrame({ srcdoc: page.replace(HYDRATING_BUNDLE_TAG, '') }, { scripts: false });
      const second = sourceDocument.querySelector('care-feedback')!;
      source.remove();
      expect(second.shadowRoot!.querySelector('[part="base"]'), "the server's form").not.to.equal(null);
      frameDocument.body.append(frameDocument.adoptNode(second));
      await settled(frameDocument);
      expect(careElements(frameDocument)).to.have.length(2);
      expect(second.shadowRoot!.querySelector('[part="base"], button')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

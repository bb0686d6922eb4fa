/**
 * Host pages nobody here controls: aggressive global CSS, a <base href>
 * elsewhere, patched and frozen built-ins, a broken JSON.parse, another copy
 * of the elements defined first, content set before the elements are
 * defined; and, on this page, elements moved around, removed mid-fetch and
 * given content faster than they can draw it.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import fc from 'fast-check';
import { itOnlyInChromium } from '../engines.js';
import { catalogue, createHost, defineElements, exemplars, fixtureJson, Recorder, renderedElements, renderedText, setAt, settle, SOURCES } from './harness.js';
import { isFreeText, stringSites } from './json-schema.js';

await defineElements();

type HostWindow = Window & { errors: string[]; warnings: string[]; contentErrors: { id: string; errors: { path: string; message: string }[] }[] };
const elements = catalogue.elements.filter((entry) => entry.fixtures.length);
const ids = elements.flatMap(({ tag }) => SOURCES.map((source) => `${tag}-${source}`));

const openHostilePage = async (what: string) => {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `/test-server/hostile/page.html?with=${what}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentWindow as HostWindow };
};

const rendered = (page: HostWindow, id: string) => {
  const element = page.document.getElementById(id);
  return !!element?.shadowRoot && renderedText(element).trim() !== '' && !element.shadowRoot.querySelector('.care-error');
};

const allRendered = (page: HostWindow) =>
  waitUntil(() => ids.every((id) => rendered(page, id)), `not rendered: ${ids.filter((id) => !rendered(page, id)).join(', ')}`, { timeout: 20_000 });

describe('hostile host pages', function () {
  this.timeout(60_000);

  it('keeps every element readable under CSS that resets everything, hides common tags and forces colours and huge text', async () => {
    const { frame, page } = await openHostilePage('css');
    try {
      await allRendered(page);
      for (const id of ids) {
        const host = page.document.getElementById(id)!;
        // Inside the shadow root the page's rules do not apply: the element's own blocks keep their boxes. (A list of
        // sources is the page's own light DOM, which the page styles by design: docs/citations.md.)
        const blocks = renderedElements(host).filter((node) => /^(p|h[1-6]|li|button)$/.test(node.localName) && node.getRootNode() !== page.document);
        expect(blocks.filter((node) => node.getBoundingClientRect().height > 0).length, `${id}: laid-out text blocks`).to.be.greaterThan(0);
        for (const block of blocks) expect(getComputedStyle(block).display, `${id} <${block.localName}>`).not.to.equal('none');
      }
      // Controls still work: the first disclosure of the therapy card and the FAQ open on click.
      for (const tag of ['care-therapy-card', 'care-faq']) {
        const host = page.document.getElementById(`${tag}-property`);
        const toggle = host && renderedElements(host).find((node): node is HTMLButtonElement => node.localName === 'button' && node.hasAttribute('aria-expanded'));
        if (!toggle) continue;
        toggle.click();
        await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', `${tag} did not open`);
      }
      expect(page.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('works under a <base href> that points elsewhere: src and contents links stay on the page', async () => {
    const { frame, page } = await openHostilePage('base');
    try {
      await allRendered(page);
      const article = page.document.getElementById('care-article-property');
      const link = article && renderedElements(article).find((node): node is HTMLAnchorElement => node.localName === 'a' && node.closest('[part="contents"]') !== null);
      expect(link, 'the article has a contents list').to.exist;
      link!.click();
      await aTimeout(100);
      expect(page.location.pathname, 'a contents link did not navigate').to.equal('/test-server/hostile/page.html');
      expect(article!.shadowRoot!.activeElement?.id, 'focus moved to the section').to.equal(link!.hash.slice(1));
      expect(page.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  for (const [what, name] of [
    ['globals', 'patched built-ins (enumerable additions to Array and Object, ES3-style map and forEach, Array toJSON, a wrapped JSON.parse)'],
    ['frozen', 'frozen built-ins (SES-style lockdown)'],
    ['older-copy-first', 'another copy of some elements, with its own lit, defined first'],
    ['late-bundle', 'content given as a property before the elements are defined'],
    ['css,base,globals', 'all of hostile CSS, <base href> and patched built-ins together'],
  ]) {
    it(`renders every element from every source with ${name}`, async () => {
      const { frame, page } = await openHostilePage(what!);
      try {
        await allRendered(page);
        expect(page.errors).to.deep.equal([]);
        if (what === 'older-copy-first') expect(page.warnings.filter((line) => line.includes('loaded more than once'))).to.have.length(1);
      } finally {
        frame.remove();
      }
    });
  }

  it('says clearly that content cannot be read when the page breaks JSON.parse, and still takes objects', async () => {
    const { frame, page } = await openHostilePage('broken-json');
    try {
      const textSources = elements.flatMap(({ tag }) => ['attribute', 'script', 'src'].map((source) => `${tag}-${source}`));
      const reported = (id: string) => page.contentErrors.filter((event) => event.id === id);
      await waitUntil(() => textSources.every((id) => reported(id).length), `no error: ${textSources.filter((id) => !reported(id).length).join(', ')}`, { timeout: 20_000 });
      await waitUntil(() => elements.every(({ tag }) => rendered(page, `${tag}-property`)), 'property content did not render', { timeout: 20_000 });
      for (const id of textSources) {
        expect(reported(id), id).to.have.length(1);
        expect(reported(id)[0]!.errors.map((error) => error.message).join(), id).to.match(/JSON/);
      }
      expect(page.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('elements moved, removed and rewritten', function () {
  this.timeout(60_000);

  for (const { tag, fixtures } of elements) {
    it(`${tag} keeps its content when moved to another parent, into a shadow root and into another document`, async () => {
      const element = createHost(tag);
      element.content = await fixtureJson(fixtures[0]!);
      document.body.append(element);
      await settle(element);
      const shown = renderedText(element);
      const shadowHost = document.createElement('div');
      document.body.append(shadowHost);
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        for (const parent of [document.createElement('section'), shadowHost.attachShadow({ mode: 'open' }), frame.contentDocument!.body]) {
          if (parent instanceof HTMLElement && !parent.isConnected) document.body.append(parent);
          parent.append(element);
          await settle(element);
          expect(renderedText(element) === shown, `shown after moving into ${parent.nodeName}`).to.equal(true);
        }
      } finally {
        element.remove();
        shadowHost.remove();
        frame.remove();
      }
    });
  }

  itOnlyInChromium('only Chromium exposes gc() to pages (--js-flags=--expose-gc)')(
    'lets removed elements be collected, mid-fetch ones included',
    async () => {
      const { tag } = elements[0]!;
      const refs: WeakRef<Element>[] = [];
      await (async () => {
        for (let i = 0; i < 20; i++) {
          const element = document.createElement(tag);
          element.setAttribute('src', `/test-server/fault/drip?id=leak-${i}&body=${encodeURIComponent('{"a":1}')}`);
          document.body.append(element);
          refs.push(new WeakRef(element));
        }
        await aTimeout(100);
        for (const ref of refs) ref.deref()?.remove();
      })();
      const gc = (globalThis as { gc?: () => void }).gc!;
      await waitUntil(
        async () => {
          gc();
          await aTimeout(20);
          return refs.every((ref) => ref.deref() === undefined);
        },
        `still held: ${refs.filter((ref) => ref.deref()).length} of ${refs.length}`,
        { timeout: 10_000 },
      );
    },
  );

  for (const { tag, schema } of elements) {
    it(`${tag}: the last of any rapid run of property and attribute writes wins`, async () => {
      const [base] = exemplars(schema);
      const element = createHost(tag);
      element.content = base;
      document.body.append(element);
      await settle(element);
      const recorder = new Recorder(element);
      // Four contents that differ in their first free-text field, and what each shows.
      const field = stringSites(schema, base).find((site) => isFreeText(site.schema))!;
      const variants = [0, 1, 2, 3].map((n) => {
        const content = structuredClone(base);
        setAt(content, field.path, `Write number ${n}`);
        return content;
      });
      const shownFor: string[] = [];
      for (const variant of variants) {
        element.content = variant;
        await settle(element);
        shownFor.push(renderedText(element));
      }
      expect(new Set(shownFor).size, 'the four contents show differently').to.equal(4);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.tuple(fc.constantFrom('property', 'attribute'), fc.integer({ min: 0, max: 3 }), fc.boolean()), { minLength: 1, maxLength: 8 }),
            async (writes) => {
              for (const [how, n, wait] of writes) {
                if (how === 'property') element.content = structuredClone(variants[n]);
                else element.setAttribute('content', JSON.stringify(variants[n]));
                if (wait) await Promise.resolve();
              }
              await settle(element);
              const last = writes[writes.length - 1]![1];
              expect(renderedText(element) === shownFor[last]).to.equal(true);
              expect(recorder.uncaught).to.deep.equal([]);
            },
          ),
          { numRuns: 30, seed: catalogue.fuzz.seed },
        );
      } finally {
        recorder.stop();
        element.remove();
      }
    });
  }
});

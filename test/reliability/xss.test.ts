/**
 * Every payload of test/fixtures/xss-corpus.json in every text and URL
 * field of every element (the article included), found by walking the
 * published JSON Schemas. A canary records any payload that runs; none may,
 * and each must show as text, or, in a URL field, not become a link.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { loadStructuredData } from '../../src/core/load-structured-data.js';
import { toPlainText } from '../../src/core/rich-text.js';
import { pwned } from '../helpers.js';
import {
  activeContent,
  catalogue,
  createHost,
  defineElements,
  discoverFieldKinds,
  exemplars,
  isUnsafeUrl,
  ownElementNames,
  renderedElements,
  renderedText,
  setAt,
  settle,
  squeeze,
} from './harness.js';
import { isFreeText, stringSites } from './json-schema.js';

await defineElements();

interface Payload {
  name: string;
  payload: string;
}
const { payloads } = (await (await fetch('/test/fixtures/xss-corpus.json')).json()) as { payloads: Payload[] };

type Canary = Window & { __xss?: (n: unknown) => void };
const ran: string[] = [];
const originals = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

before(() => {
  (window as Canary).__xss = (n) => ran.push(`__xss(${String(n)})`);
  window.alert = (message) => void ran.push(`alert(${String(message)})`);
  window.confirm = (message) => (ran.push(`confirm(${String(message)})`), false);
  window.prompt = (message) => (ran.push(`prompt(${String(message)})`), null);
});

after(() => {
  delete (window as Canary).__xss;
  Object.assign(window, originals);
});

/** JSON-LD written into the light DOM must parse and must not be able to end its script when the page is serialised. */
const structuredDataProblems = (host: Element) =>
  [...host.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    const text = script.textContent ?? '';
    const problems = /<\/?script|<!--/i.test(text) ? ['JSON-LD text could end its script'] : [];
    try {
      JSON.parse(text);
    } catch {
      problems.push('JSON-LD is not JSON');
    }
    return problems;
  });

const placements: Record<string, number> = {};

describe('XSS corpus', function () {
  this.timeout(0);

  it('has well-known payloads, each calling the canary if it ever runs', () => {
    expect(payloads.length).to.be.greaterThan(80);
    for (const { name, payload } of payloads) {
      const base64 = /;base64,(.*)$/.exec(payload)?.[1];
      expect(base64 ? atob(base64) : payload, name).to.match(/__xss|alert|confirm|msgbox/);
    }
  });

  for (const entry of catalogue.elements) {
    it(`${entry.tag}: shows every payload in every text and URL field as text, and runs none`, async () => {
      const kinds = await discoverFieldKinds(entry);
      const own = await ownElementNames(entry);
      const container = document.createElement('div');
      document.body.append(container);
      let count = 0;
      const covered = new Set<string>();
      try {
        for (const base of exemplars(entry.schema)) {
          const sites = stringSites(entry.schema, base).filter((site) => isFreeText(site.schema));
          sites.forEach((site) => covered.add(site.location));
          for (const [index, { name, payload }] of payloads.entries()) {
            // The same payload in every field, each copy marked so that each field's text can be found.
            const content = structuredClone(base);
            const values = sites.map((_, field) => `${payload} ⟦${field}⟧`);
            sites.forEach((site, field) => setAt(content, site.path, values[field]));
            const host = createHost(entry.tag);
            host.setAttribute('structured-data', '');
            // Half through the property, half through the attribute.
            if (index % 2) host.setAttribute('content', JSON.stringify(content));
            else host.content = content;
            container.append(host);
            await settle(host);
            // JSON-LD is written once its module has loaded, after the element's first render.
            await loadStructuredData();
            await aTimeout(0);

            const where = `${entry.tag}, payload "${name}"`;
            expect(activeContent(host, (node) => own.has(node.localName)), where).to.deep.equal([]);
            expect(structuredDataProblems(host), where).to.deep.equal([]);
            // Each field's text ends in its marker: find every marker once, then compare what precedes it.
            const shown = squeeze(renderedText(host));
            const ends = new Map<string, number[]>();
            for (const match of shown.matchAll(/⟦\d+⟧/g)) ends.set(match[0], [...(ends.get(match[0]) ?? []), match.index + match[0].length]);
            const showsText = (expected: string) => (ends.get(expected.slice(expected.lastIndexOf('⟦'))) ?? []).some((end) => shown.slice(end - expected.length, end) === expected);
            const links = renderedElements(host)
              .filter((node) => node.localName === 'a')
              .map((node) => node.getAttribute('href'));
            sites.forEach((site, field) => {
              const value = values[field]!;
              const kind = kinds.get(site.location);
              if (kind === 'text' && !showsText(squeeze(value))) expect.fail(`${where}: ${site.path} is not shown as text`);
              if (kind === 'rich' && !showsText(squeeze(toPlainText(value)))) expect.fail(`${where}: ${site.path} is not shown as text`);
              if (kind === 'url' && isUnsafeUrl(value) && links.includes(value.trim())) expect.fail(`${where}: ${site.path} became a link`);
            });
            count += sites.length;
          }
        }
        // Handlers such as onerror and onload would run after loading fails or finishes.
        await aTimeout(300);
        expect(ran, 'payloads that ran').to.deep.equal([]);
        expect(pwned()).to.equal(false);
      } finally {
        container.remove();
      }
      placements[entry.tag] = count;
      expect([...kinds.keys()].filter((location) => !covered.has(location)), 'fields without payloads').to.deep.equal([]);
      expect(count, 'payload placements').to.be.greaterThan(0);
    });
  }

  it('runs nothing from a payload given as src or as a whole content string', async () => {
    const tag = catalogue.elements[0]!.tag;
    const container = document.createElement('div');
    document.body.append(container);
    const errors: string[] = [];
    const warn = console.warn;
    console.warn = () => {};
    // As src, payloads that are not URLs with a scheme would only request odd paths of this server.
    const cases = [...payloads.map(({ payload }) => ['content', payload]), ...payloads.filter(({ payload }) => isUnsafeUrl(payload)).map(({ payload }) => ['src', payload])];
    try {
      for (const [attribute, payload] of cases) {
        const host = document.createElement(tag);
        host.addEventListener('care-content-error', (event) => errors.push(event.type));
        host.setAttribute('src-timeout', '500');
        host.setAttribute(attribute!, payload!);
        container.append(host);
      }
      await aTimeout(800);
    } finally {
      console.warn = warn;
      container.remove();
    }
    expect(ran, 'payloads that ran').to.deep.equal([]);
    expect(errors.length, 'each payload reported as unusable content').to.equal(cases.length);
  });

  after(() => {
    const total = Object.values(placements).reduce((sum, n) => sum + n, 0);
    console.log(`xss: ${payloads.length} payloads, ${total} placements (${Object.entries(placements).map(([tag, n]) => `${tag} ${n}`).join(', ')}); ran: ${ran.length}`);
  });
});

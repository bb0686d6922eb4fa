/**
 * Every element, from every content source, on a page served with a strict
 * Content Security Policy and Trusted Types (test/server.js, strictPolicy):
 * everything renders and no policy is violated, with the bundle and with
 * the npm build.
 *
 * `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';
 * connect-src 'self'; require-trusted-types-for 'script'` holds as it is.
 * `trusted-types` must name the policies the elements create: "lit-html"
 * (Lit's, for its templates) always, and "care-elements" for pages that ask
 * for structured data, whose JSON-LD script text Trusted Types guard.
 * Styles need no exception: Lit adopts constructed style sheets, which
 * style-src does not govern, and no element writes a style attribute.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { catalogue, renderedText, SOURCES } from './harness.js';

type StrictWindow = Window & { violations: string[]; errors: string[]; warnings: string[]; trustedTypesEnforced: boolean };

const PAGE = '/test-server/strict/page.html';
const ISSUE_POLICY_WITH_LIT =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const openStrictPage = async (query: string) => {
  const frame = document.createElement('iframe');
  frame.style.inlineSize = '1000px';
  frame.style.blockSize = '800px';
  frame.src = `${PAGE}${query}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentWindow as StrictWindow };
};

const ids = catalogue.elements.filter((entry) => entry.fixtures.length).flatMap(({ tag }) => SOURCES.map((source) => `${tag}-${source}`));

/** Waits until every element of the page has drawn its content, then for late violation reports. */
const everyElementRendered = async (page: StrictWindow) => {
  const rendered = (id: string) => {
    const element = page.document.getElementById(id);
    return !!element?.shadowRoot && renderedText(element).trim() !== '' && !element.shadowRoot.querySelector('.care-error');
  };
  await waitUntil(() => ids.every(rendered), `not rendered: ${ids.filter((id) => !rendered(id)).join(', ')}`, { timeout: 20_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
};

/** The page's own probe (record.js) breaks Trusted Types once on purpose: it shows the policy is in force and that violations are recorded. */
const probe = (line: string) => line.includes('/test/pages/strict/record.js');

describe('strict Content Security Policy and Trusted Types', function () {
  this.timeout(60_000);

  it('serves the page with the strict policy, naming only the Trusted Types policy Lit creates', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal(ISSUE_POLICY_WITH_LIT);
  });

  for (const [build, query] of [
    ['dist/care-elements.js', '?'],
    ['the npm build (dist/esm)', '?build=esm&'],
  ] as const) {
    it(`renders every element from the property, attribute, JSON script and src with no violation: ${build}`, async () => {
      const { frame, page } = await openStrictPage(query);
      try {
        await everyElementRendered(page);
        expect(page.trustedTypesEnforced, 'Trusted Types enforced').to.equal(true);
        expect(page.violations.filter(probe)).to.have.length(1);
        expect(page.violations.filter((line) => !probe(line))).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it(`writes structured data with no violation when the page allows the care-elements policy: ${build}`, async () => {
      const { frame, page } = await openStrictPage(`${query}structured-data=on&trusted-types=lit-html%20care-elements`);
      try {
        await everyElementRendered(page);
        const scripts = [...page.document.querySelectorAll('script[type="application/ld+json"]')];
        expect(scripts.length, 'JSON-LD scripts').to.be.greaterThan(0);
        for (const script of scripts) expect(JSON.parse(script.textContent!)['@context']).to.equal('https://schema.org');
        expect(page.violations.filter((line) => !probe(line))).to.deep.equal([]);
        expect(page.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  it('writes no structured data, and says why once, when the page does not allow the care-elements policy', async () => {
    const { frame, page } = await openStrictPage('?structured-data=on');
    try {
      await everyElementRendered(page);
      expect(page.document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      expect(page.warnings.filter((line) => line.includes('"care-elements"'))).to.have.length(1);
      // The refused policy is the only violation besides the probe.
      expect(page.violations.filter((line) => !probe(line)).map((line) => line.split(':')[0])).to.deep.equal(['trusted-types']);
      expect(page.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("needs the lit-html policy: under trusted-types 'none' Lit cannot start", async () => {
    const { frame, page } = await openStrictPage("?trusted-types='none'");
    try {
      await waitUntil(() => page.violations.some((line) => line.startsWith('trusted-types')), 'no trusted-types violation');
      expect(page.customElements.get(catalogue.elements[0]!.tag)).to.equal(undefined);
    } finally {
      frame.remove();
    }
  });
});

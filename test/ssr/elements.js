// Test-only elements, defined on the server (test/ssr/server.js) and in the
// browser (test/ssr-core.test.ts) from this one file, so that both render the
// same templates: one that publishes JSON-LD, one that nests a care-callout,
// and one with a collapsed panel and a control that only works with script.
import { html } from 'lit';
import { CareElement } from '../../dist/esm/index.js';

/** Accepts any content: these elements test rendering, not validation. */
const anyContent = { parse: (value) => value, json: () => ({}) };

export class CareTestGraph extends CareElement {
  static properties = { structuredData: { type: Boolean, attribute: 'structured-data' } };

  schema = anyContent;

  structuredDataGraph() {
    const { data } = this;
    return this.structuredData && data ? () => ({ '@type': 'Thing', name: data.name }) : undefined;
  }

  renderContent({ name }) {
    return html`<p>${name}</p>`;
  }
}

export class CareTestNest extends CareElement {
  schema = anyContent;

  renderContent({ body }) {
    return html`<care-callout .content=${{ body }}></care-callout>`;
  }
}

export class CareTestPanel extends CareElement {
  schema = anyContent;

  renderContent({ text }) {
    return html`<button class="script-only" aria-expanded="false">Show</button><div hidden="until-found">${text}</div>`;
  }
}

if (!customElements.get('care-test-graph')) customElements.define('care-test-graph', CareTestGraph);
if (!customElements.get('care-test-nest')) customElements.define('care-test-nest', CareTestNest);
if (!customElements.get('care-test-panel')) customElements.define('care-test-panel', CareTestPanel);

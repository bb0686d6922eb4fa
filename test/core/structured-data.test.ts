import { expect, fixture as render, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { property } from 'lit/decorators.js';
import { CareElement } from '../../src/core/care-element.js';
import { object, string, type Infer } from '../../src/core/schema.js';
import { structuredDataScript } from '../../src/core/structured-data.js';

const thingSchema = object({ name: string() });
type Thing = Infer<typeof thingSchema>;

/** An element that publishes its content as a schema.org Thing, as the FAQ and the article publish theirs. */
class CareTestThing extends CareElement<Thing> {
  @property({ type: Boolean, attribute: 'structured-data' })
  structuredData = false;

  protected readonly schema = thingSchema;

  protected override structuredDataGraph() {
    return this.structuredData && this.data ? { '@type': 'Thing', name: this.data.name } : undefined;
  }

  protected renderContent({ name }: Thing) {
    return template`<p>${name}</p>`;
  }
}
customElements.define('care-test-thing', CareTestThing);

const scripts = (element: Element) => [...element.querySelectorAll(':scope > script[type="application/ld+json"]')];
const graphOf = (element: Element) => JSON.parse(scripts(element)[0]!.textContent!);

describe('structured data from structuredDataGraph()', () => {
  it('writes one JSON-LD script into the light DOM, follows the content, and removes it when turned off', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing structured-data content='{"name":"CAR T-cell therapy"}'></care-test-thing>`);
    expect(scripts(element)).to.have.length(1);
    expect(graphOf(element)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Thing', name: 'CAR T-cell therapy' });
    element.content = { name: 'Checkpoint inhibitors' };
    await element.updateComplete;
    expect(scripts(element)).to.have.length(1);
    expect(graphOf(element).name).to.equal('Checkpoint inhibitors');
    element.structuredData = false;
    await element.updateComplete;
    expect(scripts(element)).to.have.length(0);
  });

  it('keeps its script when the element moves', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing structured-data content='{"name":"x"}'></care-test-thing>`);
    const [script] = scripts(element);
    document.body.append(element);
    await element.updateComplete;
    expect(scripts(element)).to.deep.equal([script]);
    element.remove();
  });

  it('writes nothing without structured-data', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing content='{"name":"x"}'></care-test-thing>`);
    expect(scripts(element)).to.have.length(0);
  });

  it('keeps the script server rendering wrote: the same node, untouched', async () => {
    const element = document.createElement('care-test-thing') as CareTestThing;
    element.setAttribute('structured-data', '');
    element.setAttribute('content', '{"name":"Monoclonal antibodies"}');
    element.insertAdjacentHTML('beforeend', structuredDataScript({ '@type': 'Thing', name: 'Monoclonal antibodies' }));
    const [serverScript] = scripts(element);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    document.body.append(element);
    await element.updateComplete;
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).to.have.length(0);
    expect(scripts(element)).to.deep.equal([serverScript]);
    element.remove();
  });

  it('leaves the graph to an ancestor care element that writes structured data', async () => {
    const outer = await render<CareTestThing>(html`
      <care-test-thing structured-data content='{"name":"Article"}'>
        <care-test-thing structured-data content='{"name":"Part"}'></care-test-thing>
      </care-test-thing>
    `);
    const inner = outer.querySelector<CareTestThing>('care-test-thing')!;
    await inner.updateComplete;
    expect(scripts(outer)).to.have.length(1);
    expect(scripts(inner)).to.have.length(0);
  });
});

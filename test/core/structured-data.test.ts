import { expect, fixture as render, html } from '@open-wc/testing';
import { html as template } from 'lit';
import { property } from 'lit/decorators.js';
import { CareElement } from '../../src/core/care-element.js';
import { loadStructuredData } from '../../src/core/load-structured-data.js';
import { object, string, type Infer } from '../../src/core/schema.js';
import type { StructuredDataBuilder } from '../../src/core/structured-data-graphs.js';
import { structuredDataScript } from '../../src/core/structured-data.js';
import { waitUntil } from '../helpers.js';

const thingSchema = object({ name: string() });
type Thing = Infer<typeof thingSchema>;

/** An element that publishes its content as a schema.org Thing, as the FAQ and the article publish theirs. */
class CareTestThing extends CareElement<Thing> {
  @property({ type: Boolean, attribute: 'structured-data' })
  structuredData = false;

  protected readonly schema = thingSchema;

  protected override structuredDataGraph(): StructuredDataBuilder | undefined {
    const { data } = this;
    return this.structuredData && data ? () => ({ '@type': 'Thing', name: data.name }) : undefined;
  }

  protected renderContent({ name }: Thing) {
    return template`<p>${name}</p>`;
  }
}
customElements.define('care-test-thing', CareTestThing);

const scripts = (element: Element) => [...element.querySelectorAll(':scope > script[type="application/ld+json"]')];
const graphOf = (element: Element) => JSON.parse(scripts(element)[0]!.textContent!);

/**
 * Until every element's update so far has been written: the JSON-LD module
 * loads after the first render, and each element's write waits on the same
 * load, ahead of this one.
 */
const written = async () => {
  await loadStructuredData();
  await new Promise((resolve) => setTimeout(resolve));
};

describe('structured data from structuredDataGraph()', () => {
  it('writes one JSON-LD script into the light DOM, follows the content, and removes it when turned off', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing structured-data content='{"name":"CAR T-cell therapy"}'></care-test-thing>`);
    await waitUntil(() => scripts(element).length, 'no JSON-LD was written');
    expect(scripts(element)).to.have.length(1);
    expect(graphOf(element)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Thing', name: 'CAR T-cell therapy' });
    element.content = { name: 'Checkpoint inhibitors' };
    await element.updateComplete;
    await written();
    expect(scripts(element)).to.have.length(1);
    expect(graphOf(element).name).to.equal('Checkpoint inhibitors');
    element.structuredData = false;
    await element.updateComplete;
    await written();
    expect(scripts(element)).to.have.length(0);
  });

  it('writes the content as it last is when changes come faster than the JSON-LD module', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing structured-data content='{"name":"First"}'></care-test-thing>`);
    element.content = { name: 'Second' };
    await element.updateComplete;
    element.content = { name: 'Third' };
    await element.updateComplete;
    await written();
    expect(scripts(element)).to.have.length(1);
    expect(graphOf(element).name).to.equal('Third');
    element.structuredData = false;
    element.content = { name: 'Fourth' };
    await element.updateComplete;
    await written();
    expect(scripts(element)).to.have.length(0);
  });

  it('keeps its script when the element moves', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing structured-data content='{"name":"x"}'></care-test-thing>`);
    await waitUntil(() => scripts(element).length, 'no JSON-LD was written');
    const [script] = scripts(element);
    document.body.append(element);
    await element.updateComplete;
    await written();
    expect(scripts(element)).to.deep.equal([script]);
    element.remove();
  });

  it('writes nothing without structured-data', async () => {
    const element = await render<CareTestThing>(html`<care-test-thing content='{"name":"x"}'></care-test-thing>`);
    await written();
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
    await written();
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
    await written();
    expect(scripts(outer)).to.have.length(1);
    expect(scripts(inner)).to.have.length(0);
  });
});

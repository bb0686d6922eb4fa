// What server rendering adds to any element, shown with test-only elements
// (test/ssr/elements.js) that the server and this page define alike.
// lit's hydration support must run before lit itself.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import './elements.js';
import { isShown, openFrame, renderOnServer, settled } from './helpers.js';

const html = async (tag: string, content: unknown, attributes?: Record<string, unknown>) => {
  const result = await renderOnServer(tag, content, attributes);
  if (!result.ok) expect.fail(JSON.stringify(result.errors));
  return result.html;
};

/** Adds server HTML to this page, where the elements are defined: they hydrate. */
const hydrateHere = (serverHtml: string) => {
  const container = document.createElement('div');
  container.setHTMLUnsafe(serverHtml);
  const element = container.firstElementChild as HTMLElement;
  return { container, element, attach: () => document.body.append(container) };
};

const jsonLdScripts = (element: Element) => [...element.querySelectorAll(':scope > script[type="application/ld+json"]')];

describe('server rendering of any care element', () => {
  it("writes the element's JSON-LD once into its light DOM, which the browser keeps", async () => {
    expect(await html('care-test-graph', { name: 'CAR T-cell therapy' })).to.not.include('application/ld+json');
    const { container, element, attach } = hydrateHere(await html('care-test-graph', { name: 'CAR T-cell therapy' }, { 'structured-data': true }));
    const [script, ...more] = jsonLdScripts(element);
    expect(more).to.have.length(0);
    expect(JSON.parse(script!.textContent!)).to.deep.equal({ '@context': 'https://schema.org', '@type': 'Thing', name: 'CAR T-cell therapy' });
    const paragraph = element.shadowRoot!.querySelector('p');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(element, { childList: true, characterData: true, subtree: true });
    observer.observe(element.shadowRoot!, { childList: true, characterData: true, subtree: true });
    attach();
    await settled(element);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(changes).to.have.length(0);
    expect(jsonLdScripts(element)).to.deep.equal([script]);
    expect(element.shadowRoot!.querySelector('p')).to.equal(paragraph);
    container.remove();
  });

  it("renders a nested element in its host's language, as the browser does", async () => {
    const { container, element, attach } = hydrateHere(await html('care-test-nest', { body: 'Consulte a su equipo médico.' }, { lang: 'es' }));
    const nested = () => element.shadowRoot!.querySelector('care-callout')!;
    const label = () => nested().shadowRoot!.querySelector('.kind')!.textContent!.trim();
    expect(nested().hasAttribute('lang'), 'the HTML stays as the browser renders it').to.equal(false);
    expect(label()).to.equal('Nota:');
    const labelNode = nested().shadowRoot!.querySelector('.kind')!.firstChild;
    attach();
    await settled(element);
    expect(label()).to.equal('Nota:');
    expect(nested().shadowRoot!.querySelector('.kind')!.firstChild).to.equal(labelNode);
    container.remove();
  });

  it('shows collapsed panels and hides script-only controls only where no script runs', async () => {
    const page = `<!doctype html><html lang="en"><body>${await html('care-test-panel', { text: 'The answer.' })}</body></html>`;
    const panelAndButton = (root: Document) => {
      const shadow = root.querySelector('care-test-panel')!.shadowRoot!;
      const panel = [...shadow.querySelector('div')!.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE)!;
      return { panel, button: shadow.querySelector('button')! };
    };
    const withoutScript = await openFrame({ srcdoc: page }, { scripts: false });
    const { panel, button } = panelAndButton(withoutScript.document);
    expect(isShown(panel)).to.equal(true);
    expect(button.checkVisibility()).to.equal(false);
    withoutScript.frame.remove();
    // Where script runs, the server's HTML shows what the browser will: no shift once it hydrates.
    const withScript = await openFrame({ srcdoc: page }, { scripts: true });
    const scripted = panelAndButton(withScript.document);
    expect(isShown(scripted.panel)).to.equal(false);
    expect(scripted.button.checkVisibility()).to.equal(true);
    withScript.frame.remove();
  });
});

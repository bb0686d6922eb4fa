import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { HYDRATING_BUNDLE_TAG, isShown, openFrame, renderOnServer, settled } from './helpers.js';

const cited = async () => (await fetch('/content/callout/cited.json')).json();

/** A page holding the server's HTML of the cited callout, with or without the hydrating bundle. */
const citedPage = async ({ scripts }: { scripts: boolean }) => {
  const result = await renderOnServer('care-callout', await cited());
  expect(result.ok).to.equal(true);
  const html = (result as { html: string }).html;
  return openFrame({ srcdoc: `<!doctype html><html lang="en"><body>${html}${scripts ? HYDRATING_BUNDLE_TAG : ''}</body></html>` }, { scripts });
};

describe('server-rendered citations', () => {
  it('writes the list of sources into the light DOM, where a citation’s link reaches its entry without script', async () => {
    const { frame, document: page } = await citedPage({ scripts: false });
    try {
      const callout = page.querySelector('care-callout')!;
      const citations = [...callout.shadowRoot!.querySelectorAll('a.cite')];
      expect(citations.map((link) => [link.textContent, link.getAttribute('href')])).to.deep.equal([
        ['Source 1', '#care-ref-example-guide'],
        ['Source 2', '#care-ref-example-review'],
        ['Source 1', '#care-ref-example-guide'],
      ]);
      const entry = page.getElementById('care-ref-example-guide')!;
      expect(entry.parentElement!.matches('care-callout > ol.care-references[slot="references"]')).to.equal(true);
      expect(entry.assignedSlot ?? entry.parentElement!.assignedSlot, 'shown in the element’s references slot').to.not.equal(null);
      const text = page.createTreeWalker(entry, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) }).nextNode() as Text;
      expect(text.textContent).to.equal('Example Author A, Example Author B. ');
      expect(isShown(text)).to.equal(true);
      // The way back needs script: a page without it offers none.
      expect(page.querySelectorAll('.care-ref-back')).to.have.length(0);
    } finally {
      frame.remove();
    }
  });

  it('hydrates the list in place: one list, the same entries, each cited one with its way back', async () => {
    const { frame, document: page } = await citedPage({ scripts: true });
    try {
      const callout = page.querySelector('care-callout')!;
      await settled(page);
      // The list's module, loaded from beside the bundle, draws it again with the ways back.
      await waitUntil(() => page.querySelectorAll('.care-ref-back').length === 2, 'the hydrated list has no ways back');
      const lists = callout.querySelectorAll('ol.care-references');
      expect(lists).to.have.length(1);
      expect([...lists[0]!.children].map((item) => item.id)).to.deep.equal(['care-ref-example-guide', 'care-ref-example-review', '']);
      expect([...page.querySelectorAll('.care-ref-back')].map((link) => (link as HTMLElement).dataset.ref)).to.deep.equal(['example-guide', 'example-review']);
    } finally {
      frame.remove();
    }
  });
});

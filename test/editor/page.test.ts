/**
 * dist/care-editor.js on plain pages: the demo's editor page (a classic
 * script) and a module script, each with the elements it previews.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { sendKeys } from '@web/test-runner-commands';

type PageWindow = Window & { errors: string[]; warnings: string[]; axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string }[] }> } };

/** Records the page's console errors, uncaught errors and unhandled rejections in `errors`. */
const RECORDER = '<script src="/test/pages/record-console.js"></script>';

const openFrame = async (srcdoc: string) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1200px; block-size: 900px';
  frame.srcdoc = srcdoc;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentWindow as PageWindow };
};

const previewText = (page: PageWindow, tag: string) =>
  page.document.querySelector('care-editor')?.shadowRoot?.querySelector(tag)?.shadowRoot?.textContent ?? '';

describe('dist/care-editor.js', function () {
  this.timeout(120_000);

  it('runs the demo editor page from a classic script: the seed article in the form and the preview, any element from the picker, axe clean', async () => {
    const source = await (await fetch('/demo/editor.html')).text();
    const { frame, page } = await openFrame(source.replace('<head>', `<head><base href="/demo/">${RECORDER}`));
    await waitUntil(() => previewText(page, 'care-article').includes('Exploring Immunotherapy'), 'the article preview did not render', { timeout: 10000 });
    const editor = page.document.querySelector('care-editor')!;
    expect(editor.shadowRoot!.querySelector('input')).to.exist;
    // The editorial checks come from dist/care-editor-checks.js, which the classic script imports from beside itself, not from the page's folder.
    // The seed's long sentences are inside blocks, which start closed and say they have warnings.
    await waitUntil(
      () => [...editor.shadowRoot!.querySelectorAll('[id$="-summary"]')].some((summary) => summary.textContent!.includes('(has warnings)')),
      'the editorial warnings did not show',
    );
    const element = page.document.getElementById('element') as HTMLSelectElement;
    element.value = 'care-faq';
    element.dispatchEvent(new Event('change'));
    page.document.querySelector<HTMLButtonElement>('#pick button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => previewText(page, 'care-faq').includes('Is immunotherapy a cure for leukemia?'), 'the FAQ preview did not render');
    const script = page.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    page.document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    const { violations } = await page.axe.run(page.document, { resultTypes: ['violations'] });
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
    frame.remove();
  });

  it('works as a module script too, and never comes with the main bundle', async () => {
    const { frame, page } = await openFrame(
      `${RECORDER}<script type="module" src="/dist/care-editor.js"></script><care-editor element="care-stat" no-autosave content='{"value": "Over 70%", "label": "respond"}'></care-editor>`,
    );
    await waitUntil(() => previewText(page, 'care-stat').includes('Over 70%'), 'the stat preview did not render');
    const editor = page.document.querySelector('care-editor')!;
    await waitUntil(() => editor.shadowRoot!.querySelector('.warning')?.textContent?.includes('figure without a source'), 'the editorial warnings did not show');
    const bundle = await (await fetch('/dist/care-elements.js')).text();
    expect(bundle).not.to.contain('care-editor');
    expect(page.errors).to.deep.equal([]);
    frame.remove();
  });

  it('speaks Spanish from its first drawing on a Spanish page, with labels from beside its file that an English page never loads', async () => {
    const open = async (lang: string) => {
      const opened = await openFrame(`<html lang="${lang}">${RECORDER}<script src="/dist/care-editor.js"></script><care-editor element="care-stat" no-autosave></care-editor>`);
      const editor = opened.page.document.querySelector('care-editor')! as HTMLElement & { updateComplete: Promise<unknown> };
      await editor.updateComplete;
      const undo = editor.shadowRoot!.getElementById('undo')!.textContent!.trim();
      const labelFiles = opened.page.performance.getEntriesByType('resource').filter((entry) => entry.name.includes('care-editor-labels-'));
      return { ...opened, undo, labelFiles };
    };
    const spanish = await open('es');
    expect(spanish.undo).to.equal('Deshacer');
    expect(spanish.labelFiles.map((entry) => new URL(entry.name).pathname)).to.deep.equal(['/dist/care-editor-labels-es.js']);
    expect(spanish.page.errors).to.deep.equal([]);
    spanish.frame.remove();
    const english = await open('en');
    expect(english.undo).to.equal('Undo');
    expect(english.labelFiles).to.deep.equal([]);
    english.frame.remove();
  });

  it('shows English, after one warning, when its labels in the page’s language cannot load', async () => {
    // From a blob: address nothing lies beside the editor's file.
    const source = URL.createObjectURL(new Blob([await (await fetch('/dist/care-editor.js')).text()], { type: 'text/javascript' }));
    const { frame, page } = await openFrame(`<html lang="es">${RECORDER}<script src="${source}"></script><care-editor element="care-stat" no-autosave></care-editor>`);
    const editor = page.document.querySelector('care-editor')! as HTMLElement & { updateComplete: Promise<unknown> };
    await editor.updateComplete;
    expect(editor.shadowRoot!.getElementById('undo')!.textContent!.trim()).to.equal('Undo');
    expect(page.warnings.filter((warning) => warning.includes('labels did not load'))).to.have.length(1);
    expect(page.errors).to.deep.equal([]);
    URL.revokeObjectURL(source);
    frame.remove();
  });
});

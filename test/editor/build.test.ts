/**
 * A person who has never seen JSON builds content in the editor: every
 * field reached and filled from the keyboard, starting from an empty editor,
 * until the editor holds exactly the seed content, finds nothing wrong, and
 * the preview shows it.
 */
import { expect, fixture as mount, html } from '@open-wc/testing';
import { fixture, shownText } from '../helpers.js';
import '../../src/editor/editor.js';
import type { CareEditor } from '../../src/editor/editor.js';
import { contentSchemas } from '../../src/editor/elements.js';
import type { Json, JsonSchema } from '../../src/editor/document.js';
import { build } from './drive.js';

const buildFromNothing = async (element: string, content: Json) => {
  const editor = await mount<CareEditor>(html`<care-editor element=${element} no-autosave></care-editor>`);
  await build(editor, contentSchemas[element]!.json() as JsonSchema, content);
  return editor;
};

const preview = (editor: CareEditor, tag: string) => editor.shadowRoot!.querySelector(tag)!;

describe('care-editor: building content from nothing by keyboard', function () {
  this.timeout(600_000);

  it('builds the seed FAQ, shown live in the preview', async () => {
    const content = await fixture<Json>('faq/immunotherapy-faq.json');
    const editor = await buildFromNothing('care-faq', content);
    expect(editor.value).to.deep.equal(content);
    expect(editor.errors).to.deep.equal([]);
    expect(editor.checkValidity()).to.equal(true);
    const faq = preview(editor, 'care-faq');
    await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shownText(faq)).to.contain('Who are the ideal candidates for immunotherapy for leukemia?');
  });

  it('builds a therapy card with its lists of conditions, results and side effects', async () => {
    const content = await fixture<Json>('therapy-card/car-t-cell-therapy.json');
    const editor = await buildFromNothing('care-therapy-card', content);
    expect(editor.value).to.deep.equal(content);
    expect(editor.errors).to.deep.equal([]);
  });

  it('builds the whole seed article, block by block from the "add block" menu', async () => {
    const { $schema: _schema, ...content } = await fixture<Record<string, Json>>('immunotherapy-leukemia.json');
    const editor = await buildFromNothing('care-article', content);
    expect(editor.value).to.deep.equal(content);
    expect(editor.errors).to.deep.equal([]);
    const article = preview(editor, 'care-article');
    await (article as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shownText(article)).to.contain('Exploring Immunotherapy');
  });
});

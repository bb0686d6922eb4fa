import { expect, fixture as render, html } from '@open-wc/testing';
import '../../src/callout/care-callout.js';
import '../../src/takeaways/care-takeaways.js';

/**
 * Language tags are case-insensitive (BCP 47): `lang="ES"` and `lang="es-MX"`
 * are Spanish, and only the primary subtag counts, so `est` is not `es`.
 */
const headingOf = (element: Element) => element.shadowRoot!.querySelector('[part="title"], h2, h3')!.textContent!.trim();
const calloutLabel = (element: Element) => element.shadowRoot!.querySelector('.kind')!.textContent!.trim().replace(/:$/, '');

describe('language tags', () => {
  for (const [lang, heading, label] of [
    ['es', 'Puntos clave', 'Aviso'],
    ['ES', 'Puntos clave', 'Aviso'],
    ['es-MX', 'Puntos clave', 'Aviso'],
    ['ES-mx', 'Puntos clave', 'Aviso'],
    ['Es-419', 'Puntos clave', 'Aviso'],
    ['EN-GB', 'Key takeaways', 'Disclaimer'],
    ['est', 'Key takeaways', 'Disclaimer'],
  ] as const) {
    it(`reads lang="${lang}" on an ancestor and on the element itself`, async () => {
      const wrapper = await render(html`<div lang=${lang}>
        <care-takeaways content='{"points":["x"]}'></care-takeaways>
        <care-callout content='{"variant":"disclaimer","body":"x"}'></care-callout>
      </div>`);
      const [takeaways, callout] = [wrapper.querySelector('care-takeaways')!, wrapper.querySelector('care-callout')!];
      await Promise.all([takeaways.updateComplete, callout.updateComplete]);
      expect([headingOf(takeaways), calloutLabel(callout)]).to.deep.equal([heading, label]);

      const own = await render(html`<care-callout lang=${lang} content='{"variant":"disclaimer","body":"x"}'></care-callout>`);
      expect(calloutLabel(own)).to.equal(label);
    });
  }
});

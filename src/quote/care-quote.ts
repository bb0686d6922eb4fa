import { html, nothing } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { renderRichText } from '../core/rich-text.js';
import { citation } from '../core/sources.js';
import { safeUrl } from '../core/url.js';
import { quoteSchema, quoteTranslations, type QuoteContent } from './content.js';
import { quoteStyles } from './styles.js';

/**
 * An expert quote with its attribution: the words in a `<blockquote>`, who
 * said them (name, role, organisation) and where, when known, in the
 * `<figcaption>` of a `<figure>`. Quotation marks come from CSS and follow the
 * reader's language (“ ” in English, « » in Spanish).
 *
 * @tagname care-quote
 * @summary An expert quote with attribution.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The figure holding the quote and its attribution.
 * @csspart text - The quoted words (the blockquote).
 * @csspart attribution - Who said it and where (the figcaption).
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-quote-accent=var(--care-accent)] - Colour of the rule beside the quote.
 * @cssprop [--care-quote-font-size=1.2em] - Size of the quoted words.
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareQuote extends CareElement<QuoteContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: QuoteContent | string | null;

  static override styles = [...CareElement.styles, quoteStyles];

  protected readonly schema = quoteSchema;

  protected renderContent({ text, author, role, organization, source }: QuoteContent) {
    const affiliation = [role, organization].filter(Boolean).join(', ');
    return html`<figure part="base">
      <blockquote part="text" cite=${(source?.url && safeUrl(source.url)) || nothing}>${renderRichText(text)}</blockquote>
      <figcaption part="attribution">
        <span class="author">${author}</span>${affiliation
          ? html`<span class="visually-hidden">, </span><span class="affiliation">${affiliation}</span>`
          : nothing}
        ${source ? html`<span class="source">${this.localize(quoteTranslations).source}: ${citation(source)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }
}

defineElement('care-quote', CareQuote);

declare global {
  interface HTMLElementTagNameMap {
    'care-quote': CareQuote;
  }
}

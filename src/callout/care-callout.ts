import { html, nothing } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { renderRichText } from '../core/rich-text.js';
import { calloutSchema, calloutTranslations, calloutVariants, type CalloutContent, type CalloutVariant } from './content.js';
import { calloutStyles } from './styles.js';

/** The ring around the info, takeaway and limitation icons. */
const RING = 'M2.5 12a9.5 9.5 0 1 0 19 0 9.5 9.5 0 1 0-19 0';

/** Each variant's icon as one stroked path in a 24 × 24 box. */
const ICONS: Record<CalloutVariant, string> = {
  info: `${RING}M12 16.5v-5.5M12 7.5v.01`,
  takeaway: `${RING}M7.8 12.3l2.9 2.9 5.5-6.3`,
  limitation: `${RING}M7.5 12h9`,
  warning: 'M12 3.2 2.3 20.3h19.4zM12 9.5v4.5M12 17v.01',
  disclaimer: 'M12 2.8 19.5 5.6v6c0 4.5-3.1 8.2-7.5 9.6-4.4-1.4-7.5-5.1-7.5-9.6v-6zM12 8v5M12 16v.01',
};

/**
 * A boxed note inside an article: information, a takeaway, a limitation, a
 * warning or a disclaimer. The kind is written out as a text label, so it
 * never relies on colour alone.
 *
 * @tagname care-callout
 * @summary A boxed note: info, takeaway, limitation, warning or disclaimer.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The note's box.
 * @csspart title - The line with the kind label and the title.
 * @csspart body - The note's text.
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-callout-accent=var(--care-accent)] - Colour of the border, icon and label (all variants).
 * @cssprop [--care-callout-info=#1f5ea8] - Colour of the info variant.
 * @cssprop [--care-callout-limitation=#855400] - Colour of the limitation variant.
 * @cssprop [--care-callout-warning=#b1261d] - Colour of the warning variant.
 * @cssprop [--care-callout-disclaimer=var(--care-muted)] - Colour of the disclaimer variant.
 * @cssprop [--care-callout-background=7% tint of the variant colour] - Background of the box.
 * @cssprop [--care-callout-padding=1rem 1.25rem] - Padding of the box.
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareCallout extends CareElement<CalloutContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: CalloutContent | string | null;

  static override styles = [...CareElement.styles, calloutStyles];

  static override get properties() {
    return {
      variant: { reflect: true },
    };
  }

  /** The kind of note; overrides the content's `variant`. */
  declare variant?: CalloutVariant;

  protected get schema() {
    return calloutSchema;
  }

  protected renderContent({ variant: contentVariant, title, body }: CalloutContent) {
    const variant = calloutVariants.includes(this.variant!) ? this.variant! : (contentVariant ?? 'info');
    return html`<div part="base" class="callout ${variant}" role="note">
      <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[variant]} /></svg>
      <div class="main">
        <p part="title" class="heading">
          <span class="kind">${this.localize(calloutTranslations)[variant]}<span class="visually-hidden">:</span></span>
          ${title ? html`<span class="title">${title}</span>` : nothing}
        </p>
        <div part="body">${renderRichText(body)}</div>
      </div>
    </div>`;
  }
}

defineElement('care-callout', CareCallout);

declare global {
  interface HTMLElementTagNameMap {
    'care-callout': CareCallout;
  }
}

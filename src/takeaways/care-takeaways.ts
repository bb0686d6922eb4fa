import { html, nothing, svg } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { heading, headingLevel } from '../core/heading.js';
import { renderInlineText, renderRichText } from '../core/rich-text.js';
import { takeawaysSchema, takeawaysTranslations, type TakeawaysContent } from './content.js';
import { takeawaysStyles } from './styles.js';

/** A check mark in a ring, stroked by the styles. */
const CHECK = svg`<svg viewBox="0 0 24 24"><path d="M2.5 12a9.5 9.5 0 1 0 19 0 9.5 9.5 0 1 0-19 0m5.3.3 2.9 2.9 5.5-6.3" /></svg>`;

/**
 * A takeaway summary: a heading, an optional summary sentence, then the key
 * points as a real list. Markers are drawn by the element and hidden from
 * assistive technology; the list keeps `role="list"` because Safari stops
 * announcing a list whose markers are removed by CSS.
 *
 * @tagname care-takeaways
 * @summary A takeaway summary: heading, optional summary, key points.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The summary's box.
 * @csspart title - The heading.
 * @csspart summary - The summary sentence.
 * @csspart points - The list of points.
 * @csspart point - One point.
 * @csspart marker - A point's check mark, bullet or number.
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-takeaways-accent=var(--care-accent)] - Colour of the markers and the border.
 * @cssprop [--care-takeaways-background=var(--care-surface)] - Background of the box.
 * @cssprop [--care-takeaways-padding=1.25rem] - Padding of the box (0.75rem 1rem when `compact`).
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareTakeaways extends CareElement<TakeawaysContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: TakeawaysContent | string | null;

  static override styles = [...CareElement.styles, takeawaysStyles];

  static override get properties() {
    return {
      headingLevel: { type: Number, attribute: 'heading-level' },
      compact: { type: Boolean, reflect: true },
    };
  }

  /** Level of the heading, 1 to 6, so it fits the page's outline. */
  headingLevel = 2;

  /** A tighter layout for sidebars and narrow columns. */
  compact = false;

  protected get schema() {
    return takeawaysSchema;
  }

  protected renderContent({ title, summary, points, marker = 'check' }: TakeawaysContent) {
    const items = points.map(
      (point, index) =>
        html`<li part="point">
          <span part="marker" class="marker" aria-hidden="true">${marker === 'check' ? CHECK : marker === 'number' ? index + 1 : nothing}</span>
          <div>${renderInlineText(point)}</div>
        </li>`,
    );
    return html`<div part="base" class="takeaways ${marker}">
      ${heading(headingLevel(this.headingLevel, 2), title ?? this.localize(takeawaysTranslations).heading, { part: 'title' })}
      ${summary ? html`<div part="summary">${renderRichText(summary)}</div>` : nothing}
      ${marker === 'number'
        ? html`<ol part="points" role="list">${items}</ol>`
        : html`<ul part="points" role="list">${items}</ul>`}
    </div>`;
  }
}

defineElement('care-takeaways', CareTakeaways);

declare global {
  interface HTMLElementTagNameMap {
    'care-takeaways': CareTakeaways;
  }
}

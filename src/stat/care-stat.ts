import { html, nothing, svg } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { renderInlineText, renderRichText } from '../core/rich-text.js';
import { figureCitation } from '../core/figure-source.js';
import { filledOutOf100, proportionValue, statSchema, statTranslations, type StatContent, type StatVisual } from './content.js';
import { statStyles } from './styles.js';

const FIGURES = [...Array(100).keys()];

/**
 * A headline figure from an article ("Over 70%") with the words that say
 * what it counts, an optional picture of the proportion, and its source.
 *
 * The proportion is drawn as an icon array of 100 people, filled in reading
 * order (the first figures filled, the rest outlined), or as a bar; either
 * is an image whose text alternative states the figure in words with its
 * qualifier and population ("more than 70 in 100 CLL patients"). Filled and outlined figures differ in shape as well as
 * colour, also in forced-colors mode.
 *
 * @tagname care-stat
 * @summary A headline figure with its label, a picture of the proportion, and its source.
 *
 * @slot - Fallback markup, shown until valid content arrives.
 * @slot references - The list of `sources`, which the element keeps in its light DOM (`ol.care-references`) so that `#care-ref-<id>` links reach its entries.
 *
 * @csspart base - The stat's box.
 * @csspart value - The figure itself ("Over 70%").
 * @csspart label - What the figure counts, beside the value.
 * @csspart visual - The icon array or bar (an image with a text alternative).
 * @csspart scope - Who was studied, the study or time frame and the number of people, when the content says.
 * @csspart context - The sentences that put the figure in context.
 * @csspart source - The line naming the source.
 * @csspart error - The message shown when no valid content could be used.
 *
 * @cssprop [--care-stat-accent=var(--care-accent)] - Colour of the value and of the filled figures or bar.
 * @cssprop [--care-stat-empty=var(--care-muted)] - Colour of the outlined figures and of the bar's track.
 * @cssprop [--care-stat-value-size=2.25em] - Font size of the value.
 * @cssprop [--care-stat-icons-size=8.5rem] - Width of the icon array.
 * @cssprop [--care-stat-background=var(--care-surface)] - Background of the box.
 *
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareStat extends CareElement<StatContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: StatContent | string | null;

  static override styles = [...CareElement.styles, statStyles];

  static override get properties() {
    return {
      visual: { reflect: true },
    };
  }

  /** How the proportion is drawn: `icons` (10 × 10 people, the default), `bar`, or `none`. */
  declare visual?: StatVisual;

  protected get schema() {
    return statSchema;
  }

  protected renderContent({ value, label, qualifier, proportion, population, study, participants, context, source }: StatContent) {
    const labels = this.localize(statTranslations);
    const visual = proportion == null ? 'none' : this.visual;
    const filled = filledOutOf100(proportionValue(proportion ?? 0));
    // The qualifier stays in the words ("more than 70 in 100"), and so does whom the figure is about.
    const inWords = labels[qualifier && qualifier !== 'about' ? qualifier : 'proportion']
      .replace('{count}', `${filled}`)
      .replace('{who}', population ?? labels.people);
    const scope = [population, study, participants && labels.participants.replace('{count}', `${participants}`)].filter(Boolean);
    // The icons are one person in an 8 × 10 cell, a head and shoulders, drawn once and reused 100 times.
    return html`<div part="base" class="stat">
      <div class="text">
        <div class="headline">
          <span part="value">${value}</span>
          <div part="label">${renderInlineText(label)}</div>
        </div>
        ${visual === 'bar'
          ? html`<svg part="visual" class="bar" viewBox="0 0 100 1" preserveAspectRatio="none" role="img" aria-label=${inWords}>
              <rect class="filled" width=${filled} height="1" />
            </svg>`
          : nothing}
        ${scope.length ? html`<p part="scope">${scope.join(' · ')}</p>` : nothing}
        ${context ? html`<div part="context">${renderRichText(context)}</div>` : nothing}
        ${source ? html`<p part="source">${labels.source}: ${figureCitation(source)}</p>` : nothing}
      </div>
      ${visual === 'bar' || visual === 'none'
        ? nothing
        : html`<svg part="visual" class="icons" viewBox="0 0 80 100" role="img" aria-label=${inWords}>
            <defs><path id="person" d="M4 .6a1.5 1.5 0 1 1 0 3 1.5 1.5 0 1 1 0-3zM1.6 9.2V7a2.4 2.4 0 0 1 4.8 0v2.2z" /></defs>
            ${FIGURES.map(
              (index) => svg`<use href="#person" class=${index < filled ? 'filled' : nothing} x=${(index % 10) * 8} y=${index - (index % 10)} />`,
            )}
          </svg>`}
    </div>`;
  }
}

defineElement('care-stat', CareStat);

declare global {
  interface HTMLElementTagNameMap {
    'care-stat': CareStat;
  }
}

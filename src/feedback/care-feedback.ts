import { adoptStyles, html, isServer, nothing } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { hydrating } from '../core/hydrates.js';
import { feedbackSchema, type FeedbackContent } from './content.js';
import type { FeedbackForm } from './feedback-view.js';
import { loadedFeedbackView, loadFeedbackView } from './load-feedback-view.js';
import { feedbackStyles } from './styles.js';

/** What a reader sent: the event's detail and the JSON body posted to `endpoint`. */
export interface FeedbackDetail {
  helpful: boolean;
  /** The reader's comment, trimmed; empty when they gave none. */
  comment: string;
  /** The `page` attribute, else the page's address without its #fragment. */
  page: string;
}

/** Fired each time the reader sends feedback (a retry included), with an endpoint or without. */
export class CareFeedbackEvent extends CustomEvent<FeedbackDetail> {
  static readonly type = 'care-feedback';
  constructor(detail: FeedbackDetail) {
    super(CareFeedbackEvent.type, { detail, bubbles: true, composed: true });
  }
}

/**
 * "Was this page helpful?": Yes or No, then an optional short comment. It
 * sends nothing until the reader presses Send, and sends over the network
 * only to an `endpoint` the page sets. The page must say how answers are
 * collected, by `endpoint` or `collect="event"`; with neither it shows
 * nothing (and warns once), so it never thanks a reader for an answer
 * nobody receives. A failed request keeps the reader's answer and comment
 * and offers to try again.
 *
 * @tagname care-feedback
 * @summary Asks whether the page helped, with an optional comment.
 *
 * @slot - Fallback markup, hidden once the element renders.
 *
 * @csspart base - The box around the question and the status message.
 * @csspart question - The question.
 * @csspart comment - The comment field.
 * @csspart status - The live message about sending: in progress, thanks, or the failure (followed by a Try again button).
 *
 * @cssprop [--care-feedback-background=var(--care-surface)] - Background of the box.
 * @cssprop [--care-feedback-padding=1rem 1.25rem] - Padding of the box.
 *
 * @fires {CareFeedbackEvent} care-feedback - The reader sent feedback; `detail` is `{ helpful, comment, page }`.
 * @fires {CareContentLoadEvent} care-content-load - Valid content was accepted.
 * @fires {CareContentErrorEvent} care-content-error - Content was invalid or could not be loaded; `detail.errors` lists `{ path, message }`.
 */
export class CareFeedback extends CareElement<FeedbackContent> {
  /** Content as an object (property) or a JSON string (attribute); see the JSON Schema for its fields. */
  declare content?: FeedbackContent | string | null;

  static override styles = [...CareElement.styles, feedbackStyles];

  static override get properties() {
    return { endpoint: {}, collect: {}, page: {} };
  }

  /**
   * Where to POST the feedback as JSON; only http(s) and relative URLs are used. Without it, only the event fires.
   * An endpoint on another origin must answer the CORS preflight for a JSON POST.
   */
  declare endpoint?: string;

  /**
   * `event`: the page collects the answers from the `care-feedback` event itself.
   * Without this or a usable `endpoint` the question is not shown, since
   * nothing would receive the answer the reader is thanked for.
   */
  declare collect?: 'event';

  /** Identifies the page in what is sent; default the page's address without its #fragment. */
  declare page?: string;

  /** The form, once its view has loaded. */
  #form?: FeedbackForm;
  /** The last warning given, so each problem is said once rather than on every render. */
  #warned?: string;

  protected readonly schema = feedbackSchema;
  protected override readonly defaultContent = {};

  protected override scheduleUpdate() {
    if (!hydrating(this) || !this.#shown()) return super.scheduleUpdate();
    return loadFeedbackView().then(() => super.scheduleUpdate());
  }

  // Hydration on demand (core/hydrate-on-demand.ts) updates an element at once, within the reader's event;
  // a server-rendered form still waits for its view, whose arrival updates it (scheduleUpdate above).
  protected override performUpdate() {
    if (hydrating(this) && this.#shown()) {
      const view = loadedFeedbackView();
      if (view === undefined) return;
      // Without its view the server's form would take answers and do nothing: it goes, and lit hydrates the rest.
      if (!view) this.renderRoot.querySelector('[part="base"]')?.remove();
    }
    super.performUpdate();
  }

  /** Complete once the form is drawn, its view loaded. */
  protected override async getUpdateComplete() {
    const done = await super.getUpdateComplete();
    return !this.#form && loadedFeedbackView() === undefined && this.#shown() ? (await loadFeedbackView(), super.getUpdateComplete()) : done;
  }

  #warn(message: string) {
    if (message !== this.#warned) console.warn(`care-feedback: ${message}`);
    this.#warned = message;
  }

  /** The endpoint as an absolute http(s) URL, or undefined when there is none usable. */
  #endpointUrl() {
    const endpoint = this.endpoint?.trim();
    if (!endpoint) return undefined;
    try {
      const url = new URL(endpoint, isServer ? 'http://localhost/' : document.baseURI);
      if (/^https?:$/.test(url.protocol)) return url;
    } catch {
      // Not a URL at all: reported below like any other unusable endpoint.
    }
    this.#warn(`ignored endpoint "${this.endpoint}" (not an http(s) or relative URL)`);
    return undefined;
  }

  /** Whether something collects the answers, without which the question is not shown. */
  #shown() {
    return !!this.#endpointUrl() || this.collect === 'event';
  }

  /** The form, created once its view has loaded; the first call loads it. */
  #formOnceLoaded() {
    const view = loadedFeedbackView();
    if (view === undefined) loadFeedbackView().then(() => this.requestUpdate());
    if (!view || this.#form) return this.#form;
    if (!isServer) adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof CareFeedback).elementStyles, view.formStyles]);
    return (this.#form = new view.FeedbackForm(this, {
      endpoint: () => this.#endpointUrl(),
      /** @ignore The manifest takes this event from the class's `@fires`, not from this call. */
      dispatch: (detail) => this.dispatchEvent(new CareFeedbackEvent(detail)),
    }));
  }

  protected renderContent({ question }: FeedbackContent) {
    if (!this.#shown()) {
      this.#warn('not shown, as nothing collects the answers: set endpoint or collect="event"');
      return nothing;
    }
    const form = this.#formOnceLoaded();
    if (!form) return loadedFeedbackView() === null ? nothing : html`<div class="loading"></div>`;
    const labels = this.localize(loadedFeedbackView()!.feedbackTranslations);
    return form.render(question ?? labels.question, labels);
  }
}

defineElement('care-feedback', CareFeedback);

declare global {
  interface HTMLElementTagNameMap {
    'care-feedback': CareFeedback;
  }
  interface HTMLElementEventMap {
    'care-feedback': CareFeedbackEvent;
  }
}

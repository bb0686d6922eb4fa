import { html, isServer, nothing } from 'lit';
import { CareElement } from '../core/care-element.js';
import { defineElement } from '../core/define.js';
import { COMMENT_MAX_LENGTH, feedbackSchema, feedbackTranslations, type FeedbackContent } from './content.js';
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

/** The label key of the message about sending. */
type Status = 'sending' | 'thanks' | 'failed';

/** The counter is announced once typing pauses this long, not on every key. */
const ANNOUNCE_DELAY = 1000;
/** A request still unanswered after this long counts as failed. */
const SEND_TIMEOUT = 15000;

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
    return {
      endpoint: {},
      collect: {},
      page: {},
      helpful: { state: true, attribute: false },
      comment: { state: true, attribute: false },
      status: { state: true, attribute: false },
      announcedCount: { state: true, attribute: false },
    };
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

  declare private helpful?: boolean;
  private comment = '';
  /** Undefined until the reader sends. */
  declare private status?: Status;
  /** The counter text screen readers hear, updated when typing pauses. */
  declare private announcedCount?: string;

  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The counter text of the last render, announced when typing pauses. */
  #count?: string;
  /** Whether the last send included the comment, so Try again repeats it. */
  #withComment?: boolean;
  /** Whether a send failed: Try again then stays, while it sends too, so focus is not lost. */
  #failed?: boolean;
  /** The last warning given, so each problem is said once rather than on every render. */
  #warned?: string;

  protected readonly schema = feedbackSchema;
  protected override readonly defaultContent = {};

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  /** Focuses what `selector` finds once the pending render is done. */
  async #focus(selector: string) {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #choose(helpful: boolean) {
    const first = this.helpful === undefined;
    this.helpful = helpful;
    if (first) this.#focus('textarea');
  }

  #typed(event: InputEvent) {
    this.comment = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => (this.announcedCount = this.#count), ANNOUNCE_DELAY);
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

  /** Only the Send buttons (helpful is set) and Try again (after a failure) call this, never after a success. */
  async #send(withComment: boolean) {
    if (this.status === 'sending') return;
    this.#withComment = withComment;
    const detail: FeedbackDetail = {
      helpful: this.helpful!,
      comment: withComment ? this.comment.trim() : '',
      page: this.page || location.href.split('#')[0]!,
    };
    /** @ignore The manifest takes this event from the class's `@fires`, not from this call. */
    this.dispatchEvent(new CareFeedbackEvent(detail));
    const endpoint = this.#endpointUrl();
    let sent = true;
    if (endpoint) {
      this.status = 'sending';
      sent = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(detail),
        // The request completes even if the reader leaves the page at once.
        keepalive: true,
        signal: AbortSignal.timeout(SEND_TIMEOUT),
      }).then(
        (response) => response.ok,
        () => false,
      );
    }
    this.status = sent ? 'thanks' : 'failed';
    this.#failed ||= !sent;
    // The buttons the reader pressed may be gone; the outcome is where they continue.
    this.#focus('.message');
  }

  protected renderContent({ question }: FeedbackContent) {
    if (!this.#endpointUrl() && this.collect !== 'event') {
      this.#warn('not shown, as nothing collects the answers: set endpoint or collect="event"');
      return nothing;
    }
    const labels = this.localize(feedbackTranslations);
    const { helpful, status } = this;
    const count = (this.#count = labels.remaining.replace('{n}', `${COMMENT_MAX_LENGTH - this.comment.length}`));
    return html`<div part="base" class="box script-only">
      ${status === 'thanks'
        ? nothing
        : html`<form
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              this.#send(true);
            }}
          >
            <fieldset>
              <legend part="question">${question ?? labels.question}</legend>
              <div class="actions">
                ${[true, false].map(
                  (value) =>
                    html`<button type="button" aria-pressed=${helpful === value} @click=${() => this.#choose(value)}>
                      ${value ? labels.yes : labels.no}
                    </button>`,
                )}
              </div>
            </fieldset>
            ${helpful === undefined
              ? nothing
              : html`<label for="comment">${labels.comment}</label>
                  <textarea
                    id="comment"
                    part="comment"
                    rows="3"
                    maxlength=${COMMENT_MAX_LENGTH}
                    aria-describedby="count"
                    @input=${this.#typed}
                  ></textarea>
                  <p id="count" class="count" aria-hidden="true">${count}</p>
                  <p class="visually-hidden" aria-live="polite">${this.announcedCount}</p>
                  <div class="actions">
                    <button type="submit">${labels.send}</button>
                    <button type="button" @click=${() => this.#send(false)}>${labels.skip}</button>
                  </div>`}
          </form>`}
      <div part="status" role="status">
        ${status ? html`<p class="message" tabindex="-1">${labels[status]}</p>` : nothing}
      </div>
      ${this.#failed && status !== 'thanks'
        ? html`<button type="button" class="retry" @click=${() => this.#send(this.#withComment!)}>${labels.retry}</button>`
        : nothing}
    </div>`;
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

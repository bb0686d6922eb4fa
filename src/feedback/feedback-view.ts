/**
 * What care-feedback draws and does once a reader can answer: the form, its
 * state, sending and the comment counter, and the form's styles. The bundle
 * loads it (dist/care-elements-feedback.js) only for a care-feedback that
 * shows its question; server rendering imports it from the start.
 */
import { html, nothing, type ReactiveController } from 'lit';
import type { CareFeedback, FeedbackDetail } from './care-feedback.js';
import { feedbackTranslations } from './labels.js';

export { feedbackTranslations };

export { formStyles } from './form-styles.js';

type Labels = Record<keyof (typeof feedbackTranslations)['en'], string>;

/** What only the element knows, which it hands the form. */
export interface FeedbackElement {
  /** The endpoint as an absolute http(s) URL, or undefined when there is none usable. */
  endpoint(): URL | undefined;
  /** Fires the care-feedback event. */
  dispatch(detail: FeedbackDetail): void;
}

/** The label key of the message about sending. */
type Status = 'sending' | 'thanks' | 'failed';

/** The longest comment a reader can send. */
const COMMENT_MAX_LENGTH = 500;
/** The counter is announced once typing pauses this long, not on every key. */
const ANNOUNCE_DELAY = 1000;
/** A request still unanswered after this long counts as failed. */
const SEND_TIMEOUT = 15000;

/** The reader's answer and what became of it, for one care-feedback, which it re-renders on each change. */
export class FeedbackForm implements ReactiveController {
  #host: CareFeedback;
  #element: FeedbackElement;
  #helpful?: boolean;
  #comment = '';
  /** Undefined until the reader sends. */
  #status?: Status;
  /** The counter text screen readers hear, updated when typing pauses. */
  #announcedCount?: string;
  #announceTimer?: ReturnType<typeof setTimeout>;
  /** The counter text of the last render, announced when typing pauses. */
  #count?: string;
  /** Whether the last send included the comment, so Try again repeats it. */
  #withComment?: boolean;
  /** Whether a send failed: Try again then stays, while it sends too, so focus is not lost. */
  #failed?: boolean;

  constructor(host: CareFeedback, element: FeedbackElement) {
    this.#host = host;
    this.#element = element;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#announceTimer);
  }

  /** Focuses what `selector` finds once the pending render is done. */
  async #focus(selector: string) {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #choose(helpful: boolean) {
    const first = this.#helpful === undefined;
    this.#helpful = helpful;
    this.#host.requestUpdate();
    if (first) this.#focus('textarea');
  }

  #typed = (event: InputEvent) => {
    this.#comment = (event.target as HTMLTextAreaElement).value;
    this.#host.requestUpdate();
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#announcedCount = this.#count;
      this.#host.requestUpdate();
    }, ANNOUNCE_DELAY);
  };

  #setStatus(status: Status) {
    this.#status = status;
    this.#host.requestUpdate();
  }

  /** Only the Send buttons (helpful is set) and Try again (after a failure) call this, never after a success. */
  async #send(withComment: boolean) {
    if (this.#status === 'sending') return;
    this.#withComment = withComment;
    const detail: FeedbackDetail = {
      helpful: this.#helpful!,
      comment: withComment ? this.#comment.trim() : '',
      page: this.#host.page || location.href.split('#')[0]!,
    };
    this.#element.dispatch(detail);
    const endpoint = this.#element.endpoint();
    let sent = true;
    if (endpoint) {
      this.#setStatus('sending');
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
    this.#failed ||= !sent;
    this.#setStatus(sent ? 'thanks' : 'failed');
    // The buttons the reader pressed may be gone; the outcome is where they continue.
    this.#focus('.message');
  }

  render(question: string, labels: Labels) {
    const helpful = this.#helpful;
    const status = this.#status;
    const count = (this.#count = labels.remaining.replace('{n}', `${COMMENT_MAX_LENGTH - this.#comment.length}`));
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
              <legend part="question">${question}</legend>
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
                  <p class="visually-hidden" aria-live="polite">${this.#announcedCount}</p>
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

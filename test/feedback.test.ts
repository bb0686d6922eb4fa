import { aTimeout, expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/feedback/care-feedback.js';
import { CareFeedback, CareFeedbackEvent } from '../src/feedback/care-feedback.js';
import { captureWarnings, fixture, fixtureText, nextError, pwned, shownText, waitUntil } from './helpers.js';

const OK = '/test-server/feedback/ok';
const FAIL = '/test-server/feedback/fail';

const $ = <E extends Element = HTMLElement>(element: CareFeedback, selector: string) => element.shadowRoot!.querySelector<E>(selector);
const question = (element: CareFeedback) => $(element, 'legend')?.textContent?.trim();
const answerButton = (element: CareFeedback, name: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('fieldset button')].find((button) => button.textContent!.trim() === name)!;
const buttonNamed = (element: CareFeedback, name: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent!.trim() === name);
const textarea = (element: CareFeedback) => $<HTMLTextAreaElement>(element, 'textarea');
const status = (element: CareFeedback) => $(element, '[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const focused = (element: CareFeedback) => element.shadowRoot!.activeElement;
/** The thank-you or failure message, once sending is over. */
const outcome = (element: CareFeedback) => (status(element) && status(element) !== 'Sending…' ? $(element, '.message') : null);

/** Types into the comment field the way a reader's input does: value, then an input event. */
const typeComment = async (element: CareFeedback, text: string) => {
  const field = textarea(element)!;
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
};

const answer = async (element: CareFeedback, name: string) => {
  answerButton(element, name).click();
  await element.updateComplete;
  await element.updateComplete;
};

/** Sends with the Send button and waits until the outcome is shown. */
const send = async (element: CareFeedback, label = 'Send') => {
  const fired = oneEvent(element, CareFeedbackEvent.type) as Promise<CareFeedbackEvent>;
  buttonNamed(element, label)!.click();
  const event = await fired;
  await waitUntil(() => outcome(element), 'no outcome shown', { timeout: 5000 });
  return event;
};

const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};

describe('care-feedback', () => {
  const realFetch = window.fetch;
  let requests: { url: string; init?: RequestInit }[] = [];
  /** What the test endpoint received since the last reset. */
  const received = async () =>
    (await (await realFetch('/test-server/feedback/last')).json()) as { count: number; body: string | null; contentType: string | null };

  beforeEach(async () => {
    await realFetch('/test-server/feedback/reset', { method: 'POST' });
    requests = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requests.push({ url: String(input), init });
      return realFetch(input, init);
    };
  });

  afterEach(() => {
    window.fetch = realFetch;
  });

  it('is registered', () => {
    expect(customElements.get('care-feedback')).to.equal(CareFeedback);
    expect(document.createElement('care-feedback')).to.be.instanceOf(CareFeedback);
  });

  describe('content', () => {
    it('asks its default question with no content at all', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      expect(question(element)).to.equal('Was this page helpful?');
      expect(answerButton(element, 'Yes').getAttribute('aria-pressed')).to.equal('false');
      expect(answerButton(element, 'No').getAttribute('aria-pressed')).to.equal('false');
      expect(textarea(element)).to.equal(null);
      expect(status(element)).to.equal('');
    });

    it('asks the question of the content', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event" .content=${await fixture('feedback/post.json')}></care-feedback>`);
      expect(question(element)).to.equal('Was this post helpful?');
    });

    it('gives the same result from the attribute and the property', async () => {
      const json = await fixtureText('feedback/labels.json');
      const fromAttribute = await render<CareFeedback>(html`<care-feedback collect="event" content=${json}></care-feedback>`);
      const fromProperty = await render<CareFeedback>(html`<care-feedback collect="event" .content=${JSON.parse(json)}></care-feedback>`);
      const clean = (element: CareFeedback) => element.shadowRoot!.innerHTML.replace(/<!--.*?-->/g, '');
      expect(clean(fromAttribute)).to.equal(clean(fromProperty));
      expect(question(fromAttribute)).to.equal('Did this page answer your question?');
    });

    it('uses the labels of the content', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event" .content=${await fixture('feedback/labels.json')}></care-feedback>`);
      await answer(element, 'No');
      expect($(element, 'label')!.textContent!.trim()).to.equal('What could we improve? (optional)');
      await send(element);
      expect(status(element)).to.equal('Thank you. Your answer helps us improve this page.');
    });

    it('speaks Spanish under lang="es"', async () => {
      const wrapper = await render(html`<div lang="es"><care-feedback collect="event"></care-feedback></div>`);
      const element = wrapper.querySelector('care-feedback')!;
      await element.updateComplete;
      expect(question(element)).to.equal('¿Le ha resultado útil esta página?');
      await answer(element, 'Sí');
      expect($(element, 'label')!.textContent!.trim()).to.equal('Cuéntenos más (opcional)');
      expect($(element, '.count')!.textContent!.trim()).to.equal('Caracteres restantes: 500');
      expect(buttonNamed(element, 'Enviar sin comentario')).to.exist;
    });

    it('reports invalid content by path and keeps asking its default question', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      const failed = nextError(element);
      const warnings = await captureWarnings(async () => {
        element.content = await fixture('feedback/invalid/wrong-types.json');
        await failed;
        await element.updateComplete;
      });
      expect((await failed).detail.errors.map((error) => error.path)).to.deep.equal(['/question', '/labels/yes', '/labels/send']);
      expect(warnings).to.have.length(1);
      expect(question(element)).to.equal('Was this page helpful?');
    });

    it('keeps its last valid question when later content is malformed', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event" .content=${await fixture('feedback/post.json')}></care-feedback>`);
      const failed = nextError(element);
      await captureWarnings(async () => {
        element.content = await fixtureText('feedback/invalid/malformed.json');
        await failed;
      });
      expect((await failed).detail.errors[0]!.path).to.equal('');
      expect(question(element)).to.equal('Was this post helpful?');
    });

    it('ignores unknown fields with a warning: the endpoint is an attribute, not content', async () => {
      let element!: CareFeedback;
      const warnings = await captureWarnings(async () => {
        element = await render<CareFeedback>(html`<care-feedback collect="event" .content=${await fixture('feedback/invalid/unknown-field.json')}></care-feedback>`);
      });
      expect(warnings.join('\n')).to.contain('/endpoint').and.to.contain('/labels/question');
      expect(question(element)).to.equal('Was this post helpful?');
    });

    it('shows hostile strings as text and runs none of them', async () => {
      const content = await fixture<{ question: string }>('feedback/invalid/hostile.json');
      const element = await render<CareFeedback>(html`<care-feedback collect="event" .content=${content}></care-feedback>`);
      await answer(element, '<script>window.__pwned = true</script>');
      await send(element);
      await aTimeout(50);
      expect(pwned()).to.equal(false);
      expect(element.shadowRoot!.querySelector('img, script, a, b')).to.equal(null);
      expect(shownText(element)).to.contain('[click me](javascript:window.__pwned=true)');
    });
  });

  describe('answering', () => {
    it('marks the chosen answer pressed and moves focus to the comment field once', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      expect(answerButton(element, 'Yes').getAttribute('aria-pressed')).to.equal('true');
      expect(answerButton(element, 'No').getAttribute('aria-pressed')).to.equal('false');
      const field = textarea(element)!;
      expect(focused(element)).to.equal(field);
      expect(field.labels[0]!.textContent!.trim()).to.equal('Tell us more (optional)');
      // Changing one's mind keeps focus on the answer and keeps the comment.
      await typeComment(element, 'Clear');
      answerButton(element, 'No').focus();
      await answer(element, 'No');
      expect(answerButton(element, 'No').getAttribute('aria-pressed')).to.equal('true');
      expect(answerButton(element, 'Yes').getAttribute('aria-pressed')).to.equal('false');
      expect(focused(element)).to.equal(answerButton(element, 'No'));
      expect(textarea(element)!.value).to.equal('Clear');
    });

    it('sends nothing until the reader presses Send', async () => {
      let fired = 0;
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK} @care-feedback=${() => fired++}></care-feedback>`);
      await answer(element, 'Yes');
      await typeComment(element, 'Very clear, thank you.');
      await answer(element, 'No');
      await aTimeout(100);
      expect(fired).to.equal(0);
      expect(requests).to.have.length(0);
      expect((await received()).count).to.equal(0);
      element.remove();
      await aTimeout(50);
      expect(requests).to.have.length(0);
    });

    it('limits the comment to 500 characters and counts what is left', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      const field = textarea(element)!;
      expect(field.maxLength).to.equal(500);
      expect(field.getAttribute('aria-describedby')).to.equal('count');
      expect($(element, '#count')!.textContent!.trim()).to.equal('Characters left: 500');
      await typeComment(element, 'a'.repeat(495));
      expect($(element, '#count')!.textContent!.trim()).to.equal('Characters left: 5');
      // A reader typing past the limit is stopped at 500.
      await sendKeys({ type: 'bcdefghij' });
      await element.updateComplete;
      expect(field.value).to.have.length(500);
      expect(field.value.endsWith('bcdef')).to.equal(true);
      expect($(element, '#count')!.textContent!.trim()).to.equal('Characters left: 0');
    });

    it('announces the count politely once typing pauses, not on every key', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      const live = $(element, '[aria-live="polite"]')!;
      const changes: string[] = [];
      const observer = new MutationObserver(() => changes.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      await sendKeys({ type: 'Clear and kind' });
      await element.updateComplete;
      expect(changes).to.deep.equal([]);
      await waitUntil(() => changes.length > 0, 'the count was never announced', { timeout: 3000 });
      await aTimeout(100);
      observer.disconnect();
      expect(changes).to.deep.equal(['Characters left: 486']);
      // The visible counter is not itself a live region, so it is not read twice.
      expect($(element, '#count')!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('sending', () => {
    it('fires care-feedback and POSTs the same JSON with keepalive, then thanks the reader', async () => {
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK} page="immunotherapy-leukemia"></care-feedback>`);
      await answer(element, 'No');
      await typeComment(element, '  Please explain CAR T-cell therapy in simpler words.  ');
      const event = await send(element);
      const detail = { helpful: false, comment: 'Please explain CAR T-cell therapy in simpler words.', page: 'immunotherapy-leukemia' };
      expect(event).to.be.instanceOf(CareFeedbackEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail).to.deep.equal(detail);
      expect(requests).to.have.length(1);
      const { url, init } = requests[0]!;
      expect(url).to.equal(new URL(OK, location.href).href);
      expect(init!.method).to.equal('POST');
      expect(init!.keepalive).to.equal(true);
      const got = await received();
      expect(got.count).to.equal(1);
      expect(got.contentType).to.equal('application/json');
      expect(JSON.parse(got.body!)).to.deep.equal(detail);
      expect(status(element)).to.equal('Thank you for your feedback.');
      expect($(element, 'form')).to.equal(null);
      expect(focused(element)).to.equal($(element, '.message'));
    });

    it('shows that it is sending while the request is on its way', async () => {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push({ url: String(input), init });
        await held;
        return realFetch(input, init);
      };
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK}></care-feedback>`);
      await answer(element, 'Yes');
      buttonNamed(element, 'Send')!.click();
      await element.updateComplete;
      expect(status(element)).to.equal('Sending…');
      // A second press while sending sends nothing more.
      buttonNamed(element, 'Send')!.click();
      await element.updateComplete;
      expect(requests).to.have.length(1);
      release();
      await waitUntil(() => outcome(element), 'no outcome shown');
      expect(status(element)).to.equal('Thank you for your feedback.');
    });

    it('sends the page address without its #fragment, read when sending', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      const before = location.href;
      history.replaceState(null, '', '#faq');
      try {
        await answer(element, 'Yes');
        const event = await send(element);
        expect(event.detail.page).to.equal(location.href.replace('#faq', ''));
        expect(event.detail.page).not.to.contain('#');
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('sends no comment when the reader chooses to send without one', async () => {
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK}></care-feedback>`);
      await answer(element, 'Yes');
      await typeComment(element, 'Half a thought');
      const event = await send(element, 'Send without a comment');
      expect(event.detail.comment).to.equal('');
      expect(JSON.parse((await received()).body!).comment).to.equal('');
    });

    it('with collect="event" fires the event, makes no request, and thanks the reader', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      await typeComment(element, 'Clear');
      const event = await send(element);
      expect(event.detail.helpful).to.equal(true);
      expect(event.detail.comment).to.equal('Clear');
      expect(requests).to.have.length(0);
      expect(status(element)).to.equal('Thank you for your feedback.');
    });

    it('with neither an endpoint nor collect="event" is not shown, and warns once why', async () => {
      let element!: CareFeedback;
      const warnings = await captureWarnings(async () => {
        element = await render<CareFeedback>(html`<care-feedback></care-feedback>`);
        element.content = await fixture('feedback/post.json');
        await element.updateComplete;
        element.requestUpdate();
        await element.updateComplete;
      });
      expect(element.shadowRoot!.querySelector('button, form, [role="status"]')).to.equal(null);
      expect(shownText(element)).to.equal('');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.equal('care-feedback: not shown, as nothing collects the answers: set endpoint or collect="event"');
      element.setAttribute('collect', 'event');
      await element.updateComplete;
      expect(question(element)).to.equal('Was this post helpful?');
    });

    for (const endpoint of ['javascript:alert(1)', 'mailto:editor@example.org', 'data:text/plain,x']) {
      it(`never sends to an endpoint that is not http(s) or relative, nor counts it as collecting: ${endpoint}`, async () => {
        let hidden!: CareFeedback;
        const warnings = await captureWarnings(async () => {
          hidden = await render<CareFeedback>(html`<care-feedback endpoint=${endpoint}></care-feedback>`);
        });
        expect(hidden.shadowRoot!.querySelector('button')).to.equal(null);
        expect(warnings.join('\n')).to.contain('ignored endpoint').and.to.contain('not shown');
        let element!: CareFeedback;
        let event!: CareFeedbackEvent;
        await captureWarnings(async () => {
          element = await render<CareFeedback>(html`<care-feedback endpoint=${endpoint} collect="event"></care-feedback>`);
          await answer(element, 'Yes');
          event = await send(element);
        });
        expect(event.detail.helpful).to.equal(true);
        expect(requests).to.have.length(0);
      });
    }

    it('on failure says so, keeps the answer and comment, and sends them again on Try again', async () => {
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${FAIL}></care-feedback>`);
      await answer(element, 'No');
      await typeComment(element, 'The FAQ answer about relapse was unclear.');
      await send(element);
      expect(status(element)).to.equal('Your feedback could not be sent. Please try again.');
      expect(focused(element)).to.equal($(element, '.message'));
      expect(textarea(element)!.value).to.equal('The FAQ answer about relapse was unclear.');
      expect(answerButton(element, 'No').getAttribute('aria-pressed')).to.equal('true');
      expect((await received()).count).to.equal(1);

      // The endpoint recovers; Try again keeps focus while it sends, then thanks.
      element.endpoint = OK;
      await element.updateComplete;
      const retry = buttonNamed(element, 'Try again')!;
      retry.focus();
      const fired = oneEvent(element, CareFeedbackEvent.type) as Promise<CareFeedbackEvent>;
      retry.click();
      await element.updateComplete;
      expect(status(element)).to.equal('Sending…');
      expect(focused(element)).to.equal(retry);
      expect((await fired).detail.comment).to.equal('The FAQ answer about relapse was unclear.');
      await waitUntil(() => status(element) === 'Thank you for your feedback.', 'retry did not succeed');
      const got = await received();
      expect(got.count).to.equal(2);
      expect(JSON.parse(got.body!)).to.deep.equal({ helpful: false, comment: 'The FAQ answer about relapse was unclear.', page: location.href.split('#')[0] });
      expect(focused(element)).to.equal($(element, '.message'));
    });

    it('counts a network error as a failure', async () => {
      window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK}></care-feedback>`);
      await answer(element, 'Yes');
      await send(element);
      expect(buttonNamed(element, 'Try again')).to.exist;
    });
  });

  describe('keyboard', () => {
    it('can be answered, commented and sent with the keyboard alone', async () => {
      const wrapper = await render(html`<div><button>Before</button><care-feedback endpoint=${OK}></care-feedback></div>`);
      const element = wrapper.querySelector('care-feedback')!;
      await element.updateComplete;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(answerButton(element, 'Yes'));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(answerButton(element, 'No'));
      await shiftTab();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => textarea(element) && focused(element) === textarea(element), 'focus did not move to the comment field');
      await sendKeys({ type: 'Clear' });
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(buttonNamed(element, 'Send'));
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(buttonNamed(element, 'Send without a comment'));
      await shiftTab();
      const fired = oneEvent(element, CareFeedbackEvent.type) as Promise<CareFeedbackEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail).to.include({ helpful: true, comment: 'Clear' });
      await waitUntil(() => outcome(element), 'no outcome shown');
      expect(focused(element)).to.equal($(element, '.message'));
    });
  });

  describe('accessibility', () => {
    it('passes axe when asking', async () => {
      const element = await render(html`<care-feedback collect="event"></care-feedback>`);
      await expect(element).to.be.accessible();
    });

    it('passes axe with the comment field open', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      await typeComment(element, 'Clear');
      await expect(element).to.be.accessible();
    });

    it('passes axe while sending', async () => {
      window.fetch = () => new Promise<Response>(() => {});
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK}></care-feedback>`);
      await answer(element, 'Yes');
      buttonNamed(element, 'Send')!.click();
      await element.updateComplete;
      expect(status(element)).to.equal('Sending…');
      await expect(element).to.be.accessible();
    });

    it('passes axe after a success', async () => {
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${OK}></care-feedback>`);
      await answer(element, 'Yes');
      await send(element);
      await expect(element).to.be.accessible();
    });

    it('passes axe after a failure', async () => {
      const element = await render<CareFeedback>(html`<care-feedback endpoint=${FAIL}></care-feedback>`);
      await answer(element, 'No');
      await typeComment(element, 'Unclear');
      await send(element);
      await expect(element).to.be.accessible();
    });

    it('keeps the pressed answer and Send legible under the pointer', async () => {
      const element = await render<CareFeedback>(html`<care-feedback collect="event"></care-feedback>`);
      await answer(element, 'Yes');
      try {
        for (const button of [answerButton(element, 'Yes'), buttonNamed(element, 'Send')!]) {
          const { x, y, width, height } = button.getBoundingClientRect();
          await sendMouse({ type: 'move', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
          expect(button.matches(':hover')).to.equal(true);
          await expect(element).to.be.accessible();
        }
      } finally {
        await resetMouse();
      }
    });

    it('passes axe in a dark scheme with the comment field open', async () => {
      const wrapper = await render(html`<div style="color-scheme: dark; background: #121417; color: #e8eaed; padding: 1rem">
        <care-feedback collect="event"></care-feedback>
      </div>`);
      const element = wrapper.querySelector('care-feedback')!;
      await element.updateComplete;
      await answer(element, 'Yes');
      await expect(wrapper).to.be.accessible();
    });
  });
});

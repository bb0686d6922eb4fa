import { aTimeout, expect, fixture as render, html, oneEvent } from '@open-wc/testing';
import '../../src/callout/care-callout.js';
import type { CareCallout } from '../../src/callout/care-callout.js';
import { captureWarnings, fixture, fixtureText, nextError, nextLoad, shownText, waitUntil } from '../helpers.js';

const body = (element: CareCallout) => element.shadowRoot!.querySelector('[part="body"]')?.textContent?.trim();
const limitation = () => fixture('callout/limitation.json');
const takeaway = () => fixture('callout/takeaway.json');

describe('content contract', () => {
  describe('sources', () => {
    it('reads a JSON string from the content attribute', async () => {
      const json = await fixtureText('callout/limitation.json');
      const element = await render<CareCallout>(html`<care-callout content=${json}></care-callout>`);
      expect(body(element)).to.equal('Benefits remain modest for younger or low-risk AML patients. Predictive biomarkers of response continue under study.');
    });

    it('reads an object from the content property and says so in the load event', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const loaded = nextLoad(element);
      element.content = await takeaway();
      expect((await loaded).detail.source).to.equal('property');
      await element.updateComplete;
      expect(body(element)).to.match(/^Immunotherapy demonstrates proven benefits/);
    });

    it('reads a child JSON script', async () => {
      const json = await fixtureText('callout/limitation.json');
      const element = await render<CareCallout>(
        html`<care-callout><script type="application/json">${json}</script></care-callout>`,
      );
      expect(body(element)).to.match(/^Benefits remain modest/);
    });

    it('reads a JSON script that arrives after the element upgraded, as under a classic script in <head>', async () => {
      const element = document.createElement('care-callout') as CareCallout;
      document.body.append(element);
      await element.updateComplete;
      const script = document.createElement('script');
      script.type = 'application/json';
      element.append(script);
      const loaded = nextLoad(element);
      script.append(await fixtureText('callout/takeaway.json'));
      expect((await loaded).detail.source).to.equal('script');
      await element.updateComplete;
      expect(body(element)).to.match(/^Immunotherapy demonstrates/);
      element.remove();
    });

    it('re-reads the JSON script when its text changes', async () => {
      const element = await render<CareCallout>(
        html`<care-callout><script type="application/json">{"body":"First"}</script></care-callout>`,
      );
      const loaded = nextLoad(element);
      element.querySelector('script')!.textContent = '{"body":"Second"}';
      await loaded;
      await element.updateComplete;
      expect(body(element)).to.equal('Second');
    });

    it('fetches content from src', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const loaded = nextLoad(element);
      element.src = '/content/callout/limitation.json';
      expect((await loaded).detail.source).to.equal('src');
      await element.updateComplete;
      expect(body(element)).to.match(/^Benefits remain modest/);
    });
  });

  describe('precedence and last write wins', () => {
    it('prefers content over a script child, and a script child over src', async () => {
      const element = await render<CareCallout>(html`
        <care-callout content='{"body":"From the attribute"}' src="/content/callout/limitation.json">
          <script type="application/json">{"body":"From the script"}</script>
        </care-callout>
      `);
      expect(body(element)).to.equal('From the attribute');
      element.removeAttribute('content');
      await element.updateComplete;
      expect(body(element)).to.equal('From the script');
      const loaded = nextLoad(element);
      element.querySelector('script')!.remove();
      await loaded;
      await element.updateComplete;
      expect(body(element)).to.match(/^Benefits remain modest/);
    });

    it('lets the later of attribute and property win', async () => {
      const element = await render<CareCallout>(html`<care-callout content='{"body":"Attribute"}'></care-callout>`);
      element.content = { body: 'Property' };
      await element.updateComplete;
      expect(body(element)).to.equal('Property');
      element.setAttribute('content', '{"body":"Attribute again"}');
      await element.updateComplete;
      expect(body(element)).to.equal('Attribute again');
    });

    it('drops an older src response that arrives after a newer one', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      element.src = `/test-server/slow-json?delay=400&body=${encodeURIComponent('{"body":"Old"}')}`;
      await element.updateComplete;
      element.src = `/test-server/slow-json?delay=10&body=${encodeURIComponent('{"body":"New"}')}`;
      await nextLoad(element);
      await aTimeout(600);
      await element.updateComplete;
      expect(body(element)).to.equal('New');
    });

    it('aborts a pending src request when content arrives from a higher source', async () => {
      const element = await render<CareCallout>(html`<care-callout src="/test-server/slow-json?delay=300&body=%7B%22body%22%3A%22Late%22%7D"></care-callout>`);
      element.content = { body: 'Now' };
      await element.updateComplete;
      await aTimeout(500);
      expect(body(element)).to.equal('Now');
    });

    it('writes nothing after being removed mid-fetch', async () => {
      const element = await render<CareCallout>(html`<care-callout src="/test-server/slow-json?delay=200&body=%7B%22body%22%3A%22Late%22%7D"></care-callout>`);
      let events = 0;
      element.addEventListener('care-content-load', () => events++);
      element.addEventListener('care-content-error', () => events++);
      element.remove();
      await aTimeout(400);
      expect(events).to.equal(0);
      expect(element.shadowRoot!.querySelector('[part="body"]')).to.equal(null);
    });
  });

  describe('bad input', () => {
    const expectError = async (element: CareCallout, trigger: () => void) => {
      const failed = nextError(element);
      const warnings = await captureWarnings(async () => {
        trigger();
        await failed;
      });
      return { event: await failed, warnings };
    };

    it('reports malformed JSON at the document root and keeps the last good content', async () => {
      const element = await render<CareCallout>(html`<care-callout content='{"body":"Good"}'></care-callout>`);
      const malformed = await fixtureText('callout/invalid/malformed.json');
      const { event, warnings } = await expectError(element, () => element.setAttribute('content', malformed));
      expect(event.detail.source).to.equal('attribute');
      expect(event.detail.errors).to.have.length(1);
      expect(event.detail.errors[0]!.path).to.equal('');
      expect(event.detail.errors[0]!.message).to.match(/not valid JSON/);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^care-callout: kept its previous content \(from attribute\)/);
      await element.updateComplete;
      expect(body(element)).to.equal('Good');
    });

    it('names every wrong type by its JSON Pointer', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, async () => (element.content = await fixture('callout/invalid/wrong-types.json')));
      expect(event.detail.source).to.equal('property');
      expect(event.detail.errors.map((error) => error.path)).to.deep.equal(['/variant', '/title', '/body']);
      expect(event.detail.errors[0]!.message).to.equal('expected one of "info", "takeaway", "limitation", "warning", "disclaimer", got "urgent"');
      expect(event.detail.errors[1]!.message).to.equal('expected a string, got a number');
      expect(event.detail.errors[2]!.message).to.equal('expected a string, got an array');
    });

    it('names a wrong value briefly, however deep or long it is', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      let deep: unknown = 'bottom';
      for (let i = 0; i < 200_000; i++) deep = { variant: deep };
      const cases: [unknown, string][] = [
        [deep, 'an object'],
        ['x'.repeat(1_000_000), `"${'x'.repeat(60)}…"`],
        [Number.NaN, 'NaN'],
      ];
      for (const [variant, shown] of cases) {
        const { event } = await expectError(element, () => (element.content = { variant, body: 'x' } as never));
        expect(event.detail.errors).to.deep.equal([
          { path: '/variant', message: `expected one of "info", "takeaway", "limitation", "warning", "disclaimer", got ${shown}` },
        ]);
      }
    });

    it('reports a missing required field', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, async () => (element.content = await fixture('callout/invalid/missing-body.json')));
      expect(event.detail.errors).to.deep.equal([{ path: '/body', message: 'is required' }]);
    });

    it('reports content that is not an object', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, () => element.setAttribute('content', '[1, 2]'));
      expect(event.detail.errors).to.deep.equal([{ path: '', message: 'expected an object, got an array' }]);
    });

    it('ignores unknown fields with one warning that names them, and renders the rest', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const content = await fixture('callout/invalid/unknown-field.json');
      let errors = 0;
      element.addEventListener('care-content-error', () => errors++);
      const warnings = await captureWarnings(async () => {
        element.content = content;
        await element.updateComplete;
      });
      expect(warnings).to.deep.equal(['care-callout: ignored unknown field /colour (from property)']);
      expect(errors).to.equal(0);
      expect(body(element)).to.equal('Consult your medical team.');
    });

    it('reports a src that answers 404', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, () => (element.src = '/content/does-not-exist.json'));
      expect(event.detail.source).to.equal('src');
      expect(event.detail.errors[0]!.message).to.equal('src "/content/does-not-exist.json" answered HTTP 404 Not Found');
    });

    it('reports a src that answers 500', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, () => (element.src = '/test-server/server-error'));
      expect(event.detail.errors[0]!.message).to.match(/answered HTTP 500/);
    });

    it('reports a src that returns HTML instead of JSON', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, () => (element.src = '/test-server/html'));
      expect(event.detail.errors[0]!.message).to.equal('src "/test-server/html" did not return JSON (content type text/html; charset=utf-8)');
    });

    it('gives up on a src that never answers after src-timeout', async () => {
      const element = await render<CareCallout>(html`<care-callout src-timeout="150"></care-callout>`);
      const { event } = await expectError(element, () => (element.src = '/test-server/hang'));
      expect(event.detail.errors[0]!.message).to.equal('src "/test-server/hang" did not answer within 150 ms');
    });

    it('reports a src that cannot be reached', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      const { event } = await expectError(element, () => (element.src = 'http://127.0.0.1:9/unreachable.json'));
      expect(event.detail.errors[0]!.message).to.match(/could not be reached \(network error\)/);
    });

    it('keeps the last good content through every kind of failure', async () => {
      const element = await render<CareCallout>(html`<care-callout src-timeout="150"></care-callout>`);
      element.content = await limitation();
      await element.updateComplete;
      const failures: (() => void)[] = [
        () => element.setAttribute('content', '{oops'),
        () => (element.content = { body: 42 } as never),
      ];
      for (const fail of failures) {
        const failed = nextError(element);
        await captureWarnings(async () => {
          fail();
          await failed;
        });
        await element.updateComplete;
        expect(body(element)).to.match(/^Benefits remain modest/);
      }
      element.content = null;
      // Only the timeout case runs under a short src-timeout: on a busy machine any answer can take longer than 150 ms.
      const srcFailures: [string, RegExp, string][] = [
        ['/test-server/html', /did not return JSON/, '60000'],
        ['/test-server/hang', /did not answer within 150 ms$/, '150'],
        ['http://127.0.0.1:9/unreachable.json', /could not be reached/, '60000'],
      ];
      for (const [src, message, timeout] of srcFailures) {
        const failed = nextError(element);
        await captureWarnings(async () => {
          element.setAttribute('src-timeout', timeout);
          element.src = src;
          const { detail } = await failed;
          const messages = detail.errors.map((error) => error.message);
          expect(messages.length === 1 && message.test(messages[0]!), `${src}: ${JSON.stringify(messages)}`).to.equal(true);
        });
        await element.updateComplete;
        expect(body(element), src).to.match(/^Benefits remain modest/);
      }
    });
  });

  describe('nothing valid yet', () => {
    it("shows the author's light-DOM fallback", async () => {
      const element = await render<CareCallout>(html`<care-callout content="{oops"><p>Read the article</p></care-callout>`);
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot.hidden).to.equal(false);
      expect(element.shadowRoot!.querySelector('.care-error')).to.equal(null);
      expect(element.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('shows a short message when there is no fallback, and replaces it once content is valid', async () => {
      const warnings = await captureWarnings(async () => {
        const element = await render<CareCallout>(html`<care-callout content="{oops"></care-callout>`);
        expect(shownText(element)).to.equal('This content could not be shown.');
        element.setAttribute('content', '{"body":"Fixed"}');
        await element.updateComplete;
        expect(body(element)).to.equal('Fixed');
        expect(element.shadowRoot!.querySelector('.care-error')).to.equal(null);
      });
      expect(warnings).to.have.length(1);
    });

    it('takes no comment or template for fallback, since a reader sees neither', async () => {
      await captureWarnings(async () => {
        const element = await render<CareCallout>(
          html`<care-callout content="{oops"><!-- a note for editors --><template><p>Inert</p></template></care-callout>`,
        );
        expect(shownText(element)).to.equal('This content could not be shown.');
      });
    });

    it('hides the fallback once valid content shows', async () => {
      const element = await render<CareCallout>(html`<care-callout content='{"body":"Valid"}'><p>Fallback</p></care-callout>`);
      expect(element.shadowRoot!.querySelector('slot')!.hidden).to.equal(true);
      expect(element.querySelector('p')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('a server-rendered shadow root', () => {
    it('is drawn again, not added to, where lit has no hydration support', async () => {
      const container = document.createElement('div');
      container.setHTMLUnsafe(
        `<care-callout content='{"body":"From the content."}'><template shadowrootmode="open"><p>From the server.</p></template></care-callout>`,
      );
      document.body.append(container);
      const element = container.querySelector<CareCallout>('care-callout')!;
      await element.updateComplete;
      expect(shownText(element)).to.not.include('From the server.');
      expect(body(element)).to.equal('From the content.');
      container.remove();
    });
  });

  describe('events', () => {
    it('fires bubbling, composed events that cross shadow roots', async () => {
      const host = await render(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const element = document.createElement('care-callout') as CareCallout;
      root.append(element);
      const loaded = oneEvent(host, 'care-content-load');
      element.content = { body: 'x' };
      const event = await loaded;
      expect(event.bubbles && event.composed).to.equal(true);
      const failed = oneEvent(host, 'care-content-error');
      await captureWarnings(async () => {
        element.content = {} as never;
        await failed;
      });
      expect((await failed).bubbles && (await failed).composed).to.equal(true);
    });

    it('does not parse unchanged content again', async () => {
      const element = await render<CareCallout>(html`<care-callout></care-callout>`);
      let loads = 0;
      element.addEventListener('care-content-load', () => loads++);
      const content = { body: 'Once' };
      element.content = content;
      await element.updateComplete;
      element.requestUpdate();
      element.variant = 'warning';
      await element.updateComplete;
      expect(loads).to.equal(1);
    });
  });

  describe('labels and language', () => {
    it("follows the nearest lang, including a change to an ancestor's", async () => {
      const wrapper = await render(html`<div lang="es"><care-callout content='{"variant":"warning","body":"x"}'></care-callout></div>`);
      const element = wrapper.querySelector('care-callout')!;
      await element.updateComplete;
      const kind = () => element.shadowRoot!.querySelector('.kind')!.textContent!.replace(':', '').trim();
      expect(kind()).to.equal('Advertencia');
      wrapper.setAttribute('lang', 'en-GB');
      await waitUntil(() => kind() === 'Warning', 'label did not switch to English');
      element.setAttribute('lang', 'es-MX');
      await waitUntil(() => kind() === 'Advertencia', 'own lang did not win');
    });

    it('falls back to English for a language without translations', async () => {
      const element = await render<CareCallout>(html`<care-callout lang="fi" content='{"variant":"limitation","body":"x"}'></care-callout>`);
      expect(element.shadowRoot!.querySelector('.kind')!.textContent).to.contain('Limitation');
    });

    it('lets the content override a label', async () => {
      const element = await render<CareCallout>(html`<care-callout content='{"variant":"takeaway","body":"x","labels":{"takeaway":"Key point"}}'></care-callout>`);
      expect(element.shadowRoot!.querySelector('.kind')!.textContent).to.contain('Key point');
    });
  });
});

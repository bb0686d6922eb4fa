import { expect, fixture as render, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render as litRender, noChange } from 'lit';
import '../../src/callout/care-callout.js';
import '../../src/quote/care-quote.js';
import { itOnlyInChromium } from '../engines.js';
import { parseRichText, renderInlineText, renderRichText, toPlainText } from '../../src/core/rich-text.js';
import { safeUrl } from '../../src/core/url.js';
import { pwned } from '../helpers.js';

const rendered = async (text: string) => {
  const host = await render<HTMLDivElement>(html`<div></div>`);
  litRender(renderRichText(text), host);
  return host;
};

describe('rich text', () => {
  it('makes paragraphs from blank lines and bullet lists from "- " lines', async () => {
    const host = await rendered('First paragraph\ncontinues.\n\nIntro:\n- one\n- two\n\nLast.');
    expect([...host.children].map((child) => child.tagName)).to.deep.equal(['P', 'P', 'UL', 'P']);
    expect(host.querySelector('p')!.textContent).to.equal('First paragraph continues.');
    expect([...host.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['one', 'two']);
  });

  it('renders strong, emphasis and nesting', async () => {
    const host = await rendered('A **strong *and emphatic* claim** and *one*.');
    expect(host.querySelector('strong')!.textContent).to.equal('strong and emphatic claim');
    expect(host.querySelector('strong em')!.textContent).to.equal('and emphatic');
    expect(host.querySelectorAll('em')).to.have.length(2);
  });

  it('leaves stray and escaped markers as text', async () => {
    const host = await rendered('5 * 3 * 2 = 30, a \\*literal\\* star, **unclosed');
    expect(host.querySelector('em, strong')).to.equal(null);
    expect(host.textContent).to.equal('5 * 3 * 2 = 30, a *literal* star, **unclosed');
  });

  it('links safe URLs and marks external ones noopener noreferrer', async () => {
    const host = await rendered('[NCI](https://www.cancer.gov/) [top](#top) [mail](mailto:a@example.org) [call](tel:+10000000) [page](/trials?x=(1))');
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.cancer.gov/', '#top', 'mailto:a@example.org', 'tel:+10000000', '/trials?x=(1)']);
    expect(links[0]!.rel).to.equal('noopener noreferrer');
    expect(links[1]!.hasAttribute('rel')).to.equal(false);
  });

  it('keeps unsafe links as their text', async () => {
    const host = await rendered(
      '[a](javascript:window.__pwned=true) [b](JaVaScRiPt:window.__pwned=true) [c](java\tscript:window.__pwned=true) [d](data:text/html,<script>parent.__pwned=true</script>) [e](vbscript:msgbox) [f]( javascript:window.__pwned=true)',
    );
    expect(host.querySelectorAll('a')).to.have.length(0);
    expect(host.textContent).to.equal('a b c d e f');
    host.querySelectorAll('*').forEach((node) => (node as HTMLElement).click());
    expect(pwned()).to.equal(false);
  });

  it('shows HTML in text as text', async () => {
    const host = await rendered('<img src=x onerror="window.__pwned=true"> <b>not bold</b>');
    expect(host.querySelector('img, b')).to.equal(null);
    expect(host.textContent).to.equal('<img src=x onerror="window.__pwned=true"> <b>not bold</b>');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pwned()).to.equal(false);
  });

  it('builds the markup as plain nodes, with no template markers inside it', async () => {
    const host = await rendered('A **strong** [link](https://example.org/) and *more*.\n\n- one\n- two *items*');
    expect([...host.children].map((child) => child.localName)).to.deep.equal(['p', 'ul']);
    const comments = document.createTreeWalker(host, NodeFilter.SHOW_COMMENT);
    while (comments.nextNode()) expect(comments.currentNode.parentNode).to.equal(host);
  });

  it('replaces its nodes when the text changes, and renders inline text without a paragraph', async () => {
    const host = await rendered('Before.');
    litRender(renderRichText('After, **now**.'), host);
    expect(host.querySelectorAll('p')).to.have.length(1);
    expect(host.textContent).to.equal('After, now.');
    litRender(renderInlineText('Inline *text*.'), host);
    expect(host.querySelector('p')).to.equal(null);
    expect(host.querySelector('em')!.textContent).to.equal('text');
  });

  it("keeps a server's rendering as it is when it hydrates, and draws its own once the text changes", () => {
    const richText = (text: string) =>
      renderRichText(text) as unknown as {
        _$litDirective$: new (part: unknown) => { update(part: unknown, values: unknown[]): unknown };
        values: unknown[];
      };
    const { _$litDirective$: RichText, values } = richText('Server **text**.');
    const serverPart = { type: 2, startNode: document.createComment('lit-part AbCd') };
    const directive = new RichText(serverPart);
    expect(directive.update(serverPart, values)).to.equal(noChange);
    expect(directive.update(serverPart, values)).to.equal(noChange);
    const changed = directive.update(serverPart, richText('Changed **text**.').values) as DocumentFragment;
    expect(changed).to.be.instanceOf(DocumentFragment);
    expect(changed.textContent).to.equal('Changed text.');
  });

  it('keeps a parsed text for the rest of the task only, so that drawn text is not also kept as a tree', async () => {
    const text = 'Kept **for** this task.';
    const parsed = parseRichText(text);
    expect(parseRichText(text), 'validation and rendering in one task share the parse').to.equal(parsed);
    await new Promise((resolve) => setTimeout(resolve));
    expect(parseRichText(text)).to.not.equal(parsed);
    expect(parseRichText(text)).to.deep.equal(parsed);
  });

  it('gives plain text without markup', () => {
    expect(toPlainText('A **b** [c](https://x.org)\n\n- d\n- *e*')).to.equal('A b c\n\nd\ne');
  });

  it('accepts only http(s), mailto, tel, relative and fragment URLs', () => {
    for (const ok of ['https://a.org', 'HTTP://a.org', 'mailto:x@y.z', 'tel:123', '/a', './a', 'a/b:c', '#frag', '?q=1', '//cdn.example.org/x']) {
      expect(safeUrl(ok), ok).to.equal(ok);
    }
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', ':x', '']) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });

  it('shows markup nested thousands deep as text instead of overflowing the stack', async () => {
    const text = `${'['.repeat(5000)}deep${'](#x)'.repeat(5000)}`;
    expect(toPlainText(text)).to.contain('deep');
    const host = await rendered(text);
    expect(host.textContent).to.contain('deep');
    expect(host.querySelectorAll('a').length).to.be.within(1, 13);
  });

  it('parses hundreds of thousands of openers that never close, each shown as typed', () => {
    for (const unit of ['*a ', '[a](', '[', '(']) {
      const text = `${unit.repeat(100_000)}end`;
      // Compared as a boolean: a failure must not print 300 000 characters.
      expect(toPlainText(text) === text, unit).to.equal(true);
    }
  });

  itOnlyInChromium('WebDriver (BiDi in Firefox, Classic in WebKit) cannot emulate print media')('prints the address of every absolute link after it, in every element', async () => {
    const wrapper = await render(html`<div>
      <care-callout .content=${{ body: 'See [the trial](https://example.org/trial), [mail us](mailto:care@example.org) or [below](#below).' }}></care-callout>
      <care-quote .content=${{ text: 'Words.', author: 'Dr A', source: { title: 'Interview', url: 'https://example.org/interview' } }}></care-quote>
    </div>`);
    const links = [...wrapper.children].flatMap((element) => [...element.shadowRoot!.querySelectorAll('a')]);
    const printed = () => links.map((link) => getComputedStyle(link, '::after').content);
    expect(printed()).to.deep.equal(['none', 'none', 'none', 'none']);
    await emulateMedia({ media: 'print' });
    try {
      expect(printed()).to.deep.equal(['" (https://example.org/trial)"', '" (mailto:care@example.org)"', 'none', '" (https://example.org/interview)"']);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

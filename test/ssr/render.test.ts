import { expect } from '@open-wc/testing';
import { bundleFrame, fixtureAttributes, fixtures, links, readerText, renderInBrowser, renderOnServer } from './helpers.js';

const fixtureText = async (file: string) => (await fetch(`/${file}`)).text();

/** Parses server HTML here, where the elements are not defined: the declarative shadow root is what the server wrote. */
const parse = (html: string) => {
  const container = document.createElement('div');
  container.setHTMLUnsafe(html);
  return container.firstElementChild as HTMLElement;
};

/** What the bundle's element reports in the browser for content given as its attribute. */
const reportInBrowser = async (tag: string, json: string) => {
  const { window: frameWindow, document: frameDocument } = await bundleFrame();
  const element = frameDocument.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  const errors: unknown[] = [];
  const warnings: string[] = [];
  element.addEventListener('care-content-error', (event) => errors.push(...(event as CustomEvent).detail.errors));
  const warn = frameWindow.console.warn;
  frameWindow.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    element.setAttribute('content', json);
    frameDocument.body.append(element);
    await element.updateComplete;
  } finally {
    frameWindow.console.warn = warn;
    element.remove();
  }
  return { errors, warnings };
};

/** JSON.parse words its complaint differently in each JavaScript engine (Node's V8 is older than Chromium's); the rest must match. */
const withoutParserDetail = (text: string) => text.replace(/is not valid JSON \(.*\)/g, 'is not valid JSON (…)');
const sameIssues = (issues: unknown[]) =>
  (issues as { path: string; message: string }[]).map(({ path, message }) => ({ path, message: withoutParserDetail(message) }));

describe('renderToString', () => {
  for (const { tag, file } of fixtures.filter((fixture) => !fixture.invalid)) {
    it(`renders ${file} as <${tag}> with a declarative shadow root holding what the browser shows`, async () => {
      const json = await fixtureText(file);
      const result = await renderOnServer(tag, JSON.parse(json), fixtureAttributes(tag));
      if (!result.ok) expect.fail(JSON.stringify(result.errors));
      const element = parse(result.html);
      expect(element.localName).to.equal(tag);
      expect(element.shadowRoot, 'declarative shadow root').to.not.equal(null);
      expect(JSON.parse(element.getAttribute('content')!)).to.deep.equal(JSON.parse(json));
      const browser = await renderInBrowser(tag, json);
      expect(readerText(element)).to.equal(browser.text);
      expect(links(element)).to.deep.equal(browser.links);
    });
  }

  for (const { tag, file } of fixtures.filter((fixture) => fixture.invalid)) {
    it(`reports the browser's errors and warnings for ${file}`, async () => {
      const json = await fixtureText(file);
      const [server, browser] = await Promise.all([renderOnServer(tag, json), reportInBrowser(tag, json)]);
      expect(server.ok).to.equal(browser.errors.length === 0);
      if (!server.ok) expect(sameIssues(server.errors)).to.deep.equal(sameIssues(browser.errors));
      expect(server.warnings.map(withoutParserDetail)).to.deep.equal(browser.warnings.map(withoutParserDetail));
    });
  }

  it('answers with an error, not an exception, for an unknown element, a misnamed attribute and content that is not JSON', async () => {
    const [{ tag }] = fixtures;
    expect(await renderOnServer('care-nothing', {})).to.deep.equal({
      ok: false,
      errors: [{ path: '', message: '<care-nothing> is not a care element' }],
      warnings: [],
    });
    expect(await renderOnServer('div', {})).to.include({ ok: false });
    expect((await renderOnServer(tag, {}, { content: '{}' })).ok).to.equal(false);
    expect((await renderOnServer(tag, {}, { 'on click': 'x' })).ok).to.equal(false);
    const notJson = await renderOnServer(tag, '{"body": ');
    expect(notJson.ok).to.equal(false);
    if (!notJson.ok) expect(notJson.errors[0]!.message).to.match(/^is not valid JSON/);
  });

  it('writes rich text as static HTML: no template markers inside it, its text escaped, each term naming its toggletip', async () => {
    const content = {
      body: '**Bold** <script>window.__pwned = 1</script> & [a "link"](https://example.org/?a=1&b=2) with [[remission]].',
      glossary: [{ id: 'remission', term: 'remission', definition: 'Signs <b>go</b> away.', checkedAgainst: { title: 'NCI', url: 'https://www.cancer.gov/' } }],
    };
    const result = await renderOnServer('care-callout', content);
    if (!result.ok) expect.fail(JSON.stringify(result.errors));
    const paragraph = parse(result.html).shadowRoot!.querySelector('[part=body] p')!;
    const comments = document.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT);
    expect(comments.nextNode()?.textContent, 'a template marker inside the paragraph').to.equal(undefined);
    expect(paragraph.querySelector('script, b')?.localName).to.equal(undefined);
    expect(paragraph.textContent).to.contain('<script>window.__pwned = 1</script> & a "link"');
    expect(paragraph.querySelector('strong')!.textContent).to.equal('Bold');
    expect(paragraph.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/?a=1&b=2');
    const term = paragraph.querySelector<HTMLButtonElement>('button.term')!;
    expect(term.popoverTargetElement === paragraph.querySelector('[popover]'), 'the term names its toggletip').to.equal(true);
    expect(term.popoverTargetElement!.textContent).to.equal('remission: Signs <b>go</b> away. (NCI)');
  });

  it('writes attributes: text as given, true bare, false and null left out, and lang "en" unless given', async () => {
    const { tag, file } = fixtures.find((fixture) => !fixture.invalid)!;
    const content = JSON.parse(await fixtureText(file));
    const plain = await renderOnServer(tag, content, { 'data-kept': 'a "quoted" & <b>', 'data-bare': true, 'data-false': false, 'data-null': null });
    if (!plain.ok) expect.fail(JSON.stringify(plain.errors));
    const element = parse(plain.html);
    expect(element.getAttribute('data-kept')).to.equal('a "quoted" & <b>');
    expect(element.getAttribute('data-bare')).to.equal('');
    expect(element.hasAttribute('data-false') || element.hasAttribute('data-null')).to.equal(false);
    expect(element.getAttribute('lang')).to.equal('en');
    const spanish = await renderOnServer(tag, content, { lang: 'es' });
    if (!spanish.ok) expect.fail(JSON.stringify(spanish.errors));
    expect(parse(spanish.html).getAttribute('lang')).to.equal('es');
  });
});

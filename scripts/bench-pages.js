// The pages that `npm run bench` loads: each piece of content once with the
// elements and once as static HTML with no script, built from the same data.

/** The space reservation that docs/performance.md recommends, word for word (a test holds them together). */
export const RESERVE_CSS = [
  'care-article:not(:defined), care-faq:not(:defined) { display: block; min-block-size: 100vh; }',
  'care-callout:not(:defined), care-quote:not(:defined), care-stat:not(:defined), care-feedback:not(:defined) { display: block; min-block-size: 8rem; }',
  'care-takeaways:not(:defined), care-therapy-card:not(:defined) { display: block; min-block-size: 15rem; }',
].join('\n');

/** How late the bundle arrives on the pages that measure layout shift while it loads. */
export const LATE_MS = 300;

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON that cannot end the script element it sits in. */
const scriptJson = (value) => JSON.stringify(value).replace(/<\//g, '<\\/').replace(/<!--/g, '<\\!--');

const SHIFT_OBSERVER = `window.layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
}).observe({ type: 'layout-shift', buffered: true });`;

/**
 * Main-thread tasks over 50 ms and first contentful paint, which the phone
 * measurements read, and when the bundle defines its first element: the long
 * task under way then is the one that runs the script.
 */
const TASK_OBSERVER = `window.longTasks = [];
{
  const define = customElements.define;
  customElements.define = function (...args) {
    window.firstDefine ??= performance.now();
    return define.apply(this, args);
  };
}
new PerformanceObserver((list) => {
  for (const { startTime, duration } of list.getEntries()) window.longTasks.push({ start: startTime, duration });
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.firstContentfulPaint = entry.startTime;
}).observe({ type: 'paint', buffered: true });`;

/**
 * Runs in both variants of every page, before anything else: sums layout
 * shifts, and sets `window.benchReady` to the time (ms from navigation start)
 * at which the content is in the DOM and laid out. `ready()` is what each
 * variant awaits first.
 */
const harness = (ready) => `<script>
${SHIFT_OBSERVER}
${TASK_OBSERVER}
window.nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = resolve;
  channel.port2.postMessage(0);
}));
document.addEventListener('DOMContentLoaded', async () => {
  ${ready}
  document.body.offsetHeight;
  performance.mark('bench-ready');
  window.benchReady = performance.now();
});
</script>`;

/** Every care element in the page, including those inside other elements' shadow roots, has rendered. */
const elementsReady = (tags) => `const rendered = async (root) => {
    for (const element of root.querySelectorAll('${tags.join(',')}')) {
      await customElements.whenDefined(element.localName);
      await element.updateComplete;
      if (element.shadowRoot) await rendered(element.shadowRoot);
    }
  };
  await rendered(document);`;

const page = ({ title, head = '', body, ready = '' }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body { margin: 2rem auto; max-inline-size: 46rem; padding: 0 1rem; font: 16px/1.5 system-ui, sans-serif; }</style>
${harness(ready)}
${head}
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
<p>Text after the content, which moves if the content above it changes size.</p>
</body>
</html>
`;

/**
 * An element page: the bundle as the README embeds it, the space reservation,
 * the content as a JSON script child. `tags` are every element's tag, which
 * the page awaits wherever they appear. A `late` page loads the bundle as a
 * module script that the server answers LATE_MS late, so the page is drawn
 * before the elements upgrade.
 */
export const elementPage = ({ title, tag, content, tags, late = false, defer = false }) =>
  page({
    title,
    head: `<style>${RESERVE_CSS}</style>\n${
      late ? `<script type="module" src="/dist/care-elements.js?delay=${LATE_MS}"></script>` : `<script${defer ? ' defer' : ''} src="/dist/care-elements.js"></script>`
    }`,
    body: `<${tag}><script type="application/json">${scriptJson(content)}</script></${tag}>`,
    ready: elementsReady(tags),
  });

export const staticPage = ({ title, html }) => page({ title, body: html });

/**
 * A server-rendered page: the element's HTML from `renderToString`, and with
 * `hydrate` the hydrating bundle as the last thing in the body, as
 * `care-elements render --page` writes it. Its content is rendered once it is
 * parsed, so it awaits nothing.
 */
export const serverPage = ({ title, html, hydrate }) =>
  page({ title, body: `${html}${hydrate ? '\n<script src="/dist/care-elements-hydrate.js"></script>' : ''}` });

/**
 * One element with one content fixture between a paragraph and more text,
 * its bundle arriving LATE_MS late, with or without the space reservation:
 * what an upgrade shifts on a page drawn before it.
 */
export const shiftPage = ({ tag, json, reserve }) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body { margin: 2rem auto; max-inline-size: 46rem; padding: 0 1rem; font: 16px/1.5 system-ui, sans-serif; }${reserve ? `\n${RESERVE_CSS}` : ''}</style>
<script>
${SHIFT_OBSERVER}
</script>
<script type="module" src="/dist/care-elements.js?delay=${LATE_MS}"></script>
</head>
<body>
<h1>A page</h1>
<p>A paragraph before the element.</p>
<${tag}><script type="application/json">${json.replace(/<\//g, '<\\/')}</script></${tag}>
${'<p>Text after the element, which moves if the element changes size.</p>\n'.repeat(30)}</body>
</html>
`;

/** A FAQ of `count` questions: text of a typical answer's length, a list, and inline markup. */
export const faqContent = (count) => ({
  title: `${count} questions`,
  items: Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    return {
      question: `Question ${n}: what does this benchmark answer say?`,
      answer: [
        `This is answer ${n}. It is as long as a typical answer in a patient FAQ, two or three sentences that wrap over a few lines, so that layout has real work to do.`,
        `It also has **strong text** and [a link](https://example.org/faq/${n}), and a short list:`,
        `- the first point of answer ${n}\n- the second point`,
      ].join('\n\n'),
    };
  }),
});

/** The same FAQ written by hand: one `<details>` per question, closed. */
export const faqStaticHtml = ({ title, items }) =>
  `<h2>${escapeHtml(title)}</h2>\n` +
  items
    .map((_, index) => {
      const n = index + 1;
      return `<details><summary><h3>Question ${n}: what does this benchmark answer say?</h3></summary>
<p>This is answer ${n}. It is as long as a typical answer in a patient FAQ, two or three sentences that wrap over a few lines, so that layout has real work to do.</p>
<p>It also has <strong>strong text</strong> and <a href="https://example.org/faq/${n}">a link</a>, and a short list:</p>
<ul><li>the first point of answer ${n}</li><li>the second point</li></ul></details>`;
    })
    .join('\n');

/**
 * Runs in a page whose elements have rendered: the page's content as static
 * HTML, each element replaced by what it drew (its shadow root, styles,
 * scripts and slots left out). This gives the static twin of content, such
 * as a whole article, whose hand-written HTML the benchmark cannot know.
 */
export function flattenRendered() {
  const skip = new Set(['style', 'script', 'slot', 'template']);
  const attributes = (element) => [...element.attributes].map(({ name, value }) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
  const text = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area', 'track']);
  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return text(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const name = node.localName;
    if (skip.has(name)) return '';
    if (node.shadowRoot) return `<div>${[...node.shadowRoot.childNodes].map(serialize).join('')}</div>`;
    const inner = [...node.childNodes].map(serialize).join('');
    return VOID.has(name) ? `<${name}${attributes(node)}>` : `<${name}${attributes(node)}>${inner}</${name}>`;
  };
  const main = document.body.querySelector('h1 + *');
  return serialize(main);
}

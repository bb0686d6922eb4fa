// The phone part of `npm run bench`: each page loaded with the CPU slowed
// down as on a mid-range phone, 412 px wide with touch, in every way the
// elements can be embedded, against the same content as static HTML.
import { elementPage, faqContent, faqStaticHtml, flattenRendered, serverPage, staticPage } from './bench-pages.js';

/** How much slower than this machine's CPU the page runs (CDP Emulation.setCPUThrottlingRate). */
export const PHONE_SLOWDOWN = 4;
/** A mid-range phone's screen, as Lighthouse's mobile preset emulates it. */
export const PHONE_VIEWPORT = { width: 412, height: 915, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
/** The page is quiet once no task over 50 ms has run for this long after load. */
const QUIET_MS = 2000;
/** A page that is never quiet is measured after this long. */
const QUIET_LIMIT_MS = 30000;

/** Every way of embedding a page that is measured, static HTML first: the others are ratios to it. */
export const PHONE_VARIANTS = [
  { id: 'static', label: 'static HTML' },
  { id: 'head', label: 'script tag, classic in <head>' },
  { id: 'defer', label: 'script tag, defer' },
  { id: 'ssr', label: 'server-rendered, hydrating bundle' },
  { id: 'ssr-noscript', label: 'server-rendered, no script' },
];

export const PHONE_METRICS = [
  { key: 'fcp', name: 'First contentful paint', unit: 'ms' },
  { key: 'render', name: 'Every element rendered and laid out', unit: 'ms' },
  { key: 'tasks', name: 'Tasks over 50 ms, load until quiet', unit: '' },
  { key: 'longest', name: 'Longest task', unit: 'ms' },
  { key: 'tasksAfterPaint', name: 'Tasks over 50 ms after first contentful paint', unit: '' },
  { key: 'longestAfterPaint', name: 'Longest task after first contentful paint', unit: 'ms' },
  { key: 'longestOtherAfterPaint', name: "Longest task after first contentful paint, besides the script's own", unit: 'ms' },
  { key: 'scriptTask', name: 'The task that runs the script (compile, define, first work), 0 if under 50 ms', unit: 'ms' },
  { key: 'tbt', name: 'Total Blocking Time, first contentful paint until quiet', unit: 'ms' },
  { key: 'tap', name: 'Tap on the first FAQ question → next frame', unit: 'ms' },
  { key: 'heap', name: 'JS heap once quiet, after garbage collection', unit: 'MB' },
  { key: 'cls', name: 'Cumulative Layout Shift until quiet', unit: '' },
];

/**
 * Adds the phone pages to `pages` (path → HTML): /phone/<content>.<variant>.html.
 * The server-rendered pages come from `renderToString`; the static twin of
 * the article is made by a measuring run (`staticArticle`), from what the
 * server-rendered article shows.
 */
export const addPhonePages = async ({ pages, tags, article }) => {
  const { renderToString } = await import('../dist/esm/ssr.js');
  const contents = [];
  const add = ({ id, label, tag, content, attributes, staticHtml }) => {
    const title = label;
    const rendered = renderToString(tag, content, attributes);
    if (!rendered.html) throw new Error(`${id}: the server could not render it (${JSON.stringify(rendered.errors)})`);
    if (staticHtml !== undefined) pages.set(`/phone/${id}.static.html`, staticPage({ title, html: staticHtml }));
    pages.set(`/phone/${id}.head.html`, elementPage({ title, tag, content, tags }));
    pages.set(`/phone/${id}.defer.html`, elementPage({ title, tag, content, tags, defer: true }));
    pages.set(`/phone/${id}.ssr.html`, serverPage({ title, html: rendered.html, hydrate: true }));
    pages.set(`/phone/${id}.ssr-noscript.html`, serverPage({ title, html: rendered.html, hydrate: false }));
    contents.push({ id, label });
  };
  if (article) add({ id: 'article', label: 'Seed article', tag: 'care-article', content: article, attributes: { 'structured-data': true } });
  for (const count of [100, 1000]) {
    const content = faqContent(count);
    add({ id: `faq-${count}`, label: `FAQ, ${count} items`, tag: 'care-faq', content, attributes: { 'structured-data': true }, staticHtml: faqStaticHtml(content) });
  }
  return contents;
};

/** Runs in the page: true once no long task has ended within `quietMs`, and the page has loaded. */
function isQuiet(quietMs) {
  if (document.readyState !== 'complete' || window.benchReady === undefined) return false;
  const lastEnd = Math.max(0, ...window.longTasks.map(({ start, duration }) => start + duration));
  return performance.now() - lastEnd >= quietMs;
}

/** Runs in the page: the first FAQ question's centre, scrolled into the middle of the screen. */
function questionPoint() {
  const find = (root) => {
    const found = root.querySelector('button[part="question"], summary');
    if (found) return found;
    for (const host of root.querySelectorAll('*')) {
      const inside = host.shadowRoot && find(host.shadowRoot);
      if (inside) return inside;
    }
    return null;
  };
  const question = find(document);
  if (!question) return null;
  question.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = question.getBoundingClientRect();
  return { x: x + width / 2, y: y + height / 2 };
}

/** Runs in the page: records the time from the next pointerdown to the frame after its click has been handled. */
function watchTap() {
  window.tapTime = undefined;
  addEventListener(
    'pointerdown',
    (down) => {
      addEventListener(
        'click',
        () =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => (window.tapTime = performance.now() - down.timeStamp);
            channel.port2.postMessage(0);
          }),
        { once: true, capture: true },
      );
    },
    { once: true, capture: true },
  );
}

const waitQuiet = (page) => page.waitForFunction(isQuiet, { timeout: QUIET_LIMIT_MS, polling: 250 }, QUIET_MS).catch(() => undefined);

/** The long task that ran the bundle: the one under way when it defined its first element (undefined if under 50 ms). */
export const scriptTaskOf = (longTasks, firstDefine) =>
  firstDefine === undefined ? undefined : longTasks.find(({ start, duration }) => start <= firstDefine && firstDefine <= start + duration);

/** Loads one page in a fresh tab on the slowed CPU and measures it. */
export const measurePhone = async (browser, url, { tap = true } = {}) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewport(PHONE_VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_SLOWDOWN });
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady !== undefined, { timeout: 120000 });
  await waitQuiet(page);
  const load = await page.evaluate(() => ({
    fcp: window.firstContentfulPaint,
    render: window.benchReady,
    longTasks: window.longTasks,
    firstDefine: window.firstDefine,
    cls: window.layoutShift,
  }));
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const afterPaint = load.longTasks.filter(({ start }) => start >= load.fcp);
  const scriptTask = scriptTaskOf(load.longTasks, load.firstDefine);
  const result = {
    fcp: load.fcp,
    render: load.render,
    tasks: load.longTasks.length,
    longest: Math.max(0, ...load.longTasks.map(({ duration }) => duration)),
    tasksAfterPaint: afterPaint.length,
    longestAfterPaint: Math.max(0, ...afterPaint.map(({ duration }) => duration)),
    longestOtherAfterPaint: Math.max(0, ...afterPaint.filter((task) => task !== scriptTask).map(({ duration }) => duration)),
    scriptTask: scriptTask?.duration ?? 0,
    tbt: afterPaint.reduce((sum, { duration }) => sum + duration - 50, 0),
    heap: metrics.JSHeapUsedSize / 1e6,
    cls: load.cls,
  };
  if (tap) {
    const point = await page.evaluate(questionPoint);
    if (point) {
      await waitQuiet(page);
      await page.evaluate(watchTap);
      await page.touchscreen.tap(point.x, point.y);
      await page.waitForFunction(() => window.tapTime !== undefined, { timeout: 30000 });
      result.tap = await page.evaluate(() => window.tapTime);
    }
  }
  await page.close();
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return result;
};

/** The article's static twin: what the server-rendered article shows, flattened out of its shadow roots. */
export const staticArticle = async (browser, url) => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.benchReady !== undefined);
  const html = await page.evaluate(flattenRendered);
  await page.close();
  return html;
};

/** Adds the static page of every content that has none yet (the article's), made from its server-rendered page as served at `origin`. */
export const addStaticTwins = async ({ browser, origin, pages, contents }) => {
  for (const { id } of contents)
    if (!pages.has(`/phone/${id}.static.html`))
      pages.set(`/phone/${id}.static.html`, staticPage({ title: 'Seed article', html: await staticArticle(browser, `${origin}/phone/${id}.ssr-noscript.html`) }));
};

/**
 * `runs` rounds over every content and variant, each round in a rotated
 * order so that no variant always meets a warmer machine.
 * Returns content id → variant id → samples.
 */
export const runPhone = async ({ browser, origin, pages, contents, runs, progress }) => {
  await addStaticTwins({ browser, origin, pages, contents });
  const samples = new Map(contents.map(({ id }) => [id, Object.fromEntries(PHONE_VARIANTS.map((variant) => [variant.id, []]))]));
  for (let run = 0; run < runs; run++) {
    for (const { id } of contents) {
      const order = PHONE_VARIANTS.map((_, index) => PHONE_VARIANTS[(index + run) % PHONE_VARIANTS.length]);
      for (const variant of order) samples.get(id)[variant.id].push(await measurePhone(browser, `${origin}/phone/${id}.${variant.id}.html`));
    }
    progress?.(run);
  }
  return samples;
};

/** The phone table: per content, measure and variant, median (min–max) and the median ratio to static HTML from the same run. */
export const phoneTable = ({ contents, samples, median, format }) => {
  const rows = [];
  for (const { id, label } of contents) {
    const byVariant = samples.get(id);
    for (const { key, name, unit } of PHONE_METRICS) {
      const cells = PHONE_VARIANTS.map(({ id: variant }) => {
        const values = byVariant[variant].map((sample) => sample[key]).filter((value) => value !== undefined);
        if (!values.length) return '—';
        const absolute = `${format(median(values), unit)} (${format(Math.min(...values), unit)}–${format(Math.max(...values), unit)})`;
        if (variant === 'static') return absolute;
        const ratios = byVariant[variant]
          .map((sample, index) => [sample[key], byVariant.static[index]?.[key]])
          .filter(([value, plain]) => value !== undefined && plain > 0)
          .map(([value, plain]) => value / plain);
        return ratios.length ? `${absolute}, **${median(ratios).toFixed(2)}×**` : absolute;
      });
      rows.push(`| ${label} | ${name} | ${cells.join(' | ')} |`);
    }
  }
  return `| content | measure | ${PHONE_VARIANTS.map(({ label }) => label).join(' | ')} |
|---|---|${PHONE_VARIANTS.map(() => '--:').join('|')}|
${rows.join('\n')}`;
};

// The hydrating bundle on the seed article as `render --page` writes it: no
// element hydrates before it is about to be used, those near the viewport
// hydrate one per task, and a reader who reaches one first (tap, key,
// find-in-page, #fragment) gets what they asked for.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../helpers.js';
import { HYDRATING_BUNDLE_TAG, careElements, fixtures, hydrateAll, openFrame, pageUrl, settled, shadowNodes } from './helpers.js';

type Hydrating = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

const article = fixtures.find(({ file }) => file === 'content/immunotherapy-leukemia.json')!;
/** The frame's height: the seed article is many screens long in it, so its FAQ is far from the first. */
const FRAME_HEIGHT = 600;

/** Scrolled to within the frame, give or take the rounding of a fraction of a pixel at its top. */
const inView = (element: Element) => {
  const { top, bottom } = element.getBoundingClientRect();
  return top > -1 && bottom <= FRAME_HEIGHT;
};

/**
 * The tasks of what the bundle does: the one that runs it (its first
 * `customElements.define`), each element's hydration and the reading of its
 * content (`care-content-load`), and each template lit builds (it parses each
 * one's HTML in a `<template>` element). Tasks are told apart by a chain of
 * microtasks that every record starts unless one is running: a task's
 * microtasks all run before the next task, so two records of one task share
 * a chain.
 */
const recordTasks = (frameWindow: Window & typeof globalThis) => {
  const tasks = new Map<Element, number>();
  const contentTasks = new Map<Element, number>();
  const templateTasks: number[] = [];
  let scriptTask: number | undefined;
  let current: number | undefined;
  let count = 0;
  const task = () => {
    if (current === undefined) {
      current = ++count;
      const hop = (left: number) => (left ? queueMicrotask(() => hop(left - 1)) : (current = undefined));
      hop(1000);
    }
    return current;
  };
  // Each element's update promise is taken as it is defined, before anything can hydrate it.
  const define = frameWindow.customElements.define.bind(frameWindow.customElements);
  frameWindow.customElements.define = (name, constructor, options) => {
    scriptTask ??= task();
    define(name, constructor, options);
    for (const element of careElements(frameWindow.document).filter(({ localName }) => localName === name) as Hydrating[])
      void element.updateComplete.then(() => tasks.set(element, task()));
  };
  const { document } = frameWindow;
  for (const element of careElements(document)) element.addEventListener('care-content-load', () => contentTasks.set(element, task()));
  const createElement = document.createElement.bind(document) as (name: string) => HTMLElement;
  document.createElement = ((name: string) => {
    if (name === 'template') templateTasks.push(task());
    return createElement(name);
  }) as typeof document.createElement;
  return { tasks, contentTasks, templateTasks, scriptTask: () => scriptTask };
};

/**
 * The seed article with the hydrating bundle; `hash`: the page's address
 * names it before the bundle runs; `beforeBundle` runs just before the bundle.
 */
const openArticle = async ({ hash = '', beforeBundle = (_: Window) => {} } = {}) => {
  const page = await (await fetch(pageUrl(article))).text();
  const { frame, window: frameWindow, document: frameDocument } = await openFrame({ srcdoc: page.replace(HYDRATING_BUNDLE_TAG, '') }, { scripts: true });
  frame.style.blockSize = `${FRAME_HEIGHT}px`;
  if (hash) frameWindow.location.hash = hash;
  const serverNodes = new Map(careElements(frameDocument).map((element) => [element, shadowNodes(element).filter((node) => node.getRootNode() === element.shadowRoot)]));
  const { tasks, contentTasks, templateTasks, scriptTask } = recordTasks(frameWindow);
  beforeBundle(frameWindow);
  const script = frameDocument.createElement('script');
  script.src = '/dist/care-elements-hydrate.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  frameDocument.body.append(script);
  await loaded;
  const elements = careElements(frameDocument) as Hydrating[];
  const [host] = elements;
  await waitUntil(() => host!.hasUpdated, 'the article, in view, hydrates');
  const faq = elements.find(({ localName }) => localName === 'care-faq')!;
  const question = faq.shadowRoot!.querySelector<HTMLButtonElement>('button[part="question"]')!;
  const answer = faq.shadowRoot!.getElementById(question.getAttribute('aria-controls')!)!;
  return { frame, frameWindow, frameDocument, elements, faq, question, answer, serverNodes, tasks, contentTasks, templateTasks, scriptTask: scriptTask()! };
};

/** Time for the elements near the viewport to have hydrated, which a far one would have too if it were asked for. */
const quiet = (frameWindow: Window) => new Promise((resolve) => frameWindow.setTimeout(resolve, 500));

describe('dist/care-elements-hydrate.js hydrates each element when it is about to be used', () => {
  it('hydrates the elements near the viewport one per task, and the others once the reader scrolls near them', async () => {
    const { frame, frameWindow, elements, faq, tasks } = await openArticle();
    try {
      await quiet(frameWindow);
      const far = elements.filter((element) => element.getBoundingClientRect().top > 3 * FRAME_HEIGHT);
      const hydrated = elements.filter((element) => element.hasUpdated);
      expect(far, 'elements far below the first screen').to.include(faq);
      expect(far.filter((element) => element.hasUpdated).map(({ localName }) => localName)).to.deep.equal([]);
      expect(hydrated.length, 'the article and the elements near the first screen').to.be.at.least(3);
      expect(new Set(hydrated.map((element) => tasks.get(element))).size, 'one task per element').to.equal(hydrated.length);
      faq.scrollIntoView();
      await waitUntil(() => faq.hasUpdated, 'the FAQ hydrates once scrolled near');
    } finally {
      frame.remove();
    }
  });

  it("reads an element's content and builds its templates in tasks before the one that hydrates it, none in the script's", async () => {
    const { frame, frameWindow, elements, tasks, contentTasks, templateTasks, scriptTask } = await openArticle();
    try {
      await quiet(frameWindow);
      const [host] = elements;
      const [read, hydrated] = [contentTasks.get(host!)!, tasks.get(host!)!];
      expect(read, "the article's content read after the task that runs the script").to.be.above(scriptTask);
      expect(read, "the article's content read before the task that hydrates it").to.be.below(hydrated);
      expect(templateTasks.filter((task) => task > read && task < hydrated).length, "templates built ahead of the article's hydration").to.be.at.least(10);
      expect(templateTasks.filter((task) => task === hydrated || task === scriptTask), "templates built in the script's task or the article's hydration").to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("keeps the server's dates: formatting one would first load the locale's date names, a long task on a phone", async () => {
    let formatted = 0;
    const { frame, frameWindow, elements } = await openArticle({
      beforeBundle: (frameWindow) => {
        const { prototype } = (frameWindow as Window & typeof globalThis).Date;
        const format = prototype.toLocaleDateString;
        prototype.toLocaleDateString = function (...args: Parameters<Date['toLocaleDateString']>) {
          formatted++;
          return format.apply(this, args);
        };
      },
    });
    try {
      // Not in the update after hydration either.
      await quiet(frameWindow);
      const [host] = elements;
      expect(host!.shadowRoot!.querySelector('time')!.textContent).to.equal('4 March 2024');
      expect(formatted, 'dates formatted while hydrating').to.equal(0);
    } finally {
      frame.remove();
    }
  });

  it('hydrates an FAQ at the first tap on a question, which opens it', async () => {
    const { frame, faq, question, answer } = await openArticle();
    try {
      expect(faq.hasUpdated).to.equal(false);
      question.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(faq.hasUpdated, 'hydrated within the event').to.equal(true);
      question.click();
      await settled(faq);
      expect(question.getAttribute('aria-expanded')).to.equal('true');
      expect(answer.hasAttribute('hidden')).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('hydrates an FAQ when a question takes focus, or a key is pressed on it, so Enter opens it', async () => {
    for (const reach of ['focus', 'key'] as const) {
      const { frame, faq, question } = await openArticle();
      try {
        expect(faq.hasUpdated).to.equal(false);
        if (reach === 'focus') question.focus({ preventScroll: true });
        else question.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        expect(faq.hasUpdated, `hydrated by the ${reach}`).to.equal(true);
        // What the browser does on Enter on a button.
        question.click();
        await settled(faq);
        expect(question.getAttribute('aria-expanded')).to.equal('true');
      } finally {
        frame.remove();
      }
    }
  });

  it('hydrates an FAQ when find-in-page opens a collapsed answer (beforematch)', async () => {
    const { frame, faq, question, answer } = await openArticle();
    try {
      expect(faq.hasUpdated).to.equal(false);
      answer.dispatchEvent(new Event('beforematch', { bubbles: true }));
      expect(faq.hasUpdated).to.equal(true);
      await settled(faq);
      expect(question.getAttribute('aria-expanded')).to.equal('true');
      expect(answer.hasAttribute('hidden')).to.equal(false);
    } finally {
      frame.remove();
    }
  });

  it('hydrates an FAQ when the URL hash names one of its items, which it scrolls into view', async () => {
    const { frame, frameWindow, faq, question } = await openArticle();
    try {
      expect(faq.hasUpdated).to.equal(false);
      frameWindow.location.hash = question.id.replace(/^q-/, '');
      await waitUntil(() => faq.hasUpdated, 'hydrated at the hash change');
      await waitUntil(() => inView(question), 'the question scrolled into view');
    } finally {
      frame.remove();
    }
  });

  it('opens the FAQ item that the page’s address names when it is opened, and scrolls it into view', async () => {
    const { frame, frameWindow, faq } = await openArticle({ hash: 'who-are-the-ideal-candidates-for-immunotherapy-for-leukemia' });
    try {
      await waitUntil(() => faq.hasUpdated, 'hydrated for the hash');
      const question = faq.shadowRoot!.getElementById('q-who-are-the-ideal-candidates-for-immunotherapy-for-leukemia')!;
      await waitUntil(() => question.getAttribute('aria-expanded') === 'true', 'the named question opened');
      await waitUntil(() => inView(question), 'the question scrolled into view');
      expect(frameWindow.location.hash).to.equal('#who-are-the-ideal-candidates-for-immunotherapy-for-leukemia');
    } finally {
      frame.remove();
    }
  });

  it('never redraws a quote, takeaways, callout or stat: their nodes are the server’s', async () => {
    const { frame, frameDocument, serverNodes } = await openArticle();
    try {
      await hydrateAll(frameDocument);
      const readOnly = [...serverNodes.keys()].filter(({ localName }) => ['care-quote', 'care-takeaways', 'care-callout', 'care-stat'].includes(localName));
      expect(new Set(readOnly.map(({ localName }) => localName)).size).to.equal(4);
      for (const element of readOnly) {
        const now = shadowNodes(element).filter((node) => node.getRootNode() === element.shadowRoot);
        expect(now.length, element.localName).to.equal(serverNodes.get(element)!.length);
        expect(now.every((node, index) => node === serverNodes.get(element)![index]), element.localName).to.equal(true);
      }
    } finally {
      frame.remove();
    }
  });
});

/**
 * Hydration in turns. A server-rendered page is readable before any script
 * runs; hydrating every element at once would then freeze it for one long
 * task. So each server-rendered element waits for its own turn, one element
 * per task: first those near the screen, the rest when the browser is idle.
 * An element the reader uses first (a tap, a key, focus, a hash link) is
 * hydrated at once, and the tap or key is replayed once it can answer.
 */
declare const CARE_ELEMENTS_HYDRATES: boolean | undefined;
/** False in the bundle without lit's hydration support, which draws server-rendered elements again, so that it leaves this out. */
export const hydratingBuild = typeof CARE_ELEMENTS_HYDRATES === 'undefined' || CARE_ELEMENTS_HYDRATES;

type Scheduler = { yield?: () => Promise<void> };

/** Server-rendered elements that have not hydrated yet, whether or not they have asked for their turn. */
const unhydrated = new WeakSet<Element>();
/** Elements that have asked for their turn, in the order they asked, with what lets them go. */
const queue = new Map<Element, () => void>();
/** Elements that go before the others, one per task: those near the screen. */
const soon = new WeakSet<Element>();
/** Elements that go as soon as they ask, in the task that asks: those the reader is using. */
const now = new WeakSet<Element>();

let pumping = false;
let watching = false;
/** Ends the wait for an idle moment when an element becomes urgent. */
let wake: (() => void) | undefined;

/** A new task, at once where the browser can say so, so that the page can paint and answer input in between. */
const nextTask = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};
/** A task once the browser is idle (WebKit has no requestIdleCallback), or once an element becomes urgent. */
const idleTask = (): Promise<void> =>
  new Promise((resolve) => {
    wake = resolve;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });

const release = (element: Element) => {
  const go = queue.get(element);
  if (!go) return;
  queue.delete(element);
  go();
};

const firstSoon = () => [...queue.keys()].find((element) => soon.has(element));

/** Lets one element hydrate per task, those near the screen first, until none is waiting. */
const pump = async () => {
  if (pumping) return;
  pumping = true;
  while (queue.size) {
    await (firstSoon() ? nextTask() : idleTask());
    wake = undefined;
    // The element's update runs in this task's microtasks, right after release.
    const next = firstSoon() ?? queue.keys().next().value;
    if (next) release(next);
  }
  pumping = false;
};

/** Hydrates an element before the others, in a task of its own. */
const hydrateSoon = (element: Element) => {
  soon.add(element);
  wake?.();
  if (queue.has(element)) void pump();
};

/** Hydrates an element in this task, or as soon as its host lets it. */
const hydrateNow = (element: Element) => {
  now.add(element);
  release(element);
};

let nearScreen: IntersectionObserver | undefined;

/**
 * The reader is using elements that have not hydrated: hydrate them now,
 * outermost first. A click waits for them and is then replayed, so that it
 * does what the reader asked; a link needs no script and goes on at once.
 */
const takeOver = (event: Event) => {
  const path = event.composedPath();
  const waiting = path.filter((node): node is Element => unhydrated.has(node as Element)).reverse();
  if (!waiting.length) return;
  waiting.forEach(hydrateNow);
  const target = path[0] as HTMLElement;
  if (event.type !== 'click' || target.closest?.('a[href]')) return;
  event.stopImmediatePropagation();
  event.preventDefault();
  void (async () => {
    // An element inside another is released by its host's hydration: each is awaited in turn.
    for (const element of waiting) await (element as Element & { updateComplete: Promise<unknown> }).updateComplete;
    target.click();
  })();
};

const watch = () => {
  watching = true;
  // Near the screen: within a screen's height of it.
  nearScreen = new IntersectionObserver(
    (entries) => entries.forEach(({ target, isIntersecting }) => isIntersecting && hydrateSoon(target)),
    { rootMargin: '100% 0px' },
  );
  // Keys reach an element through focus, and a key's click comes as a click.
  for (const type of ['pointerdown', 'focusin', 'click']) addEventListener(type, takeOver, true);
  // A hash link may name an item inside any element: let every element answer it.
  addEventListener('hashchange', () => [...queue.keys()].forEach(hydrateSoon));
};

/** Marks a server-rendered element that has yet to hydrate; called as the element is upgraded. */
export const awaitHydration = (element: HTMLElement) => {
  unhydrated.add(element);
  if (!watching) watch();
  nearScreen!.observe(element);
  // Opened at a #fragment, the page may point into any element.
  if (location.hash) soon.add(element);
};

/** Resolves when it is this server-rendered element's turn to hydrate. */
export const hydrationTurn = (element: Element): Promise<void> =>
  new Promise((resolve) => {
    queue.set(element, () => {
      unhydrated.delete(element);
      nearScreen?.unobserve(element);
      resolve();
    });
    if (now.has(element)) release(element);
    else void pump();
  });

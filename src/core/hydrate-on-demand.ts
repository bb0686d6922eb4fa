/**
 * Hydration that costs a server-rendered page nothing up front; only the
 * hydrating bundle (dist/care-elements-hydrate.js) loads it, after lit's
 * hydration support and before the elements.
 *
 * The server's HTML reads and looks as it will once hydrated, so an element
 * waits until it is about to be used: when it comes near the viewport, or at
 * once when the reader focuses, taps, clicks or types inside it, when
 * find-in-page opens one of its collapsed panels (`beforematch`) or when the
 * URL's hash names an id inside it. Elements near the viewport hydrate one
 * per task, yielding to the browser between them, each having read its
 * content and built its templates in the tasks before, a slice at a time, so
 * no long task follows the first paint; an element the reader reaches
 * hydrates within the event that reached it, so the event then does what the
 * reader asked.
 *
 * An element inside another's shadow root needs its host's content, so it
 * hydrates after its host, in its own turn: lit's hydration of the host
 * takes `defer-hydration` off it, and it waits on here.
 */
import { LitElement } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';
import { _$LH } from 'lit-html/private-ssr-support.js';
import { nextTurn } from './next-turn.js';

/** An element as this module uses it: its lifecycle methods are protected, for subclasses and for code like this. */
type Hydratable = HTMLElement & {
  hasUpdated: boolean;
  renderRoot?: ShadowRoot;
  createRenderRoot(): ShadowRoot;
  willUpdate(changed: Map<PropertyKey, unknown>): void;
  render(): unknown;
  performUpdate(): void;
};

type Callbacks = {
  connectedCallback(this: Hydratable): void;
  attributeChangedCallback(this: Hydratable, name: string, old: string | null, value: string | null): void;
};

/** How far outside the viewport an element counts as near: one screen above and below. */
const NEAR = '100% 0px';

const DEFER_HYDRATION = 'defer-hydration';

// lit's hydration support has patched these already: they connect an element once it has no `defer-hydration`.
const callbacks = LitElement.prototype as unknown as Callbacks;
const { connectedCallback: connect, attributeChangedCallback: attributeChanged } = callbacks;

/** Server-rendered elements not hydrated yet. */
const waiting = new Set<Hydratable>();
/** Elements that have connected as lit does: client-rendered, or hydrated. */
const started = new WeakSet<Hydratable>();
/** Elements near the viewport, in the order they came near, each hydrated in a turn of its own. */
const queue: Hydratable[] = [];

/**
 * lit builds a template (parses its HTML, finds its parts) the first time it
 * draws it, and hydration does too: for an article, half of its hydration.
 * `_$AC` is its name in the production build of lit that the bundle carries,
 * a name lit keeps from version to version for its other packages.
 */
const buildTemplate = (_$LH.ChildPart.prototype as unknown as { _$AC?: (result: unknown) => unknown })._$AC;
/** Templates to build ahead, a slice per task. */
const toBuild: unknown[] = [];
/** The longest a task spends building templates ahead: well within the 50 ms of a long task on a slow phone. */
const BUILD_SLICE_MS = 10;

/** The template results in a value, nested ones included. */
const templateResults = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.flatMap(templateResults) : isTemplateResult(value) ? [value, ...templateResults(value.values)] : [];

/**
 * What is done ahead of an element's turn to hydrate, a step per task: read
 * its content, as its first update would (a server-rendered care element
 * leaves that until then); then draw that update without committing it, and
 * queue its templates to be built.
 */
const stepsAhead = [
  (element: Hydratable) => {
    // What lit does first when it connects or updates an element: here, take the server's shadow root to hydrate.
    element.renderRoot ??= element.createRenderRoot();
    element.willUpdate(new Map());
  },
  (element: Hydratable) => {
    if (buildTemplate) toBuild.push(...templateResults(element.render()));
  },
];
/** How many steps ahead each element has taken. */
const stepsTaken = new WeakMap<Hydratable, number>();

const buildSlice = () => {
  const start = performance.now();
  while (toBuild.length && performance.now() - start < BUILD_SLICE_MS) buildTemplate!(toBuild.shift());
};

/** The waiting element and its waiting hosts, outermost first: the order they can hydrate in. */
const withHosts = (element: Hydratable): Hydratable[] => {
  const chain: Hydratable[] = [];
  for (let node: Node | undefined = element; node; node = (node.getRootNode() as ShadowRoot).host)
    if (waiting.has(node as Hydratable)) chain.unshift(node as Hydratable);
  return chain;
};

const hydrate = (element: Hydratable) => {
  if (!waiting.delete(element)) return;
  near.unobserve(element);
  element.shadowRoot!.removeEventListener('beforematch', onBeforematch, true);
  started.add(element);
  if (element.hasAttribute(DEFER_HYDRATION)) element.removeAttribute(DEFER_HYDRATION);
  else connect.call(element);
  // Now rather than at the next microtask, so that the event that asked for it finds its listeners.
  element.performUpdate();
};

const hydrateWithHosts = (element: Hydratable) => withHosts(element).forEach(hydrate);

let turning = false;
const takeTurns = async () => {
  if (turning) return;
  turning = true;
  try {
    while (queue.length) {
      await nextTurn();
      if (toBuild.length) {
        buildSlice();
        continue;
      }
      const [element] = queue;
      // The outermost that waits goes first; the element's own turn comes once its hosts have had theirs.
      const [first] = withHosts(element!);
      const taken = (first && stepsTaken.get(first)) ?? 0;
      if (first?.isConnected && taken < stepsAhead.length) {
        stepsTaken.set(first, taken + 1);
        stepsAhead[taken]!(first);
        continue;
      }
      if (!first || first === element) queue.shift();
      if (first?.isConnected) hydrate(first);
    }
  } finally {
    turning = false;
  }
};

const near = new IntersectionObserver(
  (entries) => {
    for (const { target, isIntersecting } of entries) if (isIntersecting && !queue.includes(target as Hydratable)) queue.push(target as Hydratable);
    void takeTurns();
  },
  { root: document, rootMargin: NEAR },
);

/** The innermost waiting element the event passed through, hydrated with its hosts. */
const onUse = (event: Event) => {
  const element = event.composedPath().find((node) => waiting.has(node as Hydratable));
  if (element) hydrateWithHosts(element as Hydratable);
};
for (const type of ['focusin', 'pointerdown', 'click', 'keydown']) document.addEventListener(type, onUse, { capture: true, passive: true });

// `beforematch` does not leave the shadow root it fires in, so each waiting element listens on its own.
function onBeforematch(this: ShadowRoot) {
  hydrateWithHosts(this.host as Hydratable);
}

/**
 * The elements with an id the URL's hash names in their shadow root, as it is
 * or after a prefix (the FAQ's buttons are `q-<item id>`). Elements read the
 * hash when they hydrate; fragment links cannot reach into a shadow root.
 */
const onHash = () => {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return;
  }
  if (!id) return;
  const selector = `[id="${CSS.escape(id)}"], [id$="-${CSS.escape(id)}"]`;
  for (const element of [...waiting]) if (element.shadowRoot!.querySelector(selector)) hydrateWithHosts(element);
};
addEventListener('hashchange', onHash);
// After the bundle's script has defined every element, so the page's first hash finds them.
queueMicrotask(onHash);

callbacks.connectedCallback = function () {
  if (started.has(this) || !this.shadowRoot || this.hasUpdated) {
    started.add(this);
    connect.call(this);
    return;
  }
  waiting.add(this);
  near.observe(this);
  this.shadowRoot.addEventListener('beforematch', onBeforematch, true);
};

callbacks.attributeChangedCallback = function (name, old, value) {
  // lit takes it off the elements inside a host it hydrates: they wait for their own turn.
  if (name === DEFER_HYDRATION && value === null && waiting.has(this)) return;
  attributeChanged.call(this, name, old, value);
};

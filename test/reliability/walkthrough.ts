/**
 * A keyboard-only walk through the seed article (content/immunotherapy-leukemia.json
 * in <care-article>), between two buttons of the page: which controls Tab
 * and Shift+Tab reach, in what order, and whether focus shows.
 */
import { expect, fixture as render, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article/care-article.js';
import { fixtureJson } from './harness.js';

export interface Page {
  before: HTMLButtonElement;
  after: HTMLButtonElement;
  article: HTMLElement;
}

/** Lets nested elements finish drawing. */
export const settledTree = async (root: Element) => {
  for (let round = 0; round < 4; round++) {
    const elements = [root, ...allElements(root)].filter((node) => node.localName.startsWith('care-')) as (Element & { updateComplete?: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    await new Promise(requestAnimationFrame);
  }
};

/** Every element in the composed tree under `root`, in tree order: shadow roots entered, slots followed. */
export const allElements = (root: Element): Element[] => {
  const out: Element[] = [];
  const visit = (node: Element) => {
    out.push(node);
    if (node.localName === 'slot') {
      (node as HTMLSlotElement).assignedElements({ flatten: true }).forEach(visit);
      return;
    }
    for (const child of (node.shadowRoot ?? node).children) visit(child);
  };
  for (const child of (root.shadowRoot ?? root).children) visit(child);
  return out;
};

/** Controls that sequential focus navigation reaches: focusable with tabindex 0 and rendered. */
export const tabbables = (root: Element) =>
  allElements(root).filter((element): element is HTMLElement => {
    const control = element as HTMLElement & { disabled?: boolean };
    return control.tabIndex >= 0 && !control.disabled && control.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions);
  });

/** The focused element, inside shadow roots. */
export const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

export const renderSeedArticle = async (): Promise<Page> => {
  const wrapper = await render(html`<div>
    <button id="before">Before</button>
    <care-article></care-article>
    <button id="after">After</button>
  </div>`);
  const article = wrapper.querySelector('care-article')! as HTMLElement & { content: unknown };
  article.content = await fixtureJson('immunotherapy-leukemia.json');
  await settledTree(article);
  return { before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')!, article };
};

const describeControl = (element: Element | null) =>
  element ? `<${element.localName}${element.id ? `#${element.id}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"` : 'nothing';

/** A focused control shows focus: it matches :focus-visible and draws an outline. */
const focusRingProblem = (control: Element): string | undefined => {
  const style = getComputedStyle(control);
  const visible = control.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  return visible ? undefined : `${describeControl(control)}: outline ${style.outlineStyle} ${style.outlineWidth}`;
};

export interface Walk {
  /** What had focus after each key press, in order. */
  reached: Element[];
  /** Focused controls that did not show focus. */
  invisibleFocus: string[];
}

/**
 * Presses Tab (or Shift+Tab) from `from` until `to` has focus, checking at
 * each step that focus is neither lost (on the body) nor trapped, and shows.
 */
export const walk = async (from: HTMLElement, to: HTMLElement, { backwards = false, limit = 300, onStep }: { backwards?: boolean; limit?: number; onStep?: (active: Element) => void } = {}): Promise<Walk> => {
  from.focus();
  const reached: Element[] = [];
  const invisibleFocus: string[] = [];
  if (backwards) await sendKeys({ down: 'Shift' });
  try {
    for (let step = 0; step < limit; step++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active === to) return { reached, invisibleFocus };
      if (!active || active === document.body) expect.fail(`focus was lost after ${describeControl(reached[reached.length - 1] ?? from)}`);
      reached.push(active);
      const problem = focusRingProblem(active);
      if (problem) invisibleFocus.push(problem);
      onStep?.(active);
    }
  } finally {
    if (backwards) await sendKeys({ up: 'Shift' });
  }
  return expect.fail(`focus never reached ${describeControl(to)}: trapped after ${describeControl(reached[reached.length - 1] ?? null)}`);
};

export { describeControl };

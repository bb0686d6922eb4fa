// Opens every story of the built Storybook (storybook-static/, which `npm test`
// builds first) in Chromium, and fails on a story that throws, logs an error,
// leaves an element undefined or empty, or has any axe violation. Stories
// tagged `invalid-content` must warn; no other story may. Stories tagged
// `forced-colors` are checked with `forced-colors: active` emulated; stories
// tagged `not-shown` must take no room at all.
import { expect } from '@open-wc/testing';
import { waitUntil } from './helpers.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { itOnlyInChromium } from './engines.js';

const STORYBOOK = '/storybook-static';

interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
  tags: string[];
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[] }[];
}

type StoryWindow = Window & {
  __storyConsole: { errors: string[]; warnings: string[] };
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
  __STORYBOOK_ADDONS_CHANNEL__: { emit: (event: string, payload: object) => void };
  axe?: { run: (context: Element, options: object) => Promise<{ violations: AxeViolation[] }> };
};

interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
  events?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}

const load = async <T>(path: string): Promise<T> => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} is missing: run \`npm run build-storybook\` (npm test does)`);
  return (await response.json()) as T;
};

const entries = Object.values((await load<{ entries: Record<string, IndexEntry> }>(`${STORYBOOK}/index.json`)).entries);
const manifest = await load<{ modules: { declarations?: ManifestDeclaration[] }[] }>('/custom-elements.json');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

const openInStorybook = async (entry: IndexEntry) => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1024px; block-size: 768px; border: 0';
  // The stories test runs axe itself, so the a11y addon's own run is skipped.
  frame.src = `${STORYBOOK}/iframe.html?id=${entry.id}&viewMode=${entry.type}&globals=a11y.manual:!true`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const view = frame.contentWindow as StoryWindow;
  const shownError = () =>
    view.document.body.classList.contains('sb-show-errordisplay') ? view.document.querySelector('#error-message')?.textContent || 'an error' : '';
  return { frame, view, shownError };
};

const careElementsIn = (root: Element) => [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('care-'));

/** Drawn: content or the error message in its shadow root, or the author's light-DOM fallback. */
const isDrawn = (element: Element) =>
  !!element.shadowRoot?.querySelector('[part]') || [...element.children].some((child) => child.localName !== 'script');

/** Every animation in `root` and in the shadow roots within it, however deep. */
const animationsIn = (root: Document | ShadowRoot): Animation[] => [
  ...root.getAnimations(),
  ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? animationsIn(element.shadowRoot) : [])),
];

const describeViolations = (violations: AxeViolation[]) =>
  violations.map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.flat().join(' » ')).join(', ')})`).join('\n');

const loadAxe = (view: StoryWindow) =>
  new Promise((resolve, reject) => {
    const script = view.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = reject;
    view.document.head.append(script);
  });

describe('Storybook stories', () => {
  const stories = entries.filter((entry) => entry.type === 'story');
  // One Storybook page goes from story to story, as its sidebar does, which is
  // several times faster than loading it afresh; after a failure it is reloaded.
  let storybook: Awaited<ReturnType<typeof openInStorybook>> | undefined;

  afterEach(function () {
    if (this.currentTest?.state !== 'failed') return;
    storybook?.frame.remove();
    storybook = undefined;
  });
  after(() => storybook?.frame.remove());

  it('has stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    const forcedColors = story.tags.includes('forced-colors');
    const test = forcedColors ? itOnlyInChromium('WebDriver cannot switch forced colors; test/reliability/forced-colors.test.ts covers Firefox') : it;
    test(`${story.title} › ${story.name}`, async () => {
      if (forcedColors) await executeServerCommand('emulate-forced-colors', 'active');
      try {
        if (storybook) {
          storybook.view.__storyConsole = { errors: [], warnings: [] };
          storybook.view.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: story.id, viewMode: 'story' });
        } else {
          storybook = await openInStorybook(story);
          await loadAxe(storybook.view);
        }
        const { view, shownError } = storybook;
        const render = () => view.__STORYBOOK_PREVIEW__?.currentRender;
        await waitUntil(() => (render()?.id === story.id && render()?.phase === 'finished') || shownError(), 'the story did not finish rendering', {
          timeout: 15000,
        });
        expect(shownError(), 'Storybook showed an error').to.equal('');
        if (forcedColors) expect(view.matchMedia('(forced-colors: active)').matches, 'forced colours are not emulated').to.equal(true);

        const root = view.document.querySelector('#storybook-root')!;
        const careElements = careElementsIn(root);
        expect(careElements, 'the story shows no care element').to.not.be.empty;
        for (const element of careElements) expect(view.customElements.get(element.localName), `<${element.localName}> is not defined`).to.exist;
        if (story.tags.includes('not-shown')) {
          // A story of content the element refuses to show at all: it must take no room on the page.
          await Promise.all(careElements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
          expect(careElements.map((element) => element.getBoundingClientRect().height)).to.deep.equal(careElements.map(() => 0));
        } else await waitUntil(() => careElements.every(isDrawn), 'an element drew nothing', { timeout: 10000 });

        // Contrast is measured once opening animations (which fade in) have finished, in shadow roots too
        // (not every engine lists those in the document's animations); a play function may start them a frame late.
        await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
        const finite = animationsIn(view.document).filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
        await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
        const { violations } = await view.axe!.run(root, { resultTypes: ['violations'] });
        expect(violations, describeViolations(violations)).to.be.empty;

        const { errors, warnings } = view.__storyConsole;
        expect(errors, 'console errors').to.deep.equal([]);
        // A src that fails answers after the story has drawn: wait for its warning rather than for a time.
        if (story.tags.includes('invalid-content')) await waitUntil(() => warnings.length > 0, 'an invalid-content story must warn', { timeout: 15000 });
        else expect(warnings, 'console warnings').to.deep.equal([]);
      } finally {
        if (forcedColors) await executeServerCommand('emulate-forced-colors', 'none');
      }
    });
  }
});

describe('Storybook docs pages', () => {
  for (const entry of entries.filter((each) => each.type === 'docs')) {
    it(`${entry.title} renders without errors`, async () => {
      const { frame, view, shownError } = await openInStorybook(entry);
      try {
        const docs = () => view.document.querySelector('#storybook-docs .sbdocs-content');
        await waitUntil(() => docs()?.textContent?.trim() || shownError(), 'the docs page stayed empty', { timeout: 15000 });
        expect(shownError(), 'Storybook showed an error').to.equal('');
        const careElements = careElementsIn(docs()!);
        await waitUntil(() => careElements.every((element) => view.customElements.get(element.localName) && isDrawn(element)), 'an element on the page was not drawn', {
          timeout: 10000,
        });
        expect(view.__storyConsole.errors, 'console errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  for (const element of elements) {
    // Element docs live at "Elements/<Name>", so care-therapy-card's are elements-therapy-card--docs.
    const id = `elements-${element.tagName!.replace(/^care-/, '')}--docs`;

    it(`<${element.tagName}> has a docs page that lists its API from the manifest`, async () => {
      const entry = entries.find((each) => each.id === id);
      expect(entry, `no docs page ${id}: add stories/${element.tagName!.replace(/^care-/, '')}.stories.ts`).to.exist;
      const { frame, view } = await openInStorybook(entry!);
      try {
        const table = () => view.document.querySelector('#storybook-docs .docblock-argstable');
        await waitUntil(() => table(), 'the docs page has no API table', { timeout: 15000 });
        const listed = table()!.textContent!;
        const names = [element.attributes, element.events, element.cssParts, element.cssProperties].flatMap((items) => (items ?? []).map((item) => item.name));
        expect(names.filter((name) => !listed.includes(name)), 'missing from the API table').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

/**
 * Property-based tests of every element's content, with documents derived
 * from its published JSON Schema: valid ones, ones with one field wrong,
 * random JSON, deep nesting and huge strings, all full of unusual Unicode,
 * given through every content source. Seeded and reproducible: FUZZ_SEED
 * picks the seed, FUZZ_RUNS the number of documents of each kind.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { toPlainText } from '../../src/core/rich-text.js';
import { validate, type Schema } from '../../src/core/schema.js';
import {
  activeContent,
  applyThrough,
  catalogue,
  defineElements,
  discoverFieldKinds,
  exemplar,
  fixtureJson,
  isInterfaceField,
  isUnsafeUrl,
  ownElementNames,
  PLAINLY_SAFE_URL,
  Recorder,
  renderedElements,
  renderedText,
  renderFresh,
  setAt,
  settle,
  SOURCES,
  squeeze,
  type CatalogueEntry,
  type CareHost,
  type FieldKind,
  type Source,
} from './harness.js';
import { assertKnownKeywords, documents, isFreeText, mutate, pointsInto, stringSites, type JsonSchema } from './json-schema.js';
import { hugeText, text } from './strings.js';

await defineElements();

const { runs, seed } = catalogue.fuzz;
const NOT_JSON = Symbol('not JSON');
const camel = (name: string) => name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
const source = fc.constantFrom<Source>(...SOURCES);

interface Case {
  source: Source;
  /** A value for the property source, JSON text for the others. */
  input: unknown;
  /** The document the input stands for, or NOT_JSON. */
  document: unknown;
}

/**
 * A string given to the property is JSON text, as from the attribute, and
 * null means no content at all; both go through the attribute instead.
 */
const viaSource = (through: Source, document: unknown): Case =>
  through === 'property' && typeof document !== 'string' && document !== null
    ? { source: through, input: document, document }
    : { source: through === 'property' ? 'attribute' : through, input: JSON.stringify(document), document };

/** One element under test: it lives through a whole property, so every case starts from the state the last one left. */
class Subject {
  element!: CareHost;
  recorder!: Recorder;
  #last?: Case;
  cases = 0;

  constructor(
    readonly entry: CatalogueEntry,
    readonly kinds: Map<string, FieldKind>,
    readonly runtime: Schema<object>,
    readonly ownElements: Set<string>,
  ) {}

  async start(first: unknown) {
    this.element = await renderFresh(this.entry.tag, first);
    this.recorder = new Recorder(this.element);
  }

  stop() {
    this.recorder.stop();
    this.element.remove();
  }

  /** Every text and link of `value` (a validated document) is in the rendering. */
  expectAllShown(value: unknown) {
    const shown = squeeze(renderedText(this.element));
    const links = renderedElements(this.element)
      .filter((node) => node.localName === 'a')
      .map((node) => node.getAttribute('href'));
    for (const site of stringSites(this.entry.schema, value)) {
      const kind = isInterfaceField(site.location) ? undefined : this.kinds.get(site.location);
      if (kind === 'text' || kind === 'rich') {
        const expected = squeeze(kind === 'rich' ? toPlainText(site.value) : site.value);
        if (!shown.includes(expected)) expect.fail(`${site.path} (${kind}) is not shown: ${JSON.stringify(site.value.slice(0, 200))}`);
      } else if (kind === 'url') {
        const url = site.value.trim();
        if (PLAINLY_SAFE_URL.test(url)) expect(links, `${site.path} is a link`).to.include(url);
        if (isUnsafeUrl(url)) expect(links, `${site.path} is not a link`).not.to.include(url);
      }
    }
  }

  /**
   * Gives the element one case and checks the contract: no uncaught error;
   * a load event when some content is usable and exactly one error event
   * when anything is wrong, with paths into the document; one warning per
   * error (and one for unknown fields); the last good content kept when
   * nothing is usable; all text shown when it is; nothing active rendered.
   */
  async check(c: Case, { changed }: { changed?: string } = {}) {
    const { element, recorder } = this;
    const before = renderedText(element);
    const last = this.#last;
    const unchanged = c.source !== 'property' && last?.source === c.source && last.input === c.input;
    this.#last = c;
    this.cases++;
    recorder.reset();
    applyThrough(element, c.source, c.input);
    await settle(element);
    if (c.source === 'src' && !unchanged) await recorder.eventOrTimeout(10_000);
    await settle(element);

    expect(recorder.uncaught, 'uncaught errors').to.deep.equal([]);
    if (unchanged) {
      expect(recorder.loads + recorder.errors.length, 'events for unchanged input').to.equal(0);
      return;
    }
    const result = c.document === NOT_JSON ? undefined : validate(this.runtime, c.document);
    const usable = !!result?.value;
    const wrong = !result || result.errors.length > 0;
    expect(recorder.loads, 'load events').to.equal(usable ? 1 : 0);
    expect(recorder.errors.length, 'error events').to.equal(wrong ? 1 : 0);
    if (wrong) {
      const { detail } = recorder.errors[0]!;
      expect(detail.source).to.equal(c.source);
      expect(detail.errors.length, 'errors listed').to.be.greaterThan(0);
      for (const { path, message } of detail.errors) {
        expect(message, 'error message').to.be.a('string').that.is.not.empty;
        if (c.document === NOT_JSON) expect(path, 'path of unparsable JSON').to.equal('');
        else if (!pointsInto(c.document, path)) expect.fail(`error path ${JSON.stringify(path)} does not point into the document`);
      }
      if (changed !== undefined) {
        const related = detail.errors.some(({ path }) => path.startsWith(changed) || changed.startsWith(path));
        expect(related, `an error names ${changed}: ${JSON.stringify(detail.errors)}`).to.equal(true);
      }
    }
    // The element's own warnings: a nested feedback question warns when it is first drawn without a way to collect
    // answers (test/feedback.test.ts), and a block that names a work its article does not list warns as the article does.
    const contentWarnings = recorder.warnings.filter((warning) => warning.startsWith(`${this.entry.tag}:`));
    expect(contentWarnings.length, 'console warnings').to.equal(recorder.errors.length + (result?.unknownFields.length ? 1 : 0));
    if (usable) this.expectAllShown(result.value);
    else if (renderedText(element) !== before) expect.fail('did not keep the last good content');
    // An article's image block draws an <img> in its figure; its URLs are checked like every other.
    expect(activeContent(element, (node) => this.ownElements.has(node.localName) || (node.localName === 'img' && node.parentElement?.localName === 'figure'))).to.deep.equal([]);
  }
}

/** Long strings cut short, so that a failure report stays readable. */
const brief = (value: unknown) => {
  try {
    return JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}… (${v.length} characters)` : v));
  } catch {
    return `${String(value).slice(0, 300)} (too deep to print)`;
  }
};

/**
 * Runs a property; a failure names its error, a readable counterexample and
 * the seed and path that replay it (FUZZ_SEED).
 */
const assertFuzz = async <T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => Promise<void>, numRuns: number) => {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), { numRuns, seed, endOnFailure: true });
  if (details.failed)
    expect.fail(
      `${(details.errorInstance as Error | undefined)?.message ?? 'failed'}\n  counterexample: ${brief(details.counterexample)}\n  replay: FUZZ_SEED=${details.seed} (path ${details.counterexamplePath})`,
    );
};

const totals: Record<string, number> = {};

for (const entry of catalogue.elements) {
  describe(`fuzz ${entry.tag}`, function () {
    this.timeout(0);
    const schema = entry.schema as JsonSchema;
    let kinds: Map<string, FieldKind>;
    let runtime: Schema<object>;
    let ownElements: Set<string>;
    let good: unknown;

    before(async () => {
      assertKnownKeywords(schema);
      kinds = await discoverFieldKinds(entry);
      runtime = (await import(`/src/${entry.name}/content.ts` as string))[`${camel(entry.name)}Schema`];
      good = entry.fixtures.length ? await fixtureJson(entry.fixtures[0]!) : exemplar(schema, 0);
      ownElements = await ownElementNames(entry);
    });

    const subject = async (first: unknown = good) => {
      const s = new Subject(entry, kinds, runtime, ownElements);
      await s.start(first);
      return s;
    };
    const count = (s: Subject) => {
      totals[entry.tag] = (totals[entry.tag] ?? 0) + s.cases;
      s.stop();
    };

    it('shows every free-text field as text, markup or a link (label overrides and endpoints aside)', () => {
      const unshown = [...kinds].filter(([location, kind]) => kind === 'unshown' && !isInterfaceField(location)).map(([location]) => location);
      expect(unshown).to.deep.equal([]);
      expect(kinds.size, 'free-text fields found').to.be.greaterThan(0);
    });

    it(`renders ${runs} valid documents with all their text, from every source`, async () => {
      const s = await subject();
      try {
        await assertFuzz(
          fc.tuple(documents(schema, { text }), source),
          async ([document, through]) => {
            // A citation or a figure's source naming no work is a rule across the document, beyond what a JSON Schema can state.
            const errors = validate(runtime, document).errors.filter(({ message }) => !message.startsWith('names no source '));
            expect(errors, 'the runtime accepts what the JSON Schema accepts').to.deep.equal([]);
            await s.check(viaSource(through, document));
          },
          runs,
        );
      } finally {
        count(s);
      }
    });

    it(`reports ${runs} documents with one field wrong, where it is wrong, and keeps the last good content`, async () => {
      const s = await subject();
      const nearlyValid = fc
        .tuple(documents(schema, { text }), fc.nat(), fc.nat(), source)
        .map(([document, site, choice, through]) => ({ document, mutation: mutate(schema, document, site, choice), through }))
        .filter(({ mutation }) => mutation !== undefined);
      try {
        await assertFuzz(
          nearlyValid,
          async ({ document, mutation, through }) => {
            await s.check(viaSource('property', document));
            await s.check(viaSource(through, mutation!.document), { changed: mutation!.path });
          },
          runs,
        );
      } finally {
        count(s);
      }
    });

    it(`survives ${runs} random JSON documents and strings`, async () => {
      const s = await subject();
      const keys = Object.keys(schema.properties ?? {});
      const randomDocument = fc.oneof(
        fc.jsonValue(),
        fc.dictionary(fc.constantFrom(...keys, '__proto__', 'constructor'), fc.jsonValue(), { maxKeys: keys.length + 2 }),
      );
      const randomCase = fc.oneof(
        fc.tuple(randomDocument, source).map(([document, through]) => viaSource(through, document)),
        fc.tuple(fc.oneof(fc.string({ unit: 'binary' }), fc.json().map((json) => json.slice(0, -1))), fc.constantFrom<Source>('attribute', 'script', 'src')).map(
          ([raw, through]): Case => {
            let document: unknown = NOT_JSON;
            try {
              document = JSON.parse(raw);
            } catch {
              // Not JSON: the element must say so at the document root.
            }
            return { source: through, input: raw, document };
          },
        ),
      );
      try {
        await assertFuzz(
          randomCase,
          async (c) => {
            // An empty or blank script is no content at all, not a broken one.
            if (c.source === 'script' && !(c.input as string).trim()) return;
            await s.check(c);
          },
          runs,
        );
      } finally {
        count(s);
      }
    });

    it('survives deep nesting in every source', async () => {
      const s = await subject();
      const key = Object.keys(schema.properties ?? {})[0] ?? 'x';
      const deep = fc.tuple(fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('array', 'object'), fc.boolean(), source).map(([depth, shape, inField, through]) => {
        if (through === 'property') {
          let value: unknown = 'bottom';
          for (let i = 0; i < depth; i++) value = shape === 'array' ? [value] : { [key]: value };
          const document = inField ? { [key]: value } : value;
          return { source: through, input: document, document } as Case;
        }
        const json = shape === 'array' ? `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}` : `${`{"${key}":`.repeat(depth)}"bottom"${'}'.repeat(depth)}`;
        const raw = inField ? `{"${key}":${json}}` : json;
        let document: unknown = NOT_JSON;
        try {
          document = JSON.parse(raw);
        } catch {
          // Some engines refuse very deep JSON: then it must be reported as unparsable.
        }
        return { source: through, input: raw, document } as Case;
      });
      try {
        await assertFuzz(deep, (c) => s.check(c), Math.max(4, Math.round(runs / 20)));
      } finally {
        count(s);
      }
    });

    it('renders huge strings and long runs of unclosed markup in every free-text field', async () => {
      const s = await subject();
      const big = fc
        .tuple(documents(schema, { text }), fc.nat(), hugeText, source)
        .map(([document, pick, huge, through]) => {
          const sites = stringSites(schema, document).filter((site) => isFreeText(site.schema) && !isInterfaceField(site.location) && kinds.get(site.location) !== 'url');
          if (!sites.length) return undefined;
          setAt(document, sites[pick % sites.length]!.path, huge);
          return viaSource(through, document);
        })
        .filter((c): c is Case => c !== undefined);
      try {
        await assertFuzz(big, (c) => s.check(c), Math.max(4, Math.round(runs / 40)));
      } finally {
        count(s);
      }
    });
  });
}

after(() => {
  // The figures for the record: documents given to each element across all properties.
  const total = Object.values(totals).reduce((sum, n) => sum + n, 0);
  console.log(`fuzz: ${total} documents (seed ${seed}, FUZZ_RUNS ${runs}): ${Object.entries(totals).map(([tag, n]) => `${tag} ${n}`).join(', ')}`);
});

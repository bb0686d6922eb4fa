import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transform } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';
import { editorChecks, EDITOR_CHECKS_FILE } from './scripts/editor-checks.js';
import { bundleSource, elementFolders, indexSource } from './scripts/elements.js';
import { stripSchemaDocs } from './scripts/strip-schema-docs.js';

const INDEX = '\0care-elements-index';
const BUNDLE = '\0care-elements-bundle';
const HYDRATING = '\0care-elements-hydrating';
const SSR = '\0care-elements-ssr';

/**
 * The package index is generated from the element folders, so a new element
 * needs no edit here. The bundle defines every element and exports nothing,
 * so it adds no global to the page; it loads every element's styles first
 * because one stretch of CSS compresses better than CSS strewn between
 * scripts (−0.1 kB gzip). The hydrating bundle is the same with lit's
 * hydration support first, which must run before lit, and then what makes
 * elements hydrate one at a time as they are needed; the server module is
 * renderToString with every element registered.
 */
const generatedEntries = () => ({
  name: 'care-elements-entries',
  resolveId: (id) => ([INDEX, BUNDLE, HYDRATING, SSR].includes(id) ? id : null),
  load(id) {
    if (id === INDEX) return indexSource('.ts').replaceAll("'./", "'./src/");
    if (id === BUNDLE) return bundleSource();
    if (id === HYDRATING)
      return `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './src/core/hydrate-on-demand.ts';\nimport '${BUNDLE}';\n`;
    if (id === SSR) return `import '${INDEX}';\nexport * from './src/ssr/render.ts';\n`;
    return null;
  },
});

// Self-closing tags must stay closed: in svg`` templates `<circle/><path/>` would
// otherwise become a path nested inside a circle, which draws nothing.
// The CSS minifier writes escapes such as `\:` (for `[href*=':']`), which the
// template literal would turn into a bare `:` that voids the rule; each
// backslash it writes is doubled. The sources' own escapes are doubled already.
const cssStrategy = {
  ...defaultStrategy,
  minifyCSS: (css, options) => defaultStrategy.minifyCSS(css, options).replace(/(?<!\\)\\(?!\\)/g, '\\\\'),
};
const minifyTemplates = () => minifyHTML({ options: { minifyOptions: { keepClosingSlash: true }, strategy: cssStrategy } });

const STRUCTURED_DATA = /[/\\]src[/\\]core[/\\]structured-data(?:-graphs)?\.ts$/;
const SRC_READER = /[/\\]src[/\\]core[/\\]src-reader\.ts$/;

const isLit = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@lit-labs/');

/**
 * Shared with scripts/size.js, which minifies each element's module the same way to measure it.
 * `pure_getters`: no code here reads a property for its side effects (nothing reads layout to force it).
 */
export const terserOptions = { ecma: 2022, compress: { passes: 2, pure_getters: true }, format: { comments: false } };

const typescript = (define = {}) => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.ts': 'ts' }, define });

const elements = Object.fromEntries(elementFolders().map((name) => [`${name}/care-${name}`, `src/${name}/care-${name}.ts`]));

/**
 * A browser bundle cannot split, so it leaves out what only some pages need
 * and loads it from beside its own file when an element asks for it: each
 * `./import-<name>.js` with an `import-<name>.bundle.ts` beside it is
 * replaced by that file, which loads dist/care-elements-<chunk>.js
 * (src/core/import-beside-bundle.ts).
 */
const besideBundle = () => ({
  name: 'beside-bundle',
  resolveId(source, importer) {
    if (!importer || !/^\.\/import-[\w-]+\.js$/.test(source)) return null;
    const bundleVersion = fileURLToPath(new URL(source.replace(/\.js$/, '.bundle.ts'), pathToFileURL(importer)));
    return existsSync(bundleVersion) ? bundleVersion : null;
  },
});

/**
 * A module the bundles load from beside them renders through the bundle's
 * own lit: its `lit` is src/core/lit-beside-bundle.ts, not a second copy.
 */
const litOfBundle = () => ({
  name: 'lit-of-bundle',
  resolveId: (source) =>
    source === 'lit' || source === 'lit/directives/if-defined.js' ? fileURLToPath(new URL('src/core/lit-beside-bundle.ts', import.meta.url)) : null,
});

/** lit's directive modules only define a directive: one that only a server's code uses (rich-text.ts) leaves browser files. */
const litDirectivesWithoutSideEffects = { moduleSideEffects: (id) => !/[/\\]lit-html[/\\]directives[/\\]/.test(id) };

/**
 * A self-contained file: lit inlined, works as a classic or module script.
 * Without hydration it leaves out what only hydration uses (see rich-text.ts).
 */
const bundle = (input, file, { hydrates }) => ({
  input,
  treeshake: litDirectivesWithoutSideEffects,
  plugins: [
    generatedEntries(),
    besideBundle(),
    nodeResolve(),
    typescript({ CARE_ELEMENTS_HYDRATES: String(hydrates) }),
    stripSchemaDocs(),
    minifyTemplates(),
    terser(terserOptions),
  ],
  output: { file, format: 'iife', sourcemap: true },
});

/** An element's own module, which the editor's npm module imports from the package rather than copying. */
const ELEMENT_MODULE = /[/\\]src[/\\]([^/\\]+)[/\\]care-\1\.ts$/;

/** The editor's labels in a language other than English: src/editor/translations-es.ts becomes dist/care-editor-labels-es.js. */
const EDITOR_LABELS = /[/\\]src[/\\]editor[/\\]translations-(\w+)\.[jt]s$/;
const editorLanguages = readdirSync(new URL('src/editor/', import.meta.url)).flatMap((file) => /^translations-(\w+)\.ts$/.exec(file)?.[1] ?? []);
const editorLabelsSource = (language) => fileURLToPath(new URL(`src/editor/translations-${language}.ts`, import.meta.url));
const editorLabelsFile = (language) => `care-editor-labels-${language}.js`;

/**
 * The editor loads its labels in another language only on a page in that
 * language, from the file built beside it (`base`: that folder as the built
 * editor sees it; a classic script resolves `import()` against its own URL
 * too). `emit` writes those files beside the editor, as the checks are.
 */
const editorLabelsBeside = ({ base, emit = false }) => ({
  name: 'editor-labels-beside',
  buildStart() {
    if (emit) for (const language of editorLanguages) this.addWatchFile(editorLabelsSource(language));
  },
  resolveDynamicImport: (specifier, importer) => {
    const language = typeof specifier === 'string' && EDITOR_LABELS.exec(new URL(specifier, `file://${importer}`).pathname)?.[1];
    return language ? { id: `${base}${editorLabelsFile(language)}`, external: 'absolute' } : null;
  },
  async generateBundle() {
    if (!emit) return;
    for (const language of editorLanguages) {
      const { code } = await transform(readFileSync(editorLabelsSource(language), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022', minify: true, charset: 'utf8' });
      this.emitFile({ type: 'asset', fileName: editorLabelsFile(language), source: code });
    }
  },
});

/**
 * care-editor keeps what browser builds strip: it draws its form from the
 * schemas' docs and `json()` writers, so no stripSchemaDocs here. It never
 * hydrates server HTML, so it leaves out what only hydration uses.
 */
const editorPlugins = () => [besideBundle(), nodeResolve(), typescript({ CARE_ELEMENTS_HYDRATES: 'false' }), minifyTemplates()];

export default [
  // The one file a web editor pastes: every element.
  bundle(BUNDLE, 'dist/care-elements.js', { hydrates: false }),
  // The same for pages of server-rendered elements, which it hydrates in place
  // rather than drawing again. lit's hydration code (1.6 KB gzip) stays out of
  // the file every other page loads.
  bundle(HYDRATING, 'dist/care-elements-hydrate.js', { hydrates: true }),
  // Schema.org JSON-LD, which the two bundles above load from beside themselves
  // only when an element asks for structured data: readers never need it.
  {
    input: 'src/core/structured-data-graphs.ts',
    // It uses a few pure helpers of modules that also set up rendering or schemas; only those helpers come along.
    treeshake: { moduleSideEffects: false },
    plugins: [nodeResolve(), typescript(), terser(terserOptions)],
    output: { file: 'dist/care-elements-structured-data.js', format: 'es', sourcemap: true },
  },
  // The feedback form's view, template and styles, which the bundles load only for a
  // care-feedback that shows its question. Templates are minified as in dist/esm, whose
  // server-rendered forms the hydrating bundle takes over by a digest of their text.
  {
    input: 'src/feedback/feedback-view.ts',
    treeshake: { moduleSideEffects: false },
    plugins: [litOfBundle(), nodeResolve(), typescript(), stripSchemaDocs(), minifyTemplates(), terser(terserOptions)],
    output: { file: 'dist/care-elements-feedback.js', format: 'es', sourcemap: true },
  },
  // What reads a `src` document, which the bundles load only for an element that names one.
  {
    input: 'src/core/src-reader.ts',
    plugins: [typescript(), terser(terserOptions)],
    output: { file: 'dist/care-elements-src.js', format: 'es', sourcemap: true },
  },
  // The lists of sources, drawn in the light DOM, which the bundles load only for an element with sources
  // or sharing a page's list (references.ts); its templates are drawn by the bundle's own lit.
  {
    input: 'src/core/references.ts',
    treeshake: { moduleSideEffects: false },
    plugins: [litOfBundle(), nodeResolve(), typescript(), stripSchemaDocs(), minifyTemplates(), terser(terserOptions)],
    output: { file: 'dist/care-elements-references.js', format: 'es', sourcemap: true },
  },
  // The editor with every element it previews, for a classic or module script; never part of the bundle above.
  {
    input: 'src/editor/editor.ts',
    treeshake: litDirectivesWithoutSideEffects,
    plugins: [editorChecks({ url: `./${EDITOR_CHECKS_FILE}`, emit: true }), editorLabelsBeside({ base: './', emit: true }), ...editorPlugins(), terser(terserOptions)],
    output: { file: 'dist/care-editor.js', format: 'iife', sourcemap: true },
  },
  // `care-elements/editor`: lit and the elements come from the application and the package's element modules.
  {
    input: 'src/editor/editor.ts',
    external: (id) => isLit(id) || ELEMENT_MODULE.test(id),
    plugins: [editorChecks({ url: `../${EDITOR_CHECKS_FILE}` }), editorLabelsBeside({ base: '../' }), ...editorPlugins()],
    output: {
      file: 'dist/esm/editor.js',
      format: 'es',
      sourcemap: true,
      paths: (id) => {
        const element = ELEMENT_MODULE.exec(id)?.[1];
        return element ? `./${element}/care-${element}.js` : id;
      },
    },
  },
  {
    // For bundlers: one module per element, shared code in chunks, lit left to the application.
    // `ssr` is the Node module `care-elements/ssr`, sharing the element modules.
    input: { index: INDEX, ...elements, ssr: SSR },
    external: isLit,
    // An element that imports another (care-article uses the others) must not
    // move that element's code into a shared chunk behind a re-exporting stub:
    // each element's code stays in its own module, which may export more.
    preserveEntrySignatures: 'allow-extension',
    // Templates are minified exactly as in the bundle: hydration matches the
    // server's templates to the browser's by a digest of their text.
    plugins: [generatedEntries(), typescript(), stripSchemaDocs(), minifyTemplates()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      // Shared code gets its own chunk so each element's module holds only that element.
      // JSON-LD and the reading of `src` get chunks of their own, which elements import only when asked for structured data or given a `src`.
      manualChunks: (id) => (STRUCTURED_DATA.test(id) ? 'structured-data' : SRC_READER.test(id) ? 'src-reader' : id.includes('/src/core/') ? 'core' : undefined),
    },
  },
];

import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { elementFolders, indexSource } from './scripts/elements.js';
import { stripSchemaDocs } from './scripts/strip-schema-docs.js';

const INDEX = '\0care-elements-index';

/** The package index is generated from the element folders, so a new element needs no edit here. */
const generatedIndex = () => ({
  name: 'care-elements-index',
  resolveId: (id) => (id === INDEX ? id : null),
  load: (id) => (id === INDEX ? indexSource('.ts').replaceAll("'./", "'./src/") : null),
});

// Self-closing tags must stay closed: in svg`` templates `<circle/><path/>` would
// otherwise become a path nested inside a circle, which draws nothing.
const minifyTemplates = () => minifyHTML({ options: { minifyOptions: { keepClosingSlash: true } } });

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.ts': 'ts' } });

const elements = Object.fromEntries(elementFolders().map((name) => [`${name}/care-${name}`, `src/${name}/care-${name}.ts`]));

export default [
  {
    // The one file a web editor pastes: every element, lit inlined, works as a classic or module script.
    input: INDEX,
    plugins: [generatedIndex(), nodeResolve(), typescript(), stripSchemaDocs(), minifyTemplates(), terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } })],
    output: { file: 'dist/care-elements.js', format: 'iife', name: 'CareElements', sourcemap: true },
  },
  {
    // For bundlers: one module per element, shared code in chunks, lit left to the application.
    input: { index: INDEX, ...elements },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [generatedIndex(), typescript(), stripSchemaDocs()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'shared/[name]-[hash].js',
      // Shared code gets its own chunk so each element's module holds only that element.
      manualChunks: (id) => (id.includes('/src/core/') ? 'core' : undefined),
    },
  },
];

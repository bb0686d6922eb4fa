// The editorial checks (bin/editorial-checks.js, the code of `care-elements
// validate`) as one browser module, dist/care-editor-checks.js, which
// care-editor imports when it first checks content: the syllable counter
// they carry would push the editor past its size budget. esbuild bundles it
// because syllable's own dependencies are CommonJS.
import { build } from 'esbuild';

export const EDITOR_CHECKS_FILE = 'care-editor-checks.js';
const SOURCE = /[/\\]bin[/\\]editorial-checks\.js$/;

export const bundleEditorChecks = async ({ minify = true } = {}) => {
  const { outputFiles } = await build({
    entryPoints: ['bin/editorial-checks.js'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'none',
    write: false,
  });
  return outputFiles[0].text;
};

/**
 * For the editor's builds: its import of the checks stays an import of the
 * built module at `url` (relative to the built editor: a classic script
 * resolves `import()` against its own URL too), and `emit` writes that module beside it.
 */
export const editorChecks = ({ url, emit = false }) => ({
  name: 'care-editor-checks',
  resolveDynamicImport: (specifier, importer) =>
    typeof specifier === 'string' && SOURCE.test(new URL(specifier, `file://${importer}`).pathname) ? { id: url, external: 'absolute' } : null,
  async generateBundle() {
    if (emit) this.emitFile({ type: 'asset', fileName: EDITOR_CHECKS_FILE, source: await bundleEditorChecks() });
  },
});

/** For web-dev-server and web-test-runner, which serve the sources: the checks as one module, as the build makes them. */
export const serveEditorChecks = () => ({
  name: 'care-editor-checks',
  async serve(context) {
    if (context.path === '/bin/editorial-checks.js') return { body: await bundleEditorChecks({ minify: false }), type: 'js' };
    return undefined;
  },
});

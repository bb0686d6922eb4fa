// The elements are the folders of src/ that hold a care-<folder>.ts module,
// so adding an element is adding a folder: builds, exports and the demo pick it up.
import { existsSync, readdirSync } from 'node:fs';

export const elementFolders = () =>
  readdirSync(new URL('../src/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(new URL(`../src/${entry.name}/care-${entry.name}.ts`, import.meta.url)))
    .map((entry) => entry.name)
    .sort();

/** Source of the package's index module: the shared API and every element. */
export const indexSource = (extension = '.js') =>
  [`export * from './core/public${extension}';`, ...elementFolders().map((name) => `export * from './${name}/care-${name}${extension}';`)].join('\n') + '\n';

/** Source of dist/care-elements.js: every element's styles, then every element, nothing exported. */
export const bundleSource = () =>
  [...elementFolders().map((name) => `import './src/${name}/styles.ts';`), ...elementFolders().map((name) => `import './src/${name}/care-${name}.ts';`)].join('\n') + '\n';

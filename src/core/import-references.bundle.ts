/** The lists of sources for the browser bundles: dist/care-elements-references.js, beside the bundle. */
import { importBesideBundle } from './import-beside-bundle.js';

export const importReferences = () => importBesideBundle<typeof import('./references.js')>('care-elements-references.js');

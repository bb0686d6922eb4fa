/** What reads `src` documents, for the browser bundles: dist/care-elements-src.js, beside the bundle. */
import { importBesideBundle } from './import-beside-bundle.js';

export const importSrcReader = () => importBesideBundle<typeof import('./src-reader.js')>('care-elements-src.js');

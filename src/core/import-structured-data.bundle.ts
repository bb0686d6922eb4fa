/** The JSON-LD module for the browser bundles: dist/care-elements-structured-data.js, beside the bundle. */
import { importBesideBundle } from './import-beside-bundle.js';

export const importStructuredData = () => importBesideBundle<typeof import('./structured-data-graphs.js')>('care-elements-structured-data.js');

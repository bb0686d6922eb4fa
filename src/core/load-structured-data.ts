import { importStructuredData } from './import-structured-data.js';

let loading: Promise<Awaited<ReturnType<typeof importStructuredData>> | undefined> | undefined;

/**
 * The JSON-LD module, loaded the first time an element asks for structured
 * data; undefined, after one warning for the page, when it cannot load
 * (not served beside the bundle, or refused by the page's script-src).
 * The content shows either way.
 */
export const loadStructuredData = () =>
  (loading ??= importStructuredData().catch((error: Error) => {
    console.warn(`care-elements: no structured data (JSON-LD) was written: ${error.message}.`);
    return undefined;
  }));

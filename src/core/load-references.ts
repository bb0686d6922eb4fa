import { importReferences } from './import-references.js';

export type References = Awaited<ReturnType<typeof importReferences>>;

/** The module once loaded; null once it could not load. */
let loaded: References | null | undefined;
let loading: Promise<References | null> | undefined;

/** The module if it has loaded, null if it could not, undefined before that. */
export const loadedReferences = () => loaded;

/**
 * The module that draws lists of sources, loaded the first time an element
 * has sources or shares a page's list; null, after one warning for the
 * page, when it cannot load (not served beside the bundle, or refused by the
 * page's script-src). Citations still show their numbers.
 */
export const loadReferences = () =>
  (loading ??= importReferences().then(
    (module) => (loaded = module),
    (error: Error) => {
      console.warn(`care-elements: no list of sources was drawn, as its module did not load: ${error.message}.`);
      return (loaded = null);
    },
  ));

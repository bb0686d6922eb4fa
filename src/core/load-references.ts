import { importReferences } from './import-references.js';
import { onDemand } from './on-demand.js';

export type References = Awaited<ReturnType<typeof importReferences>>;

/**
 * The module that draws lists of sources, loaded the first time an element
 * has sources or shares a page's list. Citations show their numbers even when
 * it cannot load.
 */
export const [loadReferences, loadedReferences] = onDemand(importReferences, 'care-elements: no list of sources was drawn, as its module did not load');

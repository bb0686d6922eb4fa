import { importStructuredData } from './import-structured-data.js';
import { onDemand } from './on-demand.js';

/** The JSON-LD module, loaded the first time an element asks for structured data. The content shows either way. */
export const [loadStructuredData] = onDemand(importStructuredData, 'care-elements: no structured data (JSON-LD) was written');

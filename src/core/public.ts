// The shared API that the package index exports beside the elements.
export { CareElement } from './care-element.js';
export { CareContentErrorEvent, CareContentLoadEvent, CareToggleEvent } from './events.js';
export type { ContentErrorDetail, ContentLoadDetail, ContentSource, ToggleDetail } from './events.js';
export type { ContentIssue } from './schema.js';
export type { Source } from './content.js';

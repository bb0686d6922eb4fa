// The shared API that the package index exports beside the elements.
export { CareElement } from './care-element.js';
export { CareContentErrorEvent, CareContentLoadEvent, CareToggleEvent } from './events.js';
export type { ContentErrorDetail, ContentLoadDetail, ContentSource, ToggleDetail } from './events.js';
export type { ContentIssue } from './schema.js';
export type { Source } from './content.js';

/** The tags of the care elements that the loaded modules define. */
export type CareTag = {
  [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends import('./care-element.js').CareElement<object> ? Tag : never;
}[keyof HTMLElementTagNameMap];

/** The content object a care element takes, by tag: `ContentOf<'care-faq'>`. */
export type ContentOf<Tag extends CareTag> = Exclude<HTMLElementTagNameMap[Tag]['content'], string | null | undefined>;

/** For editors: whether a stat's words agree with its qualifier and proportion (`care-elements validate` runs the same check). */
export { contentWordingIssues, statWordingIssues } from '../stat/wording.js';

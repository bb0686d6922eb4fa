import { html, nothing } from 'lit';
import type { Source } from './content.js';
import { glossary } from './glossary.js';
import { renderInlineText } from './rich-text.js';
import { citation } from './sources.js';

/** A figure's source: the work itself, or the one its id names, cited with its number in the list. */
export const figureCitation = (source: Source | string) => {
  if (typeof source !== 'string') return citation(source);
  const work = glossary.get(`^${source}`) as Source | undefined;
  return work ? html`${citation(work)}${renderInlineText(`[^${source}]`)}` : nothing;
};

import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

type HeadingOptions = { id?: string; part?: string; className?: string };

// One plain template per level: far smaller than lit's static-html runtime,
// and the template minifier can read them.
const LEVELS = [
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h1>`,
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h2>`,
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h3>`,
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h4>`,
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h5>`,
  (content: unknown, { id, part, className }: HeadingOptions) =>
    html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)}>${content}</h6>`,
];

/** A heading level from an attribute: an integer within [min, 6], else the fallback. */
export const headingLevel = (value: unknown, fallback: number, min = 1): number => {
  const level = Number(value);
  return value != null && Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
};

/** A real `<h1>`–`<h6>` whose level is chosen at run time; levels past 6 stay 6. */
export const heading = (level: number, content: unknown, options: HeadingOptions = {}) =>
  LEVELS[Math.min(Math.max(level, 1), 6) - 1]!(content, options);

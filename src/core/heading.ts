import { nothing } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute: an integer within [min, 6], else the fallback. */
export const headingLevel = (value: unknown, fallback: number, min = 1): number => {
  const level = Number(value);
  return value != null && Number.isInteger(level) && level >= min && level <= 6 ? level : fallback;
};

/** A real `<h1>`–`<h6>` whose level is chosen at run time; levels past 6 stay 6. */
export const heading = (level: number, content: unknown, { id, part, className }: { id?: string; part?: string; className?: string } = {}) => {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1]!;
  return staticHtml`<${tag} id=${id ?? nothing} part=${part ?? nothing} class=${className ?? nothing}>${content}</${tag}>`;
};

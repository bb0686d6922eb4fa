import { css, html, nothing } from 'lit';
import { richText, url } from './content.js';
import { renderInlineText } from './rich-text.js';
import { boolean, number, object, optional, refine, string, type Infer } from './schema.js';
import { safeUrl } from './url.js';

const size = (title: string) =>
  number({ title, description: `The image’s intrinsic ${title.toLowerCase()} in pixels; with the other dimension it reserves the image’s space, so nothing moves when it loads.`, integer: true, minimum: 1 });

export const imageSchema = refine(
  object(
    {
      src: url({ title: 'Image URL', description: 'The image shown where `srcset` is not supported, and its fallback.' }),
      srcset: optional(string({ title: 'Sources by width', description: 'Other sizes of the same image, as in HTML: "leukemia-480.jpg 480w, leukemia-960.jpg 960w". Unsafe URLs are left out.' })),
      sizes: optional(string({ title: 'Displayed sizes', description: 'How wide the image is shown, as in HTML: "(min-width: 50rem) 50rem, 100vw". Default: the full viewport width.' })),
      width: size('Width'),
      height: size('Height'),
      alt: optional(string({ title: 'Alternative text', description: 'What the image shows, for readers who cannot see it. Required unless the image is decorative.' })),
      decorative: optional(boolean({ title: 'Decorative', description: 'True when the image adds nothing the text does not say; screen readers then skip it. Say so explicitly: a missing alt is an error.' })),
      caption: optional(richText({ title: 'Caption', description: 'Shown under the image.' })),
      credit: optional(string({ title: 'Credit', description: 'Who made or owns the image: "Photo: Jane Roe / Example Agency".' })),
    },
    { title: 'Image block', description: 'A figure: an image with its alternative text, caption and credit, loaded lazily in the space it will take.' },
  ),
  // Exactly one of the two: a described image, or one declared decorative.
  ({ alt, decorative }) => (!alt === !decorative ? [alt ? { path: '/decorative', message: 'must not be true with alt text' } : { path: '', message: 'needs "alt" text, or "decorative": true' }] : []),
  {
    json: () => {
      const alt = { alt: { title: 'Alternative text', description: 'What the image shows.' } };
      return {
        anyOf: [
          { properties: { ...alt, decorative: { title: 'Decorative', description: 'False or left out.', const: false } }, required: ['alt'] },
          { properties: { decorative: { title: 'Decorative', description: 'True.', const: true } }, required: ['decorative'], not: { properties: alt, required: ['alt'] } },
        ],
      };
    },
  },
);

export type ImageContent = Infer<typeof imageSchema>;

/** The candidates of a `srcset` whose URL is safe ("a.jpg 480w, b.jpg 960w"). */
const safeSrcset = (srcset: string) =>
  srcset
    .split(/,\s+/)
    .filter((candidate) => safeUrl(candidate.trim().split(/\s/)[0]!))
    .join(', ') || nothing;

/** An image block as a figure; an unsafe `src` leaves the caption alone. */
export const figure = ({ src, srcset, sizes, width, height, alt, caption, credit }: ImageContent) => {
  const href = safeUrl(src);
  return html`<figure class="image">
    ${href
      ? html`<img src=${href} srcset=${srcset ? safeSrcset(srcset) : nothing} sizes=${sizes ?? nothing} width=${width} height=${height} alt=${alt ?? ''} loading="lazy" decoding="async" />`
      : nothing}
    ${caption || credit
      ? html`<figcaption>${caption ? renderInlineText(caption) : nothing}${caption && credit ? ' ' : nothing}${credit ? html`<small>${credit}</small>` : nothing}</figcaption>`
      : nothing}
  </figure>`;
};

export const figureStyles = css`
  .image {
    margin-inline: 0;
  }
  /* The width and height attributes give the box its ratio before the image arrives. */
  .image img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  figcaption {
    margin-block-start: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
`;

import { css } from 'lit';

/**
 * Shared design tokens. Public `--care-*` properties feed private `--_*`
 * ones. Text colour and font inherit from the host page; surfaces and
 * borders are tints of the inherited text colour, so they suit any page
 * background. Accent colours follow the page's `color-scheme` through
 * `light-dark()`, so a page that declares `color-scheme: light dark` gets the
 * dark palette in dark mode, and a light-only page keeps the light one.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_accent: var(--care-accent, light-dark(#0b6b66, #5fd4c8));
    --_muted: var(--care-muted, color-mix(in srgb, currentColor 76%, transparent));
    --_surface: var(--care-surface, color-mix(in srgb, var(--_accent) 6%, transparent));
    --_border: var(--care-border, color-mix(in srgb, currentColor 20%, transparent));
    --_radius: var(--care-radius, 0.75rem);
    --_space: var(--care-space, 1rem);
    --_focus-ring: var(--care-focus-ring, 3px solid var(--_accent));
    color: var(--care-text);
    font-family: var(--care-font-family);
    line-height: var(--care-line-height, 1.55);
    overflow-wrap: break-word;
  }
  /* hidden="until-found" keeps its box so find-in-page can reach and open it. An engine
     without it hides it entirely; drawn the same way there, server HTML read without
     script still opens it (see ssr/render.ts). */
  :host([hidden]),
  [hidden]:not([hidden='until-found']) {
    display: none !important;
  }
  [hidden='until-found'] {
    display: block;
    content-visibility: hidden;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--care-link, var(--_accent));
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  /* A glossary term: a button that reads as a marked word; before the focus ring, which it keeps. */
  .term {
    all: unset;
    text-decoration: underline dotted;
    cursor: help;
  }
  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }
  :is(p, ul, ol):last-child {
    margin-block-end: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  /* The pill-shaped show/hide button of collapsible content (FAQ, therapy card). */
  .toggle {
    padding: 0.35em 0.9em;
    border: 1px solid;
    border-radius: 2em;
    background: none;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  /* The chevron after a disclosure button's label: down when closed, up when open. */
  [aria-expanded]::after {
    content: '';
    flex: none;
    padding: 0.225em;
    border: solid;
    border-width: 0 2px 2px 0;
    translate: 0 -25%;
    rotate: 45deg;
  }
  [aria-expanded='true']::after {
    translate: 0 25%;
    scale: -1;
  }
  /* Lists of sources: an FAQ answer's own, and the element's, kept in its light DOM (references.ts). */
  .sources,
  ::slotted(.care-references) {
    margin: 0;
    padding-inline-start: 1.5em;
    font-size: 0.9em;
  }
  .sources li + li {
    margin-block-start: 0.35em;
  }
  .references-title {
    margin-block: 1.25em 0.35em;
    font-weight: 600;
  }
  cite {
    font-style: normal;
  }
  .source-details {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [popover] {
    max-inline-size: min(22rem, 100vw - 2rem);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 2em #0004;
  }
  .care-error {
    margin: 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_muted);
  }
  /* On paper a link cannot be followed: absolute ones (http, mailto, tel) print their address. */
  @media print {
    [popover] {
      display: inline;
      position: static;
      padding: 0;
      border: 0;
      box-shadow: none;
    }
    a[href*=':']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_border: CanvasText;
      --_muted: CanvasText;
      --_focus-ring: 3px solid Highlight;
    }
  }
`;

import { html, isServer, nothing, type render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Source } from './content.js';
import { IDENTIFIERS } from './identifiers.js';
import { citation } from './sources.js';

/**
 * Reference lists live in the light DOM, outside every shadow root, so that a
 * citation's `#care-ref-<id>` link reaches its entry by plain fragment
 * navigation, with or without script. An element shows its own list through
 * its `references` slot; elements given `reference-list="<id>"` share the one
 * list drawn inside the page's element of that id, numbered once for the page.
 */

/** An element that cites: lit's requestUpdate draws its citations again with new numbers. */
export interface ReferenceHost extends HTMLElement {
  requestUpdate(): void;
}

/**
 * What the bundle lends this module, which it loads from beside itself: its
 * lit's `render`, and the numbers its citations read (glossary.ts).
 */
export interface BundleParts {
  render: typeof render;
  referenceNumbers: WeakMap<Source, number>;
  renumbered: () => void;
}

const KINDS = Object.keys(IDENTIFIERS) as (keyof typeof IDENTIFIERS)[];

/** An identifier's page at its resolver. A DOI may hold "#" or "?", which must not end the resolver's path. */
const resolve = (kind: keyof typeof IDENTIFIERS, value: string) => IDENTIFIERS[kind].resolver + value.split('/').map(encodeURIComponent).join('/');

/** The resolvers' pages of a work's PMID, DOI and NCT number. */
export const identifierUrls = (source: Source) => KINDS.flatMap((kind) => (source[kind] ? [resolve(kind, source[kind])] : []));

const identifierLinks = (source: Source) =>
  KINDS.map((kind) => {
    const value = source[kind];
    return value ? html`${` ${IDENTIFIERS[kind].label}: `}<a href=${resolve(kind, value)}>${value}</a>.` : nothing;
  });

/** The list's entries. The way back to the citation needs script, so a server leaves it out and the browser adds it. */
const entries = (sources: Source[], back: string) =>
  html`${sources.map(
    (source) =>
      html`<li id=${ifDefined(source.id && `care-ref-${source.id}`)}>
        ${citation(source)}.${identifierLinks(source)}${source.id && !isServer ? html`${' '}<a href="#" class="care-ref-back" data-ref=${source.id} aria-label=${back}>↩</a>` : nothing}
      </li>`,
  )}`;

/** The first citation of `id` in `root` or in the shadow roots within it. */
const findCitation = (root: ParentNode, id: string): HTMLElement | undefined =>
  root.querySelector<HTMLElement>(`a.cite[href="#care-ref-${CSS.escape(id)}"]`) ??
  [...root.querySelectorAll('*')].map((element) => element.shadowRoot && findCitation(element.shadowRoot, id)).find(Boolean) ??
  undefined;

/** Lists already drawn by script (server-rendered ones are replaced once, since their entries lack the way back). */
const drawn = new WeakSet<Element>();

const draw = (list: HTMLElement, sources: Source[], back: string, hosts: () => Iterable<ReferenceHost>, { render }: BundleParts) => {
  if (!drawn.has(list)) {
    drawn.add(list);
    list.replaceChildren();
    list.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLElement>('.care-ref-back');
      if (!link) return;
      event.preventDefault();
      for (const host of hosts()) {
        const cited = findCitation(host.shadowRoot!, link.dataset.ref!);
        if (cited) return cited.focus();
      }
    });
  }
  render(entries(sources, back), list);
};

const ownLists = new WeakMap<Element, HTMLOListElement>();

/** Page lists by the id of the element that shows them: the hosts sharing each, and the works each host cites. */
const shared = new Map<string, Map<ReferenceHost, Source[]>>();
const sharedBy = new WeakMap<ReferenceHost, string>();
const lastNumbering = new Map<string, string>();

const renumber = (listId: string, back: string, parts: BundleParts) => {
  const { referenceNumbers } = parts;
  const hosts = shared.get(listId);
  if (!hosts) return;
  const ordered = [...hosts.keys()].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  // A work several elements cite (by the same id) is listed once, where it is first cited.
  const byId = new Map<string, Source>();
  const merged: Source[] = [];
  for (const host of ordered)
    for (const source of hosts.get(host)!) {
      const first = source.id && byId.get(source.id);
      if (first) referenceNumbers.set(source, referenceNumbers.get(first)!);
      else {
        if (source.id) byId.set(source.id, source);
        merged.push(source);
        referenceNumbers.set(source, merged.length);
      }
    }
  const target = document.getElementById(listId);
  if (target) {
    // The list's place, and the heading it may hold, show only while it lists a work.
    target.hidden = !merged.length;
    let list = target.querySelector<HTMLElement>(':scope > ol.care-references');
    if (!list) list = target.appendChild(Object.assign(document.createElement('ol'), { className: 'care-references' }));
    draw(list, merged, back, () => hosts.keys(), parts);
  }
  const numbering = merged.map((source) => `${source.id} ${source.title}`).join('\n');
  if (numbering === lastNumbering.get(listId)) return;
  lastNumbering.set(listId, numbering);
  parts.renumbered();
  // After this update, not during it: the hosts draw their citations again with the new numbers.
  queueMicrotask(() => hosts.forEach((_, host) => host.requestUpdate()));
};

const leaveShared = (host: ReferenceHost) => {
  const listId = sharedBy.get(host);
  if (listId === undefined) return;
  sharedBy.delete(host);
  shared.get(listId)!.delete(host);
};

/**
 * Shows `sources` in the host's own list (its light DOM, in its `references`
 * slot) or, with `listId`, in the page's list of that id; no sources remove
 * the host's list. Called after each render.
 */
export const showReferences = (host: ReferenceHost, sources: Source[] | undefined, listId: string | null, back: string, parts: BundleParts) => {
  let own = ownLists.get(host) ?? host.querySelector<HTMLOListElement>(':scope > ol[slot="references"]') ?? undefined;
  if (listId) {
    own?.remove();
    ownLists.delete(host);
    if (sharedBy.get(host) !== listId) leaveShared(host);
    sharedBy.set(host, listId);
    const hosts = shared.get(listId) ?? new Map();
    shared.set(listId, hosts.set(host, sources ?? []));
    renumber(listId, back, parts);
    return;
  }
  leaveShared(host);
  if (!sources?.length) {
    own?.remove();
    ownLists.delete(host);
    return;
  }
  if (!own) {
    own = Object.assign(document.createElement('ol'), { className: 'care-references', slot: 'references' });
    host.append(own);
  }
  ownLists.set(host, own);
  draw(own, sources, back, () => [host], parts);
};

/** Takes a host that leaves the page out of its shared list. */
export const forgetReferences = (host: ReferenceHost, back: string, parts: BundleParts) => {
  const listId = sharedBy.get(host);
  leaveShared(host);
  if (listId) renumber(listId, back, parts);
};

/** A server-rendered element's own list, for its light DOM. */
export const referenceListTemplate = (sources: Source[] | undefined) =>
  sources?.length ? html`<ol class="care-references" slot="references">${entries(sources, '')}</ol>` : undefined;

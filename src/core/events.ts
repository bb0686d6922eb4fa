import type { ContentIssue } from './schema.js';

/** Where a content document came from. */
export type ContentSource = 'attribute' | 'property' | 'script' | 'src';

export interface ContentErrorDetail {
  errors: ContentIssue[];
  source: ContentSource;
}

/**
 * Fired when content cannot be used, or when some of its items were left
 * out. The element keeps showing its last valid content.
 */
export class CareContentErrorEvent extends CustomEvent<ContentErrorDetail> {
  static readonly type = 'care-content-error';
  constructor(detail: ContentErrorDetail) {
    super(CareContentErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

export interface ContentLoadDetail {
  source: ContentSource;
}

/** Fired when valid content has been accepted and will render. */
export class CareContentLoadEvent extends CustomEvent<ContentLoadDetail> {
  static readonly type = 'care-content-load';
  constructor(detail: ContentLoadDetail) {
    super(CareContentLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'care-content-error': CareContentErrorEvent;
    'care-content-load': CareContentLoadEvent;
  }
}

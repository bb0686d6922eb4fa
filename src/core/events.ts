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

export interface ToggleDetail {
  /** The id of the panel that opened or closed. */
  id: string;
  open: boolean;
}

/**
 * Fired when the reader opens or closes a collapsible panel (by a click, a
 * key, or the browser's find-in-page); not when a script calls a method.
 */
export class CareToggleEvent extends CustomEvent<ToggleDetail> {
  static readonly type = 'care-toggle';
  constructor(detail: ToggleDetail) {
    super(CareToggleEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'care-content-error': CareContentErrorEvent;
    'care-content-load': CareContentLoadEvent;
    'care-toggle': CareToggleEvent;
  }
}

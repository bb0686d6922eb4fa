/** Schemes that may become links; anything else (javascript:, data:, vbscript:…) stays text. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Returns the URL when it is safe to put in an `href`, else undefined.
 * Relative URLs and #fragments are safe. Browsers ignore tabs, newlines and
 * control characters inside a scheme ("java\tscript:"), so they are removed
 * before the scheme is read.
 */
export const safeUrl = (raw: string): string | undefined => {
  const url = raw.trim();
  if (url === '') return undefined;
  // eslint-disable-next-line no-control-regex
  const scheme = /^([^:/?#]*):/.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))?.[1];
  if (scheme === undefined) return url;
  return SAFE_SCHEMES.has(scheme.toLowerCase()) ? url : undefined;
};

/** True for links that leave the page's origin. */
export const isExternal = (url: string): boolean => /^(https?:)?\/\//i.test(url);

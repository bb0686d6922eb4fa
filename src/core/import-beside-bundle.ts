/**
 * A module of the browser bundles, which cannot split: a file of dist/ such
 * as care-elements-structured-data.js, loaded from beside the bundle's own
 * file (never from the page's base URL, which may be anywhere).
 */

// Read while the bundle runs: later, currentScript is null or another script.
// A module script has none, so the script that loaded it is found by name.
const ownScript = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const BUNDLE_FILE = /\/care-(?:elements|editor)[\w.-]*\.js$/;

const bundleUrl = () =>
  ownScript?.src ||
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => BUNDLE_FILE.test(new URL(script.src).pathname))?.src;

export const importBesideBundle = async <Module>(file: string): Promise<Module> => {
  const base = bundleUrl();
  if (!base) throw new Error(`${file} is looked for beside the script that loaded care-elements, and no such script was found`);
  // The bundle's query (a version, as WordPress adds) goes along, so both leave caches together.
  const url = new URL(file + new URL(base).search, base).href;
  try {
    return await import(/* @vite-ignore */ url);
  } catch (error) {
    throw new Error(`${url} did not load (${(error as Error).message})`);
  }
};

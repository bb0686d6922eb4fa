/** Folds text for matching: lower case, accents removed ("Leucémie" matches "leucemie"). */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A URL-fragment name for a text: its folded letter and digit runs joined by "-", or `fallback` when it has none. */
export const slug = (text: string, fallback: string) => fold(text).match(/[\p{L}\p{N}]+/gu)?.join('-') || fallback;

/** Returns a function that gives each id it is handed back unique: a second "a" becomes "a-2", a third "a-3". */
export const uniqueIds = () => {
  const taken = new Set<string>();
  return (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
};

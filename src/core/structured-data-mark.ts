/** Marks the JSON-LD script an element (or server rendering) writes, so it is found again. */
export const STRUCTURED_DATA_MARK = 'data-care-structured-data';

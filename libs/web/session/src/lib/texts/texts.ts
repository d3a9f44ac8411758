import en from './en.json';
import nl from './nl.json';

/** Texts this library brings (the same in every app); an app merges them under its own with `mergeTexts`. */
export const sessionTexts = { nl, en };

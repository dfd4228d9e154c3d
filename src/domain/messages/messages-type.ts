/**
 * A translation of the catalogue `T`: every key of the English catalogue, each a string. A
 * catalogue in another language is declared `Messages<typeof en>`, so a missing or extra key is a
 * type error. Plural keys (`_one`, `_other`) are kept in every language; Chinese uses `_other`.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

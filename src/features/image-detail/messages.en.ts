/** The image detail feature. English. Namespace `imageDetail`; the Chinese catalogue has the same keys. */
export const imageDetailEn = {};

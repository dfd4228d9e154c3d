/** The share feature. English. Namespace `share`; the Chinese catalogue has the same keys. */
export const shareEn = {};

/** The export feature. English. Namespace `export`; the Chinese catalogue has the same keys. */
export const exportEn = {};

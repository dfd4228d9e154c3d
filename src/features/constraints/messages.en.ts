/** The constraints feature. English. Namespace `constraints`; the Chinese catalogue has the same keys. */
export const constraintsEn = {};

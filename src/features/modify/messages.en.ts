/** The modify feature. English. Namespace `modify`; the Chinese catalogue has the same keys. */
export const modifyEn = {};

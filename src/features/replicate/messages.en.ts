/** The replicate feature. English. Namespace `replicate`; the Chinese catalogue has the same keys. */
export const replicateEn = {};

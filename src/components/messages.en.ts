/** Shared components: lists, forms, denied reasons, batch pieces, formats. English. Namespace `common`; the Chinese catalogue has the same keys. */
export const commonEn = {};

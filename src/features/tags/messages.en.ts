/** The tags feature. English. Namespace `tags`; the Chinese catalogue has the same keys. */
export const tagsEn = {};

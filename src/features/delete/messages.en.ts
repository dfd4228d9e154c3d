/** The delete feature. English. Namespace `delete`; the Chinese catalogue has the same keys. */
export const deleteEn = {};

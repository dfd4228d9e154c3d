/** The public images feature. English. Namespace `publicImages`; the Chinese catalogue has the same keys. */
export const publicImagesEn = {};

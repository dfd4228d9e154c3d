/** The shared images feature. English. Namespace `sharedImages`; the Chinese catalogue has the same keys. */
export const sharedImagesEn = {};

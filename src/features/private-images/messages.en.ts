/** The private images feature. English. Namespace `privateImages`; the Chinese catalogue has the same keys. */
export const privateImagesEn = {};

/** The create image feature. English. Namespace `createImage`; the Chinese catalogue has the same keys. */
export const createImageEn = {};

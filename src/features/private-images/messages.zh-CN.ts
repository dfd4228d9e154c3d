import type { Messages } from '../../domain';
import type { privateImagesEn } from './messages.en';

/** The private images feature. Simplified Chinese. */
export const privateImagesZhCN: Messages<typeof privateImagesEn> = {};

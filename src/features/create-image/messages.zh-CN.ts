import type { Messages } from '../../domain';
import type { createImageEn } from './messages.en';

/** The create image feature. Simplified Chinese. */
export const createImageZhCN: Messages<typeof createImageEn> = {};

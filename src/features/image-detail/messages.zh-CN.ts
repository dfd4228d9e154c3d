import type { Messages } from '../../domain';
import type { imageDetailEn } from './messages.en';

/** The image detail feature. Simplified Chinese. */
export const imageDetailZhCN: Messages<typeof imageDetailEn> = {};

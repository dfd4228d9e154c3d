import type { Messages } from '../../domain';
import type { publicImagesEn } from './messages.en';

/** The public images feature. Simplified Chinese. */
export const publicImagesZhCN: Messages<typeof publicImagesEn> = {};

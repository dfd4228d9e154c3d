import type { Messages } from '../../domain';
import type { sharedImagesEn } from './messages.en';

/** The shared images feature. Simplified Chinese. */
export const sharedImagesZhCN: Messages<typeof sharedImagesEn> = {};

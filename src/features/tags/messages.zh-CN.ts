import type { Messages } from '../../domain';
import type { tagsEn } from './messages.en';

/** The tags feature. Simplified Chinese. */
export const tagsZhCN: Messages<typeof tagsEn> = {};

import type { Messages } from '../../domain';
import type { shareEn } from './messages.en';

/** The share feature. Simplified Chinese. */
export const shareZhCN: Messages<typeof shareEn> = {};

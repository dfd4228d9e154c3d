import type { Messages } from '../../domain';
import type { replicateEn } from './messages.en';

/** The replicate feature. Simplified Chinese. */
export const replicateZhCN: Messages<typeof replicateEn> = {};

import type { Messages } from '../../domain';
import type { constraintsEn } from './messages.en';

/** The constraints feature. Simplified Chinese. */
export const constraintsZhCN: Messages<typeof constraintsEn> = {};

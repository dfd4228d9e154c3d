import type { Messages } from '../../domain';
import type { deleteEn } from './messages.en';

/** The delete feature. Simplified Chinese. */
export const deleteZhCN: Messages<typeof deleteEn> = {};

import type { Messages } from '../../domain';
import type { modifyEn } from './messages.en';

/** The modify feature. Simplified Chinese. */
export const modifyZhCN: Messages<typeof modifyEn> = {};

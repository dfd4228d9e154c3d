import type { Messages } from '../domain';
import type { commonEn } from './messages.en';

/** Shared components: lists, forms, denied reasons, batch pieces, formats. Simplified Chinese. */
export const commonZhCN: Messages<typeof commonEn> = {};

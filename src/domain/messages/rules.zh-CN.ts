import type { rulesEn } from './rules.en';
import type { Messages } from './messages-type';

/** Each rule's reason, hint and statement, keyed by rule id. Simplified Chinese. */
export const rulesZhCN: Messages<typeof rulesEn> = {};

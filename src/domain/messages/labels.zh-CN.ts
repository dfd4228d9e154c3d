import type { labelsEn } from './labels.en';
import type { Messages } from './messages-type';

/** The domain's other words: statuses, operation labels, audit messages, confirmations, wire messages. Simplified Chinese. */
export const labelsZhCN: Messages<typeof labelsEn> = {};

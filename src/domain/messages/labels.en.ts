/** The domain's other words: statuses, operation labels, audit messages, confirmations, wire messages. English. */
export const labelsEn = {};

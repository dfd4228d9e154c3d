/** Each rule's reason, hint and statement, keyed by rule id. English. */
export const rulesEn = {};

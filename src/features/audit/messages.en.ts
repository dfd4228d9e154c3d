/** The audit feature. English. Namespace `audit`; the Chinese catalogue has the same keys. */
export const auditEn = {};

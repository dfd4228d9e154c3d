import type { Messages } from '../../domain';
import type { auditEn } from './messages.en';

/** The audit feature. Simplified Chinese. */
export const auditZhCN: Messages<typeof auditEn> = {};

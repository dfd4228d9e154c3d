import type { Messages } from '../../domain';
import type { exportEn } from './messages.en';

/** The export feature. Simplified Chinese. */
export const exportZhCN: Messages<typeof exportEn> = {};

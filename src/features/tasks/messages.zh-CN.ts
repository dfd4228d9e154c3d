import type { Messages } from '../../domain';
import type { tasksEn } from './messages.en';

/** The tasks feature. Simplified Chinese. */
export const tasksZhCN: Messages<typeof tasksEn> = {};

import type { Messages } from '../../domain';
import type { createEcsEn } from './messages.en';

/** The create ecs feature. Simplified Chinese. */
export const createEcsZhCN: Messages<typeof createEcsEn> = {};

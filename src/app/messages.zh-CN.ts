import type { Messages } from '../domain';
import type { shellEn } from './messages.en';

/** The shell: top bar, navigation, settings, toasts, error pages. Simplified Chinese. */
export const shellZhCN: Messages<typeof shellEn> = {};

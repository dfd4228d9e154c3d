/** The shell: top bar, navigation, settings, toasts, error pages. English. Namespace `shell`; the Chinese catalogue has the same keys. */
export const shellEn = {};

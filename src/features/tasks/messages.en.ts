/** The tasks feature. English. Namespace `tasks`; the Chinese catalogue has the same keys. */
export const tasksEn = {};

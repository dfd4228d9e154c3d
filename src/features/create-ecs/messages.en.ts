/** The create ecs feature. English. Namespace `createEcs`; the Chinese catalogue has the same keys. */
export const createEcsEn = {};

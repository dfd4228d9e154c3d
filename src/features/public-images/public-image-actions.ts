import type { ImageActionDecision } from '../../components/image-actions';

/**
 * What the rules let a viewer do with a public image, before any dialog: nothing yet, as a
 * public image is read-only. Create ECS (issue 14, item 2: the `launch` action) puts its
 * decision here; the row menu and the detail toolbar then show it, denied or not, ahead of View
 * details and Copy ID.
 */
export const PUBLIC_IMAGE_ACTIONS: readonly ImageActionDecision[] = [];

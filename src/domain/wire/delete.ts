import { z } from 'zod';

/* DELETE /v2/images/{id} (ims-api.md §9). */

/** Optional body; `delete_backup` also removes the backup a full-ECS image was made from. */
export const deleteImageBodySchema = z.object({ delete_backup: z.boolean().optional() });
export type DeleteImageBody = z.infer<typeof deleteImageBodySchema>;

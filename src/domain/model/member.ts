import { z } from 'zod';

export const memberStatusSchema = z.enum(['pending', 'accepted', 'rejected']);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

/** A project an image is shared with, and what that project answered. */
export const memberSchema = z.object({
  imageId: z.string(),
  projectId: z.string(),
  status: memberStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

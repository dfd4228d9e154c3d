import { z } from 'zod';

/* GET /v1/cloudimages/quota (ims-api.md §15). */

/** `quota: -1` means unlimited (received shares, received.no-quota). */
export const imsQuotaSchema = z.object({
  quotas: z.object({
    resources: z.array(
      z.object({
        type: z.enum(['image', 'image_shared']),
        used: z.number().int(),
        quota: z.number().int(),
        min: z.number().int(),
        max: z.number().int(),
      }),
    ),
  }),
});
export type ImsQuota = z.infer<typeof imsQuotaSchema>;

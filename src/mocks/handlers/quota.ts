import { quotaIn } from '../../domain';
import type { ImsQuota } from '../../domain/wire/quota';
import { imsPaths } from '../../domain/wire/paths';
import { regionParams } from '../http/lookup';
import { json, route, type Route } from '../http/pipeline';

const QUOTA_MIN = 1;
const QUOTA_MAX = 1000;

/**
 * GET /v1/cloudimages/quota (ims-api.md §15). `image` is the private-image quota the rules read
 * (create.quota, replicate.quota); `image_shared` counts the shares received in the region and
 * is unlimited (-1), as received.no-quota says.
 */
const showQuota = route('get', imsPaths.quota, { params: regionParams }, (ctx) => {
  const usage = quotaIn(ctx.rules(), ctx.params.region);
  const mine = new Set(ctx.viewer.projectIds);
  const receivedIds = new Set(ctx.db.members.filter((m) => mine.has(m.projectId)).map((m) => m.imageId));
  const received = ctx.db.images.filter((i) => i.regionId === ctx.params.region && receivedIds.has(i.id)).length;
  const body: ImsQuota = {
    quotas: {
      resources: [
        { type: 'image', used: usage.used, quota: usage.limit, min: QUOTA_MIN, max: QUOTA_MAX },
        { type: 'image_shared', used: received, quota: -1, min: QUOTA_MIN, max: QUOTA_MAX },
      ],
    },
  };
  return json(body);
});

export const quotaRoutes: Route[] = [showQuota];

import { z } from 'zod';
import { regionIdSchema, type Image, type Member } from '../../domain';
import { notFound } from './errors';
import type { RequestContext } from './pipeline';

export const regionParams = z.object({ region: regionIdSchema });
export const regionImageParams = z.object({ region: regionIdSchema, imageId: z.string().min(1) });

type Ctx = Pick<RequestContext<unknown, unknown, unknown>, 'db' | 'viewer' | 'subject'>;

function membership(ctx: Ctx, image: Image): Member | undefined {
  return ctx.db.members.find((m) => m.imageId === image.id && ctx.viewer.projectIds.includes(m.projectId));
}

/**
 * The image the viewer may see in `region`: owned, or shared with one of the viewer's projects.
 * Anything else is 404, so other tenants' images are not revealed. Ownership beyond seeing is
 * the rules' business (access.owner, share.received, delete.owner).
 */
export function findVisibleImage(ctx: Ctx, region: string, imageId: string): Image {
  const image = ctx.db.images.find((i) => i.id === imageId && i.regionId === region);
  if (!image || !(ctx.viewer.projectIds.includes(image.ownerProjectId) || membership(ctx, image)))
    throw notFound(`Image ${imageId}`);
  ctx.subject.imageId = image.id;
  ctx.subject.imageName = image.name;
  ctx.subject.regionId = image.regionId;
  return image;
}

/** The viewer's project in a region (every account has one per region). */
export function projectIn(ctx: Pick<Ctx, 'db' | 'viewer'>, region: string) {
  const project = ctx.db.projects.find((p) => p.regionId === region && ctx.viewer.projectIds.includes(p.id));
  if (!project) throw notFound(`A project of yours in ${region}`);
  return project;
}

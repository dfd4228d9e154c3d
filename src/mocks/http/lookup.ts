import { z } from 'zod';
import { regionIdSchema, type Image, type Member } from '../../domain';
import { findPublicImage } from '../seed/public-images';
import { imsError, notFound, type ImsHttpError } from './errors';
import type { RequestContext } from './pipeline';

export const regionParams = z.object({ region: regionIdSchema });
export const regionImageParams = z.object({ region: regionIdSchema, imageId: z.string().min(1) });

type Ctx = Pick<RequestContext<unknown, unknown, unknown>, 'db' | 'viewer' | 'subject'> & {
  request?: Pick<Request, 'method' | 'url'>;
};

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
  if (!image && ctx.request && ctx.request.method !== 'GET') {
    const refusal = refusePublicImageWrite(ctx.request, region, imageId);
    if (refusal) throw refusal;
  }
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

/**
 * IMS refuses every change to a public image with a code of its own (ims-api.md error table):
 * delete IMG.0094, share IMG.0089, export IMG.0077; anything else (modify, replicate, tags,
 * publish) IMG.0105 "operation not supported". No rule of the catalogue covers these: the rules
 * judge a tenant's `Image`, and a public image never reaches them, as no console screen offers
 * these actions on one. The answer is 403, as for another owner's image; nothing is changed.
 */
function publicImageWriteCode(method: string, pathname: string): { code: string; what: string } {
  if (pathname.includes('/tags')) return { code: 'IMG.0105', what: 'tagged' };
  if (method === 'DELETE') return { code: 'IMG.0094', what: 'deleted' };
  if (pathname.includes('/members')) return { code: 'IMG.0089', what: 'shared' };
  if (pathname.endsWith('/file')) return { code: 'IMG.0077', what: 'exported' };
  if (pathname.endsWith('copy')) return { code: 'IMG.0105', what: 'replicated' };
  if (pathname.endsWith('/publish')) return { code: 'IMG.0105', what: 'published' };
  return { code: 'IMG.0105', what: method === 'PATCH' ? 'modified' : 'changed' };
}

/** The refusal of a write to a public image, or undefined when the ID is no public image of the region. */
export function refusePublicImageWrite(
  request: Pick<Request, 'method' | 'url'>,
  region: string,
  imageId: string,
): ImsHttpError | undefined {
  const regionId = regionIdSchema.safeParse(region);
  const image = regionId.success ? findPublicImage(regionId.data, imageId) : undefined;
  if (!image) return undefined;
  const { code, what } = publicImageWriteCode(request.method, new URL(request.url).pathname);
  return imsError(403, code, `${image.name} is a public image: it cannot be ${what}.`);
}

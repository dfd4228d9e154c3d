import { canModify } from '../../domain';
import { toImsImage } from '../../domain/wire/image';
import { imagePatchSchema, modifyBodyFields, toModifyInput } from '../../domain/wire/modify';
import { imsPaths } from '../../domain/wire/paths';
import { enforce, fieldRefusal } from '../http/errors';
import { findVisibleImage, regionImageParams } from '../http/lookup';
import { json, route, type Route } from '../http/pipeline';
import { wireViewOf } from './images';

/** PATCH /v2/cloudimages/{id} (ims-api.md §4): the same canModify as the Modify dialog, then the write. */
const updateImage = route(
  'patch',
  imsPaths.image,
  { params: regionImageParams, body: imagePatchSchema, fields: modifyBodyFields, operation: 'update' },
  (ctx) => {
    const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
    const changes = toModifyInput(ctx.body);
    enforce(canModify(image, ctx.viewer, ctx.rules(), changes));
    const epId = changes.enterpriseProjectId;
    if (
      epId !== undefined &&
      !ctx.db.enterpriseProjects.some((ep) => ep.id === epId && ep.accountId === ctx.viewer.accountId)
    )
      throw fieldRefusal(
        `Enterprise project ${epId} does not exist in your account.`,
        'enterpriseProjectId',
        'No such enterprise project.',
      );
    if (changes.name !== undefined) image.name = changes.name;
    if (changes.description !== undefined) image.description = changes.description;
    if (changes.minRamMb !== undefined) image.minRamMb = changes.minRamMb;
    if (changes.maxRamMb !== undefined) image.maxRamMb = changes.maxRamMb;
    if (changes.bootMode !== undefined) image.bootMode = changes.bootMode;
    if (changes.nicMultiQueue !== undefined) image.nicMultiQueue = changes.nicMultiQueue;
    if (epId !== undefined) image.enterpriseProjectId = epId;
    image.updatedAt = new Date(ctx.now).toISOString();
    ctx.subject.imageName = image.name;
    ctx.backend.save();
    return json(toImsImage(image, wireViewOf(ctx.db, ctx.viewer, image)));
  },
);

export const modifyRoutes: Route[] = [updateImage];

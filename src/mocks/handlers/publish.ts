import { canPublish } from '../../domain';
import { toImsImage } from '../../domain/wire/image';
import { imsPaths } from '../../domain/wire/paths';
import { enforce } from '../http/errors';
import { findVisibleImage, regionImageParams } from '../http/lookup';
import { json, route, type Route } from '../http/pipeline';
import { wireViewOf } from './images';

/** Mock-specific: publish in KooGallery, so delete.koogallery and share.koogallery can be shown. */
const publishImage = route('post', imsPaths.publish, { params: regionImageParams, operation: 'publish' }, (ctx) => {
  const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
  enforce(canPublish(image, ctx.viewer, ctx.rules()));
  if (!image.publishedInKooGallery) {
    image.publishedInKooGallery = true;
    image.updatedAt = new Date(ctx.now).toISOString();
    ctx.backend.save();
  }
  return json(toImsImage(image, wireViewOf(ctx.db, ctx.viewer, image)));
});

export const publishRoutes: Route[] = [publishImage];

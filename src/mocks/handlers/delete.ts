import { canDelete } from '../../domain';
import { deleteImageBodySchema } from '../../domain/wire/delete';
import { imsPaths } from '../../domain/wire/paths';
import { enforce } from '../http/errors';
import { findVisibleImage, regionImageParams } from '../http/lookup';
import { noContent, route, type Route } from '../http/pipeline';

export function removeWhere<T>(items: T[], predicate: (item: T) => boolean): void {
  let kept = 0;
  for (const item of items) if (!predicate(item)) items[kept++] = item;
  items.length = kept;
}

/** DELETE /v2/images/{id} (ims-api.md §9): the image, its members and (asked for) its backup. */
const deleteImage = route(
  'delete',
  imsPaths.glanceImage,
  { params: regionImageParams, body: deleteImageBodySchema, optionalBody: true, operation: 'delete' },
  (ctx) => {
    const body = ctx.body;
    const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
    enforce(canDelete(image, ctx.viewer, ctx.rules()));
    const { db } = ctx;
    removeWhere(db.images, (i) => i.id === image.id);
    removeWhere(db.members, (m) => m.imageId === image.id);
    const source = image.source;
    if (
      body.delete_backup === true &&
      image.type === 'whole' &&
      (source.kind === 'csbs-backup' || source.kind === 'cbr-backup')
    )
      removeWhere(db.backups, (b) => b.id === source.backupId);
    ctx.backend.save();
    return noContent();
  },
);

export const deleteRoutes: Route[] = [deleteImage];

import { z } from 'zod';
import { canEditTags, regionIdSchema, type Image, type Tag } from '../../domain';
import {
  addTagBodySchema,
  tagActionBodyFields,
  tagActionBodySchema,
  tagActionRows,
  tagsInputOf,
  tenantTagsOf,
} from '../../domain/wire/tags';
import { imsPaths } from '../../domain/wire/paths';
import { enforce, notFound } from '../http/errors';
import { findVisibleImage } from '../http/lookup';
import { json, noContent, route, type RequestContext, type Route } from '../http/pipeline';
import { projectScope } from './services';

const imageParams = z.object({ region: regionIdSchema, projectId: z.string().min(1), imageId: z.string().min(1) });
type ImageParams = z.infer<typeof imageParams>;

function findImage(ctx: RequestContext<ImageParams, unknown, unknown>): Image {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  return findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
}

/**
 * Access first (read-only, owner), then the resulting set through the same rule the tag editor
 * runs, so tags.limit / tags.key / tags.value come back with the editor's reason and field.
 */
function writeTags(ctx: RequestContext<ImageParams, unknown, unknown>, image: Image, next: readonly Tag[]) {
  const rules = ctx.rules();
  enforce(canEditTags(image, ctx.viewer, rules));
  enforce(canEditTags(image, ctx.viewer, rules, { tags: next }));
  image.tags = next.map((t) => ({ key: t.key, value: t.value }));
  image.updatedAt = new Date(ctx.now).toISOString();
  ctx.backend.save();
  return noContent();
}

const addTag = route(
  'post',
  imsPaths.imageTags,
  { params: imageParams, body: addTagBodySchema, operation: 'tags' },
  (ctx) => {
    const image = findImage(ctx);
    return writeTags(ctx, image, tagsInputOf(image.tags, 'create', [ctx.body.tag]).tags);
  },
);

const tagAction = route(
  'post',
  imsPaths.tagAction,
  { params: imageParams, body: tagActionBodySchema, fields: tagActionBodyFields, operation: 'tags' },
  (ctx) => {
    const image = findImage(ctx);
    return writeTags(ctx, image, tagsInputOf(image.tags, ctx.body.action, tagActionRows(ctx.body)).tags);
  },
);

const deleteTag = route(
  'delete',
  imsPaths.imageTag,
  { params: imageParams.extend({ key: z.string().min(1) }), operation: 'tags' },
  (ctx) => {
    const image = findImage(ctx);
    // Access is judged before the key, so a read-only user learns nothing about keys.
    enforce(canEditTags(image, ctx.viewer, ctx.rules()));
    // Unlike the batch delete, deleting one unknown key is an error (ims-api.md §14.3).
    if (!image.tags.some((t) => t.key === ctx.params.key)) throw notFound(`Tag ${ctx.params.key} of image ${image.id}`);
    return writeTags(ctx, image, tagsInputOf(image.tags, 'delete', [{ key: ctx.params.key, value: '' }]).tags);
  },
);

const imageTags = route('get', imsPaths.imageTags, { params: imageParams }, (ctx) => {
  const image = findImage(ctx);
  return json({ tags: image.tags.map((t) => ({ key: t.key, value: t.value })) });
});

const tenantTags = route(
  'get',
  imsPaths.projectTags,
  { params: z.object({ region: regionIdSchema, projectId: z.string().min(1) }) },
  (ctx) => {
    const project = projectScope(ctx, ctx.params.region, ctx.params.projectId);
    const owned = ctx.db.images.filter((i) => i.ownerProjectId === project.id && i.regionId === ctx.params.region);
    return json(tenantTagsOf(owned.flatMap((i) => i.tags)));
  },
);

export const tagRoutes: Route[] = [tenantTags, addTag, tagAction, deleteTag, imageTags];

import { z } from 'zod';
import {
  canAccept,
  canShare,
  canStopSharing,
  regionIdSchema,
  type Image,
  type JobKind,
  type Member,
} from '../../domain';
import {
  acceptInputOf,
  decodeMemberMarker,
  DEFAULT_MEMBER_PAGE,
  encodeMemberMarker,
  memberListQuerySchema,
  membersBodyFields,
  membersBodySchema,
  shareInputOf,
  toImsMember,
  updateMembersBodyFields,
  updateMembersBodySchema,
  type MemberList,
} from '../../domain/wire/share';
import { imsPaths } from '../../domain/wire/paths';
import { createJob } from '../jobs';
import { badRequest, enforce, notFound } from '../http/errors';
import { findVisibleImage, projectIn, regionParams } from '../http/lookup';
import { json, route, type RequestContext, type Route } from '../http/pipeline';
import { jobRunOptions } from './jobs';
import { projectScope } from './services';

type Ctx = RequestContext<{ region: z.infer<typeof regionIdSchema> }, unknown, { images: string[] }>;

/** Every image of a batch, or 404 for the first one the viewer cannot see. */
function findImages(ctx: Ctx): Image[] {
  const ids = [...new Set(ctx.body.images)];
  const images = ids.map((id) => findVisibleImage(ctx, ctx.params.region, id));
  const first = images[0];
  if (first) {
    ctx.subject.imageId = first.id;
    ctx.subject.imageName = images.map((i) => i.name).join(', ');
  }
  return images;
}

type Result = { image_id: string; project_id: string; status: 'success' | 'failed' };

/**
 * Member writes answer with a job, as IMS does, with one result per image and project. A job
 * drawn to fail (jobFailureRate) changes nothing, so the member list never disagrees with the job
 * the task centre shows.
 */
function memberJob(ctx: Ctx, kind: JobKind, images: Image[], projectIds: readonly string[], apply: () => void) {
  const run = jobRunOptions(ctx.backend, ctx.now);
  if (!run.fail) apply();
  const results: Result[] = images.flatMap((i) =>
    projectIds.map((projectId) => ({
      image_id: i.id,
      project_id: projectId,
      status: run.fail ? ('failed' as const) : ('success' as const),
    })),
  );
  const first = images[0];
  const job = createJob(
    ctx.db,
    {
      kind,
      accountId: ctx.viewer.accountId,
      projectId: projectIn(ctx, ctx.params.region).id,
      regionId: ctx.params.region,
      sourceImageId: first?.id ?? null,
      sourceImageName: images.map((i) => i.name).join(', '),
      sizeGb: 0,
      detail: { results },
    },
    run,
  );
  ctx.backend.save();
  return json({ job_id: job.id });
}

const share = route(
  'post',
  imsPaths.members,
  { params: regionParams, body: membersBodySchema, fields: membersBodyFields, operation: 'share' },
  (ctx) => {
    const images = findImages(ctx);
    const input = shareInputOf(ctx.body);
    // All images are judged before anything is written: one refusal refuses the batch.
    for (const image of images) enforce(canShare(image, ctx.viewer, ctx.rules(), input));
    const at = new Date(ctx.now).toISOString();
    return memberJob(ctx, 'share-add', images, input.projectIds, () => {
      for (const image of images)
        for (const projectId of input.projectIds) {
          const known = ctx.db.members.some((m) => m.imageId === image.id && m.projectId === projectId);
          if (!known)
            ctx.db.members.push({ imageId: image.id, projectId, status: 'pending', createdAt: at, updatedAt: at });
        }
    });
  },
);

const stopSharing = route(
  'delete',
  imsPaths.members,
  { params: regionParams, body: membersBodySchema, fields: membersBodyFields, operation: 'stop-sharing' },
  (ctx) => {
    const images = findImages(ctx);
    for (const image of images) enforce(canStopSharing(image, ctx.viewer));
    const imageIds = new Set(images.map((i) => i.id));
    const projectIds = new Set(ctx.body.projects);
    return memberJob(ctx, 'share-remove', images, [...projectIds], () => {
      ctx.db.members = ctx.db.members.filter((m) => !(imageIds.has(m.imageId) && projectIds.has(m.projectId)));
    });
  },
);

const answer = route(
  'put',
  imsPaths.members,
  { params: regionParams, body: updateMembersBodySchema, fields: updateMembersBodyFields, operation: 'answer-share' },
  (ctx) => {
    const images = findImages(ctx);
    const input = acceptInputOf(ctx.body);
    for (const image of images) enforce(canAccept(image, ctx.viewer, ctx.rules(), input));
    const at = new Date(ctx.now).toISOString();
    return memberJob(ctx, 'share-update', images, [ctx.body.project_id], () => {
      for (const image of images) {
        const member = ctx.db.members.find((m) => m.imageId === image.id && m.projectId === input.projectId);
        if (member) {
          member.status = input.status;
          member.updatedAt = at;
        }
      }
    });
  },
);

const imageMemberParams = z.object({
  region: regionIdSchema,
  projectId: z.string().min(1),
  imageId: z.string().min(1),
});

type ReadCtx = RequestContext<z.infer<typeof imageMemberParams>, unknown, undefined>;

/** The owner sees every member; a recipient only its own entry (Glance semantics, §13.5). */
function visibleMembers(ctx: ReadCtx): Member[] {
  projectScope(ctx, ctx.params.region, ctx.params.projectId);
  const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
  const owner = ctx.viewer.projectIds.includes(image.ownerProjectId);
  return ctx.db.members.filter((m) => m.imageId === image.id && (owner || ctx.viewer.projectIds.includes(m.projectId)));
}

const listMembers = route(
  'get',
  imsPaths.imageMembers,
  { params: imageMemberParams, query: memberListQuerySchema },
  (ctx) => {
    const members = visibleMembers(ctx);
    let start = 0;
    if (ctx.query.marker !== undefined) {
      const after = decodeMemberMarker(ctx.query.marker);
      const index = members.findIndex((m) => m.projectId === after);
      if (index === -1)
        throw badRequest('The marker is not valid for this member list.', [
          { field: 'query.marker', message: 'unknown marker' },
        ]);
      start = index + 1;
    }
    const page = members.slice(start, start + (ctx.query.limit ?? DEFAULT_MEMBER_PAGE));
    const last = page.at(-1);
    const more = start + page.length < members.length;
    const body: MemberList = {
      members: page.map(toImsMember),
      schema: '/v2/schemas/members',
      page_info: {
        current_count: page.length,
        ...(more && last ? { next_marker: encodeMemberMarker(last.projectId) } : {}),
      },
    };
    return json(body);
  },
);

const showMember = route(
  'get',
  imsPaths.imageMember,
  { params: imageMemberParams.extend({ memberId: z.string().min(1) }) },
  (ctx) => {
    const member = visibleMembers(ctx).find((m) => m.projectId === ctx.params.memberId);
    if (!member) throw notFound(`Member ${ctx.params.memberId} of image ${ctx.params.imageId}`);
    return json(toImsMember(member));
  },
);

export const shareRoutes: Route[] = [share, stopSharing, answer, listMembers, showMember];

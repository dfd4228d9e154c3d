import { canReplicate, DEFAULT_ENTERPRISE_PROJECT_ID, type Image, type Project } from '../../domain';
import {
  type CopyInRegionBody,
  copyInRegionBodySchema,
  type CrossRegionCopyBody,
  crossRegionCopyBodySchema,
  replicateBodyFields,
  toReplicateInput,
} from '../../domain/wire/replicate';
import { imsPaths } from '../../domain/wire/paths';
import { enforce, fieldRefusal, notFound } from '../http/errors';
import { findVisibleImage, projectIn, regionImageParams } from '../http/lookup';
import { json, route, type RequestContext, type Route } from '../http/pipeline';
import { createJob, newId } from '../jobs';
import { jobRunOptions } from './jobs';

type Ctx<B> = RequestContext<{ region: Image['regionId']; imageId: string }, undefined, B>;

/** References no rule reads (they come from pickers in the UI), checked after the rules. */
function checkReferences(ctx: Ctx<CopyInRegionBody | CrossRegionCopyBody>): void {
  const { body, db, viewer } = ctx;
  if (
    'agency_name' in body &&
    !db.agencies.some((a) => a.name === body.agency_name && a.accountId === viewer.accountId)
  )
    throw fieldRefusal(`Agency ${body.agency_name} does not exist in your account.`, 'agencyName', 'No such agency.');
  const ep = 'enterprise_project_id' in body ? body.enterprise_project_id : undefined;
  if (ep !== undefined && !db.enterpriseProjects.some((p) => p.id === ep && p.accountId === viewer.accountId))
    throw fieldRefusal(
      `Enterprise project ${ep} does not exist in your account.`,
      'enterpriseProjectId',
      'No such enterprise project.',
    );
}

/** The copy: a new private image of the target project, being made; lineage kept, tags not copied. */
function copyOf(source: Image, target: Project, body: CopyInRegionBody | CrossRegionCopyBody, now: number): Image {
  const at = new Date(now).toISOString();
  const inRegion = !('region' in body);
  return {
    ...source,
    id: newId(),
    name: body.name,
    description: body.description ?? '',
    status: 'saving',
    regionId: target.regionId,
    ownerProjectId: target.id,
    enterpriseProjectId: (inRegion ? body.enterprise_project_id : undefined) ?? DEFAULT_ENTERPRISE_PROJECT_ID,
    kmsKeyId: inRegion ? (body.cmk_id ?? null) : null,
    source: { kind: 'image-copy', imageId: source.id, imageName: source.name, regionId: source.regionId },
    publishedInKooGallery: false,
    tags: [],
    createdAt: at,
    updatedAt: at,
  };
}

function replicate(ctx: Ctx<CopyInRegionBody | CrossRegionCopyBody>) {
  const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
  const input = toReplicateInput(ctx.body);
  enforce(canReplicate(image, ctx.viewer, ctx.rules(), input));
  checkReferences(ctx);
  const sourceProject = projectIn(ctx, image.regionId);
  const body = ctx.body;
  // An accepted share is copied into the recipient's own project: projectIn is the viewer's.
  const target =
    'region' in body
      ? ctx.db.projects.find(
          (p) => p.name === body.project_name && p.regionId === body.region && p.accountId === ctx.viewer.accountId,
        )
      : sourceProject;
  // replicate.cross-region.target has checked the project; this only narrows the type.
  if (!target) throw notFound('The destination project');
  const copy = copyOf(image, target, body, ctx.now);
  ctx.db.images.push(copy);
  const crossRegion = 'region' in body;
  const job = createJob(
    ctx.db,
    {
      kind: crossRegion ? 'replicate-cross-region' : 'replicate-in-region',
      accountId: ctx.viewer.accountId,
      projectId: sourceProject.id,
      regionId: image.regionId,
      targetRegionId: crossRegion ? body.region : null,
      sourceImageId: image.id,
      sourceImageName: image.name,
      resultImageId: copy.id,
      resultImageName: copy.name,
      sizeGb: image.sizeGb,
      detail: crossRegion ? { targetProjectId: target.id, agencyName: body.agency_name } : {},
    },
    jobRunOptions(ctx.backend, ctx.now),
  );
  ctx.backend.save();
  return json({ job_id: job.id });
}

const copyInRegion = route(
  'post',
  imsPaths.copy,
  { params: regionImageParams, body: copyInRegionBodySchema, fields: replicateBodyFields, operation: 'replicate' },
  replicate,
);

const copyCrossRegion = route(
  'post',
  imsPaths.crossRegionCopy,
  { params: regionImageParams, body: crossRegionCopyBodySchema, fields: replicateBodyFields, operation: 'replicate' },
  replicate,
);

export const replicateRoutes: Route[] = [copyInRegion, copyCrossRegion];

import { canExport } from '../../domain';
import { exportBodyFields, exportImageBodySchema, toExportInput } from '../../domain/wire/export';
import { imsPaths } from '../../domain/wire/paths';
import { enforce } from '../http/errors';
import { findVisibleImage, projectIn, regionImageParams } from '../http/lookup';
import { json, route, type Route } from '../http/pipeline';
import { createJob } from '../jobs';
import { jobRunOptions } from './jobs';

/**
 * POST /v1/cloudimages/{id}/file (ims-api.md §12). The running export job is what the rules see
 * as "being exported" (delete.in-progress, export.status); the file appears in the bucket when the
 * job settles.
 */
const exportImage = route(
  'post',
  imsPaths.exportImage,
  { params: regionImageParams, body: exportImageBodySchema, fields: exportBodyFields, operation: 'export' },
  (ctx) => {
    const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
    const input = toExportInput(ctx.body);
    enforce(canExport(image, ctx.viewer, ctx.rules(), input));
    const project = projectIn(ctx, image.regionId);
    const job = createJob(
      ctx.db,
      {
        kind: 'export',
        accountId: ctx.viewer.accountId,
        projectId: project.id,
        regionId: image.regionId,
        sourceImageId: image.id,
        sourceImageName: image.name,
        sizeGb: image.sizeGb,
        detail: {
          bucket: input.bucket,
          fileName: input.fileName,
          format: input.fastExport ? 'zvhd2' : input.format,
          sizeGb: image.sizeGb,
          fastExport: input.fastExport,
        },
      },
      jobRunOptions(ctx.backend, ctx.now),
    );
    ctx.backend.save();
    return json({ job_id: job.id });
  },
);

export const exportRoutes: Route[] = [exportImage];

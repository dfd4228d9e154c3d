import { z } from 'zod';
import {
  DEFAULT_ENTERPRISE_PROJECT_ID,
  defaultCopyName,
  planReplications,
  replicateInputOf,
  replicateViolations,
  regionIdSchema,
  replicationModeSchema,
  type Denial,
  type Image,
  type RegionId,
  type ReplicationMode,
  type ReplicationRequest,
  type RuleContext,
  type Viewer,
} from '../../domain';

/** One destination row of a cross-region replication; an empty string is "nothing chosen yet". */
export interface TargetValues {
  regionId: RegionId;
  projectName: string;
  vaultId: string;
}

export interface ReplicateFormValues {
  mode: ReplicationMode;
  name: string;
  description: string;
  kmsKeyId: string;
  enterpriseProjectId: string;
  agencyName: string;
  targets: TargetValues[];
}

type TargetField = keyof TargetValues;
/** Where a refusal shows: a field, a destination row's field, the destination list, or above the form. */
export type FieldPath =
  Exclude<keyof ReplicateFormValues, 'targets'> | 'targets' | `targets.${number}.${TargetField}` | 'root';

/** The domain names one replication's fields (`targetRegionId`); the form has a row per destination. */
const TARGET_FIELDS: Record<string, TargetField> = {
  targetRegionId: 'regionId',
  targetProjectName: 'projectName',
  vaultId: 'vaultId',
};
const PLAIN_FIELDS = new Set(['mode', 'name', 'description', 'kmsKeyId', 'enterpriseProjectId', 'agencyName']);

/** The backend names body fields (`body.region`); the domain names its own. */
const WIRE_FIELDS: Record<string, string> = {
  'body.name': 'name',
  'body.description': 'description',
  'body.cmk_id': 'kmsKeyId',
  'body.enterprise_project_id': 'enterpriseProjectId',
  'body.region': 'targetRegionId',
  'body.project_name': 'targetProjectName',
  'body.agency_name': 'agencyName',
  'body.vault_id': 'vaultId',
};

export function fieldPathOf(field: string | undefined, targetIndex: number | undefined): FieldPath {
  if (field === undefined) return 'root';
  const named = WIRE_FIELDS[field] ?? field;
  const targetField = TARGET_FIELDS[named];
  if (targetField) return targetIndex === undefined ? 'targets' : `targets.${targetIndex}.${targetField}`;
  return PLAIN_FIELDS.has(named) ? (named as FieldPath) : 'root';
}

/** A copy stays in its source's enterprise project unless that project is not the viewer's (a shared image). */
export function defaultsOf(images: readonly Image[], viewer: Viewer, mode: ReplicationMode): ReplicateFormValues {
  const first = images[0];
  const single = images.length === 1 && first !== undefined;
  return {
    mode,
    name: single ? defaultCopyName(first) : '',
    description: '',
    kmsKeyId: '',
    enterpriseProjectId:
      single && viewer.projectIds.includes(first.ownerProjectId)
        ? first.enterpriseProjectId
        : DEFAULT_ENTERPRISE_PROJECT_ID,
    agencyName: '',
    targets: [],
  };
}

/** What the values ask; a batch leaves names to their defaults (one per source image). */
export function requestOf(values: ReplicateFormValues, imageCount: number): ReplicationRequest {
  const single = imageCount === 1;
  return {
    mode: values.mode,
    ...(single ? { name: values.name } : {}),
    ...(single && values.description !== '' ? { description: values.description } : {}),
    kmsKeyId: values.kmsKeyId === '' ? null : values.kmsKeyId,
    ...(values.enterpriseProjectId !== '' ? { enterpriseProjectId: values.enterpriseProjectId } : {}),
    ...(values.agencyName !== '' ? { agencyName: values.agencyName } : {}),
    targets: values.targets.map((t) => ({
      regionId: t.regionId,
      projectName: t.projectName,
      ...(t.vaultId !== '' ? { vaultId: t.vaultId } : {}),
    })),
  };
}

/**
 * Each refusal of the rules on the field it concerns, first one wins. One image is checked per
 * destination, so a missing vault lands on its row; a batch is judged by its plan and refused only
 * when no copy at all may be made (the pre-flight lists the skipped ones).
 */
export function formDenials(
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
  values: ReplicateFormValues,
): Partial<Record<FieldPath, Denial>> {
  const request = requestOf(values, images.length);
  const byField: Partial<Record<FieldPath, Denial>> = {};
  const add = (denial: Denial, targetIndex?: number) => {
    byField[fieldPathOf(denial.field, targetIndex)] ??= denial;
  };
  const image = images[0];
  if (images.length === 1 && image) {
    if (request.mode === 'in-region' || request.targets.length === 0)
      replicateViolations(image, viewer, ctx, replicateInputOf(image, request)).forEach((d) => add(d));
    else
      request.targets.forEach((target, i) =>
        replicateViolations(image, viewer, ctx, replicateInputOf(image, request, target)).forEach((d) => add(d, i)),
      );
    return byField;
  }
  if (request.mode === 'cross-region' && request.targets.length === 0 && image)
    replicateViolations(image, viewer, ctx, replicateInputOf(image, request))
      .filter((d) => d.field === 'targetRegionId')
      .forEach((d) => add(d));
  const plan = planReplications(images, viewer, ctx, request);
  const refused = plan.find((p) => !p.decision.allowed)?.decision;
  if (!plan.some((p) => p.decision.allowed) && refused && !refused.allowed) byField.root ??= refused;
  return byField;
}

/** The dialog's schema: the shape from zod, the meaning from the replicate.* rules. */
export function replicateFormSchema(images: readonly Image[], viewer: Viewer, ctx: RuleContext) {
  return z
    .object({
      mode: replicationModeSchema,
      name: z.string(),
      description: z.string(),
      kmsKeyId: z.string(),
      enterpriseProjectId: z.string(),
      agencyName: z.string(),
      targets: z.array(z.object({ regionId: regionIdSchema, projectName: z.string(), vaultId: z.string() })),
    })
    .superRefine((values, issues) => {
      const denials = formDenials(images, viewer, ctx, values);
      for (const [path, denial] of Object.entries(denials))
        if (denial)
          issues.addIssue({
            code: 'custom',
            path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
            message: denial.reason,
          });
    });
}

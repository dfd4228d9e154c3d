import { get } from 'react-hook-form';
import type { RunCopy } from '../../api/replication-queue';
import {
  DEFAULT_ENTERPRISE_PROJECT_ID,
  defaultCopyName,
  planReplications,
  replicateInputOf,
  replicateViolations,
  type Denial,
  type Image,
  type RegionId,
  type ReplicateInput,
  type ReplicationMode,
  type ReplicationRequest,
  type RuleContext,
  type Viewer,
} from '../../domain';

/**
 * One destination row of a cross-region replication, under the replicate input's own names; an
 * empty string is "nothing chosen yet".
 */
export type TargetValues = Required<Pick<ReplicateInput, 'targetRegionId' | 'targetProjectName' | 'vaultId' | 'name'>>;

export interface ReplicateFormValues {
  mode: ReplicationMode;
  name: string;
  description: string;
  kmsKeyId: string;
  enterpriseProjectId: string;
  agencyName: string;
  targets: TargetValues[];
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

/** A destination row; `name` is the copy's name there (a batch leaves it empty: each copy takes its default). */
export function targetOf(regionId: RegionId, projectName: string, name: string): TargetValues {
  return { targetRegionId: regionId, targetProjectName: projectName, vaultId: '', name };
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
      regionId: t.targetRegionId,
      projectName: t.targetProjectName,
      ...(t.vaultId !== '' ? { vaultId: t.vaultId } : {}),
      ...(single ? { name: t.name } : {}),
    })),
  };
}

/**
 * A denial of one copy on the form: a field its destination row holds goes onto that row, and the
 * destination asked for when there is no row at all goes onto the list of destinations.
 */
function onForm(denial: Denial, values: ReplicateFormValues, row: number | undefined): Denial {
  const target = row === undefined ? undefined : values.targets[row];
  if (target && denial.field !== undefined && denial.field in target)
    return { ...denial, field: `targets.${row}.${denial.field}` };
  return denial.field === 'targetRegionId' ? { ...denial, field: 'targets' } : denial;
}

/**
 * The replicate.* refusals of the values, each on its form path, first one first. One image is
 * checked per destination, so a missing vault lands on its row; a batch is judged by its plan and
 * refused (above the form) only when no copy at all may be made: the pre-flight lists the skipped.
 */
export function replicateDenials(
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
  values: ReplicateFormValues,
): Denial[] {
  const image = images[0];
  if (!image) return [];
  const request = requestOf(values, images.length);
  const perCopy = (row?: number) => {
    const input = replicateInputOf(image, request, row === undefined ? undefined : request.targets[row]);
    return replicateViolations(image, viewer, ctx, input).map((d) => onForm(d, values, row));
  };
  const noDestination = request.mode === 'cross-region' && request.targets.length === 0;
  if (images.length === 1)
    return noDestination || request.mode === 'in-region' ? perCopy() : request.targets.flatMap((_, i) => perCopy(i));

  const listDenials = noDestination ? perCopy().filter((d) => d.field === 'targets') : [];
  const plan = planReplications(images, viewer, ctx, request);
  const refused = plan.every((p) => !p.decision.allowed) ? plan[0]?.decision : undefined;
  return refused && !refused.allowed ? [...listDenials, { ...refused, field: undefined }] : listDenials;
}

/**
 * Where a run all of whose copies were refused puts the refusal: the field the backend names, on
 * the copy's destination row when the run was that one copy.
 */
export function refusedFieldOf(values: ReplicateFormValues, copies: readonly RunCopy[]): string | undefined {
  const [copy] = copies;
  const field = copy?.refusedField;
  if (copies.length !== 1 || field === undefined) return field;
  const row = values.targets.findIndex((t) => t.targetRegionId === copy?.regionId);
  const path = `targets.${row}.${field}`;
  return row >= 0 && get(values, path) !== undefined ? path : field;
}

import { z } from 'zod';
import {
  defaultCopyName,
  replicateViolations,
  replicationModeSchema,
  type Denial,
  type Image,
  type RegionId,
  type ReplicateInput,
  type ReplicationMode,
  type RuleContext,
  type Viewer,
} from '../../domain';
import type { CopyInRegionBody, CrossRegionCopyBody } from '../../domain/wire/image-requests';
import { ApiError } from '../../api/client';
import type { ReplicateRequest } from '../../api/replicate';

/** What the dialog edits; an empty string is "nothing chosen" (no key, no region yet). */
export interface ReplicateFormValues {
  mode: ReplicationMode;
  name: string;
  description: string;
  kmsKeyId: string;
  targetRegionId: string;
  targetProjectName: string;
  agencyName: string;
  vaultId: string;
}

export type ReplicateField = keyof ReplicateFormValues;
const FIELDS: readonly ReplicateField[] = [
  'mode',
  'name',
  'description',
  'kmsKeyId',
  'targetRegionId',
  'targetProjectName',
  'agencyName',
  'vaultId',
];

export function isReplicateField(field: string | undefined): field is ReplicateField {
  return FIELDS.includes(field as ReplicateField);
}

/** The backend names body fields (`body.region`); the dialog names its own. */
const WIRE_FIELDS: Record<string, ReplicateField> = {
  'body.name': 'name',
  'body.description': 'description',
  'body.cmk_id': 'kmsKeyId',
  'body.region': 'targetRegionId',
  'body.project_name': 'targetProjectName',
  'body.agency_name': 'agencyName',
  'body.vault_id': 'vaultId',
};

export function defaultsOf(image: Image, mode: ReplicationMode): ReplicateFormValues {
  return {
    mode,
    name: defaultCopyName(image),
    description: '',
    kmsKeyId: '',
    targetRegionId: '',
    targetProjectName: '',
    agencyName: '',
    vaultId: '',
  };
}

export function inputOf(values: ReplicateFormValues): ReplicateInput {
  const common = {
    mode: values.mode,
    name: values.name,
    ...(values.description !== '' ? { description: values.description } : {}),
  };
  if (values.mode === 'in-region') return { ...common, kmsKeyId: values.kmsKeyId === '' ? null : values.kmsKeyId };
  return {
    ...common,
    ...(values.targetRegionId !== '' ? { targetRegionId: values.targetRegionId as RegionId } : {}),
    ...(values.targetProjectName !== '' ? { targetProjectName: values.targetProjectName } : {}),
    ...(values.agencyName !== '' ? { agencyName: values.agencyName } : {}),
    ...(values.vaultId !== '' ? { vaultId: values.vaultId } : {}),
  };
}

/** The request the values make; the full-ECS vault is sent only for a full-ECS image. */
export function requestOf(image: Image, values: ReplicateFormValues): ReplicateRequest {
  const description = values.description !== '' ? { description: values.description } : {};
  if (values.mode === 'in-region') {
    const body: CopyInRegionBody = {
      name: values.name,
      ...description,
      ...(values.kmsKeyId !== '' ? { cmk_id: values.kmsKeyId } : {}),
    };
    return { image, mode: 'in-region', body };
  }
  const body: CrossRegionCopyBody = {
    name: values.name,
    ...description,
    region: values.targetRegionId as RegionId,
    project_name: values.targetProjectName,
    agency_name: values.agencyName,
    ...(image.type === 'whole' && values.vaultId !== '' ? { vault_id: values.vaultId } : {}),
  };
  return { image, mode: 'cross-region', body };
}

/** Each refusal of the rules, on the field it concerns (`root` when it concerns none). */
export function denialsByField(denials: readonly Denial[]): Partial<Record<ReplicateField | 'root', Denial>> {
  const byField: Partial<Record<ReplicateField | 'root', Denial>> = {};
  for (const denial of denials) {
    const field = isReplicateField(denial.field) ? denial.field : 'root';
    byField[field] ??= denial;
  }
  return byField;
}

/** The dialog's schema: the shape from zod, the meaning from the replicate.* rules. */
export function replicateFormSchema(image: Image, viewer: Viewer, ctx: RuleContext) {
  return z
    .object({
      mode: replicationModeSchema,
      name: z.string(),
      description: z.string(),
      kmsKeyId: z.string(),
      targetRegionId: z.string(),
      targetProjectName: z.string(),
      agencyName: z.string(),
      vaultId: z.string(),
    })
    .superRefine((values, issues) => {
      for (const denial of replicateViolations(image, viewer, ctx, inputOf(values)))
        issues.addIssue({
          code: 'custom',
          path: [isReplicateField(denial.field) ? denial.field : 'root'],
          message: denial.reason,
        });
    });
}

/** Where a refused replication shows: on the field it names, otherwise above the form. */
export function serverProblem(error: unknown): { field?: ReplicateField; message: string } {
  if (error instanceof ApiError) {
    const named = isReplicateField(error.field) ? error.field : undefined;
    if (named) return { field: named, message: error.message };
    const wireField = (error.fieldErrors ?? []).map((f) => WIRE_FIELDS[f.field]).find(Boolean);
    if (wireField) return { field: wireField, message: error.message };
    const parts = [error.message, error.hint, ...(error.fieldErrors ?? []).map((f) => `${f.field}: ${f.message}`)];
    return { message: parts.filter(Boolean).join(' ') };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

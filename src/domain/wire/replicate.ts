import { z } from 'zod';
import { iamNameSchema, wireIdSchema } from './bounds';
import { regionIdSchema, type RegionId } from '../regions';
import type { ReplicateField, ReplicateInput } from '../rules/replicate';
import type { BodyFieldTable } from './error';
import { descriptionSchema } from './names';

/* Replication (ims-api.md §10–11): a copy within the region, or to another region's project. */

/** POST /v1/cloudimages/{id}/copy. The name is checked by replicate.name, the key by replicate.key. */
export const copyInRegionBodySchema = z.object({
  name: z.string(),
  description: descriptionSchema.optional(),
  cmk_id: wireIdSchema.optional(),
  enterprise_project_id: wireIdSchema.optional(),
});
export type CopyInRegionBody = z.infer<typeof copyInRegionBodySchema>;

/** POST /v1/cloudimages/{id}/cross_region_copy. */
export const crossRegionCopyBodySchema = z.object({
  name: z.string(),
  description: descriptionSchema.optional(),
  region: regionIdSchema,
  project_name: iamNameSchema,
  agency_name: iamNameSchema,
  vault_id: wireIdSchema.optional(),
});
export type CrossRegionCopyBody = z.infer<typeof crossRegionCopyBodySchema>;

export function toReplicateInput(body: CopyInRegionBody | CrossRegionCopyBody): ReplicateInput {
  if ('region' in body)
    return {
      mode: 'cross-region',
      name: body.name,
      ...(body.description !== undefined ? { description: body.description } : {}),
      targetRegionId: body.region,
      targetProjectName: body.project_name,
      agencyName: body.agency_name,
      ...(body.vault_id !== undefined ? { vaultId: body.vault_id } : {}),
    };
  return {
    mode: 'in-region',
    name: body.name,
    ...(body.description !== undefined ? { description: body.description } : {}),
    kmsKeyId: body.cmk_id ?? null,
    ...(body.enterprise_project_id !== undefined ? { enterpriseProjectId: body.enterprise_project_id } : {}),
  };
}

/** The request body of a replication the rules have allowed (the inverse of toReplicateInput). */
export function toReplicateBody(input: ReplicateInput): CopyInRegionBody | CrossRegionCopyBody {
  const description = input.description !== undefined ? { description: input.description } : {};
  if (input.mode === 'in-region')
    return {
      name: input.name ?? '',
      ...description,
      ...(input.kmsKeyId ? { cmk_id: input.kmsKeyId } : {}),
      ...(input.enterpriseProjectId !== undefined ? { enterprise_project_id: input.enterpriseProjectId } : {}),
    };
  return {
    name: input.name ?? '',
    ...description,
    // An allowed cross-region input names all three; a missing one is refused by the backend's schema.
    region: input.targetRegionId ?? ('' as RegionId),
    project_name: input.targetProjectName ?? '',
    agency_name: input.agencyName ?? '',
    ...(input.vaultId !== undefined ? { vault_id: input.vaultId } : {}),
  };
}

/** The replicate input's field each body key is, for the 400s of a malformed copy request. */
export const replicateBodyFields = {
  name: 'name',
  description: 'description',
  cmk_id: 'kmsKeyId',
  enterprise_project_id: 'enterpriseProjectId',
  region: 'targetRegionId',
  project_name: 'targetProjectName',
  agency_name: 'agencyName',
  vault_id: 'vaultId',
} as const satisfies Record<keyof CopyInRegionBody | keyof CrossRegionCopyBody, ReplicateField> & BodyFieldTable;

import { z } from 'zod';
import type { Backup, Vault } from '../model/services';
import { regionIdSchema } from '../regions';

/* CBR vaults and backups (and CSBS backups), only what the create, replicate and accept rules read. */

export const wireVaultSchema = z.object({
  id: z.string(),
  name: z.string(),
  project_id: z.string(),
  region_id: regionIdSchema,
  /** Capacity in GB. */
  billing: z.object({ size: z.number() }),
});
export type WireVault = z.infer<typeof wireVaultSchema>;
export const vaultListSchema = z.object({ count: z.number().int(), vaults: z.array(wireVaultSchema) });

export function toWireVault(vault: Vault): WireVault {
  return {
    id: vault.id,
    name: vault.name,
    project_id: vault.projectId,
    region_id: vault.regionId,
    billing: { size: vault.capacityGb },
  };
}

export function fromWireVault(wire: WireVault): Vault {
  return {
    id: wire.id,
    name: wire.name,
    projectId: wire.project_id,
    regionId: wire.region_id,
    capacityGb: wire.billing.size,
  };
}

export const wireBackupSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** CSBS (old Cloud Server Backup) or CBR; the share and create rules treat them apart. */
  kind: z.enum(['csbs', 'cbr']),
  resource_id: z.string(),
  resource_type: z.literal('OS::Nova::Server'),
  vault_id: z.string().nullable(),
  /** GB. */
  resource_size: z.number(),
  project_id: z.string(),
  region_id: regionIdSchema,
  created_at: z.string(),
});
export type WireBackup = z.infer<typeof wireBackupSchema>;
export const backupListSchema = z.object({ count: z.number().int(), backups: z.array(wireBackupSchema) });

export function toWireBackup(backup: Backup): WireBackup {
  return {
    id: backup.id,
    name: backup.name,
    kind: backup.kind,
    resource_id: backup.serverId,
    resource_type: 'OS::Nova::Server',
    vault_id: backup.vaultId,
    resource_size: backup.sizeGb,
    project_id: backup.projectId,
    region_id: backup.regionId,
    created_at: backup.createdAt,
  };
}

export function fromWireBackup(wire: WireBackup): Backup {
  return {
    id: wire.id,
    name: wire.name,
    kind: wire.kind,
    regionId: wire.region_id,
    projectId: wire.project_id,
    serverId: wire.resource_id,
    vaultId: wire.vault_id,
    sizeGb: wire.resource_size,
    createdAt: wire.created_at,
  };
}

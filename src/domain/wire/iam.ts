import { z } from 'zod';
import { roleSchema, type Agency, type EnterpriseProject, type Project, type User } from '../model/account';
import { regionIdSchema, type Region } from '../regions';

/*
 * IAM: regions, the project directory, enterprise projects, agencies and (mock extension) the demo
 * identities. Field names follow Huawei's APIs; region capabilities are this mock's extension.
 */

export const wireRegionSchema = z.object({
  id: regionIdSchema,
  type: z.literal('public'),
  locales: z.object({ 'en-us': z.string() }),
  capabilities: z.object({
    cross_region_replication_max_gb: z.number(),
    export_large_without_fast_export: z.boolean(),
    export_ubuntu_derived: z.boolean(),
  }),
});
export type WireRegion = z.infer<typeof wireRegionSchema>;
export const regionListSchema = z.object({ regions: z.array(wireRegionSchema) });

export function toWireRegion(region: Region): WireRegion {
  const c = region.capabilities;
  return {
    id: region.id,
    type: 'public',
    locales: { 'en-us': region.displayName },
    capabilities: {
      cross_region_replication_max_gb: c.crossRegionReplicationMaxGb,
      export_large_without_fast_export: c.exportLargeWithoutFastExport,
      export_ubuntu_derived: c.exportUbuntuDerived,
    },
  };
}

export function fromWireRegion(wire: WireRegion): Region {
  const c = wire.capabilities;
  return {
    id: wire.id,
    displayName: wire.locales['en-us'],
    capabilities: {
      crossRegionReplicationMaxGb: c.cross_region_replication_max_gb,
      exportLargeWithoutFastExport: c.export_large_without_fast_export,
      exportUbuntuDerived: c.export_ubuntu_derived,
    },
  };
}

/** The project directory: every tenant's projects, so a recipient id can be typed and checked. */
export const wireProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  domain_id: z.string(),
  /** Extensions: the account's name and the project's region. */
  domain_name: z.string(),
  region_id: regionIdSchema,
});
export type WireProject = z.infer<typeof wireProjectSchema>;
export const projectListSchema = z.object({ projects: z.array(wireProjectSchema) });

export function toWireProject(project: Project, accountName: string): WireProject {
  return {
    id: project.id,
    name: project.name,
    domain_id: project.accountId,
    domain_name: accountName,
    region_id: project.regionId,
  };
}

export function fromWireProject(wire: WireProject): Project {
  return { id: wire.id, name: wire.name, accountId: wire.domain_id, regionId: wire.region_id };
}

/** Mock extension: the demo users, for the account switcher. */
export const wireIdentitySchema = z.object({
  user_id: z.string(),
  user_name: z.string(),
  domain_id: z.string(),
  domain_name: z.string(),
  role: roleSchema,
  token: z.string(),
});
export type WireIdentity = z.infer<typeof wireIdentitySchema>;
export const identityListSchema = z.object({ identities: z.array(wireIdentitySchema) });

export function toWireIdentity(user: User, accountName: string): WireIdentity {
  return {
    user_id: user.id,
    user_name: user.name,
    domain_id: user.accountId,
    domain_name: accountName,
    role: user.role,
    token: user.token,
  };
}

export const wireEnterpriseProjectSchema = z.object({ id: z.string(), name: z.string() });
export const enterpriseProjectListSchema = z.object({
  enterprise_projects: z.array(wireEnterpriseProjectSchema),
  total_count: z.number().int(),
});

export function fromWireEnterpriseProject(
  wire: z.infer<typeof wireEnterpriseProjectSchema>,
  accountId: string,
): EnterpriseProject {
  return { id: wire.id, name: wire.name, accountId };
}

export const wireAgencySchema = z.object({ name: z.string(), domain_id: z.string() });
export const agencyListSchema = z.object({ agencies: z.array(wireAgencySchema) });

export function fromWireAgency(wire: z.infer<typeof wireAgencySchema>): Agency {
  return { name: wire.name, accountId: wire.domain_id };
}

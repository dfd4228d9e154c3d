import { z } from 'zod';
import {
  ROLE_LABELS,
  roleSchema,
  type Agency,
  type EnterpriseProject,
  type Project,
  type User,
} from '../model/account';
import { regionIdSchema, type Region } from '../regions';

/*
 * IAM: regions, the project directory, enterprise projects, agencies, the token service and (mock
 * extension) the directory of demo identities. Field names follow Huawei's APIs; region
 * capabilities are this mock's extension.
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

/**
 * Mock extension: the directory of demo users, for the account switcher. It names who may sign
 * in, never a token: a token is only ever issued to its own user by the token service below.
 */
export const wireIdentitySchema = z.object({
  user_id: z.string().max(64),
  user_name: z.string().max(64),
  domain_id: z.string().max(64),
  domain_name: z.string().max(64),
  role: roleSchema,
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
  };
}

/**
 * The password every demo identity signs in with (README, testing contract). The demo's switcher
 * signs in as the chosen user with it, as a person with that user's password would.
 */
export const DEMO_PASSWORD = 'ims-demo-password';

/**
 * `POST /v3/auth/tokens`, Keystone's password method as Huawei IAM takes it: a user of a domain
 * (account), by name, with its password.
 */
export const tokenRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.tuple([z.literal('password')]),
      password: z.object({
        user: z.object({
          name: z.string().min(1).max(64),
          password: z.string().min(1).max(128),
          domain: z.object({ name: z.string().min(1).max(64) }),
        }),
      }),
    }),
  }),
});
export type TokenRequest = z.infer<typeof tokenRequestSchema>;

export function passwordTokenRequest(userName: string, domainName: string, password: string): TokenRequest {
  return {
    auth: {
      identity: {
        methods: ['password'],
        password: { user: { name: userName, password, domain: { name: domainName } } },
      },
    },
  };
}

/** The token's body (its value travels in the `X-Subject-Token` header, as in Keystone). */
export const wireTokenSchema = z.object({
  token: z.object({
    methods: z.array(z.string()),
    issued_at: z.string(),
    user: z.object({
      id: z.string().max(64),
      name: z.string().max(64),
      domain: z.object({ id: z.string().max(64), name: z.string().max(64) }),
    }),
    /** IAM policy names (`IMS FullAccess`, `IMS ReadOnlyAccess`). */
    roles: z.array(z.object({ name: z.string().max(64) })),
  }),
});
export type WireToken = z.infer<typeof wireTokenSchema>;

export function toWireToken(user: User, accountName: string, issuedAt: string): WireToken {
  return {
    token: {
      methods: ['password'],
      issued_at: issuedAt,
      user: { id: user.id, name: user.name, domain: { id: user.accountId, name: accountName } },
      roles: [{ name: ROLE_LABELS[user.role] }],
    },
  };
}

/** The identity a token stands for, as the switcher and the viewer read it. */
export function identityOfToken(wire: WireToken): WireIdentity {
  const { user, roles } = wire.token;
  const readOnly = roles.some((r) => r.name === ROLE_LABELS['read-only']);
  return {
    user_id: user.id,
    user_name: user.name,
    domain_id: user.domain.id,
    domain_name: user.domain.name,
    role: readOnly ? 'read-only' : 'full-access',
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

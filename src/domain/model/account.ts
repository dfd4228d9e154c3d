import { z } from 'zod';
import { regionIdSchema } from '../regions';

export const roleSchema = z.enum(['full-access', 'read-only']);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Record<Role, string> = {
  'full-access': 'IMS FullAccess',
  'read-only': 'IMS ReadOnlyAccess',
};

/** A tenant (IAM account / domain). */
export const accountSchema = z.object({ id: z.string(), name: z.string() });
export type Account = z.infer<typeof accountSchema>;

/** An IAM project: one per account and region, named after the region. */
export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
  regionId: regionIdSchema,
});
export type Project = z.infer<typeof projectSchema>;

/** A user of an account; the token identifies one. */
export const userSchema = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
  role: roleSchema,
  token: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const enterpriseProjectSchema = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
});
export type EnterpriseProject = z.infer<typeof enterpriseProjectSchema>;

export const DEFAULT_ENTERPRISE_PROJECT_ID = '0';

export const agencySchema = z.object({ name: z.string(), accountId: z.string() });
export type Agency = z.infer<typeof agencySchema>;

/** Who is asking: the user, their account, and their projects (one per region). */
export interface Viewer {
  userId: string;
  accountId: string;
  role: Role;
  projectIds: readonly string[];
}

export function viewerOwns(viewer: Viewer, ownerProjectId: string): boolean {
  return viewer.projectIds.includes(ownerProjectId);
}

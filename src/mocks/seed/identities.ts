import {
  DEFAULT_ENTERPRISE_PROJECT_ID,
  type Account,
  type Agency,
  type EnterpriseProject,
  type Role,
  type User,
} from '../../domain';
import { hex32, memoized, uuidFrom } from './ids';

/** The tenants people sign in as (account switcher, e2e tests). */
export const CORE_ACCOUNTS = [
  { id: 'acme', name: 'Acme Retail' },
  { id: 'globex', name: 'Globex Logistics' },
  { id: 'initech', name: 'Initech Labs' },
] as const satisfies readonly Account[];
export type CoreAccountId = (typeof CORE_ACCOUNTS)[number]['id'];

/**
 * Tenants without users: only share partners. A full-ECS image may be shared with 10 projects and
 * a region holds one project per tenant, so reaching that limit needs more than three tenants.
 */
export const PARTNER_ACCOUNTS = [
  { id: 'hooli', name: 'Hooli Search' },
  { id: 'umbrella', name: 'Umbrella Pharma' },
  { id: 'stark', name: 'Stark Industrial' },
  { id: 'wayne', name: 'Wayne Freight' },
  { id: 'wonka', name: 'Wonka Confectionery' },
  { id: 'tyrell', name: 'Tyrell Robotics' },
  { id: 'cyberdyne', name: 'Cyberdyne Systems' },
  { id: 'soylent', name: 'Soylent Foods' },
  { id: 'vandelay', name: 'Vandelay Imports' },
  { id: 'massive', name: 'Massive Dynamic' },
] as const satisfies readonly Account[];

export const ACCOUNTS: readonly Account[] = [...CORE_ACCOUNTS, ...PARTNER_ACCOUNTS];

const USER_SPECS: readonly { name: string; accountId: CoreAccountId; role: Role }[] = [
  { name: 'alice', accountId: 'acme', role: 'full-access' },
  { name: 'oliver', accountId: 'acme', role: 'read-only' },
  { name: 'gina', accountId: 'globex', role: 'full-access' },
  { name: 'ivan', accountId: 'initech', role: 'full-access' },
];

export const tokenOf = (userName: string) => `demo-token-${userName}`;

/** Well-known tokens, for tests and the account switcher. */
export const TOKENS = {
  alice: tokenOf('alice'),
  oliver: tokenOf('oliver'),
  gina: tokenOf('gina'),
  ivan: tokenOf('ivan'),
} as const;

export function seedUsers(): User[] {
  return USER_SPECS.map((u) => ({
    id: hex32(`user:${u.name}`),
    name: u.name,
    accountId: u.accountId,
    role: u.role,
    token: tokenOf(u.name),
  }));
}

export function seedAccounts(): Account[] {
  return ACCOUNTS.map((a) => ({ ...a }));
}

const enterpriseUuid = memoized(uuidFrom);

export const enterpriseProjectIdOf = (accountId: string, name: string) =>
  name === 'default' ? DEFAULT_ENTERPRISE_PROJECT_ID : enterpriseUuid(`enterprise-project:${accountId}:${name}`);

export function seedEnterpriseProjects(): EnterpriseProject[] {
  return ACCOUNTS.flatMap((a) =>
    ['default', 'production', 'development'].map((name) => ({
      id: enterpriseProjectIdOf(a.id, name),
      name,
      accountId: a.id,
    })),
  );
}

/** The agency IMS needs to replicate full-ECS images across regions. */
export const IMS_AGENCY = 'ims_admin_trust';

export function seedAgencies(): Agency[] {
  return ACCOUNTS.map((a) => ({ name: IMS_AGENCY, accountId: a.id }));
}

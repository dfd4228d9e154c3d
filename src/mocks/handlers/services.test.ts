import { describe, expect, it } from 'vitest';
import { REGIONS } from '../../domain';
import { imsErrorBodySchema } from '../../domain/wire/error';
import { backupListSchema, fromWireBackup, fromWireVault, vaultListSchema } from '../../domain/wire/cbr';
import { fromWireServer, serverListSchema } from '../../domain/wire/ecs';
import {
  agencyListSchema,
  enterpriseProjectListSchema,
  fromWireProject,
  fromWireRegion,
  identityListSchema,
  projectListSchema,
  regionListSchema,
} from '../../domain/wire/iam';
import { fromWireKey, keyListSchema } from '../../domain/wire/kms';
import { bucketListSchema, objectListSchema } from '../../domain/wire/obs';
import { api, projectOf, REGION, useBackend } from './test-kit';

const { backend } = useBackend();
const alice = projectOf('alice');

async function get(path: string, user: 'alice' | 'gina' | 'oliver' | null = 'alice') {
  const response = await api(user, 'GET', path);
  return response;
}

describe('ECS and BMS', () => {
  it("lists the viewer's servers of the region, and they read back as the rules' servers", async () => {
    for (const kind of ['ecs', 'bms'] as const) {
      const path =
        kind === 'ecs'
          ? `/ecs/${REGION}/v1/${alice}/cloudservers/detail`
          : `/bms/${REGION}/v1/${alice}/baremetalservers/detail`;
      const response = await get(path);
      expect(response.status).toBe(200);
      const list = serverListSchema.parse(response.body);
      const expected = backend()
        .db()
        .servers.filter((s) => s.kind === kind && s.projectId === alice);
      expect(list.count).toBe(expected.length);
      expect(list.servers.map((s) => fromWireServer(s, kind))).toEqual(expected);
    }
  });

  it("answers 404 for another tenant's project or a project of another region, 401 without a token", async () => {
    expect((await get(`/ecs/${REGION}/v1/${projectOf('gina')}/cloudservers/detail`)).status).toBe(404);
    expect((await get(`/ecs/cn-east-3/v1/${alice}/cloudservers/detail`)).status).toBe(404);
    expect((await get(`/ecs/nowhere-1/v1/${alice}/cloudservers/detail`)).status).toBe(400);
    expect((await get(`/ecs/${REGION}/v1/${alice}/cloudservers/detail`, null)).status).toBe(401);
  });
});

describe('CBR', () => {
  it('lists vaults and backups of both kinds', async () => {
    const vaults = vaultListSchema.parse((await get(`/cbr/${REGION}/v3/${alice}/vaults`)).body);
    expect(vaults.vaults.map(fromWireVault)).toEqual(
      backend()
        .db()
        .vaults.filter((v) => v.projectId === alice),
    );
    const backups = backupListSchema.parse((await get(`/cbr/${REGION}/v3/${alice}/backups`)).body);
    expect(backups.backups.map(fromWireBackup)).toEqual(
      backend()
        .db()
        .backups.filter((b) => b.projectId === alice),
    );
    expect(new Set(backups.backups.map((b) => b.kind))).toEqual(new Set(['csbs', 'cbr']));
  });
});

describe('OBS', () => {
  it("lists the viewer's buckets of every region with storage class and location", async () => {
    const list = bucketListSchema.parse((await get(`/obs/${REGION}/buckets`)).body);
    const own = backend()
      .db()
      .buckets.filter((b) => b.accountId === 'acme');
    expect(list.buckets).toEqual(
      own.map((b) => ({ name: b.name, location: b.regionId, storage_class: b.storageClass })),
    );
    expect(new Set(list.buckets.map((b) => b.location)).size).toBeGreaterThan(1);
  });

  it("lists a bucket's objects; another region's or tenant's bucket is 404", async () => {
    const bucket = backend()
      .db()
      .buckets.find((b) => b.accountId === 'acme' && b.regionId === REGION && b.objects.length > 0);
    expect(bucket).toBeDefined();
    const list = objectListSchema.parse((await get(`/obs/${REGION}/buckets/${bucket?.name}/objects`)).body);
    expect(list.contents.map((o) => o.key)).toEqual(bucket?.objects.map((o) => o.key));
    const elsewhere = backend()
      .db()
      .buckets.find((b) => b.accountId === 'acme' && b.regionId !== REGION);
    const theirs = backend()
      .db()
      .buckets.find((b) => b.accountId === 'globex' && b.regionId === REGION);
    for (const name of [elsewhere?.name, theirs?.name, 'no-such-bucket']) {
      const response = await get(`/obs/${REGION}/buckets/${name}/objects`);
      expect(response.status).toBe(404);
      expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
    }
  });
});

describe('KMS', () => {
  it("lists the region's keys with state and default flag", async () => {
    const list = keyListSchema.parse((await get(`/kms/${REGION}/v1.0/${alice}/kms/list-keys`)).body);
    const own = backend()
      .db()
      .keys.filter((k) => k.accountId === 'acme' && k.regionId === REGION);
    expect(list.key_details.map(fromWireKey)).toEqual(own);
    expect(list.key_details.filter((k) => k.default_key_flag === '1')).toHaveLength(1);
    expect(new Set(list.key_details.map((k) => k.key_state))).toEqual(new Set(['2', '3']));
  });
});

describe('IAM', () => {
  it('lists the regions with their capabilities', async () => {
    const list = regionListSchema.parse((await get('/iam/v3/regions')).body);
    expect(list.regions.map(fromWireRegion)).toEqual(REGIONS);
  });

  it('lists the project directory with account names and regions', async () => {
    const list = projectListSchema.parse((await get('/iam/v3/projects')).body);
    expect(list.projects.map(fromWireProject)).toEqual(backend().db().projects);
    expect(list.projects.find((p) => p.id === projectOf('gina'))).toMatchObject({
      domain_name: 'Globex Logistics',
      region_id: REGION,
      name: REGION,
    });
  });

  it('lists the demo identities without their tokens', async () => {
    const { body } = await get('/iam/v3/auth/identities', 'oliver');
    const list = identityListSchema.parse(body);
    expect(list.identities.map((i) => [i.user_name, i.domain_name, i.role])).toEqual([
      ['alice', 'Acme Retail', 'full-access'],
      ['oliver', 'Acme Retail', 'read-only'],
      ['gina', 'Globex Logistics', 'full-access'],
      ['ivan', 'Initech Labs', 'full-access'],
    ]);
    expect(JSON.stringify(body)).not.toMatch(/token/i);
  });

  it("lists the viewer's enterprise projects (with default) and agencies", async () => {
    const eps = enterpriseProjectListSchema.parse((await get('/iam/v3/enterprise-projects', 'gina')).body);
    expect(eps.enterprise_projects.map((e) => e.name)).toEqual(['default', 'production', 'development']);
    expect(eps.enterprise_projects[0]?.id).toBe('0');
    const agencies = agencyListSchema.parse((await get('/iam/v3/agencies', 'gina')).body);
    expect(agencies.agencies).toEqual([{ name: 'ims_admin_trust', domain_id: 'globex' }]);
  });
});

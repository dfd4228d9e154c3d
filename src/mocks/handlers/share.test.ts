import { describe, expect, it } from 'vitest';
import {
  canAccept,
  canReplicate,
  canShare,
  canStopSharing,
  LIMITS,
  type Decision,
  type Image,
  type RuleId,
} from '../../domain';
import { imsErrorBodySchema } from '../../domain/wire/error';
import { imsImageListSchema } from '../../domain/wire/image';
import { type CopyInRegionBody, type CrossRegionCopyBody, toReplicateInput } from '../../domain/wire/replicate';
import { imsJobSchema, jobAcceptedSchema } from '../../domain/wire/job';
import { imsMemberSchema, memberListSchema } from '../../domain/wire/share';
import { PARTNER_ACCOUNTS } from '../seed/identities';
import {
  addImage,
  addMember,
  api,
  errorOf,
  membersOf,
  projectOf,
  REGION,
  rulesOf,
  snapshot,
  useBackend,
  viewerOf,
  type ApiResponse,
  type UserName,
} from './test-kit';

const { backend } = useBackend();
const MEMBERS = `/ims/${REGION}/v1/cloudimages/members`;
const membersPath = (user: UserName, imageId: string) =>
  `/ims/${REGION}/v1/${projectOf(user)}/cloudimages/${imageId}/members`;

/** The handler's refusal is the UI's decision: same rule, same reason, same IMS code. */
function expectRefusal(response: ApiResponse, decision: Decision, rule: RuleId) {
  expect(decision.allowed).toBe(false);
  if (decision.allowed) return;
  expect(decision.rule).toBe(rule);
  expect(imsErrorBodySchema.safeParse(response.body).success).toBe(true);
  const error = errorOf(response);
  expect(response.status).toBe(rule.startsWith('access.') ? 403 : 400);
  expect(error.rule).toBe(rule);
  expect(error.message).toBe(decision.reason);
  expect(error.code).toBe(decision.code);
  if (decision.field) expect(error.field).toBe(decision.field);
}

function shareDecision(image: Image, projectIds: string[], user: UserName = 'alice') {
  return canShare(image, viewerOf(backend(), user), rulesOf(backend(), user), { projectIds });
}

async function share(image: Image, projects: string[], user: UserName = 'alice') {
  return api(user, 'POST', MEMBERS, { images: [image.id], projects });
}

const gina = projectOf('gina');

describe('POST members: share', () => {
  it('adds pending members and answers with a share-add job', async () => {
    const image = addImage(backend(), 'alice');
    const response = await share(image, [gina, projectOf('ivan')]);
    expect(response.status).toBe(200);
    const { job_id } = jobAcceptedSchema.parse(response.body);
    expect(membersOf(backend(), image).map((m) => [m.projectId, m.status])).toEqual([
      [gina, 'pending'],
      [projectOf('ivan'), 'pending'],
    ]);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === job_id);
    expect(job?.kind).toBe('share-add');
    const ivan = projectOf('ivan');
    expect(job?.detail.results).toEqual([
      { image_id: image.id, project_id: gina, status: 'success' },
      { image_id: image.id, project_id: ivan, status: 'success' },
    ]);
    const polled = imsJobSchema.parse(
      (await api('alice', 'GET', `/ims/${REGION}/v1/${projectOf('alice')}/jobs/${job_id}`)).body,
    );
    expect(polled).toMatchObject({ job_type: 'imsAddImageMembersJob', status: 'SUCCESS' });
    expect(polled.entities.results?.map((r) => r.project_id)).toEqual([gina, ivan]);
  });

  it('keeps an existing member as it is when it is shared again', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina, 'accepted');
    expect((await share(image, [gina])).status).toBe(200);
    expect(membersOf(backend(), image).map((m) => m.status)).toEqual(['accepted']);
  });

  const cases: { rule: RuleId; image: () => Image; projects?: () => string[]; user?: UserName }[] = [
    { rule: 'share.status', image: () => addImage(backend(), 'alice', { status: 'saving' }) },
    { rule: 'share.iso', image: () => addImage(backend(), 'alice', { type: 'iso', diskFormat: 'iso' }) },
    { rule: 'share.koogallery', image: () => addImage(backend(), 'alice', { publishedInKooGallery: true }) },
    {
      rule: 'share.encrypted',
      image: () => {
        const key = backend()
          .db()
          .keys.find((k) => k.accountId === 'acme' && k.regionId === REGION && !k.isDefault);
        return addImage(backend(), 'alice', { kmsKeyId: key?.id ?? 'some-key' });
      },
    },
    {
      rule: 'share.whole-image-origin',
      image: () =>
        addImage(backend(), 'alice', {
          type: 'whole',
          source: { kind: 'csbs-backup', backupId: 'b1', backupName: 'nightly' },
        }),
    },
    {
      rule: 'share.whole-image-origin',
      image: () => addImage(backend(), 'alice', { type: 'whole', sourceServerHadCsbsBackup: true }),
    },
    {
      rule: 'share.same-region',
      image: () => addImage(backend(), 'alice'),
      projects: () => [projectOf('gina', 'cn-east-3')],
    },
    { rule: 'share.same-region', image: () => addImage(backend(), 'alice'), projects: () => ['no-such-project'] },
    { rule: 'share.not-self', image: () => addImage(backend(), 'alice'), projects: () => [projectOf('alice')] },
    {
      rule: 'share.received',
      image: () => {
        const image = addImage(backend(), 'ivan');
        addMember(backend(), image, gina, 'accepted');
        return image;
      },
      projects: () => [projectOf('alice')],
      user: 'gina',
    },
    {
      rule: 'share.member-limit',
      image: () => {
        const image = addImage(backend(), 'alice', {
          type: 'whole',
          source: { kind: 'cbr-backup', backupId: 'b2', backupName: 'cbr-weekly' },
        });
        for (const partner of PARTNER_ACCOUNTS) addMember(backend(), image, projectOf(partner.id));
        return image;
      },
    },
    { rule: 'access.read-only', image: () => addImage(backend(), 'alice'), user: 'oliver' },
  ];

  it.each(cases)(
    'refuses $rule with the reason the UI shows',
    async ({ rule, image: make, projects, user = 'alice' }) => {
      const image = make();
      const recipients = projects?.() ?? [projectOf('globex')];
      const decision = shareDecision(image, recipients, user);
      const before = snapshot(backend());
      const response = await share(image, recipients, user);
      expectRefusal(response, decision, rule);
      expect(snapshot(backend())).toEqual(before);
    },
  );

  it('refuses the 11th member of a full-ECS image and accepts the 10th', async () => {
    const image = addImage(backend(), 'alice', {
      type: 'whole',
      source: { kind: 'cbr-backup', backupId: 'b3', backupName: 'cbr-daily' },
    });
    const partners = PARTNER_ACCOUNTS.map((p) => projectOf(p.id));
    expect((await share(image, partners.slice(0, 9))).status).toBe(200);
    expect((await share(image, [partners[9] as string])).status).toBe(200);
    expect(membersOf(backend(), image)).toHaveLength(LIMITS.shareMembersWholeImage);
    const decision = shareDecision(image, [gina]);
    expectRefusal(await share(image, [gina]), decision, 'share.member-limit');
    expect(errorOf(await share(image, [gina])).message).toMatch(
      /shared with 10 projects; adding 1 would exceed its limit of 10/,
    );
  });

  it('refuses a whole batch when one image is ineligible, and changes nothing', async () => {
    const good = addImage(backend(), 'alice');
    const key = backend()
      .db()
      .keys.find((k) => k.accountId === 'acme' && k.regionId === REGION);
    const encrypted = addImage(backend(), 'alice', { kmsKeyId: key?.id ?? 'k' });
    const decision = shareDecision(encrypted, [gina]);
    const before = snapshot(backend());
    const response = await api('alice', 'POST', MEMBERS, { images: [good.id, encrypted.id], projects: [gina] });
    expectRefusal(response, decision, 'share.encrypted');
    expect(snapshot(backend())).toEqual(before);
    expect(membersOf(backend(), good)).toEqual([]);
  });

  it('shares a batch of eligible images with one job', async () => {
    const a = addImage(backend(), 'alice');
    const b = addImage(backend(), 'alice');
    const response = await api('alice', 'POST', MEMBERS, { images: [a.id, b.id], projects: [gina] });
    expect(response.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job?.detail.results).toEqual([
      { image_id: a.id, project_id: gina, status: 'success' },
      { image_id: b.id, project_id: gina, status: 'success' },
    ]);
  });

  it("answers 404 for unknown images, other tenants' images and images of another region", async () => {
    const ivans = addImage(backend(), 'ivan');
    const elsewhere = addImage(backend(), 'alice', { regionId: 'cn-east-3' });
    for (const id of ['no-such-image', ivans.id, elsewhere.id]) {
      const response = await api('alice', 'POST', MEMBERS, { images: [id], projects: [gina] });
      expect(response.status).toBe(404);
      expect(errorOf(response).code).toBe('IMG.0027');
    }
  });

  it('answers 400 with field errors for a malformed body and 401 without a token', async () => {
    const image = addImage(backend(), 'alice');
    const missing = await api('alice', 'POST', MEMBERS, { images: [image.id] });
    expect(missing.status).toBe(400);
    expect(errorOf(missing).code).toBe('IMG.0001');
    expect(errorOf(missing).field_errors).toEqual([expect.objectContaining({ field: 'projectIds' })]);
    expect(errorOf(missing).field).toBe('projectIds');
    const empty = await api('alice', 'POST', MEMBERS, { images: [], projects: [gina] });
    expect(empty.status).toBe(400);
    const anonymous = await api(null, 'POST', MEMBERS, { images: [image.id], projects: [gina] });
    expect(anonymous.status).toBe(401);
  });

  it('leaves the member list unchanged when the job is drawn to fail', async () => {
    backend().updateSettings({ jobFailureRate: 1 });
    const image = addImage(backend(), 'alice');
    const response = await share(image, [gina]);
    expect(response.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job?.outcome).toBe('fail');
    expect(membersOf(backend(), image)).toEqual([]);
  });
});

describe('DELETE members: stop sharing', () => {
  it('removes the named members only', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina, 'accepted');
    addMember(backend(), image, projectOf('ivan'));
    const response = await api('alice', 'DELETE', MEMBERS, { images: [image.id], projects: [gina] });
    expect(response.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(response.body).job_id);
    expect(job?.kind).toBe('share-remove');
    expect(membersOf(backend(), image).map((m) => m.projectId)).toEqual([projectOf('ivan')]);
  });

  it.each([
    { rule: 'access.read-only' as const, user: 'oliver' as const },
    { rule: 'access.owner' as const, user: 'gina' as const },
  ])('refuses $rule as the UI does', async ({ rule, user }) => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina, 'accepted');
    const decision = canStopSharing(image, viewerOf(backend(), user));
    const before = snapshot(backend());
    expectRefusal(await api(user, 'DELETE', MEMBERS, { images: [image.id], projects: [gina] }), decision, rule);
    expect(snapshot(backend())).toEqual(before);
  });

  it('answers 404 for an image the viewer cannot see', async () => {
    const ivans = addImage(backend(), 'ivan');
    const response = await api('alice', 'DELETE', MEMBERS, { images: [ivans.id], projects: [gina] });
    expect(response.status).toBe(404);
  });
});

describe('PUT members: accept and reject', () => {
  const answer = (user: UserName, image: Image, status: 'accepted' | 'rejected', extra: Record<string, string> = {}) =>
    api(user, 'PUT', MEMBERS, { images: [image.id], project_id: projectOf(user), status, ...extra });

  function acceptDecision(image: Image, user: UserName, input: Parameters<typeof canAccept>[3]) {
    return canAccept(image, viewerOf(backend(), user), rulesOf(backend(), user), input);
  }

  it('refuses received.accept for a share that is already in that state', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina, 'accepted');
    const decision = acceptDecision(image, 'gina', { status: 'accepted', projectId: gina });
    expectRefusal(await answer('gina', image, 'accepted'), decision, 'received.accept');
  });

  it('refuses received.accept when the image was not shared with the viewer', async () => {
    const image = addImage(backend(), 'alice');
    const decision = acceptDecision(image, 'alice', { status: 'accepted', projectId: projectOf('alice') });
    expectRefusal(await answer('alice', image, 'accepted'), decision, 'received.accept');
  });

  it('refuses received.accept for a full-ECS image without a vault of the region', async () => {
    const image = addImage(backend(), 'alice', {
      type: 'whole',
      source: { kind: 'cbr-backup', backupId: 'b', backupName: 'cbr' },
    });
    addMember(backend(), image, gina);
    const decision = acceptDecision(image, 'gina', { status: 'accepted', projectId: gina, vaultId: 'no-such-vault' });
    expectRefusal(await answer('gina', image, 'accepted', { vault_id: 'no-such-vault' }), decision, 'received.accept');
    const vault = backend()
      .db()
      .vaults.find((v) => v.projectId === gina && v.regionId === REGION);
    if (vault) {
      expect((await answer('gina', image, 'accepted', { vault_id: vault.id })).status).toBe(200);
      expect(membersOf(backend(), image)[0]?.status).toBe('accepted');
    }
  });

  it("refuses received.region when the project is not the viewer's project of the image's region", async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina);
    const other = projectOf('gina', 'cn-east-3');
    const decision = acceptDecision(image, 'gina', { status: 'accepted', projectId: other });
    const response = await api('gina', 'PUT', MEMBERS, { images: [image.id], project_id: other, status: 'accepted' });
    expectRefusal(response, decision, 'received.region');
    expect(membersOf(backend(), image)[0]?.status).toBe('pending');
  });

  it('refuses access.read-only for a read-only recipient', async () => {
    const image = addImage(backend(), 'gina');
    addMember(backend(), image, projectOf('oliver'));
    const decision = acceptDecision(image, 'oliver', { status: 'accepted', projectId: projectOf('oliver') });
    expectRefusal(await answer('oliver', image, 'accepted'), decision, 'access.read-only');
    expect(membersOf(backend(), image)[0]?.status).toBe('pending');
  });

  it('accepts with a full private quota: received.no-quota is advice, not a refusal', async () => {
    for (let i = 0; i < LIMITS.privateImagesPerRegion; i += 1) addImage(backend(), 'gina');
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina);
    const decision = acceptDecision(image, 'gina', { status: 'accepted', projectId: gina });
    expect(decision).toEqual({ allowed: true, warnings: [expect.objectContaining({ rule: 'received.no-quota' })] });
    expect((await answer('gina', image, 'accepted')).status).toBe(200);
    expect(membersOf(backend(), image)[0]?.status).toBe('accepted');
  });

  it('refuses the whole batch when one image cannot be answered', async () => {
    const pending = addImage(backend(), 'alice');
    addMember(backend(), pending, gina);
    const accepted = addImage(backend(), 'alice');
    addMember(backend(), accepted, gina, 'accepted');
    const before = snapshot(backend());
    const response = await api('gina', 'PUT', MEMBERS, {
      images: [pending.id, accepted.id],
      project_id: gina,
      status: 'accepted',
    });
    expect(response.status).toBe(400);
    expect(errorOf(response).rule).toBe('received.accept');
    expect(snapshot(backend())).toEqual(before);
  });

  it('answers 404 for an image not shared with the viewer', async () => {
    const image = addImage(backend(), 'alice');
    expect((await answer('gina', image, 'accepted')).status).toBe(404);
  });
});

describe('received images: replication by the recipient', () => {
  function copy(image: Image, body: CopyInRegionBody | CrossRegionCopyBody) {
    const path = 'region' in body ? 'cross_region_copy' : 'copy';
    const decision = canReplicate(
      image,
      viewerOf(backend(), 'gina'),
      rulesOf(backend(), 'gina'),
      toReplicateInput(body),
    );
    return { decision, response: api('gina', 'POST', `/ims/${REGION}/v1/cloudimages/${image.id}/${path}`, body) };
  }

  it('refuses received.replicate-accepted for a pending share and for a cross-region copy', async () => {
    const pending = addImage(backend(), 'alice');
    addMember(backend(), pending, gina);
    const inRegion = copy(pending, { name: 'my-copy' });
    expectRefusal(await inRegion.response, inRegion.decision, 'received.replicate-accepted');

    const accepted = addImage(backend(), 'alice');
    addMember(backend(), accepted, gina, 'accepted');
    const crossRegion = copy(accepted, {
      name: 'my-copy',
      region: 'cn-east-3',
      project_name: 'cn-east-3',
      agency_name: 'ims_admin_trust',
    });
    expectRefusal(await crossRegion.response, crossRegion.decision, 'received.replicate-accepted');
  });

  it('refuses received.replicate-encrypted for an accepted encrypted share', async () => {
    const key = backend()
      .db()
      .keys.find((k) => k.accountId === 'acme' && k.regionId === REGION && !k.isDefault);
    // Set up directly: share.encrypted keeps such a share from being made through the API.
    const image = addImage(backend(), 'alice', { kmsKeyId: key?.id ?? 'k' });
    addMember(backend(), image, gina, 'accepted');
    const { decision, response } = copy(image, { name: 'my-copy' });
    expectRefusal(await response, decision, 'received.replicate-encrypted');
  });

  it('lets an accepted share be replicated within its region', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina, 'accepted');
    const { decision, response } = copy(image, { name: 'my-copy' });
    expect(decision.allowed).toBe(true);
    expect((await response).status).toBe(200);
  });
});

describe('two tenants', () => {
  it('share, accept, reject and accept again, each side seeing its view', async () => {
    const image = addImage(backend(), 'alice');
    expect((await share(image, [gina])).status).toBe(200);

    // gina sees it among her pending shares, and only her own member entry
    const list = await api(
      'gina',
      'GET',
      `/ims/${REGION}/v2/cloudimages?__imagetype=shared&visibility=shared&member_status=pending`,
    );
    const listed = imsImageListSchema.parse(list.body).images.find((i) => i.id === image.id);
    expect(listed?.__member_status).toBe('pending');
    const pending = memberListSchema.parse((await api('gina', 'GET', membersPath('gina', image.id))).body);
    expect(pending.members.map((m) => [m.member_id, m.status])).toEqual([[gina, 'pending']]);

    const put = (status: 'accepted' | 'rejected') =>
      api('gina', 'PUT', MEMBERS, { images: [image.id], project_id: gina, status });

    const accepted = await put('accepted');
    expect(accepted.status).toBe(200);
    const job = backend()
      .db()
      .jobs.find((j) => j.id === jobAcceptedSchema.parse(accepted.body).job_id);
    expect(job?.kind).toBe('share-update');
    expect(job?.detail.results).toEqual([{ image_id: image.id, project_id: gina, status: 'success' }]);

    const ownerView = memberListSchema.parse((await api('alice', 'GET', membersPath('alice', image.id))).body);
    expect(ownerView.members.map((m) => [m.member_id, m.status])).toEqual([[gina, 'accepted']]);

    expect((await put('rejected')).status).toBe(200);
    expect(membersOf(backend(), image)[0]?.status).toBe('rejected');
    expect((await put('accepted')).status).toBe(200);
    const again = memberListSchema.parse((await api('alice', 'GET', membersPath('alice', image.id))).body);
    expect(again.members[0]?.status).toBe('accepted');
  });
});

describe('GET members', () => {
  it('lists every member for the owner and only its own for a recipient', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina);
    addMember(backend(), image, projectOf('ivan'), 'accepted');
    const owner = memberListSchema.parse((await api('alice', 'GET', membersPath('alice', image.id))).body);
    expect(owner.members.map((m) => m.member_id)).toEqual([gina, projectOf('ivan')]);
    expect(owner.schema).toBe('/v2/schemas/members');
    expect(owner.page_info).toEqual({ current_count: 2 });
    const ivan = memberListSchema.parse((await api('ivan', 'GET', membersPath('ivan', image.id))).body);
    expect(ivan.members.map((m) => m.member_id)).toEqual([projectOf('ivan')]);
  });

  it('pages with limit and marker', async () => {
    const image = addImage(backend(), 'alice');
    const partners = PARTNER_ACCOUNTS.slice(0, 3).map((p) => projectOf(p.id));
    for (const p of partners) addMember(backend(), image, p);
    const first = memberListSchema.parse((await api('alice', 'GET', `${membersPath('alice', image.id)}?limit=2`)).body);
    expect(first.members.map((m) => m.member_id)).toEqual(partners.slice(0, 2));
    const marker = first.page_info.next_marker ?? '';
    expect(marker).not.toBe('');
    const second = memberListSchema.parse(
      (await api('alice', 'GET', `${membersPath('alice', image.id)}?limit=2&marker=${encodeURIComponent(marker)}`))
        .body,
    );
    expect(second.members.map((m) => m.member_id)).toEqual(partners.slice(2));
    expect(second.page_info.next_marker).toBeUndefined();
    expect((await api('alice', 'GET', `${membersPath('alice', image.id)}?marker=bogus`)).status).toBe(400);
    expect((await api('alice', 'GET', `${membersPath('alice', image.id)}?limit=0`)).status).toBe(400);
  });

  it('shows one member, formatted as IMS does', async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina);
    const response = await api('alice', 'GET', `${membersPath('alice', image.id)}/${gina}`);
    expect(response.status).toBe(200);
    const member = imsMemberSchema.parse(response.body);
    expect(member).toMatchObject({ image_id: image.id, member_id: gina, member_type: 'project', status: 'pending' });
    expect(member.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it("answers 404 for unknown members, images, projects, and for other recipients' entries", async () => {
    const image = addImage(backend(), 'alice');
    addMember(backend(), image, gina);
    addMember(backend(), image, projectOf('ivan'));
    expect((await api('alice', 'GET', `${membersPath('alice', image.id)}/nobody`)).status).toBe(404);
    expect((await api('gina', 'GET', `${membersPath('gina', image.id)}/${projectOf('ivan')}`)).status).toBe(404);
    expect((await api('alice', 'GET', membersPath('alice', 'no-such-image'))).status).toBe(404);
    const unshared = addImage(backend(), 'alice');
    expect((await api('gina', 'GET', membersPath('gina', unshared.id))).status).toBe(404);
    // a project id that is not the viewer's
    expect((await api('alice', 'GET', `/ims/${REGION}/v1/${gina}/cloudimages/${image.id}/members`)).status).toBe(404);
  });
});

describe('field names of a refused answer', () => {
  it('names the accept input field of a malformed PUT', async () => {
    const image = addImage(backend(), 'alice');
    const response = await api('gina', 'PUT', MEMBERS, { images: [image.id], project_id: gina, status: 'pending' });
    expect(response.status).toBe(400);
    expect(errorOf(response).field_errors?.[0]?.field).toBe('status');
    expect(errorOf(response).field).toBe('status');
  });
});

import { deny, type Image, type RegionId, type RuleId } from '../../domain';
import { auditMessage } from '../../domain/wire/audit-message';
import { imsPaths } from '../../domain/wire/paths';
import type { AuditEntry } from '../db/schema';
import { hex32 } from './ids';
import { projectIdOf } from './projects';
import { ACME_IMAGES as A } from './images-acme';
import { GLOBEX_IMAGES as G, INITECH_IMAGES as I } from './images-tenants';

/*
 * The demo's audit history: a few weeks of ordinary work by acme's two users, and some by globex
 * and initech (each account sees only its own), with refusals in the rules' own words. Dated from
 * SEED_EPOCH like every other seeded record, so it is the same on every machine and older than any
 * write made in the console.
 */

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MINUTE = 60_000;

type User = 'alice' | 'oliver' | 'gina' | 'ivan';
const ACCOUNT_OF: Record<User, string> = { alice: 'acme', oliver: 'acme', gina: 'globex', ivan: 'initech' };

interface Spec {
  /** Days, hours and minutes before the seed epoch. */
  ago: [days: number, hours: number, minutes: number];
  user: User;
  operation: string;
  image: string;
  /** The request body, as the operation's schema reads it (it shapes the sentence). */
  body?: Record<string, unknown>;
  /** A refusal: the rule and the facts its sentence names. */
  refused?: { rule: RuleId; params?: Record<string, unknown> };
}

const SG: RegionId = 'ap-southeast-3';

const SPECS: readonly Spec[] = [
  {
    ago: [27, 9, 12],
    user: 'alice',
    operation: 'update',
    image: A.golden,
    body: { description: 'CentOS 7.9 web tier' },
  },
  { ago: [27, 8, 40], user: 'alice', operation: 'tags', image: A.golden },
  { ago: [26, 14, 5], user: 'alice', operation: 'replicate', image: A.golden, body: { name: A.goldenKms } },
  { ago: [26, 13, 50], user: 'alice', operation: 'share', image: A.golden, body: { projects: ['globex', 'initech'] } },
  { ago: [25, 10, 31], user: 'oliver', operation: 'delete', image: A.killed, refused: { rule: 'access.read-only' } },
  { ago: [24, 16, 2], user: 'alice', operation: 'replicate', image: A.golden, body: { name: 'x', region: SG } },
  {
    ago: [23, 11, 18],
    user: 'alice',
    operation: 'share',
    image: A.iso,
    body: { projects: ['globex'] },
    refused: { rule: 'share.iso' },
  },
  {
    ago: [22, 9, 44],
    user: 'alice',
    operation: 'export',
    image: A.ubuntu,
    body: { bucket_url: `acme-image-exports:${A.ubuntu}.qcow2` },
  },
  {
    ago: [21, 15, 27],
    user: 'alice',
    operation: 'delete',
    image: A.publishedInKooGallery,
    refused: { rule: 'delete.koogallery' },
  },
  { ago: [20, 10, 3], user: 'alice', operation: 'answer-share', image: G.accepted, body: { status: 'accepted' } },
  { ago: [20, 9, 58], user: 'alice', operation: 'answer-share', image: I.rejected, body: { status: 'rejected' } },
  { ago: [19, 17, 36], user: 'oliver', operation: 'tags', image: A.ubuntu, refused: { rule: 'access.read-only' } },
  { ago: [18, 12, 9], user: 'alice', operation: 'publish', image: A.publishedInKooGallery },
  {
    ago: [17, 8, 55],
    user: 'alice',
    operation: 'tags',
    image: A.tagsFull,
    refused: { rule: 'tags.limit', params: { count: 11 } },
  },
  { ago: [16, 14, 20], user: 'alice', operation: 'launch', image: A.golden, body: { server: { count: 2 } } },
  { ago: [15, 10, 42], user: 'alice', operation: 'update', image: A.sles, body: { min_ram: 4096 } },
  { ago: [14, 16, 11], user: 'alice', operation: 'replicate', image: A.replicating, body: { name: 'x', region: SG } },
  { ago: [13, 9, 30], user: 'alice', operation: 'launch', image: A.data350, body: { volume: { size: 350 } } },
  {
    ago: [12, 11, 4],
    user: 'oliver',
    operation: 'replicate',
    image: A.golden,
    body: { name: 'x', region: SG },
    refused: { rule: 'access.read-only' },
  },
  {
    ago: [11, 15, 47],
    user: 'alice',
    operation: 'export',
    image: A.singaporeEncrypted160,
    body: { bucket_url: 'acme-sg-dr:ledger.zvhd2' },
    refused: { rule: 'export.fast-encrypted', params: { key: 'acme-cmk-prod', sizeGb: 160 } },
  },
  { ago: [10, 10, 15], user: 'alice', operation: 'stop-sharing', image: A.golden, body: { projects: ['hooli'] } },
  { ago: [9, 13, 38], user: 'alice', operation: 'tags', image: A.encrypted },
  { ago: [8, 9, 2], user: 'alice', operation: 'update', image: A.windows, body: { name: A.windows } },
  {
    ago: [7, 14, 26],
    user: 'alice',
    operation: 'launch',
    image: A.iso,
    body: { server: { metadata: { __temporary_ecs: 'true' } } },
  },
  {
    ago: [6, 16, 59],
    user: 'alice',
    operation: 'export',
    image: A.killed,
    body: { bucket_url: 'acme-image-exports:crm.vhd' },
    refused: { rule: 'export.status', params: { status: 'Abnormal' } },
  },
  {
    ago: [5, 11, 13],
    user: 'alice',
    operation: 'share',
    image: A.wholeFromCbr,
    body: { projects: ['vandelay'] },
    refused: { rule: 'share.member-limit', params: { type: 'full-ECS', current: 10, adding: 1, limit: 10 } },
  },
  {
    ago: [4, 10, 7],
    user: 'alice',
    operation: 'export',
    image: A.large200,
    body: { bucket_url: 'acme-image-exports:media.vmdk' },
  },
  { ago: [3, 15, 33], user: 'oliver', operation: 'update', image: A.ubuntu, refused: { rule: 'access.read-only' } },
  { ago: [2, 9, 41], user: 'alice', operation: 'tags', image: A.ubuntu },
  {
    ago: [1, 12, 18],
    user: 'alice',
    operation: 'replicate',
    image: A.uefi,
    body: { name: 'ml-training-ubuntu-uefi-copy' },
  },
  // The partners' own trails.
  { ago: [22, 10, 0], user: 'gina', operation: 'share', image: G.accepted, body: { projects: ['acme'] } },
  { ago: [21, 10, 30], user: 'gina', operation: 'share', image: G.pending, body: { projects: ['acme'] } },
  { ago: [12, 16, 45], user: 'gina', operation: 'update', image: G.notShared, body: { description: 'Dispatch web' } },
  { ago: [23, 9, 15], user: 'ivan', operation: 'share', image: I.rejected, body: { projects: ['acme'] } },
  { ago: [9, 11, 50], user: 'ivan', operation: 'tags', image: I.acceptedArm },
];

const METHOD_AND_PATH: Record<string, (image: Image, body: Record<string, unknown>) => [string, string]> = {
  update: (i) => ['PATCH', imsPaths.image.to({ region: i.regionId, imageId: i.id })],
  tags: (i) => ['POST', imsPaths.tagAction.to({ region: i.regionId, projectId: i.ownerProjectId, imageId: i.id })],
  replicate: (i, b) => [
    'POST',
    (b.region ? imsPaths.crossRegionCopy : imsPaths.copy).to({ region: i.regionId, imageId: i.id }),
  ],
  share: (i) => ['POST', imsPaths.members.to({ region: i.regionId })],
  'stop-sharing': (i) => ['DELETE', imsPaths.members.to({ region: i.regionId })],
  'answer-share': (i) => ['PUT', imsPaths.members.to({ region: i.regionId })],
  export: (i) => ['POST', imsPaths.exportImage.to({ region: i.regionId, imageId: i.id })],
  delete: (i) => ['DELETE', imsPaths.glanceImage.to({ region: i.regionId, imageId: i.id })],
  publish: (i) => ['POST', imsPaths.publish.to({ region: i.regionId, imageId: i.id })],
  launch: (i, b) => [
    'POST',
    b.volume
      ? `/evs/${i.regionId}/v2/${i.ownerProjectId}/cloudvolumes`
      : `/ecs/${i.regionId}/v1/${i.ownerProjectId}/cloudservers`,
  ],
};

/** Account names in the bodies stand for their cn-north-4 project, as a real share names projects. */
function projectsOf(body: Record<string, unknown>): Record<string, unknown> {
  const projects = body.projects;
  if (!Array.isArray(projects)) return body;
  return { ...body, projects: projects.map((p) => projectIdOf(String(p), 'cn-north-4')) };
}

/** The seeded trail, oldest first (the order the handler appends in), for the seeded images. */
export function demoAudit(
  epoch: number,
  images: readonly Image[],
  users: readonly { id: string; name: string }[],
): AuditEntry[] {
  const entries = SPECS.map((spec) => {
    const account = ACCOUNT_OF[spec.user];
    // An answer to a share names the owner's image; every other write the account's own.
    const image =
      images.find((i) => i.name === spec.image && i.ownerProjectId === projectIdOf(account, i.regionId)) ??
      (spec.operation === 'answer-share' ? images.find((i) => i.name === spec.image) : undefined);
    if (!image) throw new Error(`audit seed: no image ${spec.image}`);
    const body = projectsOf(spec.body ?? {});
    const at = epoch - spec.ago[0] * DAY - spec.ago[1] * HOUR - spec.ago[2] * MINUTE;
    const denial = spec.refused ? deny(spec.refused.rule, spec.refused.params as never) : undefined;
    const [method, path] = (METHOD_AND_PATH[spec.operation] ?? (() => ['POST', '']))(image, body);
    const result = denial ? 'refused' : 'success';
    const status = !denial ? 200 : spec.refused?.rule === 'access.read-only' ? 403 : 400;
    const userId = users.find((u) => u.name === spec.user)?.id;
    if (!userId) throw new Error(`audit seed: no user ${spec.user}`);
    return {
      id: hex32(`audit:${spec.user}:${spec.operation}:${spec.image}:${at}`),
      at: new Date(at).toISOString(),
      userId,
      userName: spec.user,
      accountId: account,
      regionId: image.regionId,
      operation: spec.operation,
      method,
      path,
      imageId: image.id,
      imageName: image.name,
      result,
      status,
      rule: denial?.rule ?? null,
      code: denial?.code ?? null,
      message: auditMessage({
        operation: spec.operation,
        imageName: image.name,
        body,
        result,
        reason: denial?.reason ?? null,
      }),
    } satisfies AuditEntry;
  });
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

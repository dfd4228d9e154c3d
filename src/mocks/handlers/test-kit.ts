/*
 * Shared by the handler tests: a seeded backend behind msw/node, a small fetch helper, and the
 * domain's own view of a viewer, so a test can compare the handler's refusal with the decision
 * the UI would take for the same image, viewer and input.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Image, RegionId, RuleContext, Viewer } from '../../domain';
import type { Backend } from '../backend';
import { createTestServer } from '../node';
import { ruleContextFor } from '../rule-context';
import { projectIdOf } from '../seed/projects';
import { viewerFor } from '../viewer';

export const BASE = 'http://localhost';
export const REGION: RegionId = 'cn-north-4';

export const TOKENS = {
  alice: 'demo-token-alice',
  oliver: 'demo-token-oliver',
  gina: 'demo-token-gina',
  ivan: 'demo-token-ivan',
} as const;
export type UserName = keyof typeof TOKENS;

export interface ApiResponse {
  status: number;
  body: unknown;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    rule?: string;
    field?: string;
    field_errors?: { field: string; message: string }[];
  };
}

/** One backend per test file, its db reseeded before every test. */
export function useBackend(): { backend: () => Backend } {
  const { server, backend } = createTestServer({
    settings: { jobSpeed: 'instant', failureRate: 0, jobFailureRate: 0, latencyMs: 0 },
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    backend.reset('demo');
    backend.updateSettings({ jobSpeed: 'instant', failureRate: 0, jobFailureRate: 0, latencyMs: 0 });
  });
  afterAll(() => server.close());
  return { backend: () => backend };
}

export async function api(user: UserName | null, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (user) headers['X-Auth-Token'] = TOKENS[user];
  const response = await fetch(`${BASE}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

export const errorOf = (response: ApiResponse) => (response.body as ErrorBody).error;

export const accountOf: Record<UserName, string> = { alice: 'acme', oliver: 'acme', gina: 'globex', ivan: 'initech' };

/** The project of a demo user (`alice`) or of an account (`hooli`) in `region`. */
export function projectOf(user: string, region: RegionId = REGION): string {
  const account = user in accountOf ? accountOf[user as UserName] : user;
  return projectIdOf(account, region);
}

export function viewerOf(backend: Backend, user: UserName): Viewer {
  const who = viewerFor(backend.db(), TOKENS[user]);
  if (!who) throw new Error(`no viewer for ${user}`);
  return who.viewer;
}

/** The facts the rules read for `user` right now, as the handler builds them. */
export function rulesOf(backend: Backend, user: UserName): RuleContext {
  return ruleContextFor(backend.db(), viewerOf(backend, user), backend.clock.now());
}

let fixtureCount = 0;

/** A Normal, unencrypted system disk image owned by `owner`'s project in `region`, added to the db. */
export function addImage(backend: Backend, owner: string, overrides: Partial<Image> = {}): Image {
  fixtureCount += 1;
  const at = new Date(backend.clock.now()).toISOString();
  const regionId = overrides.regionId ?? REGION;
  const image: Image = {
    id: crypto.randomUUID(),
    name: `fixture-${fixtureCount}`,
    description: '',
    type: 'system',
    status: 'active',
    regionId,
    ownerProjectId: projectOf(owner, regionId),
    enterpriseProjectId: '0',
    osType: 'Linux',
    platform: 'Ubuntu',
    osVersion: 'Ubuntu 22.04 server 64bit',
    osBit: 64,
    architecture: 'x86',
    bootMode: 'bios',
    diskFormat: 'zvhd2',
    sizeGb: 20,
    minDiskGb: 40,
    minRamMb: 0,
    maxRamMb: null,
    nicMultiQueue: false,
    kmsKeyId: null,
    source: { kind: 'ecs', serverId: 'fixture-ecs', serverName: 'fixture-ecs' },
    publicImage: null,
    fromKooGallery: false,
    publishedInKooGallery: false,
    sourceServerHadCsbsBackup: false,
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  backend.db().images.push(image);
  backend.save();
  return image;
}

/** Adds member records straight to the db (test setup, not the API under test). */
export function addMember(
  backend: Backend,
  image: Image,
  projectId: string,
  status: 'pending' | 'accepted' | 'rejected' = 'pending',
) {
  const at = new Date(backend.clock.now()).toISOString();
  backend.db().members.push({ imageId: image.id, projectId, status, createdAt: at, updatedAt: at });
  backend.save();
}

export function membersOf(backend: Backend, image: Image) {
  return backend.db().members.filter((m) => m.imageId === image.id);
}

/** A deep copy of what a failed write must leave untouched. */
export function snapshot(backend: Backend) {
  const db = backend.db();
  return JSON.parse(JSON.stringify({ images: db.images, members: db.members, jobs: db.jobs })) as unknown;
}

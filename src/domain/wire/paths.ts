/*
 * Every route of the IMS API and of the supporting services, once. The client builds its URLs
 * with `to(params)`; the mock registers its handlers on `patterns` (MSW's `:param` form). Each
 * request goes to `/<service>/{region}/<the service's own path>` (DESIGN.md §3), so one entry is
 * one endpoint of ims-api.md or of a service, whatever the method.
 */

/** The `:name` parameters of a route pattern. */
type ParamsOf<T extends string> = T extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : T extends `${string}:${infer Name}`
    ? Name
    : never;

type ToArgs<P extends string> = [P] extends [never]
  ? [params?: Record<string, never>, query?: URLSearchParams]
  : [params: Record<P, string>, query?: URLSearchParams];

export interface ApiPath<P extends string = string> {
  /** The route as the client calls it, with `:param` placeholders. */
  readonly pattern: string;
  /** `pattern` and the other API versions the mock answers on the same handler (`v2.1`). */
  readonly patterns: readonly string[];
  /** The URL path with every parameter filled in (encoded) and the query, when it has any. */
  to(...args: ToArgs<P>): string;
}

function path<const T extends string>(pattern: T, aliases: readonly string[] = []): ApiPath<ParamsOf<T>> {
  return {
    pattern,
    patterns: [pattern, ...aliases],
    to: (...[params, query]: ToArgs<ParamsOf<T>>) => {
      const values: Readonly<Record<string, string>> = params ?? {};
      const filled = pattern.replace(/:(\w+)/g, (_, name: string) => {
        const value = values[name];
        if (value === undefined) throw new Error(`${pattern}: no value for :${name}`);
        return encodeURIComponent(value);
      });
      const search = query?.toString() ?? '';
      return search === '' ? filled : `${filled}?${search}`;
    },
  };
}

/** IMS (ims-api.md); the section of each endpoint in brackets. */
export const imsPaths = {
  /** GET: list images (§2). */
  images: path('/ims/:region/v2/cloudimages'),
  /** GET: one image (§3); PATCH: modify it (§4). */
  image: path('/ims/:region/v2/cloudimages/:imageId'),
  /** The Glance-style path of an image. GET answers as `image`; DELETE removes it (§9). */
  glanceImage: path('/ims/:region/v2/images/:imageId'),
  /** POST: create an image from an ECS, data disks, a file or an ISO file (§5, §8 E). */
  createImage: path('/ims/:region/v2/cloudimages/action', ['/ims/:region/v2.1/cloudimages/action']),
  /** POST: a data disk image from a file (§6). */
  createDataImage: path('/ims/:region/v1/cloudimages/dataimages/action', [
    '/ims/:region/v2.1/cloudimages/dataimages/action',
  ]),
  /** POST: fast import of a large file (§7). */
  quickImport: path('/ims/:region/v2/cloudimages/quickimport/action', [
    '/ims/:region/v2.1/cloudimages/quickimport/action',
  ]),
  /** POST: a full-ECS image (§8). */
  createWholeImage: path('/ims/:region/v1/cloudimages/wholeimages/action'),
  /** POST: replicate within the region (§10). */
  copy: path('/ims/:region/v1/cloudimages/:imageId/copy', ['/ims/:region/v2.1/cloudimages/:imageId/copy']),
  /** POST: replicate to another region (§11). */
  crossRegionCopy: path('/ims/:region/v1/cloudimages/:imageId/cross_region_copy'),
  /** POST: export to an OBS bucket (§12). */
  exportImage: path('/ims/:region/v1/cloudimages/:imageId/file', ['/ims/:region/v2.1/cloudimages/:imageId/file']),
  /** POST: publish in KooGallery (mock extension). */
  publish: path('/ims/:region/v1/cloudimages/:imageId/publish'),
  /** POST: share, DELETE: stop sharing, PUT: answer a share (§13.1–13.3). */
  members: path('/ims/:region/v1/cloudimages/members'),
  /** GET: the members of an image (§13.4). */
  imageMembers: path('/ims/:region/v1/:projectId/cloudimages/:imageId/members'),
  /** GET: one member of an image (§13.5). */
  imageMember: path('/ims/:region/v1/:projectId/cloudimages/:imageId/members/:memberId'),
  /** GET: an image's tags (§14.4); POST: add one (§14.1). */
  imageTags: path('/ims/:region/v2/:projectId/images/:imageId/tags'),
  /** POST: add or delete tags in one request (§14.2). */
  tagAction: path('/ims/:region/v2/:projectId/images/:imageId/tags/action'),
  /** DELETE: one tag (§14.3). */
  imageTag: path('/ims/:region/v2/:projectId/images/:imageId/tags/:key'),
  /** GET: every tag the project uses (§14.5). */
  projectTags: path('/ims/:region/v2/:projectId/images/tags'),
  /** GET: the image quota (§15). */
  quota: path('/ims/:region/v1/cloudimages/quota'),
  /** GET: every job of the account (mock extension for the task centre). */
  jobs: path('/ims/:region/v1/:projectId/jobs'),
  /** GET: one job (§16.1). */
  job: path('/ims/:region/v1/:projectId/jobs/:jobId'),
} as const;

export const ecsPaths = {
  /** GET: the project's ECSs. */
  servers: path('/ecs/:region/v1/:projectId/cloudservers/detail'),
  /** POST: create ECSs from an image (ECS API); answers a job. */
  createServers: path('/ecs/:region/v1/:projectId/cloudservers'),
  /** GET: the flavors of the region. */
  flavors: path('/ecs/:region/v1/:projectId/cloudservers/flavors'),
} as const;

export const evsPaths = {
  /** POST: create EVS disks, from a data disk image with `imageRef` (EVS API); answers a job. */
  createVolumes: path('/evs/:region/v2/:projectId/cloudvolumes'),
} as const;

export const bmsPaths = {
  /** GET: the project's bare metal servers. */
  servers: path('/bms/:region/v1/:projectId/baremetalservers/detail'),
} as const;

export const cbrPaths = {
  vaults: path('/cbr/:region/v3/:projectId/vaults'),
  backups: path('/cbr/:region/v3/:projectId/backups'),
} as const;

export const obsPaths = {
  /** GET: the account's buckets in every region. */
  buckets: path('/obs/:region/buckets'),
  /** GET: the objects of one bucket. */
  objects: path('/obs/:region/buckets/:bucket/objects'),
} as const;

export const kmsPaths = {
  keys: path('/kms/:region/v1.0/:projectId/kms/list-keys'),
} as const;

export const iamPaths = {
  regions: path('/iam/v3/regions'),
  projects: path('/iam/v3/projects'),
  /** The demo users, without tokens (mock extension). */
  identities: path('/iam/v3/auth/identities'),
  /** POST: sign in (password) and get a token in X-Subject-Token; GET: the token's own identity. */
  tokens: path('/iam/v3/auth/tokens'),
  enterpriseProjects: path('/iam/v3/enterprise-projects'),
  agencies: path('/iam/v3/agencies'),
} as const;

/** The audit trail (mock extension shaped like CTS). */
export const auditPaths = {
  traces: path('/audit/v1/traces'),
} as const;

/** The mock backend's own knobs. */
export const mockPaths = {
  settings: path('/mock/settings'),
  reset: path('/mock/reset'),
  notice: path('/mock/notice'),
} as const;

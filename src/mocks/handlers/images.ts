import type { Image, Member, Viewer } from '../../domain';
import { toImsImage, type WireView } from '../../domain/wire/image';
import { imageListQuerySchema, type ImageListQuery } from '../../domain/wire/image-list';
import { imsPaths, type ApiPath } from '../../domain/wire/paths';
import type { Db } from '../db/schema';
import { badRequest } from '../http/errors';
import { findVisibleImage, regionImageParams, regionParams } from '../http/lookup';
import { json, route, type Route } from '../http/pipeline';
import { listPublicImages, showPublicImage } from './public-images';

/** How the viewer sees an image: shared out by them, or a share they received. */
export function wireViewOf(db: Pick<Db, 'members'>, viewer: Viewer, image: Image): WireView {
  let shared = false;
  for (const m of db.members) {
    if (m.imageId !== image.id) continue;
    if (viewer.projectIds.includes(m.projectId) && !viewer.projectIds.includes(image.ownerProjectId))
      return { shared: true, member: { status: m.status, createdAt: m.createdAt } };
    shared = true;
  }
  return { shared };
}

// ---- list ----------------------------------------------------------------------------

interface Entry {
  image: Image;
  /** The viewer's member record when the image is shared with them. */
  received?: Member;
  /** Owned and shared with at least one project. */
  sharedOut: boolean;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const SORT_KEYS: Record<Exclude<ImageListQuery['sort_key'], 'shared_at'>, (a: Image, b: Image) => number> = {
  created_at: (a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  name: (a, b) => collator.compare(a.name, b.name),
  size: (a, b) => a.sizeGb - b.sizeGb,
  status: (a, b) => (a.status < b.status ? -1 : a.status > b.status ? 1 : 0),
  id: () => 0,
  disk_format: (a, b) => (a.diskFormat < b.diskFormat ? -1 : a.diskFormat > b.diskFormat ? 1 : 0),
  min_disk: (a, b) => a.minDiskGb - b.minDiskGb,
};

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A total order (id breaks ties), so a marker finds its place even after the list changed. */
function comparator(query: ImageListQuery) {
  const key = query.sort_key;
  // An owned image has no shared-at time: it sorts as the oldest.
  const byKey =
    key === 'shared_at'
      ? (a: Entry, b: Entry) => compareText(a.received?.createdAt ?? '', b.received?.createdAt ?? '')
      : (a: Entry, b: Entry) => SORT_KEYS[key](a.image, b.image);
  const sign = query.sort_dir === 'asc' ? 1 : -1;
  return (a: Entry, b: Entry) => sign * (byKey(a, b) || compareText(a.image.id, b.image.id));
}

/** Whether the image belongs in the listing asked for (`__imagetype`, `visibility`, `member_status`). */
function inScope(entry: Entry, query: ImageListQuery): boolean {
  const owned = entry.received === undefined;
  switch (query.__imagetype) {
    case 'gold': // served by public-images.ts
    case 'market':
      return false; // marketplace images are not served by this mock
    case 'private':
      if (!owned) return false;
      break;
    case 'shared':
      if (owned && !(query.visibility === 'shared' && entry.sharedOut)) return false;
      break;
    case undefined:
      // Everything the viewer can use: their own images and the shares they accepted.
      if (!owned && query.member_status === undefined && entry.received?.status !== 'accepted') return false;
  }
  if (query.visibility === 'public') return false;
  if (query.visibility === 'private' && !(owned && !entry.sharedOut)) return false;
  if (query.visibility === 'shared' && owned && !entry.sharedOut) return false;
  if (query.member_status !== undefined && entry.received?.status !== query.member_status) return false;
  return true;
}

const ENV_TYPE = { system: 'FusionCompute', whole: 'FusionCompute', data: 'DataImage', iso: 'IsoImage' } as const;

function matches(image: Image, query: ImageListQuery): boolean {
  if (query.id !== undefined && image.id !== query.id) return false;
  if (query.name !== undefined && image.name !== query.name) return false;
  if (query.name_like !== undefined && !image.name.toLowerCase().includes(query.name_like.toLowerCase())) return false;
  if (query.status !== undefined && image.status !== query.status) return false;
  if (query.__os_type !== undefined && image.osType !== query.__os_type) return false;
  if (query.__platform !== undefined && image.platform !== query.__platform) return false;
  if (query.__os_bit !== undefined && String(image.osBit) !== query.__os_bit) return false;
  if (query.architecture !== undefined && image.architecture !== query.architecture) return false;
  if (query.__support_arm !== undefined && (image.architecture === 'arm') !== (query.__support_arm === 'true'))
    return false;
  if (query.hw_firmware_type !== undefined && image.bootMode !== query.hw_firmware_type) return false;
  // Every image of this mock is a KVM one (FusionCompute or Ironic); none is protected.
  if (query.__support_kvm === 'false' || query.protected === 'true') return false;
  if (query.__whole_image !== undefined && (image.type === 'whole') !== (query.__whole_image === 'true')) return false;
  if (query.disk_format !== undefined && image.diskFormat !== query.disk_format) return false;
  if (
    query.enterprise_project_id !== undefined &&
    query.enterprise_project_id !== 'all_granted_eps' &&
    image.enterpriseProjectId !== query.enterprise_project_id
  )
    return false;
  if (query.owner !== undefined && image.ownerProjectId !== query.owner) return false;
  if (query.virtual_env_type !== undefined) {
    const env = image.source.kind === 'bms' ? 'Ironic' : ENV_TYPE[image.type];
    if (env !== query.virtual_env_type) return false;
  }
  if (query.__system__cmkid !== undefined && image.kmsKeyId !== query.__system__cmkid) return false;
  if (query.__encrypted !== undefined && (image.kmsKeyId !== null) !== (query.__encrypted === 'true')) return false;
  for (const filter of query.tag ?? [])
    if (!image.tags.some((t) => t.key === filter.key && (filter.value === undefined || t.value === filter.value)))
      return false;
  return true;
}

/** Index of the first entry after the marker, found by the sort order (binary search). */
function startAfter(sorted: Entry[], marker: Entry, compare: (a: Entry, b: Entry) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(sorted[mid] as Entry, marker) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

const listImages = route(
  'get',
  imsPaths.images,
  { params: regionParams, query: imageListQuerySchema },
  ({ db, viewer, params, query }) => {
    if (query.__imagetype === 'gold') return listPublicImages(params.region, query);
    // One pass over the members, so the list stays linear on the large scenario.
    const sharedOut = new Set<string>();
    const received = new Map<string, Member>();
    const mine = new Set(viewer.projectIds);
    for (const m of db.members) {
      sharedOut.add(m.imageId);
      if (mine.has(m.projectId)) received.set(m.imageId, m);
    }
    const visible: Entry[] = [];
    for (const image of db.images) {
      if (image.regionId !== params.region) continue;
      if (mine.has(image.ownerProjectId)) visible.push({ image, sharedOut: sharedOut.has(image.id) });
      else {
        const member = received.get(image.id);
        if (member) visible.push({ image, received: member, sharedOut: false });
      }
    }
    const compare = comparator(query);
    const found = visible.filter((e) => inScope(e, query) && matches(e.image, query)).sort(compare);
    let start = 0;
    if (query.marker !== undefined) {
      const marker = visible.find((e) => e.image.id === query.marker);
      if (!marker)
        throw badRequest(`Marker ${query.marker} is not an image you can see in ${params.region}.`, [
          { field: 'query.marker', message: 'No such image.' },
        ]);
      start = startAfter(found, marker, compare);
    }
    const page = found.slice(start, start + query.limit);
    const last = page.at(-1);
    return json({
      images: page.map((e) =>
        toImsImage(
          e.image,
          e.received
            ? { shared: true, member: { status: e.received.status, createdAt: e.received.createdAt } }
            : { shared: e.sharedOut },
        ),
      ),
      total: found.length,
      ...(last && start + page.length < found.length ? { next_marker: last.image.id } : {}),
    });
  },
);

// ---- detail -------------------------------------------------------------------------

const showImage = (path: ApiPath) =>
  route('get', path, { params: regionImageParams }, (ctx) => {
    const publicImage = showPublicImage(ctx.params.region, ctx.params.imageId);
    if (publicImage) return publicImage;
    const image = findVisibleImage(ctx, ctx.params.region, ctx.params.imageId);
    return json(toImsImage(image, wireViewOf(ctx.db, ctx.viewer, image)));
  });

export const imageRoutes: Route[] = [listImages, showImage(imsPaths.image), showImage(imsPaths.glanceImage)];

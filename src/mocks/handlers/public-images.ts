import type { PublicImage, RegionId } from '../../domain';
import type { ImageListQuery } from '../../domain/wire/image-list';
import { PUBLIC_IMAGE_OWNER, toImsPublicImage } from '../../domain/wire/public-image';
import { badRequest } from '../http/errors';
import { json } from '../http/pipeline';
import { findPublicImage, publicImagesIn } from '../seed/public-images';

/*
 * The public images of a region (`GET /v2/cloudimages?__imagetype=gold`) and one of them
 * (`GET /v2/cloudimages/{id}`): the list route and the detail route of `images.ts` hand a gold
 * request, or a public image's ID, to this file. Every tenant sees the same public images, so
 * there is no viewer filter. Writes to a public image are refused where every write finds its
 * image (`findVisibleImage`, http/lookup.ts).
 */

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const SORT_KEYS: Record<ImageListQuery['sort_key'], (a: PublicImage, b: PublicImage) => number> = {
  created_at: (a, b) => compareText(a.createdAt, b.createdAt),
  name: (a, b) => collator.compare(a.name, b.name),
  size: (a, b) => a.sizeGb - b.sizeGb,
  min_disk: (a, b) => a.minDiskGb - b.minDiskGb,
  // Every public image is active, zvhd2 and never shared: these keys leave the order to the ID.
  status: () => 0,
  disk_format: () => 0,
  shared_at: () => 0,
  id: () => 0,
};

/** A total order (the ID breaks ties), so a marker finds its place. */
function comparator(query: ImageListQuery) {
  const byKey = SORT_KEYS[query.sort_key];
  const sign = query.sort_dir === 'asc' ? 1 : -1;
  return (a: PublicImage, b: PublicImage) => sign * (byKey(a, b) || compareText(a.id, b.id));
}

/** The list box: part of the name, the ID or the OS version, or the OS type or family. */
function matchesSearch(image: PublicImage, text: string): boolean {
  const t = text.toLowerCase();
  return (
    image.name.toLowerCase().includes(t) ||
    image.id.toLowerCase().includes(t) ||
    image.osVersion.toLowerCase().includes(t) ||
    image.osType.toLowerCase() === t ||
    image.platform.toLowerCase() === t
  );
}

/**
 * The filters of the list query, as a public image answers them. Filters on what a public image
 * never has (tags, encryption, members, a full-ECS type, another visibility) match nothing.
 */
function matches(image: PublicImage, query: ImageListQuery): boolean {
  if (query.visibility !== undefined && query.visibility !== 'public') return false;
  if (query.member_status !== undefined || query.tag !== undefined) return false;
  if (query.__whole_image === 'true' || query.__encrypted === 'true' || query.__system__cmkid !== undefined)
    return false;
  if (query.protected === 'false' || query.__support_kvm === 'false') return false;
  if (query.owner !== undefined && query.owner !== PUBLIC_IMAGE_OWNER) return false;
  if (query.virtual_env_type !== undefined && query.virtual_env_type !== 'FusionCompute') return false;
  if (query.disk_format !== undefined && query.disk_format !== 'zvhd2') return false;
  if (query.status !== undefined && query.status !== image.status) return false;
  if (query.id !== undefined && image.id !== query.id) return false;
  if (query.name !== undefined && image.name !== query.name) return false;
  if (query.name_like !== undefined && !image.name.toLowerCase().includes(query.name_like.toLowerCase())) return false;
  if (query.search !== undefined && query.search !== '' && !matchesSearch(image, query.search)) return false;
  if (query.__os_type !== undefined && image.osType !== query.__os_type) return false;
  if (query.__platform !== undefined && image.platform !== query.__platform) return false;
  if (query.__os_bit !== undefined && String(image.osBit) !== query.__os_bit) return false;
  if (query.architecture !== undefined && image.architecture !== query.architecture) return false;
  if (query.__support_arm !== undefined && (image.architecture === 'arm') !== (query.__support_arm === 'true'))
    return false;
  if (query.hw_firmware_type !== undefined && image.bootMode !== query.hw_firmware_type) return false;
  return true;
}

/** One page of the region's public images; the same paging as the other lists (`marker`, `total`, `next_marker`). */
export function listPublicImages(region: RegionId, query: ImageListQuery): Response {
  const all = publicImagesIn(region);
  const compare = comparator(query);
  const found = all.filter((i) => matches(i, query)).sort(compare);
  let start = 0;
  if (query.marker !== undefined) {
    const marker = findPublicImage(region, query.marker);
    if (!marker)
      throw badRequest(`Marker ${query.marker} is not a public image of ${region}.`, [
        { field: 'query.marker', message: 'No such image.' },
      ]);
    start = found.findIndex((i) => compare(i, marker) > 0);
    if (start === -1) start = found.length;
  }
  const page = found.slice(start, start + query.limit);
  const last = page.at(-1);
  return json({
    images: page.map(toImsPublicImage),
    total: found.length,
    ...(last && start + page.length < found.length ? { next_marker: last.id } : {}),
  });
}

/** The public image of that ID as `GET /v2/cloudimages/{id}` answers it, or undefined when it is none. */
export function showPublicImage(region: RegionId, imageId: string): Response | undefined {
  const image = findPublicImage(region, imageId);
  return image ? json(toImsPublicImage(image)) : undefined;
}

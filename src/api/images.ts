import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Image, RegionId } from '../domain';
import { fromImsImage, imsImageSchema, type ImsImage } from '../domain/wire/image';
import { type ImageListQueryInput, imageListSearchParams, imsImagePageSchema } from '../domain/wire/image-list';
import { imsQuotaSchema } from '../domain/wire/quota';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';

export interface ImageRow {
  image: Image;
  /** The wire object, for what the domain model leaves out (member status, shared-at). */
  wire: ImsImage;
}

export interface ImagePage {
  rows: ImageRow[];
  total: number;
  nextMarker: string | undefined;
}

export const imageKeys = {
  all: ['images'] as const,
  lists: () => [...imageKeys.all, 'list'] as const,
  list: (region: RegionId, query: ImageListQueryInput) => [...imageKeys.lists(), region, query] as const,
  details: () => [...imageKeys.all, 'detail'] as const,
  detail: (region: RegionId, id: string) => [...imageKeys.details(), region, id] as const,
  quota: (region: RegionId) => [...imageKeys.all, 'quota', region] as const,
};

const TRANSITIONAL = new Set(['queued', 'saving']);
/** Lists and details refresh on their own while an image is still being created. */
export const TRANSITIONAL_REFRESH_MS = 2000;

/**
 * A list answer as rows. Real IMS answers `{images}` only: without the mock's `total` the page's
 * own count is what is known.
 */
export function imagePageOf(body: unknown, region: RegionId): ImagePage {
  const page = imsImagePageSchema.parse(body);
  return {
    rows: page.images.map((wire) => ({ image: fromImsImage(wire, region), wire })),
    total: page.total ?? page.images.length,
    nextMarker: page.next_marker,
  };
}

/** A detail answer (`GET /v2/images/{id}`) as a row. */
export function imageRowOf(body: unknown, region: RegionId): ImageRow {
  const wire = imsImageSchema.parse(body);
  return { image: fromImsImage(wire, region), wire };
}

export function imageListQuery(region: RegionId, query: ImageListQueryInput) {
  return queryOptions({
    queryKey: imageKeys.list(region, query),
    queryFn: async ({ signal }): Promise<ImagePage> => {
      const params = imageListSearchParams(query);
      return imagePageOf(await imsFetch(imsPaths.images.to({ region }, params), { signal }), region);
    },
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.rows.some((r) => TRANSITIONAL.has(r.image.status)) ? TRANSITIONAL_REFRESH_MS : false,
  });
}

/** Read through an operation real IMS has: `GET /v2/images/{id}` (the native OpenStack API). */
export function imageDetailQuery(region: RegionId, id: string) {
  return queryOptions({
    queryKey: imageKeys.detail(region, id),
    queryFn: async ({ signal }): Promise<ImageRow> => {
      return imageRowOf(await imsFetch(imsPaths.glanceImage.to({ region, imageId: id }), { signal }), region);
    },
    refetchInterval: (q) =>
      q.state.data && TRANSITIONAL.has(q.state.data.image.status) ? TRANSITIONAL_REFRESH_MS : false,
  });
}

export interface Quota {
  used: number;
  limit: number;
}

export function quotaQuery(region: RegionId) {
  return queryOptions({
    queryKey: imageKeys.quota(region),
    queryFn: async ({ signal }): Promise<Quota> => {
      const body = imsQuotaSchema.parse(await imsFetch(imsPaths.quota.to({ region }), { signal }));
      const image = body.quotas.resources.find((r) => r.type === 'image');
      return { used: image?.used ?? 0, limit: image?.quota ?? 0 };
    },
  });
}

import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { Architecture, BootMode, Platform, PublicImage, RegionId } from '../domain';
import { imageListSearchParams, type ImageListQueryInput } from '../domain/wire/image-list';
import { imsPaths } from '../domain/wire/paths';
import {
  fromImsPublicImage,
  imsPublicImagePageSchema,
  imsPublicImageSchema,
  type ImsPublicImage,
} from '../domain/wire/public-image';
import { imsFetch } from './client';
import { imageKeys } from './images';

/*
 * The cloud's public images of a region: the list (`GET /v2/cloudimages?__imagetype=gold`, as
 * the IMS console asks, ims-api.md §2) and one image. Their keys sit under `imageKeys.all`, so
 * the lists' Refresh reloads them too.
 */

export type PublicSortKey = 'name' | 'min_disk' | 'created_at';

export interface PublicListParams {
  /** Part of the name, the ID or the OS, or the OS type (mock extension `search`). */
  search?: string;
  platform?: Platform;
  architecture?: Architecture;
  bootMode?: BootMode;
  sortKey: PublicSortKey;
  sortDir: 'asc' | 'desc';
  limit: number;
  marker?: string;
}

export interface PublicImageRow {
  image: PublicImage;
  wire: ImsPublicImage;
}

export interface PublicImagePage {
  rows: PublicImageRow[];
  total: number;
  nextMarker: string | undefined;
}

export const publicImageKeys = {
  all: [...imageKeys.all, 'public'] as const,
  list: (region: RegionId, query: ImageListQueryInput) => [...publicImageKeys.all, 'list', region, query] as const,
  detail: (region: RegionId, id: string) => [...publicImageKeys.all, 'detail', region, id] as const,
};

export function publicListQueryInput(params: PublicListParams): ImageListQueryInput {
  return {
    __imagetype: 'gold',
    visibility: 'public',
    protected: 'true',
    sort_key: params.sortKey,
    sort_dir: params.sortDir,
    limit: params.limit,
    ...(params.search ? { search: params.search } : {}),
    ...(params.platform ? { __platform: params.platform } : {}),
    ...(params.architecture ? { architecture: params.architecture } : {}),
    ...(params.bootMode ? { hw_firmware_type: params.bootMode } : {}),
    ...(params.marker ? { marker: params.marker } : {}),
  };
}

/** One page of the region's public images, paged on the server. */
export function publicImagesQuery(region: RegionId, params: PublicListParams) {
  const query = publicListQueryInput(params);
  return queryOptions({
    queryKey: publicImageKeys.list(region, query),
    queryFn: async ({ signal }): Promise<PublicImagePage> => {
      const url = imsPaths.images.to({ region }, imageListSearchParams(query));
      const page = imsPublicImagePageSchema.parse(await imsFetch(url, { signal }));
      return {
        rows: page.images.map((wire) => ({ image: fromImsPublicImage(wire, region), wire })),
        total: page.total,
        nextMarker: page.next_marker,
      };
    },
    placeholderData: keepPreviousData,
    // The cloud's catalogue changes rarely: no refetch on every focus.
    staleTime: 5 * 60_000,
  });
}

/** One public image (`GET /v2/cloudimages/{id}`); a private image's ID is not one (the parse fails). */
export function publicImageDetailQuery(region: RegionId, id: string) {
  return queryOptions({
    queryKey: publicImageKeys.detail(region, id),
    queryFn: async ({ signal }): Promise<PublicImageRow> => {
      const wire = imsPublicImageSchema.parse(await imsFetch(imsPaths.image.to({ region, imageId: id }), { signal }));
      return { image: fromImsPublicImage(wire, region), wire };
    },
    staleTime: 5 * 60_000,
  });
}

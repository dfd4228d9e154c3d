import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Image, MemberStatus, RegionId } from '../domain';
import type { ImageListQueryInput } from '../domain/wire/image-list';
import { jobAcceptedSchema } from '../domain/wire/job';
import { updateMembersBody } from '../domain/wire/share';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageListQuery } from './images';
import { refreshAfterShare } from './share';

/*
 * The recipient's side of sharing: the images other projects shared with the viewer, and the
 * answers to them (accept, reject, accept everything pending).
 */

export type SharedSortKey = 'shared_at' | 'name' | 'size';

/** One page of the images shared with the viewer's project in a region (mock extension: `owner`, `name_like`). */
export interface SharedListParams {
  memberStatus: MemberStatus;
  nameLike?: string;
  /** The owner's project id. */
  owner?: string;
  sortKey: SharedSortKey;
  sortDir: 'asc' | 'desc';
  limit: number;
  marker?: string;
}

export function sharedListQueryInput(params: SharedListParams): ImageListQueryInput {
  return {
    __imagetype: 'shared',
    member_status: params.memberStatus,
    sort_key: params.sortKey,
    sort_dir: params.sortDir,
    limit: params.limit,
    ...(params.nameLike ? { name_like: params.nameLike } : {}),
    ...(params.owner ? { owner: params.owner } : {}),
    ...(params.marker ? { marker: params.marker } : {}),
  };
}

/** `GET /v2/cloudimages?__imagetype=shared&member_status=…`, paged on the server. */
export function sharedImagesQuery(region: RegionId, params: SharedListParams) {
  return imageListQuery(region, sharedListQueryInput(params));
}

export interface AnswerRequest {
  images: readonly Image[];
  /** The viewer's project in the images' region. */
  projectId: string;
  status: Exclude<MemberStatus, 'pending'>;
  /** A CBR vault of the viewer's, to accept a full-ECS image. */
  vaultId?: string;
}

/** Recipient side: accept or reject shares (a rejected one may be accepted again). */
export function useAnswerShares() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ images, projectId, status, vaultId }: AnswerRequest) => {
      const region = images[0]?.regionId ?? 'cn-north-4';
      const body = updateMembersBody(
        images.map((i) => i.id),
        { status, projectId, ...(vaultId ? { vaultId } : {}) },
      );
      const wire = await imsFetch(imsPaths.members.to({ region }), {
        method: 'PUT',
        body: JSON.stringify(body),
      });
      return jobAcceptedSchema.parse(wire).job_id;
    },
    onSettled: () => refreshAfterShare(client),
  });
}

/** IMS answers at most this many images per request (ims-api.md §13.3). */
const ANSWER_BATCH = 100;

/**
 * Recipient side: accept every pending share of a region, a page at a time (an accepted image
 * leaves the pending list, so each round reads the first page again). Answers how many were accepted.
 */
export function useAcceptAllPending() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ region, projectId, vaultId }: { region: RegionId; projectId: string; vaultId?: string }) => {
      let accepted = 0;
      for (;;) {
        const page = await client.fetchQuery({
          ...sharedImagesQuery(region, {
            memberStatus: 'pending',
            sortKey: 'shared_at',
            sortDir: 'desc',
            limit: ANSWER_BATCH,
          }),
          staleTime: 0,
        });
        if (page.rows.length === 0) return accepted;
        const body = updateMembersBody(
          page.rows.map((r) => r.image.id),
          { status: 'accepted', projectId, ...(vaultId ? { vaultId } : {}) },
        );
        await imsFetch(imsPaths.members.to({ region }), { method: 'PUT', body: JSON.stringify(body) });
        accepted += page.rows.length;
      }
    },
    onSettled: () => refreshAfterShare(client),
  });
}

import { z } from 'zod';
import { pageLimitSchema } from './query';
import { memberStatusSchema, type Member } from '../model/member';
import type { AcceptField, AcceptInput } from '../rules/received';
import type { ShareField, ShareInput } from '../rules/share';
import type { BodyFieldTable } from './error';

/** IMS ids are UUIDs or 32-hex strings; the bound only keeps absurd input out of messages. */
const id = z.string().trim().min(1).max(128);

/** The console sends at most 100 recipients per share action (ims-api.md §13.1). */
export const MAX_SHARE_PROJECTS = 100;
export const MAX_BATCH_IMAGES = 100;

const imageIds = z.array(id).min(1).max(MAX_BATCH_IMAGES);

/**
 * POST and DELETE /v1/cloudimages/members. IMS also knows `domains` and `organizations`; the
 * console shares with projects only, so `projects` is required here.
 */
export const membersBodySchema = z.object({
  images: imageIds,
  projects: z.array(id).min(1).max(MAX_SHARE_PROJECTS),
});
export type MembersBody = z.infer<typeof membersBodySchema>;

/** The share input's field each body key is; `images` names no field of the dialog. */
export const membersBodyFields = { projects: 'projectIds' } as const satisfies Partial<
  Record<keyof MembersBody, ShareField>
> &
  BodyFieldTable;

/** PUT /v1/cloudimages/members: the recipient answers for its own project. */
export const updateMembersBodySchema = z.object({
  images: imageIds,
  project_id: id,
  status: z.enum(['accepted', 'rejected']),
  vault_id: id.optional(),
});
export type UpdateMembersBody = z.infer<typeof updateMembersBodySchema>;

/** The accept input's field each body key is. */
export const updateMembersBodyFields = {
  project_id: 'projectId',
  status: 'status',
  vault_id: 'vaultId',
} as const satisfies Partial<Record<keyof UpdateMembersBody, AcceptField>> & BodyFieldTable;

/** IAM project ids are 32 hexadecimal characters (ims-api.md §13.1). */
const PROJECT_ID = /^[0-9a-f]{32}$/i;

/** What is wrong with the form of a recipient project id, before asking whether it exists. */
export function projectIdFormatProblem(text: string): string | undefined {
  if (PROJECT_ID.test(text)) return undefined;
  return `"${text}" is not a project ID: a project ID is 32 hexadecimal characters (0-9, a-f).`;
}

/** Recipient ids pasted or typed: separated by spaces, commas, semicolons or new lines; each once, in order. */
export function parseProjectIds(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter((t) => t !== ''))];
}

/** GET .../members: `limit` 1–1000 (default 500), `marker` opaque base64 (ims-api.md §13.4). */
export const memberListQuerySchema = z.object({
  limit: pageLimitSchema(1000).optional(),
  marker: z.string().min(1).max(512).optional(),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;
export const DEFAULT_MEMBER_PAGE = 500;

/** The member object of ims-api.md §13.4. */
export const imsMemberSchema = z.object({
  status: memberStatusSchema,
  created_at: z.string(),
  updated_at: z.string(),
  image_id: z.string(),
  member_id: z.string(),
  schema: z.literal('/v2/schemas/member'),
  member_type: z.literal('project'),
});
export type ImsMember = z.infer<typeof imsMemberSchema>;

export const memberListSchema = z.object({
  members: z.array(imsMemberSchema),
  schema: z.literal('/v2/schemas/members'),
  page_info: z.object({ next_marker: z.string().optional(), current_count: z.number().int() }),
});
export type MemberList = z.infer<typeof memberListSchema>;

/** IMS member times are UTC to the second: `YYYY-MM-DDThh:mm:ssZ`. */
export function imsTime(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

export function toImsMember(member: Member): ImsMember {
  return {
    status: member.status,
    created_at: imsTime(member.createdAt),
    updated_at: imsTime(member.updatedAt),
    image_id: member.imageId,
    member_id: member.projectId,
    schema: '/v2/schemas/member',
    member_type: 'project',
  };
}

export function fromImsMember(wire: ImsMember): Member {
  return {
    imageId: wire.image_id,
    projectId: wire.member_id,
    status: wire.status,
    createdAt: wire.created_at,
    updatedAt: wire.updated_at,
  };
}

/** The page marker names the last member returned; base64 keeps it opaque, as IMS does. */
export function encodeMemberMarker(memberId: string): string {
  return btoa(encodeURIComponent(memberId));
}

/** The member id a marker names, or undefined when it is not one of ours. */
export function decodeMemberMarker(marker: string): string | undefined {
  try {
    return decodeURIComponent(atob(marker));
  } catch {
    return undefined;
  }
}

export function shareInputOf(body: Pick<MembersBody, 'projects'>): ShareInput {
  return { projectIds: [...new Set(body.projects)] };
}

export function acceptInputOf(body: UpdateMembersBody): AcceptInput {
  return {
    status: body.status,
    projectId: body.project_id,
    ...(body.vault_id !== undefined ? { vaultId: body.vault_id } : {}),
  };
}

/** Request bodies the console sends, built from the dialog's values. */
export function membersBody(imageIds: readonly string[], input: ShareInput): MembersBody {
  return { images: [...imageIds], projects: [...input.projectIds] };
}

export function updateMembersBody(
  imageIds: readonly string[],
  input: AcceptInput & { projectId: string },
): UpdateMembersBody {
  return {
    images: [...imageIds],
    project_id: input.projectId,
    status: input.status,
    ...(input.vaultId !== undefined ? { vault_id: input.vaultId } : {}),
  };
}

import { z } from 'zod';
import type { Tag } from '../model/image';
import { applyTagAction, type TagAction, type TagsField, type TagsInput } from '../rules/tags';
import type { BodyFieldTable } from './error';

/*
 * Bodies are typed here and nothing more: length, charset, uniqueness and count are the rules'
 * (tags.key, tags.value, tags.limit), so a refusal names the rule the tag editor shows.
 */
const tagSchema = z.object({ key: z.string(), value: z.string() });

/** POST /v2/{project_id}/images/{image_id}/tags (ims-api.md §14.1): value present, may be "". */
export const addTagBodySchema = z.object({ tag: tagSchema });
export type AddTagBody = z.infer<typeof addTagBodySchema>;

/**
 * Batch delete only length-checks (key ≤127, value ≤255) and leaves `value` optional (§14.2);
 * an unknown key is deleted silently.
 */
const deleteTagSchema = z.object({ key: z.string().min(1).max(127), value: z.string().max(255).optional() });

/** POST /v2/{project_id}/images/{image_id}/tags/action; `action` is case-sensitive. */
export const tagActionBodySchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create'), tags: z.array(tagSchema).min(1) }),
  z.object({ action: z.literal('delete'), tags: z.array(deleteTagSchema).min(1) }),
]);
export type TagActionBody = z.infer<typeof tagActionBodySchema>;

/**
 * The tag rules' field each body key is: a batch row `tags.3.key` is the editor's row 3. (The
 * single-tag POST has no row until the image's tags are known, so its `tag.*` keep their names.)
 */
export const tagActionBodyFields = { tags: 'tags' } as const satisfies Record<string, TagsField> & BodyFieldTable;

/** GET .../images/{image_id}/tags (§14.4). */
export const imageTagsSchema = z.object({ tags: z.array(tagSchema) });
export type ImageTags = z.infer<typeof imageTagsSchema>;

/** GET .../images/tags (§14.5): every key with its values; a key-only tag lists "". */
export const tenantTagsSchema = z.object({
  tags: z.array(z.object({ key: z.string(), values: z.array(z.string()) })),
});
export type TenantTags = z.infer<typeof tenantTagsSchema>;

function hasDuplicateKeys(tags: readonly Pick<Tag, 'key'>[]): boolean {
  return new Set(tags.map((t) => t.key)).size !== tags.length;
}

/**
 * The tag set the rules judge after a batch action. A create naming a key twice has no single
 * result, so the set is what a tag editor would hold: untouched tags, then every submitted row;
 * `tagSetDenials` then refuses the repeated key with tags.key.
 */
export function tagsInputOf(existing: readonly Tag[], action: TagAction, tags: readonly Tag[]): TagsInput {
  if (action === 'create' && hasDuplicateKeys(tags))
    return { tags: [...applyTagAction(existing, 'delete', tags), ...tags] };
  return { tags: applyTagAction(existing, action, tags) };
}

/** Delete rows carry no value when the caller gave none; the rules read keys only there. */
export function tagActionRows(body: TagActionBody): Tag[] {
  return body.tags.map((t) => ({ key: t.key, value: t.value ?? '' }));
}

/** Every key of `tags` with its distinct values, sorted, as §14.5 answers. */
export function tenantTagsOf(tags: Iterable<Tag>): TenantTags {
  const byKey = new Map<string, Set<string>>();
  for (const tag of tags) {
    const values = byKey.get(tag.key) ?? new Set<string>();
    values.add(tag.value);
    byKey.set(tag.key, values);
  }
  return {
    tags: [...byKey.keys()].sort().map((key) => ({ key, values: [...(byKey.get(key) ?? [])].sort() })),
  };
}

/**
 * The batch requests that turn `before` into `after`: removed keys first, so a full image has room
 * for what replaces them, then new and changed tags (IMS has no "replace all"). Nothing when equal.
 */
export function tagEditRequests(before: readonly Tag[], after: readonly Tag[]): TagActionBody[] {
  const kept = new Set(after.map((t) => t.key));
  const removed = before.filter((t) => !kept.has(t.key));
  const written = after.filter((t) => !before.some((b) => b.key === t.key && b.value === t.value));
  const requests: TagActionBody[] = [];
  if (removed.length > 0)
    requests.push({ action: 'delete', tags: removed.map((t) => ({ key: t.key, value: t.value })) });
  if (written.length > 0)
    requests.push({ action: 'create', tags: written.map((t) => ({ key: t.key, value: t.value })) });
  return requests;
}

/** The tags an image has once `requests` succeeded, in the order the backend keeps them. */
export function tagsAfter(existing: readonly Tag[], requests: readonly TagActionBody[]): Tag[] {
  return requests.reduce<Tag[]>((tags, body) => applyTagAction(tags, body.action, tagActionRows(body)), [...existing]);
}

// ---- tags in create requests (ims-api.md §5–8) ------------------------------------------------

/** Old-style tags are `key.value`; new-style `image_tags` are objects. A request uses one of them. */
export const tagFields = {
  tags: z.array(z.string()).optional(),
  image_tags: z.array(z.object({ key: z.string(), value: z.string() })).optional(),
};

export function oneTagStyle(body: { tags?: unknown; image_tags?: unknown }, ctx: z.RefinementCtx) {
  if (body.tags !== undefined && body.image_tags !== undefined)
    ctx.addIssue({ code: 'custom', path: ['image_tags'], message: 'Give tags or image_tags, not both.' });
}

/** The tags a create request asks for, in the domain's shape. */
export function requestedTags(body: { tags?: readonly string[]; image_tags?: readonly Tag[] }): Tag[] {
  if (body.image_tags) return body.image_tags.map((t) => ({ key: t.key, value: t.value }));
  return (body.tags ?? []).map((text) => {
    const dot = text.indexOf('.');
    return dot === -1 ? { key: text, value: '' } : { key: text.slice(0, dot), value: text.slice(dot + 1) };
  });
}

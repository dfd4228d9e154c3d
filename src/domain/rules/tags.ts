import { LIMITS } from '../limits';
import type { Viewer } from '../model/account';
import type { Image, Tag } from '../model/image';
import { deny, onField } from './catalogue';
import type { RuleContext } from './context';
import type { Decision, Denial, FieldOf } from './decision';
import { collect, decide, owns, readOnly, type Denials } from './engine';

export type TagAction = 'create' | 'delete';

export interface TagsInput {
  /** The image's tags after the change. */
  tags: readonly Tag[];
}

/** The fields a denial of this operation may name: the input's own names. */
export type TagsField = FieldOf<TagsInput>;

const KEY_CHAR = /^[A-Za-z0-9_\-\u4E00-\u9FFF]$/;
const VALUE_CHAR = /^[A-Za-z0-9_.\-\u4E00-\u9FFF]$/;

function charProblem(text: string, allowed: RegExp): string | undefined {
  if (text !== text.trim()) return 'starts or ends with a space';
  const bad = [...text].find((c) => !allowed.test(c));
  return bad === undefined ? undefined : `contains "${bad}", which is not allowed`;
}

export function tagKeyProblem(key: string): string | undefined {
  if (key.length === 0) return 'is empty; a key needs 1 to 36 characters';
  if (key.length > LIMITS.tagKeyMaxLength)
    return `is ${key.length} characters long; at most ${LIMITS.tagKeyMaxLength} are allowed`;
  return charProblem(key, KEY_CHAR);
}

export function tagValueProblem(value: string): string | undefined {
  if (value.length > LIMITS.tagValueMaxLength)
    return `is ${value.length} characters long; at most ${LIMITS.tagValueMaxLength} are allowed`;
  return charProblem(value, VALUE_CHAR);
}

/** Every problem of a tag set, each on its row and field (`tags.3.key`), for the editor. */
export function* tagSetDenials(tags: readonly Tag[]): Denials<TagsField> {
  const seen = new Set<string>();
  for (const [index, tag] of tags.entries()) {
    const keyProblem = tagKeyProblem(tag.key) ?? (seen.has(tag.key) ? 'is used twice; keys must be unique' : undefined);
    if (keyProblem) yield onField(deny('tags.key', { key: tag.key, problem: keyProblem }), `tags.${index}.key`);
    seen.add(tag.key);
    const valueProblem = tagValueProblem(tag.value);
    if (valueProblem)
      yield onField(deny('tags.value', { value: tag.value, problem: valueProblem }), `tags.${index}.value`);
  }
  yield* limitDenials(tags.length);
}

function* limitDenials(count: number): Denials<TagsField> {
  if (count > LIMITS.tagsPerImage) yield onField(deny('tags.limit', { count }), 'tags');
}

/** Whether the editor may offer one more tag row: the limit judged before the row exists. */
export function canAddTag(tags: readonly Tag[]): Decision<TagsField> {
  return decide(limitDenials(tags.length + 1));
}

/** The tag set after a batch action (IMS semantics: create overwrites a key's value). */
export function applyTagAction(existing: readonly Tag[], action: TagAction, tags: readonly Tag[]): Tag[] {
  if (action === 'delete') {
    const removed = new Set(tags.map((t) => t.key));
    return existing.filter((t) => !removed.has(t.key));
  }
  const next = existing.map((t) => tags.find((n) => n.key === t.key) ?? t);
  for (const tag of tags) if (!next.some((t) => t.key === tag.key)) next.push(tag);
  return next;
}

function* denials(image: Image, viewer: Viewer, input?: TagsInput): Denials<TagsField> {
  yield* readOnly(viewer);
  if (!owns(image, viewer)) {
    yield deny('access.owner');
    return;
  }
  if (input) yield* tagSetDenials(input.tags);
}

export function canEditTags(image: Image, viewer: Viewer, _ctx: RuleContext, input?: TagsInput): Decision<TagsField> {
  return decide(denials(image, viewer, input));
}

export function tagsViolations(
  image: Image,
  viewer: Viewer,
  _ctx: RuleContext,
  input?: TagsInput,
): Denial<TagsField>[] {
  return collect(denials(image, viewer, input));
}

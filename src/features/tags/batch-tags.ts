import {
  partition,
  tagSetDenials,
  type Image,
  type Partition,
  type RuleContext,
  type Tag,
  type TagAction,
  type Viewer,
} from '../../domain';
import { tagsInputOf, type TagActionBody } from '../../domain/wire/tags';
import type { ItemOutcome } from '../../components/batch-lists';

/** What the batch form asks: add (or replace the value of) one tag, or remove one key. */
export interface BatchTagValues {
  action: TagAction;
  key: string;
  value: string;
}

export const BATCH_DEFAULTS: BatchTagValues = { action: 'create', key: '', value: '' };

function tagOf(values: BatchTagValues): Tag {
  return { key: values.key, value: values.action === 'create' ? values.value : '' };
}

/** The tags.key / tags.value reasons of the one tag the form names (nothing until a key is typed). */
export function tagProblems(values: BatchTagValues): { key?: string; value?: string } {
  const problems: { key?: string; value?: string } = {};
  for (const denial of tagSetDenials([tagOf(values)])) {
    if (denial.field === 'tags.0.key' && values.key !== '') problems.key ??= denial.reason;
    if (denial.field === 'tags.0.value' && values.action === 'create') problems.value ??= denial.reason;
  }
  return problems;
}

export function isTagReady(values: BatchTagValues): boolean {
  const problems = tagProblems(values);
  return values.key !== '' && problems.key === undefined && problems.value === undefined;
}

/**
 * The pre-flight: each image judged with the tag set it would have afterwards (so an image that
 * would pass 10 tags is skipped by tags.limit); before the tag is valid, only access is judged.
 */
export function batchPlan(
  images: readonly Image[],
  viewer: Viewer,
  ctx: RuleContext,
  values: BatchTagValues,
): Partition {
  if (!isTagReady(values)) return partition('tags', images, viewer, ctx);
  return partition('tags', images, viewer, ctx, (image) => tagsInputOf(image.tags, values.action, [tagOf(values)]));
}

export function batchRequest(values: BatchTagValues): TagActionBody {
  return values.action === 'create'
    ? { action: 'create', tags: [tagOf(values)] }
    : { action: 'delete', tags: [{ key: values.key }] };
}

const images = (n: number) => `${n} ${n === 1 ? 'image' : 'images'}`;

/** "3 selected: 2 will be tagged, 1 skipped" — the pre-flight in one line. */
export function preflightSummary({ eligible, skipped }: Partition, action: TagAction): string {
  const total = eligible.length + skipped.length;
  const verb = action === 'create' ? 'will be tagged' : 'will lose the tag';
  if (skipped.length === 0) return `${total} selected: all ${eligible.length} ${verb}`;
  if (eligible.length === 0) return `${total} selected: none can be changed, ${skipped.length} skipped`;
  return `${total} selected: ${eligible.length} ${verb}, ${skipped.length} skipped`;
}

/** The toast after a run. */
export function outcomeSummary(outcomes: readonly ItemOutcome[]): string {
  const saved = outcomes.filter((o) => o.status === 'done').length;
  const failed = outcomes.length - saved;
  if (failed === 0) return `Tags of ${images(saved)} updated`;
  if (saved === 0) return `No tags updated; ${failed} failed`;
  return `Tags of ${images(saved)} updated; ${failed} failed`;
}

import { z } from 'zod';
import { tagSchema, violations, type Denial, type Image, type RuleContext, type Tag, type Viewer } from '../../domain';
import { ApiError } from '../../api/client';

/** What the editor holds: the image's tags, in order, as key / value rows. */
export interface TagsFormValues {
  tags: Tag[];
}

export function defaultsOf(image: Image): TagsFormValues {
  return { tags: image.tags.map((t) => ({ key: t.key, value: t.value })) };
}

/** A denial's place in the form: `tags.3.key` is row 3's key, `tags` the whole set, none the form. */
export function pathOf(field: string | undefined): (string | number)[] {
  if (field === 'tags') return ['tags', 'root'];
  const row = /^tags\.(\d+)\.(key|value)$/.exec(field ?? '');
  return row ? ['tags', Number(row[1]), row[2] as string] : ['root'];
}

/** The first denial of each field path (`tags.3.key`, `tags.root`, `root`), for the live reasons. */
export function denialsByPath(denials: readonly Denial[]): Map<string, Denial> {
  const byPath = new Map<string, Denial>();
  for (const denial of denials) {
    const path = pathOf(denial.field).join('.');
    if (!byPath.has(path)) byPath.set(path, denial);
  }
  return byPath;
}

/** Every tags.* refusal of the edited set, as the backend would answer it. */
export function tagsDenials(image: Image, viewer: Viewer, ctx: RuleContext, values: TagsFormValues): Denial[] {
  return violations('tags', image, viewer, ctx, { tags: values.tags });
}

/**
 * The editor's schema: the shape from zod, the meaning from the tags.* rules, each refusal on the
 * row and field it names, so a value the backend would refuse is flagged before submit.
 */
export function tagsFormSchema(image: Image, viewer: Viewer, ctx: RuleContext) {
  return z.object({ tags: z.array(tagSchema) }).superRefine((values, issues) => {
    for (const denial of tagsDenials(image, viewer, ctx, values))
      issues.addIssue({ code: 'custom', path: pathOf(denial.field), message: denial.reason });
  });
}

/** Why a write failed, in one sentence: the backend's reason and hint, or the failure's message. */
export function failureText(error: unknown): string {
  if (error instanceof ApiError) return [error.message, error.hint].filter(Boolean).join(' ');
  return error instanceof Error ? error.message : String(error);
}

import { violations, type Denial, type Image, type RuleContext, type Tag, type Viewer } from '../../domain';

/** What the editor holds, under the domain input's name: the image's tags, in order, as rows. */
export interface TagsFormValues {
  tags: Tag[];
}

export function defaultsOf(image: Image): TagsFormValues {
  return { tags: image.tags.map((t) => ({ key: t.key, value: t.value })) };
}

/**
 * Every tags.* refusal of the edited set, as the backend would answer it: `tags.3.key` is row 3's
 * key, `tags` the whole set.
 */
export function tagsDenials(image: Image, viewer: Viewer, ctx: RuleContext, values: TagsFormValues): Denial[] {
  return violations('tags', image, viewer, ctx, { tags: values.tags });
}

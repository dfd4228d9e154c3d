import { describe, expect, it } from 'vitest';
import { canEditTags, type Image, type Tag, type Viewer } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { placeDenials } from '../../components/form/use-rule-form';
import { defaultsOf, tagsDenials } from './tags-form';

const tag = (key: string, value = 'v'): Tag => ({ key, value });
const tagsN = (n: number) => Array.from({ length: n }, (_, i) => tag(`k${i}`));

interface Row {
  name: string;
  tags: Tag[];
  image?: Partial<Image>;
  viewer?: Partial<Viewer>;
  /** Where the first refusal lands; undefined when the rules allow the set. */
  path?: string;
  rule?: string;
  reason?: string;
}

const ROWS: Row[] = [
  { name: 'no tags', tags: [] },
  { name: '10 tags', tags: tagsN(10) },
  { name: 'letters, digits, _ and - in a key', tags: [tag('cost_center-01')] },
  { name: 'a Chinese key and value', tags: [tag('环境', '生产')] },
  { name: 'an empty value', tags: [tag('env', '')] },
  { name: 'a 36-character key', tags: [tag('k'.repeat(36))] },
  { name: 'a 43-character value with dots', tags: [tag('v', `1.${'0'.repeat(41)}`)] },
  {
    name: '11 tags',
    tags: tagsN(11),
    path: 'tags',
    rule: 'tags.limit',
    reason: 'This would give the image 11 tags; at most 10 are allowed.',
  },
  {
    name: 'an empty key',
    tags: [tag('env'), tag('')],
    path: 'tags.1.key',
    rule: 'tags.key',
    reason: 'Tag key "" is empty; a key needs 1 to 36 characters.',
  },
  {
    name: 'a 37-character key',
    tags: [tag('k'.repeat(37))],
    path: 'tags.0.key',
    rule: 'tags.key',
    reason: `Tag key "${'k'.repeat(37)}" is 37 characters long; at most 36 are allowed.`,
  },
  {
    name: 'an @ in a key',
    tags: [tag('owner@acme')],
    path: 'tags.0.key',
    rule: 'tags.key',
    reason: 'Tag key "owner@acme" contains "@", which is not allowed.',
  },
  {
    name: 'a trailing space in a key',
    tags: [tag('env ')],
    path: 'tags.0.key',
    rule: 'tags.key',
    reason: 'Tag key "env " starts or ends with a space.',
  },
  {
    name: 'a duplicate key, flagged on the second row',
    tags: [tag('env', 'a'), tag('app'), tag('env', 'b')],
    path: 'tags.2.key',
    rule: 'tags.key',
    reason: 'Tag key "env" is used twice; keys must be unique.',
  },
  {
    name: 'a 44-character value',
    tags: [tag('env', 'v'.repeat(44))],
    path: 'tags.0.value',
    rule: 'tags.value',
    reason: `Tag value "${'v'.repeat(44)}" is 44 characters long; at most 43 are allowed.`,
  },
  {
    name: 'an @ in a value',
    tags: [tag('owner', 'alice@acme')],
    path: 'tags.0.value',
    rule: 'tags.value',
    reason: 'Tag value "alice@acme" contains "@", which is not allowed.',
  },
  {
    name: 'a read-only viewer',
    tags: [tag('env')],
    viewer: { role: 'read-only' },
    path: 'root',
    rule: 'access.read-only',
  },
];

describe('the tags editor refuses exactly what canEditTags decides, on the row and field it names', () => {
  it.each(ROWS)('$name', (row) => {
    const image = makeImage(row.image);
    const viewer = makeViewer(row.viewer);
    const ctx = makeContext();
    const values = { tags: row.tags };

    const placed = [...placeDenials(values, tagsDenials(image, viewer, ctx, values))];
    const decision = canEditTags(image, viewer, ctx, values);

    expect(placed.length === 0).toBe(decision.allowed);
    expect(placed.length === 0).toBe(row.path === undefined);
    if (!decision.allowed) {
      expect(decision.rule).toBe(row.rule);
      const [place, denial] = placed[0] ?? [];
      expect(place).toBe(row.path);
      expect(denial?.reason).toBe(decision.reason);
      if (row.reason) expect(decision.reason).toBe(row.reason);
    }
  });

  it('flags every bad row at once, not only the first', () => {
    const values = { tags: [tag('a b'), tag('ok', 'x@y'), tag('a b')] };
    const byPath = placeDenials(values, tagsDenials(makeImage(), makeViewer(), makeContext(), values));
    expect([...byPath.keys()]).toEqual(['tags.0.key', 'tags.1.value', 'tags.2.key']);
    expect(byPath.get('tags.2.key')?.reason).toBe('Tag key "a b" contains " ", which is not allowed.');
  });
});

describe('defaultsOf', () => {
  it('copies the image tags, so editing rows never touches the cached image', () => {
    const image = makeImage({ tags: [tag('env', 'prod')] });
    const values = defaultsOf(image);
    expect(values).toEqual({ tags: [tag('env', 'prod')] });
    expect(values.tags[0]).not.toBe(image.tags[0]);
  });
});

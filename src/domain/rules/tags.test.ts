import { describe, expect, it } from 'vitest';
import type { Tag } from '../model/image';
import { bobsImage, makeContext, makeImage, makeViewer, outcome, type Outcome } from '../test-fixtures';
import { applyTagAction, canAddTag, canEditTags, tagSetDenials, tagsViolations, type TagAction } from './tags';

const tag = (key: string, value = 'v'): Tag => ({ key, value });
const tagsN = (n: number): Tag[] => Array.from({ length: n }, (_, i) => tag(`k${i}`));

function decide(tags: Tag[]) {
  return canEditTags(makeImage(), makeViewer(), makeContext(), { tags });
}

describe('canEditTags allows', () => {
  it.each<{ guards: string; name: string; tags: Tag[] }>([
    { guards: 'tags.limit', name: 'no tags', tags: [] },
    { guards: 'tags.limit', name: '10 tags', tags: tagsN(10) },
    { guards: 'tags.key', name: 'letters, digits, _ and -', tags: [tag('cost_center-01')] },
    { guards: 'tags.key', name: 'Chinese characters', tags: [tag('环境')] },
    { guards: 'tags.key', name: 'a 36-character key', tags: [tag('k'.repeat(36))] },
    { guards: 'tags.key', name: 'keys differing only in case', tags: [tag('Env'), tag('env')] },
    { guards: 'tags.value', name: 'an empty value', tags: [tag('env', '')] },
    { guards: 'tags.value', name: 'dots in a value', tags: [tag('version', '1.0.3')] },
    { guards: 'tags.value', name: 'a 43-character value', tags: [tag('env', 'v'.repeat(43))] },
    { guards: 'tags.value', name: 'a Chinese value', tags: [tag('env', '生产_01')] },
  ])('$guards: $name', ({ tags }) => {
    expect(decide(tags)).toEqual({ allowed: true });
  });

  it('the menu opens for the owner with no input', () => {
    expect(canEditTags(makeImage(), makeViewer(), makeContext())).toEqual({ allowed: true });
  });
});

describe('canEditTags denies', () => {
  it.each<{ name: string; tags: Tag[]; expected: Outcome }>([
    {
      name: '11 tags',
      tags: tagsN(11),
      expected: {
        allowed: false,
        rule: 'tags.limit',
        reason: 'This would give the image 11 tags; at most 10 are allowed.',
        field: 'tags',
      },
    },
    {
      name: 'an empty key',
      tags: [tag('')],
      expected: {
        allowed: false,
        rule: 'tags.key',
        reason: 'Tag key "" is empty; a key needs 1 to 36 characters.',
        field: 'tags.0.key',
      },
    },
    {
      name: 'a 37-character key',
      tags: [tag('env'), tag('k'.repeat(37))],
      expected: {
        allowed: false,
        rule: 'tags.key',
        reason: `Tag key "${'k'.repeat(37)}" is 37 characters long; at most 36 are allowed.`,
        field: 'tags.1.key',
      },
    },
    {
      name: 'a dot in a key',
      tags: [tag('env.name')],
      expected: {
        allowed: false,
        rule: 'tags.key',
        reason: 'Tag key "env.name" contains ".", which is not allowed.',
        field: 'tags.0.key',
      },
    },
    {
      name: 'a leading space in a key',
      tags: [tag(' env')],
      expected: {
        allowed: false,
        rule: 'tags.key',
        reason: 'Tag key " env" starts or ends with a space.',
        field: 'tags.0.key',
      },
    },
    {
      name: 'a key used twice',
      tags: [tag('env', 'a'), tag('owner'), tag('env', 'b')],
      expected: {
        allowed: false,
        rule: 'tags.key',
        reason: 'Tag key "env" is used twice; keys must be unique.',
        field: 'tags.2.key',
      },
    },
    {
      name: 'a 44-character value',
      tags: [tag('env', 'v'.repeat(44))],
      expected: {
        allowed: false,
        rule: 'tags.value',
        reason: `Tag value "${'v'.repeat(44)}" is 44 characters long; at most 43 are allowed.`,
        field: 'tags.0.value',
      },
    },
    {
      name: 'a space inside a value',
      tags: [tag('env', 'pre prod')],
      expected: {
        allowed: false,
        rule: 'tags.value',
        reason: 'Tag value "pre prod" contains " ", which is not allowed.',
        field: 'tags.0.value',
      },
    },
    {
      name: 'a trailing space in a value',
      tags: [tag('env', 'prod ')],
      expected: {
        allowed: false,
        rule: 'tags.value',
        reason: 'Tag value "prod " starts or ends with a space.',
        field: 'tags.0.value',
      },
    },
    {
      name: 'a slash in a value',
      tags: [tag('path', 'a/b')],
      expected: {
        allowed: false,
        rule: 'tags.value',
        reason: 'Tag value "a/b" contains "/", which is not allowed.',
        field: 'tags.0.value',
      },
    },
  ])('$expected.rule: $name', ({ tags, expected }) => {
    expect(outcome(decide(tags))).toEqual(expected);
  });

  it('access.owner: tags of an image shared with me', () => {
    expect(outcome(canEditTags(bobsImage(), makeViewer(), makeContext(), { tags: [] }))).toEqual({
      allowed: false,
      rule: 'access.owner',
      reason: 'This image belongs to another project; only its owner can change it.',
    });
  });
});

describe('tagSetDenials', () => {
  it('puts each problem on its row and field', () => {
    const tags = [tag('env'), tag('owner'), tag('team'), tag('bad key!'), tag('ok', 'bad value'), ...tagsN(7)];
    expect([...tagSetDenials(tags)].map((d) => [d.rule, d.field])).toEqual([
      ['tags.key', 'tags.3.key'],
      ['tags.value', 'tags.4.value'],
      ['tags.limit', 'tags'],
    ]);
  });

  it('flags a bad key and a bad value on the same row', () => {
    expect([...tagSetDenials([tag('a b', 'c d')])].map((d) => d.field)).toEqual(['tags.0.key', 'tags.0.value']);
  });

  it('says nothing of a clean set', () => {
    expect([...tagSetDenials(tagsN(10))]).toEqual([]);
  });
});

describe('tagsViolations', () => {
  it('lists every problem, not only the first', () => {
    const rules = tagsViolations(makeImage(), makeViewer(), makeContext(), {
      tags: [tag(''), tag('x', ' y'), ...tagsN(10)],
    });
    expect(rules.map((d) => d.rule)).toEqual(['tags.key', 'tags.value', 'tags.limit']);
  });
});

describe('applyTagAction', () => {
  const existing = [tag('env', 'prod'), tag('owner', 'alice')];

  it.each<{ name: string; action: TagAction; tags: Tag[]; expected: Tag[] }>([
    {
      name: 'create overwrites the value of an existing key, in place',
      action: 'create',
      tags: [tag('env', 'staging')],
      expected: [tag('env', 'staging'), tag('owner', 'alice')],
    },
    {
      name: 'create appends new keys',
      action: 'create',
      tags: [tag('team', 'web'), tag('owner', 'bob')],
      expected: [tag('env', 'prod'), tag('owner', 'bob'), tag('team', 'web')],
    },
    {
      name: 'delete removes by key whatever the value',
      action: 'delete',
      tags: [tag('env', 'something-else')],
      expected: [tag('owner', 'alice')],
    },
    {
      name: 'delete of a missing key changes nothing',
      action: 'delete',
      tags: [tag('team')],
      expected: existing,
    },
  ])('$name', ({ action, tags, expected }) => {
    expect(applyTagAction(existing, action, tags)).toEqual(expected);
  });

  it('leaves the existing array untouched', () => {
    const before = structuredClone(existing);
    applyTagAction(existing, 'create', [tag('env', 'x'), tag('new')]);
    expect(existing).toEqual(before);
  });
});

describe('canAddTag', () => {
  it.each([0, 5, 9])('allows a new row when the image has %i tags', (n) => {
    expect(canAddTag(tagsN(n))).toEqual({ allowed: true });
  });

  it('refuses the 11th tag with tags.limit and its reason', () => {
    expect(canAddTag(tagsN(10))).toMatchObject({
      allowed: false,
      rule: 'tags.limit',
      reason: 'This would give the image 11 tags; at most 10 are allowed.',
      hint: 'Remove tags you no longer need first.',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Image, Tag } from '../../domain';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import {
  BATCH_DEFAULTS,
  batchPlan,
  batchRequest,
  isTagReady,
  outcomeSummary,
  preflightSummary,
  tagProblems,
  type BatchTagValues,
} from './batch-tags';

const tagsN = (n: number): Tag[] => Array.from({ length: n }, (_, i) => ({ key: `k${i}`, value: 'v' }));
const img = (id: string, tags: Tag[]) => makeImage({ id, name: id, tags });
const add = (key: string, value = ''): BatchTagValues => ({ action: 'create', key, value });
const removeKey = (key: string): BatchTagValues => ({ action: 'delete', key, value: '' });

function plan(images: Image[], values: BatchTagValues, viewer = makeViewer()) {
  return batchPlan(images, viewer, makeContext(), values);
}

describe('batchPlan', () => {
  it('skips the image a new key would take past 10 tags, with tags.limit and its reason', () => {
    const result = plan([img('a', []), img('full', tagsN(10)), img('b', tagsN(3))], add('team', 'web'));
    expect(result.eligible.map((i) => i.id)).toEqual(['a', 'b']);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]?.image.id).toBe('full');
    expect(result.skipped[0]?.decision).toMatchObject({
      rule: 'tags.limit',
      reason: 'This would give the image 11 tags; at most 10 are allowed.',
      hint: 'Remove tags you no longer need first.',
    });
  });

  it('takes a full image when the tag only replaces the value of a key it has', () => {
    expect(plan([img('full', tagsN(10))], add('k3', 'new')).skipped).toEqual([]);
  });

  it('takes a full image for removing a key', () => {
    expect(plan([img('full', tagsN(10))], removeKey('k0')).eligible).toHaveLength(1);
  });

  it('skips every image for a read-only viewer, with access.read-only', () => {
    const result = plan([img('a', [])], add('team'), makeViewer({ role: 'read-only' }));
    expect(result.skipped[0]?.decision).toMatchObject({ rule: 'access.read-only' });
  });

  it('judges only access while the tag is not valid yet', () => {
    expect(plan([img('full', tagsN(10))], add('bad key')).skipped).toEqual([]);
    expect(plan([img('full', tagsN(10))], BATCH_DEFAULTS).skipped).toEqual([]);
  });
});

describe('tagProblems', () => {
  it.each<[string, BatchTagValues, ReturnType<typeof tagProblems>]>([
    ['nothing typed yet', BATCH_DEFAULTS, {}],
    ['a valid tag', add('env', 'prod'), {}],
    ['a space in the key', add('cost center'), { key: 'Tag key "cost center" contains " ", which is not allowed.' }],
    [
      'an @ in the value',
      add('owner', 'alice@acme'),
      { value: 'Tag value "alice@acme" contains "@", which is not allowed.' },
    ],
    [
      'a 37-character key to remove',
      removeKey('k'.repeat(37)),
      { key: `Tag key "${'k'.repeat(37)}" is 37 characters long; at most 36 are allowed.` },
    ],
  ])('%s', (_, values, problems) => {
    expect(tagProblems(values)).toEqual(problems);
  });

  it('needs a key before the tag is ready', () => {
    expect(isTagReady(BATCH_DEFAULTS)).toBe(false);
    expect(isTagReady(add('env'))).toBe(true);
    expect(isTagReady(add('env', 'a b'))).toBe(false);
  });
});

describe('batchRequest', () => {
  it('adds the tag with its value, or removes the key alone', () => {
    expect(batchRequest(add('env', 'prod'))).toEqual({ action: 'create', tags: [{ key: 'env', value: 'prod' }] });
    expect(batchRequest({ ...removeKey('env'), value: 'ignored' })).toEqual({
      action: 'delete',
      tags: [{ key: 'env' }],
    });
  });
});

describe('summaries', () => {
  it.each<[string, Image[], BatchTagValues, string]>([
    ['some skipped', [img('a', []), img('f', tagsN(10))], add('team'), '2 selected: 1 will be tagged, 1 skipped'],
    ['all tagged', [img('a', []), img('b', [])], add('team'), '2 selected: all 2 will be tagged'],
    ['none', [img('f', tagsN(10))], add('team'), '1 selected: none can be changed, 1 skipped'],
    ['removing', [img('a', [])], removeKey('team'), '1 selected: all 1 will lose the tag'],
  ])('%s', (_, images, values, text) => {
    expect(preflightSummary(plan(images, values), values.action)).toBe(text);
  });

  it.each<[Parameters<typeof outcomeSummary>[0], string]>([
    [[{ status: 'done' }, { status: 'done' }], 'Tags of 2 images updated'],
    [[{ status: 'done' }, { status: 'failed', reason: 'x' }], 'Tags of 1 image updated; 1 failed'],
    [[{ status: 'failed', reason: 'x' }], 'No tags updated; 1 failed'],
  ])('%j → %s', (outcomes, text) => {
    expect(outcomeSummary(outcomes)).toBe(text);
  });
});

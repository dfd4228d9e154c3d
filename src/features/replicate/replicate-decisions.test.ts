import { describe, expect, it } from 'vitest';
import type { CopyState, RunCopy } from '../../api/replication-queue';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { modeDecisions, runSummary, startedText } from './replicate-decisions';

const copy = (state: CopyState, i: number): RunCopy => ({
  id: `c${i}`,
  image: makeImage(),
  input: { mode: 'in-region' },
  regionId: 'cn-north-4',
  state,
});

describe('modeDecisions', () => {
  const viewer = makeViewer();
  it('closes a mode for one image with its reason', () => {
    const modes = modeDecisions([makeImage({ type: 'whole' })], viewer, makeContext());
    expect(modes['in-region']).toMatchObject({ allowed: false, rule: 'replicate.in-region.whole-image' });
    expect(modes['cross-region'].allowed).toBe(true);
  });

  it('opens a mode to a batch when any image may use it', () => {
    const images = [makeImage({ type: 'whole' }), makeImage({ id: 'img-2' })];
    expect(modeDecisions(images, viewer, makeContext())['in-region'].allowed).toBe(true);
  });
});

describe('runSummary', () => {
  it.each([
    { states: ['succeeded'], text: 'Replication finished: 1 copy made.', severity: 'success' },
    {
      states: ['succeeded', 'failed', 'refused', 'succeeded'],
      text: 'Replication finished: 2 copies made, 1 failed, 1 refused.',
      severity: 'warning',
    },
    {
      states: ['cancelled', 'failed'],
      text: 'Replication finished: 0 copies made, 1 failed, 1 cancelled.',
      severity: 'error',
    },
  ] as const)('$text', ({ states, text, severity }) => {
    expect(runSummary(states.map(copy))).toEqual({ text, severity });
  });
});

describe('startedText names the copies and where they go', () => {
  const web = makeImage({ name: 'web' });
  const db = makeImage({ id: 'img-db', name: 'db' });
  it.each([
    {
      name: 'one copy',
      copies: [
        { image: web, input: { mode: 'cross-region' as const, name: 'web-sg' }, regionId: 'ap-southeast-3' as const },
      ],
      text: 'Replication of web started: web-sg in AP-Singapore',
    },
    {
      name: 'a fan-out, names defaulted',
      copies: [
        { image: web, input: { mode: 'cross-region' as const }, regionId: 'cn-south-1' as const },
        { image: web, input: { mode: 'cross-region' as const }, regionId: 'eu-west-101' as const },
      ],
      text: 'Replication of web started: copy_cn-north-4_web in CN South-Guangzhou, copy_cn-north-4_web in EU-Dublin',
    },
    {
      name: 'a batch',
      copies: [
        {
          image: web,
          input: { mode: 'in-region' as const, name: 'copy_cn-north-4_web' },
          regionId: 'cn-north-4' as const,
        },
        {
          image: db,
          input: { mode: 'in-region' as const, name: 'copy_cn-north-4_db' },
          regionId: 'cn-north-4' as const,
        },
      ],
      text: 'Replication of 2 images started: copy_cn-north-4_web in CN North-Beijing4, copy_cn-north-4_db in CN North-Beijing4',
    },
    { name: 'nothing', copies: [], text: '' },
  ])('$name', ({ copies, text }) => {
    expect(startedText(copies)).toBe(text);
  });
});

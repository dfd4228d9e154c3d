import { describe, expect, it } from 'vitest';
import type { CopyState, RunCopy } from '../../api/replication-queue';
import { makeContext, makeImage, makeViewer } from '../../domain/test-fixtures';
import { modeDecisions, runSummary } from './replicate-decisions';

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

import { describe, expect, it } from 'vitest';
import type { ImageStatus } from '../model/image';
import type { JobSummary } from '../model/job';
import { makeContext, makeImage, makeJob, makeViewer } from '../test-fixtures';
import { deny } from './catalogue';
import { collect, decide, isBeingExported, readOnly, statusLabel } from './engine';

describe('statusLabel', () => {
  it.each<{ name: string; status: ImageStatus; jobs: JobSummary[]; label: string }>([
    { name: 'an active image', status: 'active', jobs: [], label: 'Normal' },
    { name: 'a queued image', status: 'queued', jobs: [], label: 'Creating' },
    { name: 'a saving image', status: 'saving', jobs: [], label: 'Creating' },
    { name: 'a killed image', status: 'killed', jobs: [], label: 'Abnormal' },
    {
      name: 'an active image while its export is starting',
      status: 'active',
      jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'INIT' })],
      label: 'Exporting',
    },
    {
      name: 'an active image while its export runs',
      status: 'active',
      jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'RUNNING' })],
      label: 'Exporting',
    },
    {
      name: 'an active image after its export succeeded',
      status: 'active',
      jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'SUCCESS' })],
      label: 'Normal',
    },
    {
      name: 'an active image after its export failed',
      status: 'active',
      jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001', status: 'FAIL' })],
      label: 'Normal',
    },
    {
      name: 'an active image while another image is exported',
      status: 'active',
      jobs: [makeJob({ kind: 'export', sourceImageId: 'img-other', status: 'RUNNING' })],
      label: 'Normal',
    },
    {
      name: 'an active image while it is being replicated',
      status: 'active',
      jobs: [makeJob({ kind: 'replicate-in-region', sourceImageId: 'img-0001', status: 'RUNNING' })],
      label: 'Normal',
    },
  ])('$name reads $label', ({ status, jobs, label }) => {
    expect(statusLabel(makeImage({ status }), makeContext({ jobs }))).toBe(label);
  });

  it('isBeingExported agrees with the label', () => {
    const ctx = makeContext({ jobs: [makeJob({ kind: 'export', sourceImageId: 'img-0001' })] });
    expect(isBeingExported(makeImage(), ctx)).toBe(true);
    expect(isBeingExported(makeImage({ id: 'img-0002' }), ctx)).toBe(false);
  });
});

describe('decide and collect', () => {
  const warning = deny('launch.batch-size', { count: 150 });
  const refusal = deny('access.owner');
  const later = deny('share.koogallery');

  it('lets the first refusal win over warnings before it', () => {
    expect(decide([warning, refusal, later])).toBe(refusal);
  });

  it('turns advisories alone into warnings on an allowed decision', () => {
    expect(decide([warning])).toEqual({
      allowed: true,
      warnings: [
        {
          rule: 'launch.batch-size',
          reason: 'Creating 150 ECSs at once from one image is above the recommended 100.',
          hint: 'Create them in batches of 100 or fewer.',
        },
      ],
    });
  });

  it('allows with no warnings when nothing is said', () => {
    expect(decide([])).toEqual({ allowed: true });
  });

  it('stops reading denials after the first refusal', () => {
    let read = 0;
    function* counted() {
      read += 1;
      yield refusal;
      read += 1;
      yield later;
    }
    decide(counted());
    expect(read).toBe(1);
  });

  it('collect keeps every refusal and drops advisories', () => {
    expect(collect([warning, refusal, later]).map((d) => d.rule)).toEqual(['access.owner', 'share.koogallery']);
  });

  it('readOnly yields only for read-only viewers', () => {
    expect([...readOnly(makeViewer())]).toEqual([]);
    expect([...readOnly(makeViewer({ role: 'read-only' }))].map((d) => d.rule)).toEqual(['access.read-only']);
  });
});

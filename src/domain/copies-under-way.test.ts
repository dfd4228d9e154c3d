import { describe, expect, it } from 'vitest';
import { copyDestinations, copyingText, type QueuedCopy } from './copies-under-way';
import type { JobSummary } from './model/job';
import { makeImage, makeJob } from './test-fixtures';

const IMAGE = makeImage({ id: 'img-0001', regionId: 'cn-north-4' });
const across = (targetRegionId: string, status: JobSummary['status'] = 'RUNNING') =>
  makeJob({ kind: 'replicate-cross-region', sourceImageId: IMAGE.id, targetRegionId, status });

describe('copyDestinations and copyingText say where copies of an image are being made', () => {
  it.each<{ name: string; jobs: JobSummary[]; queued?: QueuedCopy[]; regions: string[]; text: string | undefined }>([
    { name: 'nothing runs', jobs: [], regions: [], text: undefined },
    {
      name: 'one cross-region copy',
      jobs: [across('ap-southeast-3')],
      regions: ['ap-southeast-3'],
      text: 'Copying to AP-Singapore',
    },
    {
      name: 'one running, two queued in the tab',
      jobs: [across('cn-south-1')],
      queued: [
        { imageId: IMAGE.id, regionId: 'eu-west-101' },
        { imageId: IMAGE.id, regionId: 'cn-south-1' },
        { imageId: 'img-other', regionId: 'ap-southeast-3' },
      ],
      regions: ['cn-south-1', 'eu-west-101'],
      text: 'Copying to 2 regions',
    },
    {
      name: 'an in-region copy',
      jobs: [makeJob({ kind: 'replicate-in-region', sourceImageId: IMAGE.id })],
      regions: ['cn-north-4'],
      text: 'Copying within the region',
    },
    { name: 'a finished copy', jobs: [across('ap-southeast-3', 'SUCCESS')], regions: [], text: undefined },
    { name: 'a failed copy', jobs: [across('ap-southeast-3', 'FAIL')], regions: [], text: undefined },
    {
      name: "another image's copy",
      jobs: [makeJob({ kind: 'replicate-cross-region', targetRegionId: 'cn-east-3' })],
      regions: [],
      text: undefined,
    },
    {
      name: 'an export of the image',
      jobs: [makeJob({ kind: 'export', sourceImageId: IMAGE.id })],
      regions: [],
      text: undefined,
    },
  ])('$name', ({ jobs, queued, regions, text }) => {
    const destinations = copyDestinations(IMAGE, jobs, queued);
    expect(destinations).toEqual(regions);
    expect(copyingText(IMAGE, destinations)).toBe(text);
  });
});

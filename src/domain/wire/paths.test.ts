import { describe, expect, it } from 'vitest';
import { iamPaths, imsPaths, obsPaths } from './paths';

describe('paths', () => {
  it('fills every parameter of a route', () => {
    expect(imsPaths.image.to({ region: 'cn-north-4', imageId: 'img-1' })).toBe('/ims/cn-north-4/v2/cloudimages/img-1');
    expect(imsPaths.tagAction.to({ region: 'cn-north-4', projectId: 'p1', imageId: 'img-1' })).toBe(
      '/ims/cn-north-4/v2/p1/images/img-1/tags/action',
    );
  });

  it('encodes parameter values', () => {
    expect(obsPaths.objects.to({ region: 'cn-north-4', bucket: 'a b/c' })).toBe(
      '/obs/cn-north-4/buckets/a%20b%2Fc/objects',
    );
  });

  it('appends a query only when it has parameters', () => {
    expect(imsPaths.images.to({ region: 'cn-north-4' }, new URLSearchParams({ limit: '1' }))).toBe(
      '/ims/cn-north-4/v2/cloudimages?limit=1',
    );
    expect(imsPaths.images.to({ region: 'cn-north-4' }, new URLSearchParams())).toBe('/ims/cn-north-4/v2/cloudimages');
    expect(iamPaths.agencies.to()).toBe('/iam/v3/agencies');
  });

  it('lists the other API versions the mock answers on', () => {
    expect(imsPaths.copy.patterns).toEqual([
      '/ims/:region/v1/cloudimages/:imageId/copy',
      '/ims/:region/v2.1/cloudimages/:imageId/copy',
    ]);
    expect(imsPaths.crossRegionCopy.patterns).toEqual([imsPaths.crossRegionCopy.pattern]);
  });
});

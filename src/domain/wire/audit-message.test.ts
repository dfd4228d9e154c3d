import { describe, expect, it } from 'vitest';
import { auditMessage, type AuditFacts } from './audit-message';

const REASON = 'This image is published in KooGallery; published images cannot be deleted.';

describe('auditMessage', () => {
  it.each<[string, Omit<AuditFacts, 'reason'> & { reason?: string | null }, string]>([
    [
      'a cross-region copy',
      {
        operation: 'replicate',
        imageName: 'web-frontend',
        body: { name: 'x', region: 'ap-southeast-3' },
        result: 'success',
      },
      'Replicated web-frontend to AP-Singapore',
    ],
    [
      'a copy within the region',
      { operation: 'replicate', imageName: 'web-frontend', body: { name: 'web-frontend-kms' }, result: 'success' },
      'Replicated web-frontend as web-frontend-kms',
    ],
    [
      'a refused copy, with the rule’s sentence',
      {
        operation: 'replicate',
        imageName: 'web-frontend',
        body: { name: 'x', region: 'ap-southeast-3' },
        result: 'refused',
        reason: 'One cross-region copy of an image at a time.',
      },
      'Replicate web-frontend to AP-Singapore refused: One cross-region copy of an image at a time.',
    ],
    [
      'a refused deletion',
      { operation: 'delete', imageName: 'acme-pos-appliance', body: {}, result: 'refused', reason: REASON },
      `Delete acme-pos-appliance refused: ${REASON}`,
    ],
    [
      'a failed write (5xx)',
      { operation: 'update', imageName: 'erp-db', body: undefined, result: 'failed', reason: 'Service unavailable.' },
      'Modify erp-db failed: Service unavailable.',
    ],
    [
      'a refusal without a sentence',
      { operation: 'delete', imageName: 'a', body: {}, result: 'refused' },
      'Delete a refused',
    ],
    ['a rename', { operation: 'update', imageName: 'erp-db', body: [], result: 'success' }, 'Modified erp-db'],
    [
      'an export',
      {
        operation: 'export',
        imageName: 'k8s',
        body: { bucket_url: 'acme-image-exports:k8s.qcow2' },
        result: 'success',
      },
      'Exported k8s to bucket acme-image-exports',
    ],
    [
      'a share with two projects',
      { operation: 'share', imageName: 'golden', body: { images: ['i'], projects: ['p', 'q'] }, result: 'success' },
      'Shared golden with 2 projects',
    ],
    [
      'stop sharing with one',
      { operation: 'stop-sharing', imageName: 'golden', body: { images: ['i'], projects: ['p'] }, result: 'success' },
      'Stopped sharing golden with 1 project',
    ],
    [
      'an accepted share',
      { operation: 'answer-share', imageName: 'base', body: { status: 'accepted' }, result: 'success' },
      'Accepted the share of base',
    ],
    [
      'a rejected share',
      { operation: 'answer-share', imageName: 'base', body: { status: 'rejected' }, result: 'success' },
      'Rejected the share of base',
    ],
    ['tags', { operation: 'tags', imageName: 'base', body: {}, result: 'success' }, 'Changed the tags of base'],
    [
      'a publication',
      { operation: 'publish', imageName: 'pos', body: undefined, result: 'success' },
      'Published pos to KooGallery',
    ],
    [
      'ECSs',
      { operation: 'launch', imageName: 'golden', body: { server: { count: 3, root_volume: {} } }, result: 'success' },
      'Created 3 ECSs from golden',
    ],
    [
      'a temporary ECS',
      {
        operation: 'launch',
        imageName: 'centos.iso',
        body: { server: { metadata: { __temporary_ecs: 'true' } } },
        result: 'success',
      },
      'Created 1 temporary ECS from centos.iso',
    ],
    [
      'a disk',
      { operation: 'launch', imageName: 'data', body: { volume: { size: 40 } }, result: 'success' },
      'Created 1 EVS disk from data',
    ],
    [
      'a refused creation names the image of the body',
      {
        operation: 'create',
        imageName: null,
        body: { shape: 'file', body: { name: 'new-img' } },
        result: 'refused',
        reason: 'Quota.',
      },
      'Create image new-img refused: Quota.',
    ],
    ['a creation', { operation: 'create', imageName: 'new-img', body: {}, result: 'success' }, 'Created image new-img'],
    [
      'no image known',
      { operation: 'delete', imageName: null, body: undefined, result: 'success' },
      'Deleted an image',
    ],
    [
      'an operation it does not know',
      { operation: 'rebuild', imageName: 'x', body: {}, result: 'success' },
      'rebuild x',
    ],
  ])('%s', (_, facts, message) => {
    expect(auditMessage({ reason: null, ...facts })).toBe(message);
  });
});

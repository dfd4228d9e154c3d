import { describe, expect, it } from 'vitest';
import type { ReplicateInput } from '../rules/replicate';
import { copyInRegionBodySchema, crossRegionCopyBodySchema, toReplicateBody, toReplicateInput } from './replicate';

describe('toReplicateBody', () => {
  it.each<{ name: string; input: ReplicateInput }>([
    { name: 'an unencrypted in-region copy', input: { mode: 'in-region', name: 'web-copy', kmsKeyId: null } },
    {
      name: 'an encrypted in-region copy in an enterprise project',
      input: { mode: 'in-region', name: 'web-copy', description: 'd', kmsKeyId: 'key-1', enterpriseProjectId: 'ep-1' },
    },
    {
      name: 'a full-ECS copy across regions',
      input: {
        mode: 'cross-region',
        name: 'erp-copy',
        targetRegionId: 'cn-east-3',
        targetProjectName: 'cn-east-3',
        agencyName: 'ims_admin_trust',
        vaultId: 'vault-sh1',
      },
    },
  ])('$name survives the wire both ways', ({ input }) => {
    const body = toReplicateBody(input);
    const schema = input.mode === 'in-region' ? copyInRegionBodySchema : crossRegionCopyBodySchema;
    expect(toReplicateInput(schema.parse(body))).toEqual(input);
  });

  it('leaves an incomplete cross-region input for the backend to refuse', () => {
    const body = toReplicateBody({ mode: 'cross-region', name: 'x' });
    expect(crossRegionCopyBodySchema.safeParse(body).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import type { PublicImage } from '../model/public-image';
import {
  fromImsPublicImage,
  imsPublicImageSchema,
  parseOsFeatureList,
  toImsPublicImage,
  type ImsPublicImage,
} from './public-image';

const ARM: PublicImage = {
  id: '5a1c7b8e-0d2f-4c3e-9b1a-7f6e5d4c3b2a',
  name: 'Kylin 4.0 64bit with ARM',
  visibility: 'public',
  type: 'system',
  status: 'active',
  regionId: 'cn-north-4',
  osType: 'Linux',
  platform: 'Kylin',
  osVersion: 'Kylin 4.0 64bit',
  osBit: 64,
  architecture: 'arm',
  bootMode: 'uefi',
  minDiskGb: 40,
  minRamMb: 0,
  sizeGb: 2.37,
  features: { userDataInjection: true, diskHotSwap: true, nicMultiQueue: true },
  createdAt: '2025-06-01T00:00:00.000Z',
};

const WINDOWS_32: PublicImage = {
  ...ARM,
  id: '0b9f1e2d-3c4b-4a59-8687-9a8b7c6d5e4f',
  name: 'Old Windows',
  osType: 'Windows',
  platform: 'Windows',
  osVersion: 'Windows Server 2012 Standard 32bit',
  osBit: 32,
  architecture: 'x86',
  bootMode: 'bios',
  minRamMb: 1024,
  features: { userDataInjection: false, diskHotSwap: false, nicMultiQueue: false },
};

describe('public image wire mapping', () => {
  it('writes the IMS attributes of a public image', () => {
    const wire = toImsPublicImage(ARM);
    expect(wire).toMatchObject({
      visibility: 'public',
      __imagetype: 'gold',
      protected: true,
      __os_version: 'Kylin 4.0 64bit',
      __platform: 'Kylin',
      __os_bit: '64',
      __support_arm: 'true',
      __support_kvm: 'true',
      hw_firmware_type: 'uefi',
      hw_vif_multiqueue_enabled: 'true',
      __is_config_init: 'true',
      __os_feature_list: '["disk_hot_swap"]',
      min_disk: 40,
      __originalimagename: '',
    });
    // Kunpeng images start no x86 flavor family.
    expect(wire.__support_diskintensive).toBeUndefined();
    expect(imsPublicImageSchema.parse(wire)).toEqual(wire);
  });

  it.each([
    ['a Kunpeng UEFI image with every feature', ARM],
    ['a 32-bit x86 BIOS image without features', WINDOWS_32],
  ])('reads %s back as it was written', (_what, image) => {
    const wire = imsPublicImageSchema.parse(JSON.parse(JSON.stringify(toImsPublicImage(image))));
    expect(fromImsPublicImage(wire, image.regionId)).toEqual(image);
  });

  it('leaves out the flags a 32-bit image without features does not have', () => {
    const wire = toImsPublicImage(WINDOWS_32);
    expect(wire.__os_feature_list).toBeUndefined();
    expect(wire.__support_largememory).toBeUndefined();
    expect(wire).toMatchObject({ __support_arm: 'false', __is_config_init: 'false', __os_bit: '32' });
  });

  it('reads a malformed or foreign feature list as no features', () => {
    expect(parseOsFeatureList(undefined)).toEqual([]);
    expect(parseOsFeatureList('not json')).toEqual([]);
    expect(parseOsFeatureList('{"disk_hot_swap":"true"}')).toEqual([]);
    expect(parseOsFeatureList('["disk_hot_swap", 3]')).toEqual(['disk_hot_swap']);
    const wire: ImsPublicImage = { ...toImsPublicImage(ARM), __os_feature_list: '{}' };
    expect(fromImsPublicImage(wire, 'cn-north-4').features.diskHotSwap).toBe(false);
  });

  it('refuses a private image as a public one', () => {
    expect(imsPublicImageSchema.safeParse({ ...toImsPublicImage(ARM), visibility: 'private' }).success).toBe(false);
  });
});

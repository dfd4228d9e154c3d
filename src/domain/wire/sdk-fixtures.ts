import type { SdkImageInfoField } from './sdk-image-info';

/*
 * Image answers as the real IMS gives them, holding only fields of the official SDK's `ImageInfo`
 * (none of the mock's own attributes), shaped after ims-api.md §18's examples. The client must
 * read them; what they do not say (source names, KooGallery publication, CSBS history) is unknown.
 */

/** An answer of SDK fields only; the full-ECS one adds `__whole_image`, which the SDK model lacks. */
export type SdkImageAnswer = Partial<Record<SdkImageInfoField, unknown>> & { __whole_image?: unknown };

const common = {
  __isregistered: 'true',
  __image_source_type: 'uds',
  container_format: 'bare',
  protected: false,
  min_ram: 0,
  checksum: 'd41d8cd98f00b204e9800998ecf8427e',
  size: 0,
  virtual_size: null,
  schema: '/v2/schemas/image',
  __lazyloading: 'true',
} as const satisfies SdkImageAnswer;

const OWNER = '673f4d6c245824ce9394c8652c2318e5';

/** A private system disk image made from an ECS built on a public CentOS image. */
export const SDK_PRIVATE_SYSTEM_IMAGE = {
  ...common,
  id: '4f6b2f0e-9c1a-4c1d-9b4e-0d3c2a1b5e61',
  name: 'web-frontend-centos7',
  status: 'active',
  visibility: 'private',
  owner: OWNER,
  __imagetype: 'private',
  __description: 'Web tier, nginx 1.24',
  __os_type: 'Linux',
  __os_bit: '64',
  __os_version: 'CentOS 7.9 64bit',
  __platform: 'CentOS',
  __image_size: '3221225472',
  __data_origin: 'instance,2a9c8d4e-51b7-4f0e-a6d3-3f1b9c7e2d10',
  __originalimagename: 'b1e3c2f0-7a4d-4e1b-9c8f-6d5a4b3c2e1f',
  __backup_id: '',
  __support_kvm: 'true',
  __support_arm: 'false',
  __productcode: '',
  disk_format: 'zvhd2',
  min_disk: 40,
  max_ram: '0',
  hw_firmware_type: 'bios',
  hw_vif_multiqueue_enabled: 'true',
  virtual_env_type: 'FusionCompute',
  enterprise_project_id: '0',
  tags: ['env=prod', 'app=web-frontend'],
  created_at: '2026-10-02T08:14:31Z',
  updated_at: '2026-10-02T08:21:05Z',
  active_at: '2026-10-02T08:21:05Z',
  self: '/v2/images/4f6b2f0e-9c1a-4c1d-9b4e-0d3c2a1b5e61',
  file: '/v2/images/4f6b2f0e-9c1a-4c1d-9b4e-0d3c2a1b5e61/file',
  __os_feature_list: '{"support_resize":"true"}',
} as const satisfies SdkImageAnswer;

/** A full-ECS image made from a CBR backup: its origin is the backup. */
export const SDK_FULL_ECS_IMAGE = {
  ...common,
  id: '8d2e4c6a-1b3f-4a5c-9e7d-2f4b6a8c0e13',
  name: 'erp-app-full',
  status: 'active',
  visibility: 'private',
  owner: OWNER,
  __imagetype: 'private',
  __description: '',
  __os_type: 'Windows',
  __os_bit: '64',
  __os_version: 'Windows Server 2019 Datacenter 64bit English',
  __platform: 'Windows',
  __image_size: '107374182400',
  __data_origin: '5c7e9a1b-3d5f-4b7a-8c9e-1f3a5b7c9d21',
  __backup_id: '5c7e9a1b-3d5f-4b7a-8c9e-1f3a5b7c9d21',
  __originalimagename: '',
  __whole_image: true,
  __support_arm: 'false',
  disk_format: 'zvhd2',
  min_disk: 100,
  virtual_env_type: 'FusionCompute',
  tags: [],
  created_at: '2026-09-14T02:40:00Z',
  updated_at: '2026-09-14T03:05:12Z',
  self: '/v2/images/8d2e4c6a-1b3f-4a5c-9e7d-2f4b6a8c0e13',
  file: '/v2/images/8d2e4c6a-1b3f-4a5c-9e7d-2f4b6a8c0e13/file',
} as const satisfies SdkImageAnswer;

/** A public image of the cloud's catalogue: protected, no lineage. */
export const SDK_PUBLIC_IMAGE = {
  ...common,
  id: 'c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Ubuntu 22.04 server 64bit',
  status: 'active',
  visibility: 'public',
  owner: '1bed856811654c1cb661a6ca845ebc77',
  protected: true,
  __imagetype: 'gold',
  __os_type: 'Linux',
  __os_bit: '64',
  __os_version: 'Ubuntu 22.04 server 64bit',
  __platform: 'Ubuntu',
  __image_size: '2361393152',
  __originalimagename: '',
  __support_kvm: 'true',
  __support_arm: 'false',
  __support_amd: 'true',
  __support_agent_list: 'hss,ces',
  __is_offshelved: 'false',
  disk_format: 'zvhd2',
  min_disk: 40,
  max_ram: '1048576',
  hw_firmware_type: 'uefi',
  virtual_env_type: 'FusionCompute',
  tags: [],
  created_at: '2025-06-20T11:00:00Z',
  updated_at: '2026-01-08T09:30:00Z',
  self: '/v2/images/c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
  file: '/v2/images/c0a1b2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d/file',
} as const satisfies SdkImageAnswer;

/** A data disk image another tenant shared: made from an EVS disk, with a market product code. */
export const SDK_SHARED_IMAGE = {
  ...common,
  id: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
  name: 'logistics-tracker-data',
  status: 'active',
  visibility: 'shared',
  owner: '9f9635df520e68d079bae2abfbe93f0d',
  __imagetype: 'shared',
  __description: 'Tracker data volume',
  __os_type: 'Linux',
  __os_bit: '64',
  __os_version: 'Ubuntu 22.04 server 64bit',
  __platform: 'Ubuntu',
  __image_size: '21474836480',
  __data_origin: 'volume,7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
  __originalimagename: '',
  __backup_id: '',
  __productcode: '00301-123456-0--0',
  __account_code: '',
  __system__cmkid: '',
  disk_format: 'zvhd2',
  min_disk: 100,
  virtual_env_type: 'DataImage',
  tags: [],
  created_at: '2026-08-01T06:00:00Z',
  updated_at: '2026-08-01T06:12:40Z',
  self: '/v2/images/e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
  file: '/v2/images/e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9/file',
} as const satisfies SdkImageAnswer;

export const SDK_IMAGE_ANSWERS = [SDK_PRIVATE_SYSTEM_IMAGE, SDK_FULL_ECS_IMAGE, SDK_PUBLIC_IMAGE, SDK_SHARED_IMAGE];

import type { OsType, Platform, PublicImageRef } from '../../domain';
import { memoized, uuidFrom } from './ids';

interface OsEntry {
  osVersion: string;
  platform: Platform;
  osType: OsType;
  osBit: 32 | 64;
  /** Short form used in generated image names. */
  short: string;
}

/** The public images seeded images are built from, as `__os_version` names them. */
export const OS = {
  centos79: { osVersion: 'CentOS 7.9 64bit', platform: 'CentOS', osType: 'Linux', osBit: 64, short: 'centos7' },
  ubuntu2204: {
    osVersion: 'Ubuntu 22.04 server 64bit',
    platform: 'Ubuntu',
    osType: 'Linux',
    osBit: 64,
    short: 'ubuntu22',
  },
  ubuntu2004: {
    osVersion: 'Ubuntu 20.04 server 64bit',
    platform: 'Ubuntu',
    osType: 'Linux',
    osBit: 64,
    short: 'ubuntu20',
  },
  win2019: {
    osVersion: 'Windows Server 2019 Datacenter 64bit',
    platform: 'Windows',
    osType: 'Windows',
    osBit: 64,
    short: 'win2019',
  },
  win2022: {
    osVersion: 'Windows Server 2022 Datacenter 64bit',
    platform: 'Windows',
    osType: 'Windows',
    osBit: 64,
    short: 'win2022',
  },
  sles15: {
    osVersion: 'SUSE Linux Enterprise Server 15 SP4 64bit',
    platform: 'SUSE',
    osType: 'Linux',
    osBit: 64,
    short: 'sles15',
  },
  euler29: { osVersion: 'EulerOS 2.9 64bit', platform: 'EulerOS', osType: 'Linux', osBit: 64, short: 'euleros' },
  openeuler2203: {
    osVersion: 'openEuler 22.03 64bit',
    platform: 'openEuler',
    osType: 'Linux',
    osBit: 64,
    short: 'openeuler',
  },
  debian11: { osVersion: 'Debian 11.0.0 64bit', platform: 'Debian', osType: 'Linux', osBit: 64, short: 'debian11' },
  debian11i386: {
    osVersion: 'Debian 11.0.0 32bit',
    platform: 'Debian',
    osType: 'Linux',
    osBit: 32,
    short: 'debian11-i386',
  },
  oracle86: {
    osVersion: 'Oracle Linux 8.6 64bit',
    platform: 'Oracle Linux',
    osType: 'Linux',
    osBit: 64,
    short: 'oel8',
  },
  rhel84: {
    osVersion: 'Red Hat Enterprise Linux 8.4 64bit',
    platform: 'RedHat',
    osType: 'Linux',
    osBit: 64,
    short: 'rhel8',
  },
} as const satisfies Record<string, OsEntry>;
export type OsKey = keyof typeof OS;

const publicImageUuid = memoized(uuidFrom);

export function publicImageOf(os: OsKey): PublicImageRef {
  const entry = OS[os];
  return { id: publicImageUuid(`public-image:${entry.osVersion}`), name: entry.osVersion, platform: entry.platform };
}

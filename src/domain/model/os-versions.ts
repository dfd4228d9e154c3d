import type { Architecture } from './image';

/**
 * The OS versions an imported image may name (`os_version`), from the supported-OS tables of the
 * Service Overview (002 §6): x86 ECSs (Tables 6-1 to 6-4), Kunpeng ECSs (Table 6-5), and the
 * OSs that boot in UEFI mode (Table 6-6, which also lists Windows and a few x86 OSs the other
 * tables leave out). An OS the tables do not list is registered as Other_Linux (002 §6.2).
 * Version strings follow IMS's `os_version` spelling ("CentOS 7.9 64bit"); Table 6-6 writes Red
 * Hat as "Red Hat Linux Enterprise", read here as the same OS.
 */
export interface OsVersion {
  osVersion: string;
  /** The family it is grouped under in a picker. */
  family: string;
  bits: 32 | 64;
  /** Listed for x86 ECSs (Tables 6-1 to 6-4, 6-6). */
  x86: boolean;
  /** Listed for Kunpeng (Arm) ECSs (Table 6-5). */
  arm: boolean;
  /** Listed in Table 6-6: may boot in UEFI mode on x86. */
  uefi: boolean;
}

export const OTHER_LINUX_64 = 'Other_Linux(64_bit)';
export const OTHER_LINUX_32 = 'Other_Linux(32_bit)';

interface FamilySpec {
  family: string;
  name: (version: string) => string;
  x86?: readonly string[];
  arm?: readonly string[];
  /** x86 versions of Table 6-6. */
  uefi?: readonly string[];
  bits?: 32 | 64;
}

const range = (from: number, to: number, format: (n: number) => string) =>
  Array.from({ length: to - from + 1 }, (_, i) => format(from + i));

/** Table 6-6 lists these Windows versions, all of them for UEFI. */
const WINDOWS = [
  'Server 2012 Standard',
  'Server 2012 Datacenter',
  'Server 2012 Essentials R2',
  'Server 2012 R2 Standard',
  'Server 2012 R2 Datacenter',
  'Server 2016 Standard',
  'Server 2016 Datacenter',
  'Server 2019 Standard',
  'Server 2019 Datacenter',
  '10',
];

const FAMILIES: readonly FamilySpec[] = [
  {
    family: 'CentOS',
    name: (v) => `CentOS ${v} 64bit`,
    x86: [...range(3, 10, (n) => `6.${n}`), ...range(0, 9, (n) => `7.${n}`), ...range(0, 3, (n) => `8.${n}`)],
    arm: ['7.4', '7.5', '7.6', '8.0'],
    uefi: ['7.6', '7.5', '7.4', '7.0', '6.9', '6.6'],
  },
  {
    family: 'Ubuntu',
    name: (v) => `Ubuntu ${v} Server 64bit`,
    x86: ['12.04', '14.04', '16.04', '18.04', '19.04', '20.04'],
    arm: ['18.04'],
    uefi: ['19.04', '18.04', '16.04', '14.04'],
  },
  {
    family: 'EulerOS',
    name: (v) => `EulerOS ${v} 64bit`,
    x86: ['2.2', '2.3', '2.5', '2.8'],
    arm: ['2.8'],
    uefi: ['2.8', '2.5', '2.3', '2.2'],
  },
  {
    family: 'openEuler',
    name: (v) => `openEuler ${v} 64bit`,
    x86: ['20.03'],
    arm: ['20.03'],
    uefi: ['20.03'],
  },
  {
    family: 'Red Hat',
    name: (v) => `Red Hat Enterprise Linux ${v} 64bit`,
    x86: [...range(4, 10, (n) => `6.${n}`), '7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.8', '7.9', '8.0'],
    arm: ['7.5', '7.6'],
    uefi: ['7.4', '7.3', '7.1', '7.0', '6.9', '6.5'],
  },
  { family: 'Red Hat', name: (v) => `Red Hat Enterprise Linux ${v} 32bit`, x86: ['6.6'], uefi: ['6.6'], bits: 32 },
  {
    family: 'SUSE',
    name: (v) => `SUSE Linux Enterprise Server ${v} 64bit`,
    x86: ['11 SP3', '11 SP4', '12', '12 SP1', '12 SP2', '12 SP3', '12 SP4', '12 SP5', '15', '15 SP1', '15 SP2'],
    arm: ['12 SP4', '12 SP5', '15'],
    uefi: ['12 SP5', '12 SP1', '11 SP3'],
  },
  {
    family: 'openSUSE',
    name: (v) => `openSUSE ${v} 64bit`,
    x86: ['13.2', 'Leap 15.0', 'Leap 15.1', 'Leap 42.1', 'Leap 42.2', 'Leap 42.3'],
    arm: ['Leap 15.0'],
    uefi: ['Leap 42.1'],
  },
  {
    family: 'Debian',
    name: (v) => `Debian GNU/Linux ${v} 64bit`,
    x86: [
      ...range(0, 10, (n) => `8.${n}.0`),
      ...['9.0.0', '9.3.0', '9.4.0', '9.5.0', '9.6.0', '9.7.0', '9.8.0', '9.9.0', '9.11.0', '9.12.0', '9.13.0'],
      ...range(0, 5, (n) => `10.${n}.0`),
      '10.7.0',
    ],
    arm: ['10.2.0'],
    uefi: ['8.8.0'],
  },
  {
    family: 'Fedora',
    name: (v) => `Fedora ${v} 64bit`,
    x86: range(22, 32, String),
    arm: ['29'],
    uefi: ['29', '24'],
  },
  {
    family: 'Oracle Linux',
    name: (v) => `Oracle Linux Server release ${v} 64bit`,
    x86: ['6.9', '7.4'],
    uefi: ['7.4', '6.9'],
  },
  { family: 'CoreOS', name: (v) => `CoreOS ${v} 64bit`, x86: ['2079.4.0'] },
  { family: 'FreeBSD', name: (v) => `FreeBSD ${v} 64bit`, x86: ['10.3', '11.0', '12.1'] },
  { family: 'Windows', name: (v) => `Windows ${v} 64bit`, x86: WINDOWS, uefi: WINDOWS },
  { family: 'Kylin', name: (v) => `Kylin ${v} 64bit`, arm: ['3.2', '4.0', '4.2'] },
  { family: 'Kylin', name: (v) => `KylinSec ${v} 64bit`, arm: ['3.3'] },
  { family: 'Kylin', name: (v) => `NeoKylin ${v} 64bit`, x86: ['V7'], arm: ['7.6'], uefi: ['V7'] },
  { family: 'UnionTech', name: (v) => `UOS ${v} 64bit`, x86: ['20'], uefi: ['20'] },
];

function entriesOf(spec: FamilySpec): OsVersion[] {
  const versions = [...new Set([...(spec.x86 ?? []), ...(spec.arm ?? [])])];
  return versions.map((v) => ({
    osVersion: spec.name(v),
    family: spec.family,
    bits: spec.bits ?? 64,
    x86: spec.x86?.includes(v) ?? false,
    arm: spec.arm?.includes(v) ?? false,
    uefi: spec.uefi?.includes(v) ?? false,
  }));
}

/** Every listed OS version, then Other_Linux 64 and 32 bit (either architecture; BIOS on x86). */
export const OS_VERSIONS: readonly OsVersion[] = [
  ...FAMILIES.flatMap(entriesOf),
  { osVersion: OTHER_LINUX_64, family: 'Other', bits: 64, x86: true, arm: true, uefi: false },
  { osVersion: OTHER_LINUX_32, family: 'Other', bits: 32, x86: true, arm: false, uefi: false },
];

const BY_NAME = new Map(OS_VERSIONS.map((os) => [os.osVersion, os]));

export function osVersionEntry(osVersion: string): OsVersion | undefined {
  return BY_NAME.get(osVersion);
}

/** Whether the OS version is listed for ECSs of that architecture. */
export function osSupportedOn(osVersion: string, architecture: Architecture): boolean {
  const entry = BY_NAME.get(osVersion);
  return entry !== undefined && (architecture === 'arm' ? entry.arm : entry.x86);
}

/** The OS versions a picker offers for an architecture, in table order. */
export function osVersionsFor(architecture: Architecture): OsVersion[] {
  return OS_VERSIONS.filter((os) => (architecture === 'arm' ? os.arm : os.x86));
}

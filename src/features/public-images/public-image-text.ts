import type { Architecture, BootMode, Platform, PublicImage, PublicImageFeatures } from '../../domain';

/** How the console names what the IMS attributes spell in their own way. */

export const PLATFORM_LABELS: Partial<Record<Platform, string>> = { RedHat: 'Red Hat', OpenSUSE: 'openSUSE' };
export const platformLabel = (platform: Platform) => PLATFORM_LABELS[platform] ?? platform;

export const ARCHITECTURE_LABELS: Record<Architecture, string> = { x86: 'x86', arm: 'Kunpeng (Arm)' };
export const BOOT_MODE_LABELS: Record<BootMode, string> = { bios: 'BIOS', uefi: 'UEFI' };

export const FEATURE_LABELS: Record<keyof PublicImageFeatures, string> = {
  userDataInjection: 'User data injection',
  diskHotSwap: 'Disk hot swap',
  nicMultiQueue: 'NIC multi-queue',
};
export const FEATURES = Object.keys(FEATURE_LABELS) as (keyof PublicImageFeatures)[];

/** The features an image supports, in the table's order. */
export function supportedFeatures(image: Pick<PublicImage, 'features'>): string[] {
  return FEATURES.filter((f) => image.features[f]).map((f) => FEATURE_LABELS[f]);
}

export const bitText = (image: Pick<PublicImage, 'osBit'>) => `${image.osBit}-bit`;
export const gbText = (gb: number) => `${Number.isInteger(gb) ? gb : gb.toFixed(2)} GB`;

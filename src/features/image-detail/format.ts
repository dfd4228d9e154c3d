import type { Architecture, BootMode, ImageSource } from '../../domain';

export function formatMemory(mb: number | null, none: string): string {
  return mb === null || mb === 0 ? none : `${mb.toLocaleString('en-US')} MB`;
}

export const BOOT_MODE_LABELS: Record<BootMode, string> = { bios: 'BIOS', uefi: 'UEFI' };
export const ARCHITECTURE_LABELS: Record<Architecture, string> = { x86: 'x86', arm: 'Arm' };

export const SOURCE_KIND_LABELS: Record<ImageSource['kind'], string> = {
  ecs: 'ECS',
  bms: 'BMS',
  'csbs-backup': 'CSBS backup',
  'cbr-backup': 'CBR backup',
  file: 'Image file in OBS',
  'iso-file': 'ISO file in OBS',
  volume: 'EVS disk',
  'image-copy': 'Copy of image',
  unknown: 'Not known',
};

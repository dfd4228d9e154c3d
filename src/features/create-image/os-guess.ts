import { osVersionsFor, type Architecture } from '../../domain';

/** `CentOS 7.9 64bit` → `centos79`: how image file names usually spell an OS. */
const compact = (text: string) =>
  text
    .toLowerCase()
    .replace(/(\d+)bit$/, '')
    .replace(/server|gnu\/linux|enterprise linux|linux enterprise server|release/g, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * The listed OS version an image file's name most likely holds (`ubuntu1804-uefi.qcow2` →
 * Ubuntu 18.04), as IMS checks the OS of an uploaded file (002 §6.2); undefined when none fits.
 */
export function guessOsVersion(fileName: string, architecture: Architecture): string | undefined {
  const name = fileName.toLowerCase().replace(/[^a-z0-9]/g, '');
  let best: { osVersion: string; length: number } | undefined;
  for (const os of osVersionsFor(architecture)) {
    const key = compact(os.osVersion);
    if (key.length > 3 && name.includes(key) && key.length > (best?.length ?? 0))
      best = { osVersion: os.osVersion, length: key.length };
  }
  return best?.osVersion;
}

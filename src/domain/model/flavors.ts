import { z } from 'zod';
import { architectureSchema, type Architecture } from './image';

/**
 * The ECS flavor families the Create ECS dialog offers (ECS flavor naming: family.size.memory-ratio).
 * `heterogeneous` flavors carry GPUs, NPUs or encoding cards, which launch.uefi-heterogeneous reads.
 */
export const flavorFamilySchema = z.enum(['general', 'memory', 'gpu', 'npu', 'kunpeng']);
export type FlavorFamily = z.infer<typeof flavorFamilySchema>;

export const FLAVOR_FAMILY_LABELS: Record<FlavorFamily, string> = {
  general: 'x86 general-purpose',
  memory: 'x86 memory-optimized',
  gpu: 'x86 GPU-accelerated',
  npu: 'x86 AI-accelerated (NPU)',
  kunpeng: 'Kunpeng general-purpose (Arm)',
};

export const flavorSchema = z.object({
  name: z.string(),
  family: flavorFamilySchema,
  vcpus: z.number().int().positive(),
  memoryGb: z.number().positive(),
  architecture: architectureSchema,
  heterogeneous: z.boolean(),
  /** The accelerator of a heterogeneous flavor, as the ECS console names it. */
  accelerator: z.string().nullable(),
});
export type Flavor = z.infer<typeof flavorSchema>;

function flavor(
  name: string,
  family: FlavorFamily,
  vcpus: number,
  memoryGb: number,
  accelerator: string | null = null,
): Flavor {
  const architecture: Architecture = family === 'kunpeng' ? 'arm' : 'x86';
  return { name, family, vcpus, memoryGb, architecture, heterogeneous: accelerator !== null, accelerator };
}

/** The flavors every region of the mock sells (a subset of the ECS catalogue). */
export const FLAVORS: readonly Flavor[] = [
  flavor('s6.small.1', 'general', 1, 1),
  flavor('s6.medium.2', 'general', 1, 2),
  flavor('s6.large.2', 'general', 2, 4),
  flavor('s6.large.4', 'general', 2, 8),
  flavor('s7.medium.4', 'general', 1, 4),
  flavor('s7.large.2', 'general', 2, 4),
  flavor('s7.xlarge.4', 'general', 4, 16),
  flavor('m6.large.8', 'memory', 2, 16),
  flavor('m6.xlarge.8', 'memory', 4, 32),
  flavor('m6.2xlarge.8', 'memory', 8, 64),
  flavor('p2s.2xlarge.8', 'gpu', 8, 64, '1 × NVIDIA V100'),
  flavor('g6.xlarge.4', 'gpu', 4, 16, '1 × NVIDIA T4'),
  flavor('ai1s.large.4', 'npu', 2, 8, '1 × Ascend 310'),
  flavor('kc1.large.2', 'kunpeng', 2, 4),
  flavor('kc1.xlarge.4', 'kunpeng', 4, 16),
];

/** "s6.large.2 · 2 vCPUs · 4 GB" (and the accelerator, when the flavor has one). */
export function flavorLabel(f: Flavor): string {
  const cpus = `${f.vcpus} vCPU${f.vcpus === 1 ? '' : 's'}`;
  return [f.name, cpus, `${f.memoryGb} GB`, ...(f.accelerator ? [f.accelerator] : [])].join(' · ');
}

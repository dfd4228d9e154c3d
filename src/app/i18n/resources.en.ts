/* Every UI namespace's English catalogue, one per layer or feature (ARCHITECTURE.md §6). */
import { commonEn } from '../../components/messages.en';
import { shellEn } from '../messages.en';
import { privateImagesEn } from '../../features/private-images/messages.en';
import { sharedImagesEn } from '../../features/shared-images/messages.en';
import { publicImagesEn } from '../../features/public-images/messages.en';
import { imageDetailEn } from '../../features/image-detail/messages.en';
import { createImageEn } from '../../features/create-image/messages.en';
import { createEcsEn } from '../../features/create-ecs/messages.en';
import { replicateEn } from '../../features/replicate/messages.en';
import { exportEn } from '../../features/export/messages.en';
import { shareEn } from '../../features/share/messages.en';
import { tagsEn } from '../../features/tags/messages.en';
import { modifyEn } from '../../features/modify/messages.en';
import { deleteEn } from '../../features/delete/messages.en';
import { auditEn } from '../../features/audit/messages.en';
import { constraintsEn } from '../../features/constraints/messages.en';
import { tasksEn } from '../../features/tasks/messages.en';

export const enResources = {
  common: commonEn,
  shell: shellEn,
  privateImages: privateImagesEn,
  sharedImages: sharedImagesEn,
  publicImages: publicImagesEn,
  imageDetail: imageDetailEn,
  createImage: createImageEn,
  createEcs: createEcsEn,
  replicate: replicateEn,
  export: exportEn,
  share: shareEn,
  tags: tagsEn,
  modify: modifyEn,
  delete: deleteEn,
  audit: auditEn,
  constraints: constraintsEn,
  tasks: tasksEn,
};

export type UiNamespace = keyof typeof enResources;

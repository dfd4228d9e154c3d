import type { Messages } from '../../domain';
import type { enResources } from './resources.en';
import { commonZhCN } from '../../components/messages.zh-CN';
import { shellZhCN } from '../messages.zh-CN';
import { privateImagesZhCN } from '../../features/private-images/messages.zh-CN';
import { sharedImagesZhCN } from '../../features/shared-images/messages.zh-CN';
import { publicImagesZhCN } from '../../features/public-images/messages.zh-CN';
import { imageDetailZhCN } from '../../features/image-detail/messages.zh-CN';
import { createImageZhCN } from '../../features/create-image/messages.zh-CN';
import { createEcsZhCN } from '../../features/create-ecs/messages.zh-CN';
import { replicateZhCN } from '../../features/replicate/messages.zh-CN';
import { exportZhCN } from '../../features/export/messages.zh-CN';
import { shareZhCN } from '../../features/share/messages.zh-CN';
import { tagsZhCN } from '../../features/tags/messages.zh-CN';
import { modifyZhCN } from '../../features/modify/messages.zh-CN';
import { deleteZhCN } from '../../features/delete/messages.zh-CN';
import { auditZhCN } from '../../features/audit/messages.zh-CN';
import { constraintsZhCN } from '../../features/constraints/messages.zh-CN';
import { tasksZhCN } from '../../features/tasks/messages.zh-CN';

/** Loaded only when the console speaks Chinese (`console-i18n.ts`). */
export const zhCNResources: Messages<typeof enResources> = {
  common: commonZhCN,
  shell: shellZhCN,
  privateImages: privateImagesZhCN,
  sharedImages: sharedImagesZhCN,
  publicImages: publicImagesZhCN,
  imageDetail: imageDetailZhCN,
  createImage: createImageZhCN,
  createEcs: createEcsZhCN,
  replicate: replicateZhCN,
  export: exportZhCN,
  share: shareZhCN,
  tags: tagsZhCN,
  modify: modifyZhCN,
  delete: deleteZhCN,
  audit: auditZhCN,
  constraints: constraintsZhCN,
  tasks: tasksZhCN,
};

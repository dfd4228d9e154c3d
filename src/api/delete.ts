import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Image } from '../domain';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

/** DELETE one image (IMS has no batch delete: a batch loops this). */
export function useDeleteImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, deleteBackup }: { image: Image; deleteBackup?: boolean }) => {
      await imsFetch(imsPaths.glanceImage.to({ region: image.regionId, imageId: image.id }), {
        method: 'DELETE',
        ...(deleteBackup ? { body: JSON.stringify({ delete_backup: true }) } : {}),
      });
      return image;
    },
    // Not awaited: a batch deletes one image after another and must not wait for every list to
    // refetch between two deletes; the lists refresh in the background.
    onSettled: () => {
      void client.invalidateQueries({ queryKey: imageKeys.all });
      void client.invalidateQueries({ queryKey: jobKeys.all });
    },
  });
}

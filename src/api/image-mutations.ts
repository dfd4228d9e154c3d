import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromImsImage, imsImageSchema } from '../domain/wire/image';
import { type ImageChanges, toImagePatch } from '../domain/wire/modify';
import type { Image } from '../domain';
import { imsFetch } from './client';
import { imageKeys } from './images';
import { jobKeys } from './jobs';

/** PATCH the changed attributes of an image; lists and the detail refresh. */
export function useModifyImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, changes }: { image: Image; changes: ImageChanges }) => {
      const wire = await imsFetch(`/ims/${image.regionId}/v2/cloudimages/${image.id}`, {
        method: 'PATCH',
        body: JSON.stringify(toImagePatch(changes)),
      });
      return fromImsImage(imsImageSchema.parse(wire), image.regionId);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: imageKeys.all }),
  });
}

/** DELETE one image (IMS has no batch delete: a batch loops this). */
export function useDeleteImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, deleteBackup }: { image: Image; deleteBackup?: boolean }) => {
      await imsFetch(`/ims/${image.regionId}/v2/images/${image.id}`, {
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

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { fromImsImage, imsImageSchema } from '../domain/wire/image';
import { toImagePatch, type ImageChanges } from '../domain/wire/modify';
import type { Image } from '../domain';
import { imsPaths } from '../domain/wire/paths';
import { imsFetch } from './client';
import { imageKeys } from './images';

/** PATCH the changed attributes of an image; lists and the detail refresh. */
export function useModifyImage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ image, changes }: { image: Image; changes: ImageChanges }) => {
      const wire = await imsFetch(imsPaths.image.to({ region: image.regionId, imageId: image.id }), {
        method: 'PATCH',
        body: JSON.stringify(toImagePatch(changes)),
      });
      return fromImsImage(imsImageSchema.parse(wire), image.regionId);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: imageKeys.all }),
  });
}

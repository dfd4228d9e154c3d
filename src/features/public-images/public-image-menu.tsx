import MenuItem from '@mui/material/MenuItem';
import { useNavigate } from 'react-router';
import { ImageActionMenu } from '../../components/image-action-menu';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import { notify } from '../../components/notifications';
import type { PublicImage } from '../../domain';

export const publicImagePath = (image: Pick<PublicImage, 'id'>) => `/images/public/${image.id}`;

interface PublicImageMenuProps {
  image: Pick<PublicImage, 'id' | 'name'>;
  /** The image actions the rules judge (Create ECS), first in the menu with their denials. */
  decisions: readonly ImageActionDecision[];
  onAction: (action: ImageActionId) => void;
}

/**
 * The row menu `Actions for <image name>` (README, Testing contract), as on the other lists: the
 * rule-judged actions, then what any image offers (its details, its ID to the clipboard).
 */
export function PublicImageMenu({ image, decisions, onAction }: PublicImageMenuProps) {
  const navigate = useNavigate();

  const copyId = async () => {
    try {
      await navigator.clipboard.writeText(image.id);
      notify(`Copied the ID of ${image.name}.`, 'success');
    } catch {
      notify('The browser did not allow copying; select the ID and copy it instead.', 'warning');
    }
  };

  return (
    <ImageActionMenu
      image={image}
      decisions={decisions}
      onAction={onAction}
      more={(close) => [
        <MenuItem
          key="details"
          onClick={() => {
            close();
            void navigate(publicImagePath(image));
          }}
        >
          View details
        </MenuItem>,
        <MenuItem
          key="copy"
          onClick={() => {
            close();
            void copyId();
          }}
        >
          Copy ID
        </MenuItem>,
      ]}
    />
  );
}

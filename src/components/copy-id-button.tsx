import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { notify } from './notifications';

/** Copies an image id to the clipboard. */
export function CopyIdButton({ id, name }: { id: string; name: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      notify(`Copied the ID of ${name}.`, 'success');
    } catch {
      notify('The browser did not allow copying; select the ID and copy it instead.', 'warning');
    }
  };
  return (
    <Tooltip title="Copy ID" describeChild>
      <IconButton aria-label={`Copy ID of ${name}`} size="small" onClick={() => void copy()}>
        <ContentCopyIcon sx={{ fontSize: 14 }} />
      </IconButton>
    </Tooltip>
  );
}

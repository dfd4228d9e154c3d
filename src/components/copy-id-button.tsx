import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
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

/** A detail page's full image ID, wrapping anywhere on a phone, with its copy button. */
export function FullIdWithCopy({ id, name }: { id: string; name: string }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Box component="span" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
        {id}
      </Box>
      <CopyIdButton id={id} name={name} />
    </Stack>
  );
}

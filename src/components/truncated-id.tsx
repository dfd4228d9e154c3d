import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CopyIdButton } from './copy-id-button';

/** An image's ID in a list cell: its start shown, the whole in the text, and a copy button. */
export function TruncatedId({ id, name }: { id: string; name: string }) {
  return (
    <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
      {/* The whole ID stays in the text (search, copy by hand, screen readers); the cell shows its start. */}
      <Typography
        variant="body2"
        component="span"
        noWrap
        title={id}
        sx={{ fontFamily: 'monospace', fontSize: 12, maxWidth: 96 }}
      >
        {id}
      </Typography>
      <CopyIdButton id={id} name={name} />
    </Stack>
  );
}

import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { imageListQuery } from '../../api/images';
import { useSession } from '../../api/session-store';

/** Placeholder list of the viewer's private images; the real page replaces it. */
export function PrivateImagesPage() {
  const region = useSession((s) => s.regionId);
  const { data, error, isPending } = useQuery(imageListQuery(region, { __imagetype: 'private', limit: 20 }));
  const images = data?.rows.map((r) => r.wire) ?? [];

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        Private Images
      </Typography>
      {isPending ? (
        <CircularProgress aria-label="Loading images" />
      ) : error ? (
        <Alert severity="error">Could not load images: {error.message}</Alert>
      ) : (
        <TableContainer component={Paper}>
          <Table aria-label="Private images" size="small">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Type</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {images.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={3}>No private images in this region.</TableCell>
                </TableRow>
              ) : (
                images.map((image) => (
                  <TableRow key={image.id}>
                    <TableCell>{image.name}</TableCell>
                    <TableCell>{image.status}</TableCell>
                    <TableCell>{image.__imagetype}</TableCell>
                  </TableRow>
                ))
              )}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </>
  );
}

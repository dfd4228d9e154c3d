import type { ReactNode } from 'react';
import type { PublicImageRow as Row } from '../../api/public-images';
import type { ImageActionDecision, ImageActionId } from '../../components/image-actions';
import { SortableListTable, type ListColumn } from '../../components/list/sortable-list-table';
import type { PublicImage } from '../../domain';
import { PublicImageRow } from './public-image-row';
import type { SortField } from './public-list-state';

const COLUMNS: readonly ListColumn<SortField>[] = [
  { label: 'Name', sort: 'name' },
  { label: 'ID' },
  { label: 'OS' },
  { label: 'Architecture' },
  { label: 'Bit' },
  { label: 'Boot mode' },
  { label: 'System disk', sort: 'disk', align: 'right' },
  { label: 'Features' },
  { label: 'Actions', align: 'right', pinnedEnd: true },
];
export const COLUMN_COUNT = COLUMNS.length;

interface PublicImagesTableProps {
  rows: readonly Row[] | undefined;
  placeholder: ReactNode;
  refreshing: boolean;
  skeletonRows: number;
  sort: SortField;
  dir: 'asc' | 'desc';
  onSort: (field: SortField) => void;
  decisionsOf: (image: PublicImage) => readonly ImageActionDecision[];
  onAction: (action: ImageActionId, image: PublicImage) => void;
}

export function PublicImagesTable({ decisionsOf, onAction, ...list }: PublicImagesTableProps) {
  return (
    <SortableListTable
      {...list}
      label="Public images"
      loadingLabel="Loading public images"
      columns={COLUMNS}
      renderRow={({ image }) => (
        <PublicImageRow key={image.id} image={image} decisions={decisionsOf(image)} onAction={onAction} />
      )}
    />
  );
}

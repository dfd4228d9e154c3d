import type { ReactNode } from 'react';
import type { ImageRow } from '../../api/images';
import type { ImageActionId } from '../../components/image-actions';
import { SortableListTable, type ListColumn } from '../../components/list/sortable-list-table';
import type { Image, MemberStatus } from '../../domain';
import { SharedImageRow, type Answer, type RowActions } from './shared-image-row';
import type { SortDir, SortField } from './shared-list-state';

const COLUMNS: readonly ListColumn<SortField>[] = [
  { label: 'Name', sort: 'name' },
  { label: 'Owner' },
  { label: 'Share status' },
  { label: 'OS' },
  { label: 'Type' },
  { label: 'Size', sort: 'size', align: 'right' },
  { label: 'Shared at', sort: 'shared' },
  { label: 'Actions', align: 'right', pinnedEnd: true },
];
export const COLUMN_COUNT = COLUMNS.length;

interface SharedImagesTableProps {
  rows: readonly ImageRow[] | undefined;
  placeholder: ReactNode;
  refreshing: boolean;
  skeletonRows: number;
  sort: SortField;
  dir: SortDir;
  onSort: (field: SortField) => void;
  ownerOf: (projectId: string) => { account: string; project: string };
  actionsOf: (row: ImageRow) => RowActions | undefined;
  onAnswer: (answer: Answer, image: Image, from: MemberStatus) => void;
  onAction: (action: ImageActionId, image: Image) => void;
}

export function SharedImagesTable({ ownerOf, actionsOf, onAnswer, onAction, ...list }: SharedImagesTableProps) {
  return (
    <SortableListTable
      {...list}
      label="Images shared with me"
      loadingLabel="Loading shared images"
      columns={COLUMNS}
      renderRow={(row) => (
        <SharedImageRow
          key={row.image.id}
          row={row}
          owner={ownerOf(row.image.ownerProjectId)}
          actions={actionsOf(row)}
          onAnswer={onAnswer}
          onAction={onAction}
        />
      )}
    />
  );
}

import Stack from '@mui/material/Stack';
import { useId } from 'react';
import { deniedText } from '../../components/denied-reason';
import { formatDateTime, formatGb } from '../../components/format';
import type { Backup, Server, Vault } from '../../domain';
import { FieldProblem } from './form-section';
import { PickerTable, type PickerColumn } from './picker-table';
import { backupRefusal, type Judge } from './row-refusals';

interface BackupPickerProps {
  kind: Backup['kind'];
  label: string;
  backups: readonly Backup[] | undefined;
  servers: readonly Server[];
  vaults: readonly Vault[];
  judge: Judge;
  problem: string | undefined;
  onBackup: (backup: Backup) => void;
}

/** The CSBS or CBR backups of the region's servers; one in use by another creation is refused. */
export function BackupPicker({ kind, label, backups, servers, vaults, judge, problem, onBackup }: BackupPickerProps) {
  const problemId = useId();
  const inUse = (backup: Backup) =>
    judge.ctx.images.find(
      (i) => (i.source.kind === 'csbs-backup' || i.source.kind === 'cbr-backup') && i.source.backupId === backup.id,
    )?.name;
  const columns: PickerColumn<Backup>[] = [
    { header: 'Kind', cell: (b) => b.kind.toUpperCase() },
    { header: 'Size', cell: (b) => formatGb(b.sizeGb), align: 'right' },
    { header: 'Server', cell: (b) => servers.find((s) => s.id === b.serverId)?.name ?? b.serverId },
    ...(kind === 'cbr'
      ? [{ header: 'Vault', cell: (b: Backup) => vaults.find((v) => v.id === b.vaultId)?.name ?? '—' }]
      : []),
    { header: 'Created', cell: (b) => formatDateTime(b.createdAt) },
    { header: 'In use by another creation', cell: (b) => inUse(b) ?? 'No' },
  ];
  const rows = backups?.filter((b) => b.kind === kind);
  return (
    <Stack spacing={1}>
      <PickerTable
        label={label}
        rows={rows}
        emptyText={`No ${kind.toUpperCase()} backups in this region.`}
        rowId={(b) => b.id}
        rowName={(b) => b.name}
        refusal={(b) => {
          const denial = backupRefusal(judge, b);
          return denial ? { text: deniedText(denial) ?? denial.reason } : undefined;
        }}
        selected={judge.values.backupId}
        onSelect={onBackup}
        columns={columns}
        problemId={problemId}
      />
      <FieldProblem id={problemId} text={problem} />
    </Stack>
  );
}

import Stack from '@mui/material/Stack';
import { useId } from 'react';
import type { Control } from 'react-hook-form';
import { deniedText } from '../../components/denied-reason';
import { FormSelect } from '../../components/form/form-select';
import { formatDateTime, formatGb } from '../../components/format';
import { regionName, STORAGE_CLASS_LABELS, type Bucket, type BucketObject } from '../../domain';
import type { CreateFormValues } from './create-form';
import { FieldProblem } from './form-section';
import { PickerTable, type PickerColumn } from './picker-table';
import { bucketRefusal, fileRefusal, type Judge } from './row-refusals';

interface FileBrowserProps {
  control: Control<CreateFormValues>;
  buckets: readonly Bucket[];
  objects: readonly BucketObject[] | undefined;
  judge: Judge;
  bucketProblem: string | undefined;
  fileProblem: string | undefined;
  onFile: (object: BucketObject) => void;
}

const COLUMNS: readonly PickerColumn<BucketObject>[] = [
  { header: 'Size', cell: (o) => formatGb(o.sizeGb), align: 'right' },
  { header: 'Format', cell: (o) => o.format.toUpperCase() },
  { header: 'Last modified', cell: (o) => formatDateTime(o.createdAt) },
];

/**
 * The OBS file browser: a bucket (one of another region or class is a disabled option with the
 * reason), then its files; a file the import rules refuse (format, size) is disabled with why.
 */
export function FileBrowser({
  control,
  buckets,
  objects,
  judge,
  bucketProblem,
  fileProblem,
  onFile,
}: FileBrowserProps) {
  const problemId = useId();
  const { values } = judge;
  return (
    <Stack spacing={1.5}>
      <FormSelect
        control={control}
        name="bucket"
        label="Bucket"
        fullWidth
        problem={bucketProblem}
        help="Image files are read from a Standard bucket in this region."
      >
        <option value="" disabled>
          Choose a bucket
        </option>
        {buckets.map((b) => {
          const denial = bucketRefusal(judge, b);
          const text = `${b.name} · ${regionName(b.regionId)} · ${STORAGE_CLASS_LABELS[b.storageClass]}`;
          return (
            <option key={b.name} value={b.name} disabled={denial !== undefined}>
              {denial ? `${text} — ${denial.reason}` : text}
            </option>
          );
        })}
      </FormSelect>
      {values.bucket !== '' && (
        <PickerTable
          label={`Files in ${values.bucket}`}
          rows={objects}
          emptyText={`No files in ${values.bucket}.`}
          rowId={(o) => `${values.bucket}:${o.key}`}
          rowName={(o) => o.key}
          refusal={(o) => {
            const denial = fileRefusal(judge, values.bucket, o);
            return denial ? { text: deniedText(denial) ?? denial.reason } : undefined;
          }}
          selected={values.imageUrl}
          onSelect={onFile}
          columns={COLUMNS}
          problemId={problemId}
        />
      )}
      <FieldProblem id={problemId} text={fileProblem} />
    </Stack>
  );
}

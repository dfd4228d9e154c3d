import Alert from '@mui/material/Alert';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { bucketObjectsQuery, useExportImage } from '../../api/export';
import { bucketsQuery } from '../../api/services';
import { useSession } from '../../api/session-store';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog, type ImageFormProps } from '../../components/form/image-form-dialog';
import { RuleFormBody } from '../../components/form/rule-form-body';
import { useRuleForm } from '../../components/form/use-rule-form';
import { notify } from '../../components/notifications';
import { canExport, exportRegionLifts, proposeExportFileName, type RuleContext } from '../../domain';
import { BucketFiles } from './bucket-files';
import { ExportFields } from './export-fields';
import {
  defaultsOf,
  exportDenials,
  exportShape,
  requestBodyOf,
  writtenFormat,
  type ExportFormValues,
} from './export-form';

export function ExportImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title="Export Image" form={ExportForm} {...props} />;
}

/** The rules need the viewer's buckets before the defaults (first eligible bucket) can be chosen. */
function ExportForm(props: ImageFormProps) {
  const { image, viewer, ctx, onClose } = props;
  const token = useSession((s) => s.token);
  const buckets = useQuery(bucketsQuery(token, image.regionId, viewer.accountId));
  if (buckets.isSuccess) return <ExportFormBody {...props} ctx={{ ...ctx, buckets: buckets.data }} />;
  return (
    <DialogPlaceholder onCancel={onClose}>
      {buckets.isError ? (
        <Alert severity="error">Your OBS buckets could not be listed: {buckets.error.message}</Alert>
      ) : (
        <DialogLoading label="Loading your OBS buckets…" />
      )}
    </DialogPlaceholder>
  );
}

function ExportFormBody({ image, viewer, ctx: baseCtx, onClose, onDone }: ImageFormProps) {
  const token = useSession((s) => s.token);
  const exportImage = useExportImage();
  const [defaults] = useState(() => defaultsOf(image, viewer, baseCtx));
  // The chosen bucket's files are part of the rule context the form is given, so they are read
  // before the form: the bucket is mirrored here from the field (updated during render, below).
  const [bucket, setBucket] = useState(defaults.bucket);
  const chosen = baseCtx.buckets.find((b) => b.name === bucket);
  const listable = chosen !== undefined && chosen.regionId === image.regionId;
  const files = useQuery({ ...bucketObjectsQuery(token, image.regionId, bucket), enabled: listable });
  const ctx: RuleContext = {
    ...baseCtx,
    buckets: baseCtx.buckets.map((b) => (b.name === bucket && files.data ? { ...b, objects: files.data } : b)),
  };

  const ruleForm = useRuleForm<ExportFormValues>({
    defaultValues: defaults,
    ctx,
    check: (values, latest) => exportDenials(image, viewer, latest, values),
    shape: exportShape,
    submit: async (values) => {
      await exportImage.mutateAsync({ image, body: requestBodyOf(values) });
      notify(`Export of ${image.name} to ${values.bucket} started`, 'success');
      onDone();
    },
  });
  const { form, values } = ruleForm;
  if (values.bucket !== bucket) setBucket(values.bucket);
  const source = canExport(image, viewer, ctx);
  const lifts = exportRegionLifts(image);

  // Until the user types their own, the offered file name follows the format and the bucket, and
  // is one the bucket does not hold (its files load after the form opens).
  const offered = useRef(defaults.fileName);
  const written = writtenFormat(values);
  const objects = files.data;
  useEffect(() => {
    const current = form.getValues('fileName');
    if (current !== offered.current && current !== '') return;
    const next = proposeExportFileName(image.name, written, objects ? { objects } : undefined);
    offered.current = next;
    if (next !== current) form.setValue('fileName', next, { shouldValidate: true });
  }, [form, image.name, written, objects]);

  return (
    <RuleFormBody
      ruleForm={ruleForm}
      subject={
        <>
          Image <strong>{image.name}</strong> · {image.sizeGb} GB
        </>
      }
      source={source}
      notices={
        source.allowed &&
        lifts.length > 0 && (
          <Alert severity="info">
            {lifts.map((lift) => (
              <div key={lift.rule}>{lift.reason}</div>
            ))}
          </Alert>
        )
      }
      submitLabel="Export"
      onCancel={onClose}
    >
      <ExportFields ruleForm={ruleForm} image={image} viewer={viewer} ctx={ctx} />
      {listable && <BucketFiles bucket={bucket} files={files} />}
    </RuleFormBody>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { bucketObjectsQuery, useExportImage } from '../../api/export';
import { bucketsQuery } from '../../api/services';
import { useSession } from '../../api/session-store';
import { deniedText } from '../../components/denied-reason';
import { DialogLoading, DialogPlaceholder } from '../../components/dialog-loading';
import type { ImageActionDialogProps } from '../../components/image-actions';
import { ImageFormDialog, type ImageFormProps } from '../../components/form/image-form-dialog';
import { SubmitActions } from '../../components/form/submit-actions';
import { notify } from '../../components/notifications';
import { canExport, exportRegionLifts, exportViolations, type RuleContext } from '../../domain';
import { BucketFiles } from './bucket-files';
import { ExportFields } from './export-fields';
import {
  defaultFileName,
  defaultsOf,
  denialsByField,
  exportFormSchema,
  inputOf,
  requestBodyOf,
  serverProblem,
  writtenFormat,
  type ExportFormValues,
} from './export-form';

const TITLE = 'Export Image';

export function ExportImageDialog(props: ImageActionDialogProps) {
  return <ImageFormDialog title={TITLE} form={ExportForm} {...props} />;
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
  const formId = useId();
  const token = useSession((s) => s.token);
  const exportImage = useExportImage();
  const [serverError, setServerError] = useState<string | null>(null);
  const [defaults] = useState(() => defaultsOf(image, viewer, baseCtx));

  // The chosen bucket's files load after the form opens; the resolver reads the latest context.
  const ctxRef = useRef(baseCtx);
  const { control, handleSubmit, setError, setValue, getValues, formState } = useForm<ExportFormValues>({
    resolver: (v, c, o) => zodResolver(exportFormSchema(image, viewer, ctxRef.current))(v, c, o),
    defaultValues: defaults,
    mode: 'onChange',
  });
  const values = { ...defaults, ...(useWatch({ control }) as Partial<ExportFormValues>) };
  const chosen = baseCtx.buckets.find((b) => b.name === values.bucket);
  const listable = chosen !== undefined && chosen.regionId === image.regionId;
  const files = useQuery({ ...bucketObjectsQuery(token, image.regionId, values.bucket), enabled: listable });

  const ctx: RuleContext = {
    ...baseCtx,
    buckets: baseCtx.buckets.map((b) => (b.name === values.bucket && files.data ? { ...b, objects: files.data } : b)),
  };
  useEffect(() => {
    ctxRef.current = ctx;
  });

  const input = inputOf(values);
  const decision = canExport(image, viewer, ctx, input);
  const live = denialsByField(exportViolations(image, viewer, ctx, input));
  const source = canExport(image, viewer, ctx);
  const lifts = exportRegionLifts(image);

  // The offered file name follows the format until the user types their own.
  const followFormat = (next: Pick<ExportFormValues, 'format' | 'fastExport'>) => {
    // `values` is this render's, from before the change; the field already holds the new value.
    const fileName = getValues('fileName');
    if (fileName === defaultFileName(image, writtenFormat(values)) || fileName === '')
      setValue('fileName', defaultFileName(image, writtenFormat(next)), { shouldValidate: true });
  };

  const submit = handleSubmit(async (submitted) => {
    setServerError(null);
    try {
      await exportImage.mutateAsync({ image, body: requestBodyOf(submitted) });
      notify(`Export of ${image.name} to ${submitted.bucket} started`, 'success');
      onDone();
    } catch (error) {
      // The refusal stays in the dialog, on its field when it names one; what was typed stays too.
      const problem = serverProblem(error);
      if (problem.field) setError(problem.field, { type: 'server', message: problem.message }, { shouldFocus: true });
      else setServerError(problem.message);
    }
  });

  return (
    <>
      <DialogContent>
        <Stack component="form" id={formId} spacing={2} noValidate onSubmit={(e) => void submit(e)} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            Image <strong>{image.name}</strong> · {image.sizeGb} GB
          </Typography>
          {!source.allowed && <Alert severity="warning">{deniedText(source)}</Alert>}
          {source.allowed && live.root && <Alert severity="warning">{deniedText(live.root)}</Alert>}
          {source.allowed && lifts.length > 0 && (
            <Alert severity="info">
              {lifts.map((lift) => (
                <div key={lift.rule}>{lift.reason}</div>
              ))}
            </Alert>
          )}
          {serverError && (
            <Alert severity="error" role="alert">
              {serverError}
            </Alert>
          )}
          <ExportFields
            formId={formId}
            control={control}
            image={image}
            viewer={viewer}
            ctx={ctx}
            values={values}
            live={live}
            errors={formState.errors}
            onFormatChange={followFormat}
          />
          {listable && <BucketFiles bucket={values.bucket} files={files} />}
        </Stack>
      </DialogContent>
      <SubmitActions
        onCancel={onClose}
        formId={formId}
        decision={decision}
        disabled={formState.isSubmitting}
        busy={formState.isSubmitting}
      >
        Export
      </SubmitActions>
    </>
  );
}

import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, type ReactNode } from 'react';

interface FormSectionProps {
  title: string;
  /** One line under the title: what the section decides. */
  description?: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}

/** One step of the page: a card that is a region named by its heading, so it can be jumped to. */
export function FormSection({ title, description, aside, children }: FormSectionProps) {
  const headingId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 1.5 }}>
          <div>
            <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
              {title}
            </Typography>
            {description && (
              <Typography variant="body2" color="text.secondary">
                {description}
              </Typography>
            )}
          </div>
          {aside}
        </Stack>
        <Stack spacing={2}>{children}</Stack>
      </CardContent>
    </Card>
  );
}

/** A field's refusal (or a picker's) in the error colour, announced as it appears. */
export function FieldProblem({ id, text }: { id?: string; text: string | undefined }) {
  return text ? (
    <Typography id={id} variant="caption" color="error" role="alert" sx={{ display: 'block' }}>
      {text}
    </Typography>
  ) : null;
}

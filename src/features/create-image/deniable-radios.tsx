import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { deniedText } from '../../components/denied-reason';
import type { Denial } from '../../domain';
import { FieldProblem } from './form-section';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** The rule that would refuse this option: it stays focusable, aria-disabled, with the reason. */
  denial?: Denial | undefined;
}

interface DeniableRadiosProps<T extends string> {
  label: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  problem: string | undefined;
  help?: string;
}

/** A row of radios whose refused options say why instead of disappearing. */
export function DeniableRadios<T extends string>({
  label,
  value,
  options,
  onChange,
  problem,
  help,
}: DeniableRadiosProps<T>) {
  const labelId = useId();
  const problemId = useId();
  return (
    <FormControl error={problem !== undefined}>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        row
        aria-labelledby={labelId}
        aria-describedby={problem ? problemId : undefined}
        value={value}
        onChange={(_, next) => {
          const option = options.find((o) => o.value === next);
          if (option && !option.denial) onChange(option.value);
        }}
      >
        {options.map((option) => {
          const reasonId = `${labelId}-${option.value}`;
          return (
            <FormControlLabel
              key={option.value}
              value={option.value}
              label={option.label}
              control={
                <Radio
                  size="small"
                  slotProps={{
                    input: {
                      'aria-disabled': option.denial ? true : undefined,
                      'aria-describedby': option.denial ? reasonId : undefined,
                    },
                  }}
                />
              }
              sx={option.denial && option.value !== value ? { color: 'text.disabled' } : undefined}
            />
          );
        })}
      </RadioGroup>
      {/* Outside the labels, so a reason is the option's description and never part of its name. */}
      {options.map((option) =>
        option.denial ? (
          <span key={option.value} id={`${labelId}-${option.value}`} hidden>
            {deniedText(option.denial)}
          </span>
        ) : null,
      )}
      {problem ? (
        <FieldProblem id={problemId} text={problem} />
      ) : (
        help && (
          <Typography variant="caption" color="text.secondary">
            {help}
          </Typography>
        )
      )}
    </FormControl>
  );
}

import Box from '@mui/material/Box';
import Radio from '@mui/material/Radio';
import Typography from '@mui/material/Typography';
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  explanation: string;
}

interface ChoiceCardsProps<T extends string> {
  /** The radio group's accessible name. */
  label: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/**
 * A radio group drawn as cards: the label and a one-line explanation each, the whole card
 * clickable. The native radios keep arrow-key movement and the group's name.
 */
export function ChoiceCards<T extends string>({ label, choices, value, onChange }: ChoiceCardsProps<T>) {
  const name = useId();
  return (
    <Box
      role="radiogroup"
      aria-label={label}
      sx={{
        display: 'grid',
        gap: 1,
        // Four types sit two by two until there is room for all four; two or three sources share a row.
        gridTemplateColumns: {
          xs: '1fr',
          sm: `repeat(${Math.min(choices.length, choices.length > 3 ? 2 : 3)}, minmax(0, 1fr))`,
          lg: `repeat(${choices.length}, minmax(0, 1fr))`,
        },
      }}
    >
      {choices.map((choice) => {
        const selected = choice.value === value;
        const explanationId = `${name}-${choice.value}`;
        const labelId = `${explanationId}-label`;
        return (
          <Box
            key={choice.value}
            component="label"
            sx={{
              display: 'flex',
              gap: 1,
              alignItems: 'flex-start',
              p: 1.25,
              border: 1,
              borderRadius: 1,
              cursor: 'pointer',
              borderColor: selected ? 'primary.main' : 'divider',
              bgcolor: selected ? 'rgba(31, 95, 191, 0.06)' : 'background.paper',
              '&:hover': { borderColor: 'primary.main' },
            }}
          >
            <Radio
              size="small"
              name={name}
              value={choice.value}
              checked={selected}
              onChange={() => onChange(choice.value)}
              slotProps={{ input: { 'aria-labelledby': labelId, 'aria-describedby': explanationId } }}
              sx={{ p: 0.25 }}
            />
            <Box>
              <Typography id={labelId} variant="body2" sx={{ fontWeight: 600 }}>
                {choice.label}
              </Typography>
              <Typography id={explanationId} variant="caption" color="text.secondary">
                {choice.explanation}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

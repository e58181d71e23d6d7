import { t } from '../../../i18n';

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

interface Props {
  /** The question, e.g. "How strong is the feeling right now?" */
  legend: string;
  name: string;
  value: number | null;
  onChange: (value: number) => void;
}

/** 0-10 as a row of large radio buttons: optional, nothing chosen until the person taps. */
export function IntensityScale({ legend, name, value, onChange }: Props) {
  const hintId = `${name}-hint`;
  return (
    <fieldset class="intensity" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p id={hintId} class="hint">
        {t('calm.scaleHint')}
      </p>
      <div class="intensity-levels">
        {LEVELS.map((level) => (
          <label key={level} class="intensity-level">
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{level}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

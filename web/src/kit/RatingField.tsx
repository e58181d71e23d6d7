// A 0-5 rating as a row of fixed buttons (radios) with a separate "Not rated" first: nothing
// moves or appears under the finger, and "not rated" never looks like 0. Arrow keys move along
// the row; a screen reader hears the group's name, then "Not rated" or the number.
import { t } from '../i18n';

interface Props {
  /** Unique in the page: the radios' name and the ids derive from it. */
  id: string;
  /** The visible name (an emotion or urge), also the group's accessible name. */
  label: string;
  value: number | null;
  max: number;
  disabled?: boolean;
  onChange: (value: number | null) => void;
}

export function RatingField({ id, label, value, max, disabled = false, onChange }: Props) {
  const levels = Array.from({ length: max + 1 }, (_, i) => i);
  const labelId = `${id}-label`;
  const option = (level: number | null) => (
    <label key={level ?? 'none'} class={level === null ? 'rating-option rating-none' : 'rating-option'}>
      <input
        type="radio"
        name={id}
        value={level === null ? '' : String(level)}
        checked={value === level}
        disabled={disabled}
        aria-label={level === null ? t('rating.notRated') : undefined}
        onChange={() => onChange(level)}
      />
      <span aria-hidden={level === null ? 'true' : undefined}>{level === null ? t('rating.notRatedShort') : level}</span>
    </label>
  );
  return (
    <div class="rating">
      <div class="rating-head">
        <span id={labelId}>{label}</span>
        <span class={value === null ? 'rating-value muted' : 'rating-value'} aria-hidden="true">
          {value === null ? t('rating.notRated') : t('rating.value', { value, max })}
        </span>
      </div>
      <div class="rating-options" role="radiogroup" aria-labelledby={labelId}>
        {option(null)}
        {levels.map(option)}
      </div>
    </div>
  );
}

import { t } from '../i18n';

/** The neutral mark: a bowl with a thin gold seam. Decorative. */
export function Brand() {
  return (
    <p class="brand">
      <svg class="brand-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle cx="32" cy="32" r="26" class="brand-bowl" />
        <path d="M20 14 L29 27 L24 36 L35 46 L38 56" class="brand-seam" />
      </svg>
      <span>{t('app.name')}</span>
    </p>
  );
}

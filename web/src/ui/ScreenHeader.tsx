import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../i18n';
import { useFocusOnMount } from './hooks';

/** A screen's top bar: its h1 (focused on mount) and, while unlocked, "Lock" (or another action). */
export function ScreenHeader({ heading: title, onLock, children }: { heading: MessageKey; onLock?: () => void; children?: ComponentChildren }) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  return (
    <header class="topbar">
      <h1 ref={ref} tabIndex={-1}>
        {t(title)}
      </h1>
      {children}
      {onLock && (
        <button type="button" class="lock" onClick={onLock}>
          {t('app.lock')}
        </button>
      )}
    </header>
  );
}

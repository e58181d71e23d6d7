import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { applyUpdate, subscribe, type SwState } from '../sw/register';

function useSwState(): SwState {
  const [state, setState] = useState<SwState>({ offlineReady: false, updateAvailable: false });
  useEffect(() => subscribe(setState), []);
  return state;
}

/** "Update available" + "Update" at the top of the page when a new version waits; applied only on click. */
export function SwUpdate() {
  const { updateAvailable } = useSwState();
  const [updating, setUpdating] = useState(false);
  if (!updateAvailable) return null;
  return (
    <div class="sw sw-update" role="region" aria-label={t('sw.updateAvailable')}>
      <p>{t('sw.updateAvailable')}</p>
      <button
        type="button"
        disabled={updating}
        onClick={() => {
          setUpdating(true);
          void applyUpdate();
        }}
      >
        {t('sw.update')}
      </button>
    </div>
  );
}

/** "Ready to work offline" once the service worker has installed (a quiet line at the bottom). */
export function SwReady() {
  const { offlineReady, updateAvailable } = useSwState();
  return (
    <p class="sw sw-ready" role="status">
      {offlineReady && !updateAvailable ? t('sw.offlineReady') : ''}
    </p>
  );
}

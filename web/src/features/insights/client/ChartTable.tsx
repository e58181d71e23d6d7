// A chart's data table: always read by screen readers, shown on screen with "Show as a table".
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../i18n';

export function ChartTable({ id, children }: { id: string; children: ComponentChildren }) {
  const [shown, setShown] = useState(false);
  return (
    <>
      <button type="button" class="small" aria-expanded={shown} aria-controls={id} onClick={() => setShown((v) => !v)}>
        {t(shown ? 'insights.hideTable' : 'insights.showTable')}
      </button>
      <div class={shown ? 'table-wrap' : 'sr-only'}>
        <table id={id} class="data-table">
          {children}
        </table>
      </div>
    </>
  );
}

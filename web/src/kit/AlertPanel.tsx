// A warning or confirmation that opens in the page (role=alertdialog): when it appears it is
// scrolled onto the screen (away from the fixed bars) and takes focus, so a screen reader reads
// its title and warning and a thumb finds its buttons where the eye is. When it closes, focus
// goes back to the button that opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  labelledBy: string;
  describedBy?: string;
  class?: string;
  children: ComponentChildren;
}

export function AlertPanel({ labelledBy, describedBy, class: className = 'plan-confirm', children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    el.scrollIntoView({ block: 'center', behavior: 'auto' });
    el.focus({ preventScroll: true });
    return () => {
      // Closed with focus inside (or lost): back to the button that opened it, if it is still there.
      const now = document.activeElement;
      if (opener?.isConnected && (now === null || now === document.body || el.contains(now))) opener.focus();
    };
  }, []);
  return (
    <div ref={ref} class={className} role="alertdialog" tabIndex={-1} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </div>
  );
}

// A warning or confirmation that opens in the page (role=alertdialog): when it appears it is
// scrolled onto the screen (away from the fixed bars) and takes focus, so a screen reader reads
// its title and warning and a thumb finds its buttons where the eye is.
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
    el.scrollIntoView({ block: 'center', behavior: 'auto' });
    el.focus({ preventScroll: true });
  }, []);
  return (
    <div ref={ref} class={className} role="alertdialog" tabIndex={-1} aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </div>
  );
}

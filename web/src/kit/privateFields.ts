// Every form control the app draws tells the browser to keep nothing of it.
//
// `autocomplete="off"` (on the field and its form: Chromium honours the form alone for only
// some fields) keeps typed words out of Chromium's autofill table (`Web Data`) and out of the
// form state it writes to `Sessions/` for tab restore; `spellcheck` off keeps words away from
// an online spelling service (Chromium's "enhanced spell check"); `autocorrect` off stops
// Safari's keyboard corrections. Installed once as a Preact hook on every element created, so a
// new field cannot forget it and cannot opt out.
import { options, type VNode } from 'preact';

const FIELDS = new Set(['input', 'textarea', 'select']);

/** The props a control of `type` (an element name) always gets; empty for other elements. */
export function privateProps(type: string): Record<string, string | boolean> {
  if (type === 'form') return { autocomplete: 'off' };
  if (!FIELDS.has(type)) return {};
  // `autocorrect` and `spellcheck` are boolean DOM properties: false writes "off" / "false".
  return { autocomplete: 'off', autocorrect: false, spellcheck: false };
}

let installed = false;

/** Adds `privateProps` to every form and form field rendered from now on. */
export function installPrivateFields(): void {
  if (installed) return;
  installed = true;
  const previous = options.vnode;
  options.vnode = (vnode: VNode) => {
    if (typeof vnode.type === 'string') {
      const extra = privateProps(vnode.type);
      if (Object.keys(extra).length > 0) Object.assign(vnode.props as Record<string, unknown>, extra);
    }
    previous?.(vnode);
  };
}

/**
 * React 18 resets a <textarea> (and a <select>) to its server-rendered value when it hydrates, so
 * whatever a visitor typed on a slow phone before the scripts arrived would be lost (React 19
 * no longer does this). The inline script records every field edited before hydration; after
 * hydration `restoreTypedBeforeHydration` puts those values back. Inputs are left to React, which
 * already keeps them.
 */
export const RECORD_TYPED_SCRIPT = `(function(){var t=window.__typed=new Map();function r(e){var f=e.target;if(f&&(f.tagName==="TEXTAREA"||f.tagName==="SELECT"))t.set(f,f.tagName==="SELECT"?Array.prototype.map.call(f.selectedOptions,function(o){return o.value}):f.value)}document.addEventListener("input",r,true);document.addEventListener("change",r,true);window.__typedStop=function(){document.removeEventListener("input",r,true);document.removeEventListener("change",r,true)}})();`;

type Recorded = Map<HTMLTextAreaElement | HTMLSelectElement, string | string[]>;

export function restoreTypedBeforeHydration() {
  const w = window as unknown as { __typed?: Recorded; __typedStop?: () => void };
  const typed = w.__typed;
  w.__typedStop?.();
  delete w.__typed;
  if (!typed) return;
  for (const [field, value] of typed) {
    if (!field.isConnected) continue;
    if (field instanceof HTMLSelectElement && Array.isArray(value)) {
      for (const option of field.options) option.selected = value.includes(option.value);
    } else if (typeof value === "string" && field.value !== value) {
      field.value = value;
    }
  }
}

import { useId, type ReactNode } from "react";

/**
 * A table that may scroll sideways on a narrow screen. The wrapper is a labelled region in the tab
 * order, so keyboard users can scroll it (axe `scrollable-region-focusable`); its name is the caption.
 */
export function ScrollTable({
  caption,
  captionClassName,
  className,
  children,
}: {
  caption: ReactNode;
  captionClassName?: string;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    // A scrollable region must be focusable to be scrolled by keyboard (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={id}>
      <table className={className}>
        <caption id={id} className={captionClassName}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

import { useBlocker } from "@remix-run/react";
import { useEffect, useRef } from "react";

/**
 * Asks before leaving a form whose changes have not been posted: on a page unload (plain links,
 * reload, closing the tab) through `beforeunload`, and on in-app navigation (<NavLink>) through
 * Remix's blocker. Call `changed` from the form's onChange and `posted` from its onSubmit.
 */
export function useUnsavedChanges(message: string) {
  const dirty = useRef(false);
  // Posting the form is what saves it: `posted` clears the flag before the post navigates.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (!dirty.current) return false;
    return currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search;
  });
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(message)) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, []);
  return {
    changed: () => {
      dirty.current = true;
    },
    posted: () => {
      dirty.current = false;
    },
  };
}

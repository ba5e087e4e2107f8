"use client";

import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from "react";

/** How long "Link copied" stays on screen, in milliseconds. */
const MESSAGE_TIME = 4000;

/**
 * The client half of SectionLink: a link to `#id` that, when clicked, copies the part's full address instead and
 * says so in a polite live region. The server renders the same link and an empty region, so without JavaScript
 * it is a plain link. A click with a modifier key, a browser without the clipboard API and a refused or failed
 * copy all end as the plain link would: at the part, with its address in the address bar.
 */
export function CopySectionLink({
  id,
  statusClassName,
  children,
}: {
  id: string;
  /** The class of the status message ("Link copied"), from SectionLink's styles. */
  statusClassName?: string;
  children: ReactNode;
}) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function copy(event: MouseEvent<HTMLAnchorElement>) {
    const clipboard = navigator.clipboard;
    if (!clipboard || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // The copy is asynchronous and a click's default can only be stopped now, so a failed copy navigates itself.
    event.preventDefault();
    clipboard.writeText(`${location.href.split("#")[0]}#${id}`).then(
      () => {
        setCopied(true);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => setCopied(false), MESSAGE_TIME);
      },
      () => {
        location.hash = id;
      },
    );
  }

  return (
    <>
      <a href={`#${id}`} onClick={copy}>
        {children}
      </a>
      <span className={statusClassName} role="status" aria-live="polite">
        {copied ? "Link copied" : ""}
      </span>
    </>
  );
}

import type { RefObject } from "react";
import { FIELDS } from "@/lib/feedback/fields";
import styles from "./FeedbackForms.module.css";

/** A field people never see or reach; simple bots fill it in, and their answers are not stored. */
export function Honeypot({ inputRef, id }: { inputRef: RefObject<HTMLInputElement | null>; id: string }) {
  return (
    <div className={styles.honeypot} aria-hidden="true">
      <label htmlFor={id}>Leave this field empty</label>
      <input ref={inputRef} id={id} type="text" name={FIELDS.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}

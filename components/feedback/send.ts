import { checkProblemTexts, FEEDBACK_ENDPOINT, FIELDS } from "@/lib/feedback/fields";
import type { ProblemError } from "./ProblemForm";

/** What the page's script does with the forms' answers: check a report as the server will, and send it. */

export type SendResult = { ok: true } | { ok: false; message: string; field?: string };

/** POSTs the fields as the plain form would, marked as sent by the script, and reads the server's answer. */
export async function send(fields: Record<string, string>): Promise<SendResult> {
  try {
    const response = await fetch(FEEDBACK_ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
      body: new URLSearchParams({ ...fields, [FIELDS.javascript]: "1" }).toString(),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; field?: string } } | null;
    return {
      ok: false,
      message: body?.error?.message ?? "Sorry, your answer could not be sent. Please try again later.",
      field: body?.error?.field,
    };
  } catch {
    return { ok: false, message: "Sorry, your answer could not be sent: check your connection and try again." };
  }
}

/** Checks a report before sending it, with the server's rule, so a reader gets the error at once. */
export function checkProblem(whatDoing: string, whatWrong: string): ProblemError | null {
  const error = checkProblemTexts(whatDoing.trim() || null, whatWrong.trim() || null);
  return error ? { field: error.field, message: error.message } : null;
}

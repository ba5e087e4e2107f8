import { digitGroups, GROUP_SEPARATOR, type DigitGroup, type Span } from "./redact-spans";

/**
 * Payment card numbers in a reader's text (pass 2 of lib/feedback/redact.ts): 13 to 19 digits that pass the Luhn
 * check, written together or grouped the way cards are printed (in fours, or 4-6-5 / 4-6-4), the groups separated
 * by spaces, dots, hyphens or slashes. A number that starts with 0, or straight after a "+", is never a card; when
 * a whole run is not a card, shorter stretches of its groups are tried, longest first.
 */

/** A run of digit groups, with its "+" if it has one. */
const CARD_RUN = new RegExp(String.raw`(?<!\d)\+?\d+(?:${GROUP_SEPARATOR}\d+)*`, "g");

const CARD_DIGITS = { min: 13, max: 19 };

export function findCardNumbers(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(CARD_RUN)) {
    const groups = digitGroups(run[0], run.index);
    let first = 0;
    while (first < groups.length) {
      const last = first === 0 && run[0].startsWith("+") ? null : cardEndingAfter(groups, first);
      if (last === null) {
        first++;
        continue;
      }
      spans.push({ start: groups[first]!.start, end: groups[last]!.end });
      first = last + 1;
    }
  }
  return spans;
}

/**
 * The index of the last group of the longest card number starting at
 * `groups[first]`, or null. It must be grouped the way cards are printed, so
 * that, say, two phone numbers or a list of dates ("13.12.2026 14.12.2026")
 * are not mistaken for a card whatever their Luhn sum.
 */
function cardEndingAfter(groups: DigitGroup[], first: number): number | null {
  if (groups[first]!.digits.startsWith("0")) return null;
  let digits = "";
  const candidates: Array<[number, string]> = [];
  for (let last = first; last < groups.length; last++) {
    digits += groups[last]!.digits;
    if (digits.length > CARD_DIGITS.max) break;
    if (digits.length < CARD_DIGITS.min) continue;
    if (groupedLikeACard(groups.slice(first, last + 1).map((group) => group.digits.length))) {
      candidates.push([last, digits]);
    }
  }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const [last, number] = candidates[i]!;
    if (passesLuhn(number)) return last;
  }
  return null;
}

/** Written together, in fours (the last group may be shorter), or 4-6-5 / 4-6-4 as on American Express and Diners Club cards. */
function groupedLikeACard(lengths: number[]): boolean {
  if (lengths.length === 1) return true;
  const shape = lengths.join("-");
  if (shape === "4-6-5" || shape === "4-6-4") return true;
  return lengths.every((length, i) => (i === lengths.length - 1 ? length <= 4 : length === 4));
}

/** The Luhn (mod 10) check that every payment card number passes. */
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Figures for the benchmark's reports and the tests' timings: the one home for them. */

/** The middle value; of an even count, the upper of the two middle values (no averaging, so it was measured). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The value below which `share` of the values fall (nearest rank): p99 at 0.99. NaN when there are none. */
export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

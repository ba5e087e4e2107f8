/**
 * Lighthouse on a running build, in Chromium started by chrome-launcher: mobile, with Lighthouse's default
 * (simulated) throttling, as PageSpeed Insights runs it. Used by `npm run bench:lighthouse` (bench/lighthouse.ts),
 * which prints the scores and timings, and by tests/e2e/site/lighthouse.spec.ts, which requires the scores that are
 * not timings (accessibility, best practices, SEO) to be 100.
 *
 * Lighthouse 12.2.3 is pinned: later 12.x and 13 do not install from this project's lock file with the npm here,
 * and 13 needs Node 22.
 */
import fs from "node:fs";
import type lighthouseRunner from "lighthouse";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

export const METRICS = {
  FCP: "first-contentful-paint",
  LCP: "largest-contentful-paint",
  TBT: "total-blocking-time",
  CLS: "cumulative-layout-shift",
} as const;
export type Metric = keyof typeof METRICS;

export interface Audit {
  url: string;
  /** 0 to 100, as Lighthouse shows them; only the categories asked for. */
  scores: Partial<Record<Category, number>>;
  /** Milliseconds (CLS: unitless); present when performance was asked for. */
  metrics: Partial<Record<Metric, number>>;
  /** The audits in the categories asked for that did not pass, with Lighthouse's title: for failure messages. */
  failing: string[];
  /** What Lighthouse took as the largest contentful paint, when performance was asked for. */
  lcpElement?: string;
  /**
   * The first and the largest contentful paint of the load Lighthouse watched (unthrottled, milliseconds from the
   * start of the navigation), when performance was asked for: equal when the largest text is in the first frame.
   */
  observed?: { FCP: number; LCP: number };
}

/** Chromium for Lighthouse: CHROME_PATH, else Debian's, else chrome-launcher's own search. */
export function chromePath(): string | undefined {
  return process.env.CHROME_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => fs.existsSync(path));
}

type Lighthouse = typeof lighthouseRunner;

/**
 * One Lighthouse run. Lighthouse now and then fails to record a load's trace (NO_NAVSTART, NO_FCP), more often on
 * a busy machine: such a run is tried again, twice at most; a page that cannot be audited is an error.
 */
async function auditOnce(lighthouse: Lighthouse, port: number, url: string, categories: readonly Category[]) {
  let lastError = "";
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
      // The report's full-page screenshot is for people reading the HTML report; no score uses it.
      disableFullPageScreenshot: true,
    });
    if (result && !result.lhr.runtimeError) return result.lhr;
    lastError = result?.lhr.runtimeError?.message ?? "no result";
  }
  throw new Error(`Lighthouse could not audit ${url}: ${lastError}`);
}

/** Runs Lighthouse once on each URL, one after the other, in one Chromium. */
export async function runLighthouse(urls: readonly string[], categories: readonly Category[] = CATEGORIES): Promise<Audit[]> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import("lighthouse"), import("chrome-launcher")]);
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const audits: Audit[] = [];
    for (const url of urls) {
      const lhr = await auditOnce(lighthouse, chrome.port, url, categories);
      const scores: Audit["scores"] = {};
      const failing: string[] = [];
      for (const category of categories) {
        const { score, auditRefs } = lhr.categories[category]!;
        scores[category] = Math.round((score ?? 0) * 100);
        for (const { id, weight } of auditRefs) {
          const audit = lhr.audits[id]!;
          if (weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${category}: ${audit.title} (${id})`);
        }
      }
      const metrics: Audit["metrics"] = {};
      if (categories.includes("performance")) {
        for (const [name, id] of Object.entries(METRICS) as [Metric, string][]) {
          const value = lhr.audits[id]?.numericValue;
          if (value !== undefined) metrics[name] = value;
        }
      }
      const lcp = lhr.audits["largest-contentful-paint-element"]?.details as
        | { items?: { items?: { node?: { snippet?: string } }[] }[] }
        | undefined;
      const observed = (
        lhr.audits.metrics?.details as
          | { items?: { observedFirstContentfulPaint?: number; observedLargestContentfulPaint?: number }[] }
          | undefined
      )?.items?.[0];
      audits.push({
        url,
        scores,
        metrics,
        failing,
        lcpElement: lcp?.items?.[0]?.items?.[0]?.node?.snippet,
        observed:
          observed?.observedFirstContentfulPaint === undefined || observed.observedLargestContentfulPaint === undefined
            ? undefined
            : { FCP: observed.observedFirstContentfulPaint, LCP: observed.observedLargestContentfulPaint },
      });
    }
    return audits;
  } finally {
    chrome.kill();
  }
}

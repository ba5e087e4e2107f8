import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { DEFAULT_SITE_URL, siteContent } from "../support/helpers";

const { industries, roles } = siteContent();
const industry = industries[0]!;
const role = (slug: string) => roles.find((each) => each.slug === slug)!;
const coder = role("clinical-coder");
const analyst = role("healthcare-data-analyst");
const COMPARE_URL = "/compare?roles=clinical-coder,healthcare-data-analyst";

/** The first sentence of a section's prose, as text. */
const firstSentence = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x26;|&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=\.)\s/)[0]!;

/** Checks that the page compares the coder and the analyst, section by section. */
async function expectCoderAndAnalyst(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare roles");
  await expect(page.locator(".lead")).toHaveText("Clinical Coder and Healthcare Data Analyst, side by side.");
  const cards = page.getByRole("list", { name: "Roles compared" });
  await expect(cards.getByRole("link", { name: "View role: Clinical Coder" })).toHaveAttribute("href", "/roles/clinical-coder");
  await expect(cards.getByRole("link", { name: "View role: Healthcare Data Analyst" })).toHaveAttribute(
    "href",
    "/roles/healthcare-data-analyst",
  );
  for (const each of [coder, analyst]) await expect(cards).toContainText(each.summary);

  const work = page.getByRole("region", { name: "What the work involves" });
  await expect(work.getByRole("heading", { level: 3 })).toHaveText(["Clinical Coder", "Healthcare Data Analyst"]);
  for (const each of [coder, analyst]) {
    const section = each.sections.find((s) => s.id === "work")!;
    await expect(work.locator(`[data-role="${each.slug}"]`)).toContainText(firstSentence(section.html));
  }
  // The analyst has "Where you could work" and the coder does not: the coder's cell says so.
  const where = page.getByRole("region", { name: "Where you could work" });
  await expect(where.locator('[data-role="clinical-coder"]')).toHaveText(/Not covered in this role's profile/);
  for (const workplace of analyst.workplaces) await expect(where.locator('[data-role="healthcare-data-analyst"]')).toContainText(workplace);
  const skills = page.getByRole("region", { name: "Skills and knowledge" });
  for (const skill of coder.skills) await expect(skills.locator('[data-role="clinical-coder"]')).toContainText(skill);
  await expect(page.getByRole("region", { name: "How people get into this role" })).toBeVisible();
}

test("compare reproduces from its URL", async ({ browser }) => {
  // A fresh context: no cookies, no storage, nothing but the address.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(COMPARE_URL);
  expect(response?.status()).toBe(200);
  await expectCoderAndAnalyst(page);

  // Side by side on a wide screen: the two roles' cells of a section share a row.
  const cells = page.getByRole("region", { name: "What the work involves" }).locator("[data-role]");
  const [left, right] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(left && right).toBeTruthy();
  expect(Math.abs(left!.y - right!.y)).toBeLessThan(2);
  expect(right!.x).toBeGreaterThan(left!.x + left!.width);

  await expect(page).toHaveTitle(/^Compare: Clinical Coder, Healthcare Data Analyst/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    `${DEFAULT_SITE_URL}/compare?roles=healthcare-data-analyst,clinical-coder`,
  );
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Clinical Coder and Healthcare Data Analyst/);
  await context.close();
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the comparison shows in full from its URL", async ({ page }) => {
    await page.goto(COMPARE_URL);
    await expectCoderAndAnalyst(page);
  });

  test("the checkbox form opens a comparison", async ({ page }) => {
    await page.goto("/compare");
    await page.getByRole("checkbox", { name: "Trust & Safety", exact: true }).check();
    await page.getByRole("checkbox", { name: "Clinical Coder", exact: true }).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/\/compare\?roles=trust-and-safety&roles=clinical-coder$/);
    await expect(page.locator(".lead")).toHaveText("Trust & Safety and Clinical Coder, side by side.");
  });
});

test("narrow screens stack each section's roles under their names", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(COMPARE_URL);
  const cells = page.getByRole("region", { name: "What the work involves" }).locator("[data-role]");
  const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(second!.y).toBeGreaterThan(first!.y + first!.height);
});

test("repeated and unknown roles get a message and the chooser", async ({ page }) => {
  const response = await page.goto("/compare?roles=clinical-coder,clinical-coder,nope");
  expect(response?.status()).toBe(200);
  const notice = page.getByRole("region", { name: "Check the roles you chose" });
  await expect(notice).toContainText('We could not find a role called "nope".');
  await expect(notice).toContainText("The address names Clinical Coder more than once.");
  await expect(page.getByText("You have chosen Clinical Coder. Choose at least one more role to compare.")).toBeVisible();
  const chooser = page.getByRole("group", { name: "Which roles do you want to compare?" });
  await expect(chooser.getByRole("checkbox")).toHaveCount(roles.length);
  await expect(chooser.getByRole("checkbox", { name: "Clinical Coder", exact: true })).toBeChecked();
  await expect(chooser.getByRole("checkbox", { name: "Healthcare Data Analyst", exact: true })).not.toBeChecked();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${DEFAULT_SITE_URL}/compare`);
});

test("a guide of up to 50 roles keeps its one list of tick boxes, and ignores the big guide's parameters", async ({ page }) => {
  await page.goto("/compare?industry=healthcare-informatics&find=coder");
  const chooser = page.getByRole("group", { name: "Which roles do you want to compare?" });
  await expect(chooser.getByRole("checkbox")).toHaveCount(roles.length);
  await expect(page.getByRole("search", { name: "Find roles to compare" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Choose by industry" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Check the roles you chose" })).toHaveCount(0);

  await page.goto(`${COMPARE_URL}&industry=healthcare-informatics`);
  await expectCoderAndAnalyst(page);
});

test("a valid comparison still says which slugs it left out", async ({ page }) => {
  await page.goto("/compare?roles=nope,clinical-coder&roles=Healthcare-Data-Analyst");
  await expect(page.getByRole("region", { name: "Notes about this comparison" })).toContainText(
    'We could not find a role called "nope".',
  );
  await expect(page.locator(".lead")).toHaveText("Clinical Coder and Healthcare Data Analyst, side by side.");
});

test("what the address holds is shown as text, never as markup", async ({ page }) => {
  await page.goto(`/compare?roles=${encodeURIComponent('<img src=x onerror="window.__x=1">')},clinical-coder`);
  await expect(page.getByRole("region", { name: "Check the roles you chose" })).toContainText('<img src=x onerror="window');
  await expect(page.locator("main img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
});

test("no address makes the page fail", async ({ request }) => {
  const queries = [
    "",
    "?roles=",
    "?roles=%",
    "?roles=%E2%9C%93",
    "?roles=%00",
    "?roles[]=clinical-coder",
    "?roles=clinical-coder&roles=",
    `?roles=${"x,".repeat(2000)}`,
    `?roles=${roles.map((each) => each.slug).join(",")},${roles.map((each) => each.slug).join(",")}`,
    "?industry=",
    "?industry=%00&find=%FF",
    `?industry=${"x".repeat(3000)}&page=99999999999`,
    "?roles=clinical-coder&find=%3Cscript%3E&page=abc",
    "?find[]=a&industry[]=b",
  ];
  for (const query of queries) {
    const response = await request.get(`/compare${query}`);
    expect(response.status(), query).toBeLessThan(500);
  }
});

test("from a role page, 'Compare with …' opens a comparison of both roles", async ({ page }) => {
  await page.goto("/roles/clinical-coder");
  const section = page.getByRole("region", { name: "Compare this role" });
  await expect(section.getByRole("link", { name: /^Compare / })).toHaveCount(roles.length - 1 + (roles.length >= 3 ? 1 : 0));
  await expect(section.getByRole("link", { name: `Compare all ${industry.name} roles` })).toBeVisible();
  await section.getByRole("link", { name: "Compare with Healthcare Data Analyst" }).click();
  await expect(page).toHaveURL(COMPARE_URL);
  await expectCoderAndAnalyst(page);
});

test("the checkbox form submits to a working comparison", async ({ page }) => {
  await page.goto("/compare");
  await expect(page).toHaveTitle(/^Compare roles/);
  await page.getByRole("checkbox", { name: "Healthcare Data Analyst", exact: true }).check();
  await page.getByRole("checkbox", { name: "Health Informatics Specialist", exact: true }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.locator(".lead")).toHaveText("Healthcare Data Analyst and Health Informatics Specialist, side by side.");
  // The chooser below the comparison starts with the compared roles ticked.
  await expect(page.getByRole("checkbox", { name: "Healthcare Data Analyst", exact: true })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Clinical Coder", exact: true })).not.toBeChecked();
});

/** A comparison of every role in the guide, the widest the page gets. */
const COMPARE_ALL = `/compare?roles=${roles.map((each) => each.slug).join(",")}`;

// /compare and COMPARE_URL are checked at 320 px, and with axe, with every page (every-page.spec.ts).
test("a comparison of every role fits a 320 px wide window", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(COMPARE_ALL);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the industry page's diagram has an accessible name and the pattern list is still there", async ({ page }) => {
  await page.goto(`/industries/${industry.slug}`);
  const diagram = page.getByRole("img", { name: `Career path patterns in ${industry.name}` });
  await expect(diagram).toBeVisible();
  const name = await diagram.evaluate((svg) =>
    (svg.getAttribute("aria-labelledby") ?? "")
      .split(" ")
      .map((id) => document.getElementById(id)?.textContent)
      .join(" "),
  );
  for (const pattern of industry.pathPatterns) {
    const title = role(pattern.to).title;
    expect(name).toContain(`${pattern.from} leads to ${title}.`);
  }
  await expect(diagram.locator("[data-from][data-to] > path")).toHaveCount(industry.pathPatterns.length);
  // The diagram comes before the list, which keeps every pattern with its link.
  const list = page.getByTestId("path-patterns");
  await expect(list.locator(":scope > li")).toHaveCount(industry.pathPatterns.length);
  const [svgBox, listBox] = [await diagram.boundingBox(), await list.boundingBox()];
  expect(svgBox!.y + svgBox!.height).toBeLessThanOrEqual(listBox!.y);
});

for (const width of [320, 1280]) {
  test(`the diagram's labels fit inside their boxes at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/industries/${industry.slug}`);
    const overflows = await page.locator("[data-node]").evaluateAll((nodes) =>
      nodes.flatMap((node) => {
        const rect = (node.querySelector("rect") as SVGRectElement).getBBox();
        const text = (node.querySelector("text") as SVGTextElement).getBBox();
        const inside =
          text.x >= rect.x && text.y >= rect.y && text.x + text.width <= rect.x + rect.width && text.y + text.height <= rect.y + rect.height;
        return inside ? [] : [node.textContent];
      }),
    );
    expect(overflows).toEqual([]);
  });
}

// The chooser, a comparison, the industry page's diagram and the role pages get axe with every page
// (every-page.spec.ts); these are the states only this feature has.
for (const url of ["/compare?roles=clinical-coder,clinical-coder,nope", COMPARE_ALL]) {
  test(`${url} passes axe's WCAG A and AA checks`, async ({ page }) => {
    await page.goto(url);
    await expectNoAxeViolations(page, url);
  });
}

/**
 * Readers' feedback end to end, against the production build: "Is this page useful?" and "Report a problem
 * with this page" on every role and industry page, with JavaScript (sent in place) and without (plain forms,
 * 303 to a thank-you page), the plain error pages, and POST /feedback's answers to bad input and abuse.
 *
 * The server trusts X-Forwarded-For from 127.0.0.1 (playwright.config.ts), so each test posts as a client of
 * its own and the rate limit of one test never touches another.
 */
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { clientFor } from "../support/clients";
import { siteContent } from "../support/helpers";

const { roles, industries } = siteContent();
const CONTENT_PAGES = [
  ...industries.map((industry) => ({ path: `/industries/${industry.slug}`, title: industry.name })),
  ...roles.map((role) => ({ path: `/roles/${role.slug}`, title: role.title })),
];
const ROLE = CONTENT_PAGES.find((each) => each.path.startsWith("/roles/"))!;

async function asOwnClient(page: Page, info: TestInfo) {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": clientFor(info) });
}

/** Fails the test on any console error or uncaught exception on the page. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    // The guide has no favicon yet; the browser's request for one is not the page's doing.
    if (new URL(message.location().url || "about:blank").pathname === "/favicon.ico") return;
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

const feedback = (page: Page) => page.getByRole("region", { name: "Feedback on this page" });

test.describe("with JavaScript", () => {
  for (const { path } of CONTENT_PAGES) {
    test(`${path}: Yes is sent in place and thanked, focus moves to the thanks`, async ({ page }, info) => {
      await asOwnClient(page, info);
      const errors = watchConsole(page);
      await page.goto(path);
      const region = feedback(page);
      await expect(region.getByRole("heading", { name: "Is this page useful?" })).toBeVisible();
      // The region is the last thing in <main>, above the footer.
      expect(await page.evaluate(() => document.querySelector("main")!.lastElementChild?.tagName)).toBe("SECTION");

      const answer = page.waitForResponse((response) => response.url().endsWith("/feedback"));
      await region.getByRole("button", { name: "Yes, this page is useful" }).click();
      expect((await answer).status()).toBe(201);
      const thanks = region.getByRole("status");
      await expect(thanks).toHaveText("Thank you for your feedback.");
      await expect(thanks).toBeFocused();
      await expect(region.getByRole("button", { name: /this page is useful/ })).toHaveCount(0);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    });

    test(`${path}: No is thanked and opens the problem form; the report is sent in place`, async ({ page }, info) => {
      await asOwnClient(page, info);
      const errors = watchConsole(page);
      await page.goto(path);
      const region = feedback(page);
      await region.getByRole("button", { name: "No, this page is not useful" }).click();
      await expect(region.getByRole("status").first()).toContainText("Thank you for your feedback.");
      await expect(region.getByRole("status").first()).toBeFocused();
      const doing = region.getByLabel("What were you doing?");
      await expect(doing).toBeVisible();
      await doing.fill("Reading about the role for a careers session.");
      await region.getByLabel("What went wrong?").fill("A link did not work. Email me at reader@example.com");
      const sent = page.waitForResponse((response) => response.url().endsWith("/feedback"));
      await region.getByRole("button", { name: "Send" }).click();
      expect((await sent).status()).toBe(201);
      const thanks = region.getByText("Thank you for your report.");
      await expect(thanks).toBeVisible();
      await expect(page.locator(":focus")).toContainText("Thank you for your report.");
      await expect(region.getByLabel("What went wrong?")).toHaveCount(0);
      expect(new URL(page.url()).pathname).toBe(path);
      expect(errors).toEqual([]);
    });
  }

  test("the problem form asks for something before sending, and says so accessibly", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByText("Report a problem with this page").click();
    await expect(region.getByText(/Do not include personal details/)).toBeVisible();
    await region.getByRole("button", { name: "Send" }).click();
    const alert = region.getByRole("alert");
    await expect(alert).toContainText("Enter what you were doing or what went wrong");
    await expect(alert).toBeFocused();
    await expect(region.getByLabel("What went wrong?")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page, "problem form with an error");

    await region.getByLabel("What went wrong?").fill("x".repeat(1201));
    await region.getByRole("button", { name: "Send" }).click();
    await expect(alert).toContainText('"What went wrong?" must be 1,200 characters or fewer; it has 1,201');
  });

  // The forms as first shown ("asked") get axe with every role and industry page (every-page.spec.ts).
  test("the forms pass axe with the problem form open", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await feedback(page).getByText("Report a problem with this page").click();
    await expectNoAxeViolations(page, "problem form open");
  });

  test("the forms pass axe after No", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByRole("button", { name: "No, this page is not useful" }).click();
    await expect(region.getByRole("status").first()).toBeVisible();
    await expectNoAxeViolations(page, "after No");
  });

  test("the forms pass axe once a report is sent", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByRole("button", { name: "No, this page is not useful" }).click();
    await region.getByLabel("What went wrong?").fill("The page did not load a picture.");
    await region.getByRole("button", { name: "Send" }).click();
    await expect(region.getByText("Thank you for your report.")).toBeVisible();
    await expectNoAxeViolations(page, "report sent");
  });

  test("keyboard only: Tab to Yes, Enter, and focus lands on the thanks", async ({ page }, info) => {
    // 11 s on a quiet two-core machine: a check of where focus is after every Tab.
    test.setTimeout(45_000);
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const yes = feedback(page).getByRole("button", { name: "Yes, this page is useful" });
    for (let stop = 0; stop < 120 && !(await yes.evaluate((element) => element === document.activeElement)); stop++) {
      await page.keyboard.press("Tab");
    }
    await expect(yes).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(feedback(page).getByRole("status")).toBeFocused();
  });

  test("the forms do not print", async ({ page }) => {
    await page.goto(ROLE.path);
    await page.emulateMedia({ media: "print" });
    await expect(feedback(page)).toBeHidden();
  });

  test("a failed send keeps the form and says what happened", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await page.route("**/feedback", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ ok: false, error: { code: "unavailable", message: "We could not save your answer. Please try again later." } }),
      }),
    );
    const region = feedback(page);
    await region.getByRole("button", { name: "Yes, this page is useful" }).click();
    await expect(region.getByRole("alert")).toHaveText("We could not save your answer. Please try again later.");
    await expect(region.getByRole("button", { name: "Yes, this page is useful" })).toBeEnabled();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, title } of CONTENT_PAGES) {
    test(`${path}: Yes posts the plain form and lands on a thank-you page that links back`, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(path);
      const [response] = await Promise.all([
        page.waitForResponse((each) => each.url().endsWith("/feedback") && each.request().method() === "POST"),
        feedback(page).getByRole("button", { name: "Yes, this page is useful" }).click(),
      ]);
      expect(response.status()).toBe(303);
      await expect(page).toHaveURL(/\/feedback\/thanks\?/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await page.getByRole("link", { name: `Go back to ${title}` }).click();
      await expect(page).toHaveURL(path);
    });

    test(`${path}: a problem report posts the plain form and is thanked`, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(path);
      const region = feedback(page);
      await region.getByText("Report a problem with this page").click();
      await region.getByLabel("What were you doing?").fill("Printing the page for a client.");
      await region.getByLabel("What went wrong?").fill("The second page was blank.");
      await region.getByRole("button", { name: "Send" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await expect(page.getByText(/Your report has been sent/)).toBeVisible();
    });
  }

  test("after No, the thank-you page offers the problem form, which opens at the link", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    await feedback(page).getByRole("button", { name: "No, this page is not useful" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
    await page.getByRole("link", { name: "tell us what went wrong with the page" }).click();
    await expect(page).toHaveURL(`${ROLE.path}#report-a-problem`);
    await expect(feedback(page).getByLabel("What went wrong?")).toBeVisible();
  });

  test("a report that is too long gets a plain error page with the text kept and the form again", async ({ page }, info) => {
    await asOwnClient(page, info);
    await page.goto(ROLE.path);
    const region = feedback(page);
    await region.getByText("Report a problem with this page").click();
    await region.getByLabel("What went wrong?").fill(`<b>kept</b> ${"y".repeat(1300)}`);
    const [response] = await Promise.all([
      page.waitForResponse((each) => each.url().endsWith("/feedback")),
      region.getByRole("button", { name: "Send" }).click(),
    ]);
    expect(response.status()).toBe(422);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is a problem with your answer");
    await expect(page.getByText(/"What went wrong\?" must be 1,200 characters or fewer; it has 1,3\d\d/)).toBeVisible();
    await expect(page.getByLabel("What went wrong?")).toHaveValue(/^<b>kept<\/b> y+$/);
    await page.getByLabel("What went wrong?").fill("Shorter now.");
    await page.getByRole("button", { name: "Send" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
  });

  test("the thank-you page never links off the site", async ({ page }) => {
    await page.goto(`/feedback/thanks?page=${encodeURIComponent("https://evil.example/")}&answer=yes`);
    await expect(page.getByRole("link", { name: "Go to the home page" })).toHaveAttribute("href", "/");
  });
});

/** Sends a plain form post from the browser, as a reader without JavaScript would, and lands on its answer. */
async function postNatively(page: Page, fields: Record<string, string>) {
  await page.evaluate((values) => {
    const form = document.createElement("form");
    form.method = "post";
    form.action = "/feedback";
    for (const [name, value] of Object.entries(values)) {
      const input = document.createElement("textarea");
      input.name = name;
      input.value = value;
      form.append(input);
    }
    document.body.append(form);
    form.submit();
  }, fields);
  await page.waitForLoadState("load");
}

test.describe("the plain pages pass axe (checked with JavaScript on, which axe needs; the pages have no script)", () => {
  for (const answer of ["yes", "no", "problem"]) {
    test(`the thank-you page after ${answer}`, async ({ page }) => {
      await page.goto(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=${answer}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for your feedback");
      await expectNoAxeViolations(page);
    });
  }

  const errors: { name: string; fields: Record<string, string>; status: number; heading: string }[] = [
    {
      name: "a report that is too long (422, the form again)",
      fields: { page: ROLE.path, kind: "problem", whatWrong: "w".repeat(1300) },
      status: 422,
      heading: "There is a problem with your answer",
    },
    {
      name: "an unknown page (422)",
      fields: { page: "/roles/nope", kind: "useful", useful: "yes" },
      status: 422,
      heading: "There is a problem with your answer",
    },
    {
      name: "a bad answer (400)",
      fields: { page: ROLE.path, kind: "useful", useful: "maybe" },
      status: 400,
      heading: "Your answer could not be sent",
    },
  ];
  for (const { name, fields, status, heading } of errors) {
    test(name, async ({ page }, info) => {
      await asOwnClient(page, info);
      await page.goto(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=yes`);
      const response = page.waitForResponse((each) => each.url().endsWith("/feedback"));
      await postNatively(page, fields);
      expect((await response).status()).toBe(status);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("POST /feedback answers bad input and abuse without storing anything", () => {
  const form = "application/x-www-form-urlencoded";
  const valid = `page=${encodeURIComponent(ROLE.path)}&kind=useful&useful=yes`;
  const cases: { name: string; headers?: Record<string, string>; body: string | Buffer; status: number }[] = [
    { name: "an unknown page", body: "page=%2Froles%2Fnope&kind=useful&useful=yes", status: 422 },
    { name: "a page off the site", body: "page=https%3A%2F%2Fevil.example%2F&kind=useful&useful=yes", status: 422 },
    { name: "a bad answer value", body: `page=${encodeURIComponent(ROLE.path)}&kind=useful&useful=maybe`, status: 400 },
    { name: "a missing page", body: "kind=useful&useful=yes", status: 400 },
    { name: "no fields at all", body: "", status: 400 },
    { name: "an empty problem report", body: `page=${encodeURIComponent(ROLE.path)}&kind=problem&whatDoing=&whatWrong=`, status: 422 },
    { name: "a text over 1,200 characters", body: `page=${encodeURIComponent(ROLE.path)}&kind=problem&whatWrong=${"z".repeat(1201)}`, status: 422 },
    { name: "undecodable bytes", body: Buffer.from([0x70, 0x61, 0x67, 0x65, 0x3d, 0xff, 0xfe]), status: 400 },
    { name: "a malformed %-escape", body: "page=%E0%A4%A&kind=useful&useful=yes", status: 400 },
    { name: "a wrong content type", headers: { "Content-Type": "text/plain" }, body: valid, status: 415 },
    { name: "multipart", headers: { "Content-Type": "multipart/form-data; boundary=x" }, body: "--x--", status: 415 },
    { name: "a body over 16 KB", body: `${valid}&whatWrong=${"a".repeat(17 * 1024)}`, status: 413 },
    { name: "a cross-site Origin", headers: { Origin: "https://evil.example" }, body: valid, status: 403 },
    { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" }, body: valid, status: 403 },
  ];

  for (const { name, headers, body, status } of cases) {
    for (const json of [false, true]) {
      test(`${name}: ${status}, as ${json ? "JSON" : "a plain page"}`, async ({ request }, info) => {
        const response = await request.post("/feedback", {
          headers: {
            "Content-Type": form,
            "X-Forwarded-For": clientFor(info),
            ...(json ? { Accept: "application/json" } : {}),
            ...headers,
          },
          data: body,
          maxRedirects: 0,
        });
        expect(response.status()).toBe(status);
        expect(response.headers()["cache-control"]).toBe("no-store");
        if (json) {
          const answer = await response.json();
          expect(answer.ok).toBe(false);
          expect(answer.error.message).toEqual(expect.any(String));
        } else {
          expect(response.headers()["content-type"]).toMatch(/^text\/html/);
          const html = await response.text();
          expect(html).not.toMatch(/<script/i);
          expect(html).toContain("<h1>");
        }
      });
    }
  }

  test("only POST: GET gets 405", async ({ request }) => {
    expect((await request.get("/feedback")).status()).toBe(405);
  });

  test("the honeypot: a bot gets the same 303 as a person", async ({ request }, info) => {
    const response = await request.post("/feedback", {
      headers: { "Content-Type": form, "X-Forwarded-For": clientFor(info) },
      data: `${valid}&website=http%3A%2F%2Fspam.example`,
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe(`/feedback/thanks?page=${encodeURIComponent(ROLE.path)}&answer=yes`);
  });

  test("over 10 posts a minute from one client: 429 with Retry-After; another client is unaffected", async ({ request }, info) => {
    const post = (client: string) =>
      request.post("/feedback", {
        headers: { "Content-Type": form, "X-Forwarded-For": client, Accept: "application/json" },
        data: valid,
      });
    const statuses: number[] = [];
    for (let n = 0; n < 11; n++) statuses.push((await post(clientFor(info, "busy"))).status());
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    const limited = await post(clientFor(info, "busy"));
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
    expect((await post(clientFor(info, "quiet"))).status()).toBe(201);
  });

  test("a spoofed X-Forwarded-For from an untrusted peer does not dodge the limit", async ({ request }, info) => {
    // The peer 127.0.0.1 is trusted, so the right-most address is the client; left-hand entries are the
    // client's own words and rotating them changes nothing.
    const client = clientFor(info);
    const statuses: number[] = [];
    for (let n = 0; n < 11; n++) {
      const response = await request.post("/feedback", {
        headers: { "Content-Type": form, "X-Forwarded-For": `203.0.113.${n}, ${client}`, Accept: "application/json" },
        data: valid,
      });
      statuses.push(response.status());
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

test("GET /healthz answers 200 while the store answers, and is never cached", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("content pages stay prerendered and cacheable with the forms on them, and set no cookie", async ({ request }) => {
  for (const { path } of CONTENT_PAGES) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=31536000/);
    expect(response.headers()["set-cookie"], path).toBeUndefined();
    const html = await response.text();
    expect(html, path).toContain('action="/feedback"');
  }
});

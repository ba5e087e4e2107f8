import { expect, test, type APIRequestContext } from "@playwright/test";

/*
 * A page loads the code of our client components only where it shows them. A feature's index.ts re-exports its
 * client components beside its server ones (components/sharing: CopySectionLink beside JsonLd); without
 * package.json's "sideEffects", importing anything from such an index put the client component's code on every
 * page that did (the home page and search loaded "Link copied" for no section link). Each client component is
 * recognised by a string of its own in the built scripts.
 */

const MARKERS = {
  CopySectionLink: "Link copied",
  FeedbackForms: "Report a problem with this page",
};

/** Which of our client components the page's scripts contain. */
async function clientComponents(request: APIRequestContext, path: string): Promise<string[]> {
  const html = await (await request.get(path)).text();
  const sources = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  const scripts = await Promise.all(sources.map(async (source) => (await request.get(source)).text()));
  return Object.entries(MARKERS)
    .filter(([, marker]) => scripts.some((script) => script.includes(marker)))
    .map(([name]) => name);
}

for (const path of ["/", "/search?q=data", "/roles", "/updates"]) {
  test(`${path} loads none of our client components`, async ({ request }) => {
    expect(await clientComponents(request, path)).toEqual([]);
  });
}

test("a role page loads its section links' and feedback forms' code", async ({ request }) => {
  expect(await clientComponents(request, "/roles/clinical-coder")).toEqual(["CopySectionLink", "FeedbackForms"]);
});

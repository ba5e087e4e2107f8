import { describe, expect, it } from "vitest";
import { isAdminPath } from "@/lib/admin/admin-path";

/** Which request paths the editors' password protects (lib/admin/admin-path.ts). */

describe("isAdminPath", () => {
  it.each([
    "/admin",
    "/admin/",
    "/admin/feedback",
    "/admin/feedback.csv",
    // The tricks of the issue.
    "/ADMIN/feedback",
    "/Admin/Feedback",
    "/admin//feedback",
    "/admin/%66eedback",
    "/%61dmin/feedback",
    "/%41DMIN/feedback",
    "/admin/feedback/",
    "/admin/feedback;",
    "/admin;/feedback",
    "/admin;jsessionid=1/feedback",
    // More of the same kind.
    "//admin/feedback",
    "///admin",
    "\\admin\\feedback",
    "/%5Cadmin/feedback",
    "/%2fadmin/feedback",
    "/%2561dmin/feedback",
    "/%252561dmin/feedback",
    "/%61%64%6d%69%6e",
    "/./admin/feedback",
    "/x/../admin/feedback",
    "/x/%2e%2e/admin/feedback",
    "/roles/..%2f..%2fadmin/feedback",
    "/..;/admin/feedback",
    "/admin./feedback",
    "/admin%20/feedback",
    "/admin%00/feedback",
    "/ad%09min/feedback",
    "/%EF%BD%81dmin/feedback",
    // Malformed escapes: still protected when the readable part is admin.
    "/admin/%",
    "/admin/%ff",
    "/%61dmin/%E0%A4%A",
    "/%C1%A1dmin/feedback",
    // Anything starting with admin in the first segment (deliberately broad; no page of the site starts so).
    "/administrator",
    "/administrative",
    "/admin.rsc",
    // Read literally it starts with admin; when in doubt, protect.
    "/admin/../roles/clinical-coder",
  ])("%s is an admin path", (path) => {
    expect(isAdminPath(path)).toBe(true);
  });

  it.each([
    "/",
    "/roles/admin-officer",
    "/roles/administrator",
    "/industries/public-administration",
    "/search",
    "/feedback",
    "/api/admin",
    "/adm",
    "/adm/in",
    "/badmin",
    "/_admin-not-found",
    "/roles/%",
    "/roles/%61dmin",
  ])("%s is not an admin path", (path) => {
    expect(isAdminPath(path)).toBe(false);
  });
});

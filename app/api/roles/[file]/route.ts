import { getRole, getRoles } from "@/lib/content";
import { jsonFileName, jsonResponse, roleToJson, slugFromJsonFileName } from "@/lib/open-data";

/** Open data: one role, at /api/roles/<role>.json. Every role's file is built at build time; others are 404. */
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getRoles().map((role) => ({ file: jsonFileName(role.slug) }));
}

export async function GET(_request: Request, { params }: RouteContext<"/api/roles/[file]">): Promise<Response> {
  const slug = slugFromJsonFileName((await params).file);
  const role = slug ? getRole(slug) : undefined;
  if (!role) return jsonResponse({ error: "No such role" }, { status: 404 });
  return jsonResponse(roleToJson(role));
}

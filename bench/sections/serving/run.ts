/**
 * Steps 1 to 3 of `npm run bench`: the role page served by `next start`, by the nginx cache in front of it and by a
 * bare nginx beside it, checked, then load-tested with wrk as three kinds of client.
 */
import type { Log, SiteFacts } from "../../common";
import { checkCache, checkStillCached, checkStored } from "./cache-checks";
import { runLoadTests, servingTargets } from "./load-tests";
import { startServing, type ServingPorts, type ServingServers } from "./servers";
import type { ServingReport } from "./targets";

export async function measureServing(options: {
  wrk: string;
  site: SiteFacts;
  distDir: string;
  env: NodeJS.ProcessEnv;
  ports: ServingPorts;
  log: Log;
}): Promise<{ servers: ServingServers; report: ServingReport }> {
  const { site, log } = options;
  const servers = await startServing({ role: site.role, rolePath: site.rolePath, distDir: options.distDir, env: options.env, ports: options.ports });
  const cacheChecks = servers.nginx ? [...(await checkCache(servers)), ...(await checkStored(servers, site.rolePath))] : [];
  const targets = servingTargets(servers);
  const results = await runLoadTests(options.wrk, targets, log);
  if (servers.nginx) cacheChecks.push(await checkStillCached(servers));
  return { servers, report: { rolePath: site.rolePath, targets, results, cacheChecks, nginxCheck: servers.nginxCheck } };
}

/**
 * `npm run nginx:check`: does nginx accept deploy/nginx.conf? Runs `nginx -t` on it in a temporary prefix, as
 * an ordinary user. Needs nginx and its brotli module installed (Debian: apt-get install nginx-light
 * libnginx-mod-http-brotli-filter); not part of `npm test`.
 */
import fs from "node:fs";
import { checkNginx, findNginx, prepareNginx } from "../scripts/harness/nginx";

const nginx = findNginx();
if (!nginx) {
  console.error("nginx is not installed (set NGINX to its path, or install it: apt-get install nginx-light libnginx-mod-http-brotli-filter)");
  process.exit(1);
}
const setup = prepareNginx({ port: 3419, upstreamPort: 3000 });
checkNginx(nginx, setup)
  .then((message) => console.log(message))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(setup.prefix, { recursive: true, force: true }));

// Writes the scale tests' content (30 industries, 1,000 roles) for the "scale" web server in playwright.config.ts.
import path from "node:path";
import { generateContent } from "../../../../scripts/harness/generate-content";
import { SCALE_CONTENT_DIR, SCALE_SIZE } from "../../../../scripts/harness/scale-content";

const plan = generateContent(path.resolve(SCALE_CONTENT_DIR), SCALE_SIZE);
process.stdout.write(`Generated ${plan.industries.length} industries and ${plan.roles.length} roles in ${SCALE_CONTENT_DIR}\n`);

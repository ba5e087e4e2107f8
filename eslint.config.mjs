import fs from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * One folder per feature in lib/ and components/ (docs/architecture.md). From anywhere outside a feature's own
 * folders, only its index.ts may be imported: its internals can change without the rest of the site noticing.
 */
const featureFolders = ["lib", "components"].flatMap((layer) =>
  fs
    .readdirSync(layer, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${layer}/${entry.name}`),
);
const featureZones = featureFolders.map((folder) => {
  const name = folder.split("/")[1];
  return {
    target: ["./app/**", "./*.ts", `./lib/!(${name})/**`, `./components/!(${name})/**`],
    from: `./${folder}/**`,
    // Glob exceptions are matched against the absolute path of what is imported.
    except: [`${import.meta.dirname}/${folder}/index.@(ts|tsx)`],
    message: `import it from "@/${folder}" (its index): another feature's internals are its own.`,
  };
});

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    // The import rules read the project's own modules only: parsing dependencies is slow and tells nothing.
    settings: { "import/ignore": ["node_modules"] },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["error", "warn"] }],
      // No import cycles, type-only imports included: a cycle makes the order modules load in matter.
      "import/no-cycle": ["error", { ignoreExternal: true }],
      // Only a feature's index from outside it (the feature's own lib/ and components/ folders are one feature).
      "import/no-restricted-paths": ["error", { zones: featureZones }],
    },
  },
  {
    files: [
      "lib/content/cli.ts",
      "lib/content/diff-cli.ts",
      "lib/content/write-schemas.ts",
      "tests/e2e/support/**",
      ".ci/**",
      "bench/**",
      "deploy/**",
      "scripts/**",
    ],
    rules: { "no-console": "off" },
  },
]);

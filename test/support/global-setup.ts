import { dropStaleTemplates, sourceHash } from "./template-db.js";

/**
 * Once per test run, before the workers: fixes the source version the run's templates are named after (the workers
 * inherit the environment) and drops the templates of older versions (test/support/template-db.ts). The current
 * ones are built on first use, by whichever test needs them, so a run of a few `seed: "none"` files never pays for
 * seeding the demo province.
 */
export default async function setup(): Promise<void> {
  process.env.CONGSO_TEMPLATE_HASH ??= sourceHash();
  await dropStaleTemplates();
}

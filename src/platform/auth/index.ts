import type { FastifyInstance } from "fastify";

// STUB — to be replaced by the auth work: session loading, access enforcement for /admin routes (route config
// `access`, see ../rbac/access.ts), CSRF on every form, sign-in with password + TOTP, sign-out, password change.
export async function authPlugin(_app: FastifyInstance): Promise<void> {}

import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import type { Role } from "../rbac/roles.js";
import type { AdminShell } from "../ui/admin-layout.js";

// STUB — the auth work implements these; the signatures are what other areas code against.

export interface AdminNavEntry {
  label: string;
  href: string;
  /** Who sees the entry: holders of any of these roles, or every signed-in staff member. */
  roles: readonly Role[] | "staff";
  /** Position in the menu, smaller first. */
  order: number;
}

/** Modules add their admin pages to the left-hand menu at plugin registration. */
export function registerAdminNav(_entry: AdminNavEntry): void {}

/** The admin frame for this request: the signed-in person, their menu (filtered by role), CSRF token, flash. */
export async function adminShell(_request: FastifyRequest): Promise<AdminShell> {
  throw new Error("not implemented");
}

/** Renders a page inside the admin frame and sends it (status 200 unless given, e.g. 422 for a form with errors). */
export async function sendAdminPage(
  _request: FastifyRequest,
  _reply: FastifyReply,
  _title: string,
  _body: JSX.Element,
  _status = 200,
): Promise<FastifyReply> {
  throw new Error("not implemented");
}

/** Stores a one-time message shown on the next admin page ("Đã lưu đơn vị."). */
export async function setFlash(_request: FastifyRequest, _message: string): Promise<void> {}

/** The CSRF token to put in a form's hidden `_csrf` field (anonymous pages too, e.g. sign-in). */
export function csrfToken(_request: FastifyRequest): string {
  throw new Error("not implemented");
}

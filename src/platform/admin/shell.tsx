import type { FastifyReply, FastifyRequest } from "fastify";
import type { JSX } from "preact";
import { requestCsrfToken, sessionData } from "../auth/request-state.js";
import { holdsAnyRole } from "../rbac/grants.js";
import type { Role } from "../rbac/roles.js";
import { AdminLayout, type AdminShell } from "../ui/admin-layout.js";
import { renderDocument } from "../ui/render.js";

export interface AdminNavEntry {
  label: string;
  href: string;
  /** Who sees the entry: holders of any of these roles, or every signed-in staff member. */
  roles: readonly Role[] | "staff";
  /** Position in the menu, smaller first. */
  order: number;
}

/** One menu for the whole process: modules register at plugin registration, and a test app re-registers the same. */
const navEntries = new Map<string, AdminNavEntry>();

/** Modules add their admin pages to the left-hand menu at plugin registration. */
export function registerAdminNav(entry: AdminNavEntry): void {
  navEntries.set(entry.href, entry);
}

/** The menu entries a person sees (exported for tests). */
export function adminNavFor(staff: FastifyRequest["staff"]): AdminNavEntry[] {
  if (!staff) return [];
  return [...navEntries.values()]
    .filter((e) => e.roles === "staff" || holdsAnyRole(staff, e.roles))
    .sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, "vi"));
}

/** Reads the one-time message and removes it from the session, so it is shown exactly once. */
async function takeFlash(request: FastifyRequest): Promise<string | undefined> {
  const session = request.authSession;
  if (!session) return undefined;
  const data = sessionData(session);
  if (!data.flash) return undefined;
  const { flash, ...rest } = data;
  session.data = { ...rest };
  await request.server.services.sessions.update(session.id, session.data);
  return flash;
}

/** The admin frame for this request: the signed-in person, their menu (filtered by role), CSRF token, flash. */
export async function adminShell(request: FastifyRequest): Promise<AdminShell> {
  const staff = request.staff;
  return {
    lang: request.lang ?? "vi",
    userName: staff?.fullName ?? "",
    csrfToken: requestCsrfToken(request),
    nav: adminNavFor(staff).map(({ label, href }) => ({ label, href })),
    currentPath: request.url.split("?")[0] ?? "/admin",
    flash: await takeFlash(request),
  };
}

/** Renders a page inside the admin frame and sends it (status 200 unless given, e.g. 422 for a form with errors). */
export async function sendAdminPage(
  request: FastifyRequest,
  reply: FastifyReply,
  title: string,
  body: JSX.Element,
  status = 200,
): Promise<FastifyReply> {
  const shell = await adminShell(request);
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .send(
      renderDocument(
        <AdminLayout shell={shell} title={title}>
          {body}
        </AdminLayout>,
      ),
    );
}

/** Stores a one-time message shown on the next admin page ("Đã lưu đơn vị."). */
export async function setFlash(request: FastifyRequest, message: string): Promise<void> {
  const session = request.authSession;
  if (!session) return;
  session.data = { ...session.data, flash: message };
  await request.server.services.sessions.update(session.id, session.data);
}

/** The CSRF token to put in a form's hidden `_csrf` field (anonymous pages too, e.g. sign-in). */
export function csrfToken(request: FastifyRequest): string {
  return requestCsrfToken(request);
}

import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string | T | undefined, string | T>;

export interface StaffUserTable {
  id: string;
  username: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  unit_id: string | null;
  position: string | null;
  password_hash: string;
  must_change_password: Generated<boolean>;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  /** argon2 hashes of unused recovery codes. */
  recovery_codes: Json<string[]>;
  failed_attempts: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleGrantTable {
  id: string;
  user_id: string;
  role: string;
  unit_id: string | null;
  site_id: string | null;
  created_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: string | null;
  data: Json<Record<string, unknown>>;
  created_at: Timestamp;
  expires_at: Date | string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string | null;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  ip: string | null;
  request_id: string | null;
}

export interface JobTable {
  id: Generated<number>;
  queue: string;
  payload: Json<Record<string, unknown>>;
  status: Generated<"pending" | "running" | "done" | "dead">;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  run_at: Timestamp;
  locked_at: Date | null;
  locked_by: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  finished_at: Date | null;
}

declare module "./schema.js" {
  interface Database {
    staff_users: StaffUserTable;
    role_grants: RoleGrantTable;
    sessions: SessionTable;
    audit_log: AuditLogTable;
    jobs: JobTable;
  }
}

export type StaffUser = Selectable<StaffUserTable>;
export type NewStaffUser = Insertable<StaffUserTable>;
export type StaffUserUpdate = Updateable<StaffUserTable>;
export type RoleGrant = Selectable<RoleGrantTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type Job = Selectable<JobTable>;

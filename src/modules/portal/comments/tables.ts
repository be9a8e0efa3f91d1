import type { ColumnType } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type CommentStatus = "pending" | "approved" | "rejected";

export interface CommentSettingsTable {
  site_id: string;
  enabled: boolean;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface CommentDisabledItemTable {
  content_id: string;
  disabled_by: string | null;
  disabled_at: Timestamp;
}

export interface CommentTable {
  id: string;
  site_id: string;
  content_id: string;
  author_name: string;
  author_email: string | null;
  body: string;
  status: ColumnType<CommentStatus, CommentStatus | undefined, CommentStatus>;
  /** The banned-list entries the text matched; non-empty means moderators should look twice. */
  flagged_words: ColumnType<string[], string[] | undefined, string[]>;
  /** HMAC of the sender's IP with the install's secret: enough to rate-limit, not enough to identify. */
  ip_hash: string;
  created_at: Timestamp;
  moderated_by: string | null;
  moderated_at: NullableTimestamp;
}

export interface CommentBannedWordTable {
  id: string;
  /** null: the province-wide list (system administrators); otherwise one site's own additions. */
  site_id: string | null;
  word: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface CommentSecretTable {
  id: number;
  secret: string;
}

declare module "../../../platform/db/schema.js" {
  interface Database {
    comment_settings: CommentSettingsTable;
    comment_disabled_items: CommentDisabledItemTable;
    comments: CommentTable;
    comment_banned_words: CommentBannedWordTable;
    comment_secrets: CommentSecretTable;
  }
}

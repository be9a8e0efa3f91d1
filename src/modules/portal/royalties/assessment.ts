import { type AuditActor, recordAudit } from "../../../platform/audit/index.js";
import type { Executor, Tx } from "../../../platform/db/transaction.js";
import { conflict } from "../../../platform/http/errors.js";
import { formatDateTime } from "../../../platform/i18n/index.js";
import type { ContentItem } from "../tables.js";
import { tr } from "./catalogue.js";
import { type AssessmentChoice, parseAssessment } from "./domain/assessment-input.js";
import { vnDayOf } from "./domain/month.js";
import { checkPoints, suggestAssessment } from "./domain/rates.js";
import {
  creatorName,
  getAssessment,
  getClassForShare,
  listClasses,
  pointValueOnDay,
  upsertAssessment,
} from "./store.js";
import type { RoyaltyAssessment, RoyaltyClass } from "./tables.js";

/** The workflow steps that put an item before readers, and so fix its royalty. */
const ASSESSED_ACTIONS = new Set(["publish", "schedule"]);

/** What the approver typed, kept to show again when the form comes back with an error. */
export interface RoyaltyRaw {
  classCode: string;
  points: string;
}

export function royaltyRaw(body: Record<string, unknown>): RoyaltyRaw | undefined {
  if (field(body, "royalty_form") !== "1") return undefined;
  return { classCode: field(body, "royalty_class").trim(), points: field(body, "royalty_points").trim() };
}

function field(body: Record<string, unknown>, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === "string" ? s : "";
}

export type PreparedRoyalty =
  | { kind: "skip" }
  | { kind: "assess"; choice: AssessmentChoice }
  | { kind: "invalid"; errors: Record<string, string> };

/** The ids of the assessment fields inside one workflow form (the publish and schedule forms both carry them). */
export function royaltyFieldIds(action: string): { cls: string; points: string } {
  return { cls: `royalty_class-${action}`, points: `royalty_points-${action}` };
}

/**
 * Checks the assessment a publish or schedule form carries, before the transition runs, so an out-of-range choice
 * publishes nothing. Forms without the royalty fields (static pages, API clients, people who cannot approve) skip.
 */
export async function prepareRoyalty(
  db: Executor,
  action: string,
  body: Record<string, unknown>,
  canApprove: boolean,
): Promise<PreparedRoyalty> {
  const raw = royaltyRaw(body);
  if (!raw || !canApprove || !ASSESSED_ACTIONS.has(action)) return { kind: "skip" };
  const classes = (await listClasses(db)).map(toAssessable);
  const parsed = parseAssessment(raw, classes);
  if (parsed.ok) return { kind: "assess", choice: parsed.value };
  const ids = royaltyFieldIds(action);
  const errors: Record<string, string> = {};
  for (const p of parsed.problems) errors[p.field === "class" ? ids.cls : ids.points] = tr(p.key, p.params);
  return { kind: "invalid", errors };
}

function toAssessable(c: RoyaltyClass) {
  return { code: c.code, name: c.name, minPoints: c.min_points, maxPoints: c.max_points, active: c.active };
}

/**
 * Writes the assessment in the transition's transaction, with the point value in force on the publication day.
 * A re-assessment (republish, reschedule) replaces the current one and the audit log keeps both; an unchanged one
 * writes nothing.
 */
export async function saveRoyalty(
  tx: Tx,
  actor: AuditActor,
  item: ContentItem,
  prepared: PreparedRoyalty,
  now: Date,
): Promise<RoyaltyAssessment | null> {
  if (prepared.kind !== "assess") return null;
  const { choice } = prepared;
  const cls = await getClassForShare(tx, choice.classCode);
  if (
    !cls?.active ||
    checkPoints({ minPoints: cls.min_points, maxPoints: cls.max_points }, choice.points) !== "ok"
  ) {
    // The range changed between the form's check and this write: roll the whole transition back.
    throw conflict("portalRoyalties.error.classChanged");
  }
  const day = vnDayOf(item.published_at ?? item.publish_at ?? now);
  const value = await pointValueOnDay(tx, day);
  const beneficiary = item.author?.trim() || (await creatorName(tx, item.created_by)) || "";
  const previous = await getAssessment(tx, item.id);
  const pointValueVnd = value?.value_vnd ?? null;
  if (
    previous &&
    previous.class_code === cls.code &&
    previous.points === choice.points &&
    previous.beneficiary === beneficiary &&
    previous.point_value_vnd === pointValueVnd
  ) {
    return previous;
  }
  const saved = await upsertAssessment(tx, {
    contentId: item.id,
    siteId: item.site_id,
    classCode: cls.code,
    className: cls.name,
    points: choice.points,
    beneficiary,
    pointValueVnd,
    assessedBy: actor.id,
    assessedByName: actor.name,
    at: now,
  });
  await recordAudit(tx, actor, {
    action: previous ? "royalty.reassess" : "royalty.assess",
    entityType: "content_item",
    entityId: item.id,
    summary: tr(previous ? "portalRoyalties.audit.reassess" : "portalRoyalties.audit.assess", {
      title: item.title,
      name: cls.name,
      points: choice.points,
    }),
    before: previous ? snapshot(previous) : undefined,
    after: snapshot(saved),
  });
  return saved;
}

function snapshot(a: RoyaltyAssessment) {
  return {
    class_code: a.class_code,
    class_name: a.class_name,
    points: a.points,
    beneficiary: a.beneficiary,
    point_value_vnd: a.point_value_vnd,
    revision: a.revision,
  };
}

/** What the assessment fields of the workflow panel show. */
export interface RoyaltyPanelData {
  classes: { code: string; name: string; minPoints: number; maxPoints: number }[];
  classCode: string;
  points: string;
  /** The assessment in force, described in one sentence; null when there is none yet. */
  currentText: string | null;
}

/**
 * The fields' content for an item: what the approver typed, else the current assessment, else the suggestion for the
 * item's kind. Null for static pages, which are not paid royalties.
 */
export async function royaltyPanel(
  db: Executor,
  item: ContentItem,
  input?: RoyaltyRaw,
): Promise<RoyaltyPanelData | null> {
  if (item.kind === "page") return null;
  const [all, current] = await Promise.all([listClasses(db), getAssessment(db, item.id)]);
  const classes = all.filter((c) => c.active || c.code === current?.class_code);
  const suggestion = suggestAssessment(
    item.kind,
    all.map((c) => ({
      code: c.code,
      minPoints: c.min_points,
      maxPoints: c.max_points,
      suggestFor: c.suggest_for,
      active: c.active,
    })),
  );
  const chosen =
    input ?? (current ? { classCode: current.class_code, points: String(current.points) } : undefined);
  return {
    classes: classes.map((c) => ({
      code: c.code,
      name: c.name,
      minPoints: c.min_points,
      maxPoints: c.max_points,
    })),
    classCode: chosen?.classCode ?? suggestion?.classCode ?? "",
    points: chosen?.points ?? (suggestion ? String(suggestion.points) : ""),
    currentText: current
      ? tr("portalRoyalties.assess.current", {
          name: current.class_name,
          points: current.points,
          revision: current.revision,
          by: current.assessed_by_name ?? "",
          at: formatDateTime(current.assessed_at),
        })
      : null,
  };
}

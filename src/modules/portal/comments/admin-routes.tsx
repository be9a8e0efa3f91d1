import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { registerAdminHomePanel } from "../../../platform/admin/home-panels.js";
import { csrfToken, registerAdminNav, sendAdminPage, setFlash } from "../../../platform/admin/shell.js";
import { actorFrom, recordAudit } from "../../../platform/audit/index.js";
import { inTransaction } from "../../../platform/db/transaction.js";
import { AppError, forbidden, notFound } from "../../../platform/http/errors.js";
import { UUID_PATTERN } from "../../../platform/http/uuid.js";
import { t } from "../../../platform/i18n/index.js";
import { MAX_WORD_LENGTH, MAX_WORDS, parseBannedList } from "../../../platform/moderation/banned-words.js";
import { can, holdsAnyRole, sitesFor } from "../../../platform/rbac/grants.js";
import type { Role } from "../../../platform/rbac/roles.js";
import { MAX_BULK, parseBulk, statusFilter } from "./domain/moderation.js";
import {
  bannedLists,
  closedItems,
  commentsByIds,
  itemCommentSummary,
  itemForSwitch,
  moderationQueue,
  replaceBannedWords,
  type SiteScope,
  setCommentStatus,
  setItemClosed,
  setSiteEnabled,
  siteStates,
} from "./store.js";
import { PendingPanel } from "./views/home-panel.js";
import { ItemPage } from "./views/item-page.js";
import { ModerationPage, type QueueFilters } from "./views/moderation-page.js";
import { BULK_PATH, QUEUE_PATH, SETTINGS_PATH, SITE_SWITCH_PATH, WORDS_PATH } from "./views/paths.js";
import { SettingsPage, type WordList } from "./views/settings-page.js";

/** Who moderates a site's comments: its approvers and site administrators (system administrators everywhere). */
const MODERATORS: readonly Role[] = ["approver", "site_admin"];
/** Who may close or reopen one article's comments: the site's editorial staff. */
const ITEM_SWITCHERS: readonly Role[] = ["editor", "approver", "site_admin"];
const SITE_ADMINS: readonly Role[] = ["site_admin"];
const QUEUE_PAGE_SIZE = 50;

const tv = (key: string, params?: Record<string, string | number>) =>
  t("vi", `portalComments.${key}`, params);

function scopeOf(request: FastifyRequest, roles: readonly Role[]): SiteScope {
  return request.staff ? sitesFor(request.staff, roles) : [];
}

function inScope(scope: SiteScope, siteId: string): boolean {
  return scope === "all" || scope.includes(siteId);
}

function formOf(request: FastifyRequest): Record<string, unknown> {
  return (request.body && typeof request.body === "object" ? request.body : {}) as Record<string, unknown>;
}

/** A return address inside this area only (never an open redirect). */
function backTo(value: unknown, fallback: string): string {
  return typeof value === "string" &&
    /^\/admin\/binh-luan(?:[/?][^\s\\]*)?$/.test(value) &&
    !value.includes("//")
    ? value
    : fallback;
}

function filtersOf(query: Record<string, unknown>, scope: SiteScope): QueueFilters {
  const site = typeof query.site === "string" ? query.site.toLowerCase() : "";
  if (site !== "" && (!UUID_PATTERN.test(site) || !inScope(scope, site))) throw forbidden();
  const page = typeof query.trang === "string" && /^\d{1,5}$/.test(query.trang) ? Number(query.trang) : 1;
  return { site, status: statusFilter(query.status), page: Math.max(1, page) };
}

/**
 * Moderation of readers' comments (SPEC §A7): the queue at /admin/binh-luan with bulk approve/reject, per-site and
 * per-article switches, banned-word lists, and the pending counts on the admin home. Every change is audited in
 * its transaction; approving or rejecting purges the article's cached page so readers see the result.
 */
export async function commentAdminRoutes(app: FastifyInstance): Promise<void> {
  const { db, pageCache } = app.services;

  registerAdminNav({ label: tv("nav"), href: QUEUE_PATH, roles: MODERATORS, order: 45 });
  registerAdminHomePanel({
    id: "portal.comments",
    order: 40,
    async render(request) {
      if (!request.staff || !holdsAnyRole(request.staff, MODERATORS)) return null;
      const sites = await siteStates(db, scopeOf(request, MODERATORS));
      if (sites.length === 0) return null;
      return <PendingPanel lang="vi" sites={sites} />;
    },
  });

  async function showQueue(
    request: FastifyRequest,
    reply: FastifyReply,
    filters: QueueFilters,
    errors?: Record<string, string>,
  ) {
    const scope = scopeOf(request, MODERATORS);
    const sites = await siteStates(db, scope);
    const { rows, total } = await moderationQueue(db, {
      scope,
      siteId: filters.site || null,
      status: filters.status,
      limit: QUEUE_PAGE_SIZE,
      offset: (filters.page - 1) * QUEUE_PAGE_SIZE,
    });
    const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
    return sendAdminPage(
      request,
      reply,
      tv("title"),
      <ModerationPage
        lang="vi"
        csrf={csrfToken(request)}
        filters={filters}
        sites={sites}
        rows={rows}
        total={total}
        pages={pages}
        canSettings={request.staff ? holdsAnyRole(request.staff, SITE_ADMINS) : false}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  }

  app.get(QUEUE_PATH, { config: { access: { roles: MODERATORS } } }, async (request, reply) => {
    const filters = filtersOf((request.query ?? {}) as Record<string, unknown>, scopeOf(request, MODERATORS));
    return showQueue(request, reply, filters);
  });

  app.post(BULK_PATH, { config: { access: { roles: MODERATORS } } }, async (request, reply) => {
    const form = formOf(request);
    const back = backTo(form.back, QUEUE_PATH);
    const parsed = parseBulk(form);
    if (!parsed.ok) {
      const scope = scopeOf(request, MODERATORS);
      const query = Object.fromEntries(new URL(back, "http://x").searchParams);
      const message =
        parsed.problem === "tooMany" ? tv("error.tooMany", { max: MAX_BULK }) : tv(`error.${parsed.problem}`);
      return showQueue(request, reply, filtersOf(query, scope), { ids: message });
    }
    const staff = request.staff;
    const changed = await inTransaction(db, async (tx) => {
      const rows = await commentsByIds(tx, parsed.ids);
      if (rows.length !== parsed.ids.length) throw notFound();
      // All or nothing: one comment of a site the person does not moderate refuses the whole batch.
      if (rows.some((r) => !can(staff, MODERATORS, { siteId: r.site_id }))) throw forbidden();
      const toChange = rows.filter((r) => r.status !== parsed.status);
      await setCommentStatus(
        tx,
        toChange.map((r) => r.id),
        parsed.status,
        staff?.id ?? null,
      );
      const actor = actorFrom(request);
      for (const r of toChange) {
        await recordAudit(tx, actor, {
          action: parsed.status === "approved" ? "comment.approve" : "comment.reject",
          entityType: "comment",
          entityId: r.id,
          before: { status: r.status, siteId: r.site_id, contentId: r.content_id },
          after: { status: parsed.status },
        });
      }
      return toChange;
    });
    pageCache.purge([...new Set(changed.map((r) => `content:${r.content_id}`))]);
    await setFlash(
      request,
      tv(parsed.status === "approved" ? "done.approved" : "done.rejected", { count: changed.length }),
    );
    return reply.redirect(back, 303);
  });

  app.get<{ Params: { id: string } }>(
    "/admin/binh-luan/bai-viet/:id",
    { config: { access: { roles: ITEM_SWITCHERS } } },
    async (request, reply) => {
      const id = request.params.id.toLowerCase();
      if (!UUID_PATTERN.test(id)) throw notFound();
      const item = await itemCommentSummary(db, id);
      if (!item || item.kind === "page") throw notFound();
      if (!can(request.staff, ITEM_SWITCHERS, { siteId: item.siteId })) throw forbidden();
      return sendAdminPage(
        request,
        reply,
        tv("itemTitle"),
        <ItemPage
          lang="vi"
          csrf={csrfToken(request)}
          item={item}
          canModerate={can(request.staff, MODERATORS, { siteId: item.siteId })}
        />,
      );
    },
  );

  app.post<{ Params: { id: string } }>(
    "/admin/binh-luan/bai-viet/:id",
    { config: { access: { roles: ITEM_SWITCHERS } } },
    async (request, reply) => {
      const id = request.params.id.toLowerCase();
      if (!UUID_PATTERN.test(id)) throw notFound();
      const form = formOf(request);
      const closed = form.closed === "1";
      const item = await itemForSwitch(db, id);
      if (!item) throw notFound();
      if (!can(request.staff, ITEM_SWITCHERS, { siteId: item.siteId })) throw forbidden();
      if (item.closed !== closed) {
        await inTransaction(db, async (tx) => {
          await setItemClosed(tx, id, closed, request.staff?.id ?? null);
          await recordAudit(tx, actorFrom(request), {
            action: closed ? "comment.close_item" : "comment.open_item",
            entityType: "content_item",
            entityId: id,
            summary: item.title,
            before: { closed: item.closed },
            after: { closed },
          });
        });
        pageCache.purge([`content:${id}`]);
      }
      await setFlash(request, tv(closed ? "itemOff" : "itemOn", { title: item.title }));
      return reply.redirect(backTo(form.back, QUEUE_PATH), 303);
    },
  );

  async function showSettings(
    request: FastifyRequest,
    reply: FastifyReply,
    refused?: { siteId: string | null; text: string; error: string },
  ) {
    const scope = scopeOf(request, SITE_ADMINS);
    const [sites, closed, lists] = await Promise.all([
      siteStates(db, scope),
      closedItems(db, scope),
      bannedLists(db, scope),
    ]);
    const isSystemAdmin = scope === "all";
    const editable: WordList[] = [
      ...(isSystemAdmin ? [{ siteId: null, title: tv("wordsGlobal") }] : []),
      ...sites.map((s) => ({ siteId: s.siteId as string | null, title: tv("wordsSite", { site: s.name }) })),
    ].map((l) => {
      if (refused && refused.siteId === l.siteId) {
        return { ...l, text: refused.text, errors: { [`words-${l.siteId ?? "chung"}`]: refused.error } };
      }
      return { ...l, text: (lists.get(l.siteId) ?? []).join("\n") };
    });
    return sendAdminPage(
      request,
      reply,
      tv("settings"),
      <SettingsPage lang="vi" csrf={csrfToken(request)} sites={sites} closed={closed} lists={editable} />,
      refused ? 422 : 200,
    );
  }

  app.get(SETTINGS_PATH, { config: { access: { roles: SITE_ADMINS } } }, async (request, reply) =>
    showSettings(request, reply),
  );

  app.post(SITE_SWITCH_PATH, { config: { access: { roles: SITE_ADMINS } } }, async (request, reply) => {
    const form = formOf(request);
    const siteId = typeof form.site === "string" ? form.site.toLowerCase() : "";
    if (!UUID_PATTERN.test(siteId)) throw new AppError(400, "bad_site", "errors.validation");
    if (!can(request.staff, SITE_ADMINS, { siteId })) throw forbidden();
    const enabled = form.enabled === "1";
    const site = (await siteStates(db, [siteId]))[0];
    if (!site) throw notFound();
    await inTransaction(db, async (tx) => {
      await setSiteEnabled(tx, siteId, enabled, request.staff?.id ?? null);
      await recordAudit(tx, actorFrom(request), {
        action: enabled ? "comment.site_enable" : "comment.site_disable",
        entityType: "site",
        entityId: siteId,
        summary: site.name,
        before: { enabled: site.enabled },
        after: { enabled },
      });
    });
    // Every article page of the site shows or hides the form.
    pageCache.purge([`site:${siteId}`]);
    await setFlash(request, tv(enabled ? "siteOn" : "siteOff", { site: site.name }));
    return reply.redirect(SETTINGS_PATH, 303);
  });

  app.post(WORDS_PATH, { config: { access: { roles: SITE_ADMINS } } }, async (request, reply) => {
    const form = formOf(request);
    const rawSite = typeof form.site === "string" ? form.site.toLowerCase() : "";
    const siteId = rawSite === "" ? null : rawSite;
    if (siteId !== null && !UUID_PATTERN.test(siteId))
      throw new AppError(400, "bad_site", "errors.validation");
    // The province-wide list is the system administrators'; a site administrator adds to their own site's list.
    const allowed =
      siteId === null ? scopeOf(request, SITE_ADMINS) === "all" : can(request.staff, SITE_ADMINS, { siteId });
    if (!allowed) throw forbidden();
    const field = `words-${siteId ?? "chung"}`;
    const text = typeof form[field] === "string" ? (form[field] as string) : "";
    const parsed = parseBannedList(text);
    if (!parsed.ok) {
      const error =
        parsed.problem === "tooMany"
          ? tv("error.tooManyWords", { max: MAX_WORDS, count: parsed.count })
          : tv("error.wordTooLong", { word: parsed.word.slice(0, 80), max: MAX_WORD_LENGTH });
      return showSettings(request, reply, { siteId, text, error });
    }
    await inTransaction(db, async (tx) => {
      const before = await replaceBannedWords(tx, siteId, parsed.words, request.staff?.id ?? null);
      await recordAudit(tx, actorFrom(request), {
        action: "comment.banned_words",
        entityType: siteId === null ? "province" : "site",
        entityId: siteId,
        before: { words: before },
        after: { words: parsed.words },
      });
    });
    await setFlash(request, tv("wordsSaved", { count: parsed.words.length }));
    return reply.redirect(SETTINGS_PATH, 303);
  });
}

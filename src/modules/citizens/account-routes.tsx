import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestCsrfToken } from "../../platform/auth/request-state.js";
import { CITIZEN_PATHS } from "../services/paths.js";
import { parseProfile, profileFormValues, profileToForm } from "./domain/profile.js";
import { mainShell, sendCitizenPage } from "./page.js";
import type { CitizenPrincipal } from "./principal.js";
import { citizenToken, clearCitizenCookie } from "./session.js";
import { deleteSession } from "./store.js";
import { type MyDossierRow, MyDossiersPage } from "./views/dossiers-page.js";
import { ProfilePage } from "./views/profile-page.js";

export const MY_DOSSIERS_PAGE_SIZE = 20;

/** A signed-out visitor is sent to sign in and brought back; the pages below only ever show the session's own data. */
function requireCitizen(request: FastifyRequest, reply: FastifyReply): CitizenPrincipal | null {
  if (request.citizen) return request.citizen;
  const next = request.method === "GET" ? (request.url.split("#")[0] ?? "/") : CITIZEN_PATHS.profile;
  void reply.redirect(
    `${CITIZEN_PATHS.signIn}?thong_bao=can-dang-nhap&next=${encodeURIComponent(next)}`,
    303,
  );
  return null;
}

/** What every account page is drawn with: the site's shell, the CSRF token (sign-out form) and the citizen. */
async function accountPageBase(request: FastifyRequest, citizen: CitizenPrincipal) {
  return { shell: await mainShell(request), csrf: requestCsrfToken(request), citizen };
}

/** Profile (prefills dossier forms), "my dossiers" (SPEC §B8) and sign-out. */
export async function accountRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.services;

  app.get<{ Querystring: Record<string, string | undefined> }>(
    CITIZEN_PATHS.profile,
    async (request, reply) => {
      const citizen = requireCitizen(request, reply);
      if (!citizen) return reply;
      return sendCitizenPage(
        reply,
        <ProfilePage
          {...(await accountPageBase(request, citizen))}
          values={profileToForm(citizen)}
          saved={request.query.da_luu === "1"}
        />,
      );
    },
  );

  app.post(CITIZEN_PATHS.profile, async (request, reply) => {
    const citizen = requireCitizen(request, reply);
    if (!citizen) return reply;
    const values = profileFormValues(request.body);
    const now = new Date();
    const parsed = parseProfile(values, request.lang, now);
    if (!parsed.ok) {
      return sendCitizenPage(
        reply,
        <ProfilePage
          {...(await accountPageBase(request, citizen))}
          values={values}
          errors={parsed.errors}
          saved={false}
        />,
        422,
      );
    }
    const v = parsed.value;
    await db
      .updateTable("citizens")
      .set({
        full_name: v.fullName,
        id_number: v.idNumber,
        birth_date: v.birthDate,
        gender: v.gender,
        address: v.address,
        business_name: v.businessName,
        tax_code: v.taxCode,
        updated_at: now,
      })
      .where("id", "=", citizen.id)
      .execute();
    return reply.redirect(`${CITIZEN_PATHS.profile}?da_luu=1`, 303);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>(
    CITIZEN_PATHS.myDossiers,
    async (request, reply) => {
      const citizen = requireCitizen(request, reply);
      if (!citizen) return reply;
      const requested = Number(request.query.trang ?? "1");
      const total = Number(
        (
          await db
            .selectFrom("dossiers")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("citizen_id", "=", citizen.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
      const pages = Math.max(1, Math.ceil(total / MY_DOSSIERS_PAGE_SIZE));
      const page = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, pages) : 1;
      const rows = await db
        .selectFrom("dossiers")
        .innerJoin("procedures", "procedures.id", "dossiers.procedure_id")
        .select([
          "dossiers.code",
          "procedures.name as procedure_name",
          "dossiers.submitted_at",
          "dossiers.state",
          "dossiers.due_on",
          "dossiers.apology_due_on",
          "dossiers.lookup_token",
        ])
        .where("dossiers.citizen_id", "=", citizen.id)
        .orderBy("dossiers.submitted_at", "desc")
        .orderBy("dossiers.code", "desc")
        .limit(MY_DOSSIERS_PAGE_SIZE)
        .offset((page - 1) * MY_DOSSIERS_PAGE_SIZE)
        .execute();
      const list: MyDossierRow[] = rows.map((r) => ({
        code: r.code,
        procedureName: r.procedure_name,
        submittedAt: new Date(r.submitted_at),
        state: r.state,
        // After an apology slip the citizen was promised the new date.
        dueOn: r.apology_due_on ?? r.due_on,
        lookupToken: r.lookup_token,
      }));
      return sendCitizenPage(
        reply,
        <MyDossiersPage
          {...(await accountPageBase(request, citizen))}
          rows={list}
          total={total}
          page={page}
          pages={pages}
        />,
      );
    },
  );

  app.post(CITIZEN_PATHS.signOut, async (request, reply) => {
    const token = citizenToken(request);
    if (token) await deleteSession(db, token);
    clearCitizenCookie(request, reply);
    request.citizen = null;
    return reply.redirect(`${CITIZEN_PATHS.signIn}?thong_bao=da-dang-xuat`, 303);
  });
}

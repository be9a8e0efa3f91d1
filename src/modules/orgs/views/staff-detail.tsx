import { formatDateTime, t } from "../../../platform/i18n/index.js";
import { CsrfField, ErrorSummary, type Errors, SelectField } from "../../../platform/ui/components/forms.js";
import type { Option, StaffGrantRow, StaffRow } from "../staff-store.js";
import { StaffDetailFields, type StaffFormValues } from "./staff-form.js";
import { roleLabel, roleOptions, StaffStatusTag } from "./staff-list.js";

const sv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

function grantScope(g: StaffGrantRow): string {
  if (g.site_id) return `${sv("staff.grants.site")}: ${g.site_name ?? g.site_id}`;
  if (g.unit_id) return `${sv("staff.field.unit")}: ${g.unit_name ?? g.unit_id}`;
  return sv("staff.grants.global");
}

export interface GrantFormValues {
  role: string;
  unit_id: string;
  site_id: string;
}

export function StaffDetailView(props: {
  csrf: string;
  staff: StaffRow;
  grants: StaffGrantRow[];
  values: StaffFormValues;
  errors?: Errors | undefined;
  grantValues?: GrantFormValues | undefined;
  grantErrors?: Errors | undefined;
  units: Option[];
  sites: Option[];
  isSelf: boolean;
}) {
  const { staff, csrf } = props;
  const base = `/admin/can-bo/${staff.id}`;
  const gv = props.grantValues ?? { role: "", unit_id: "", site_id: "" };
  return (
    <>
      <ErrorSummary errors={{ ...props.errors, ...props.grantErrors }} lang="vi" />
      <p>
        <a href="/admin/can-bo">{sv("staff.back")}</a>
      </p>
      <dl>
        <dt>{sv("staff.field.username")}</dt>
        <dd>{staff.username}</dd>
        <dt>{sv("staff.field.status")}</dt>
        <dd>
          <StaffStatusTag active={staff.active} />
        </dd>
        <dt>{sv("staff.field.totp")}</dt>
        <dd>{staff.totp_enabled_at ? sv("staff.totp.on") : sv("staff.totp.off")}</dd>
        <dt>{sv("staff.field.lastLogin")}</dt>
        <dd>{staff.last_login_at ? formatDateTime(staff.last_login_at) : sv("auth.account.never")}</dd>
      </dl>

      <section aria-labelledby="staff-details">
        <h2 id="staff-details">{sv("staff.edit.details")}</h2>
        <form method="post" action={base} novalidate>
          <CsrfField token={csrf} />
          <StaffDetailFields values={props.values} errors={props.errors} units={props.units} />
          <button type="submit" class="button">
            {sv("common.save")}
          </button>
        </form>
      </section>

      <section aria-labelledby="staff-grants">
        <h2 id="staff-grants">{sv("staff.grants.title")}</h2>
        {props.grants.length === 0 ? (
          <p>{sv("staff.grants.none")}</p>
        ) : (
          <table class="data">
            <caption class="visually-hidden">{sv("staff.grants.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{sv("staff.list.role")}</th>
                <th scope="col">{sv("staff.grants.scope")}</th>
                <th scope="col">{sv("common.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {props.grants.map((g) => (
                <tr key={g.id}>
                  <td>{roleLabel(g.role)}</td>
                  <td>{grantScope(g)}</td>
                  <td>
                    <form method="post" action={`${base}/vai-tro/${g.id}/thu-hoi`} class="inline-form">
                      <CsrfField token={csrf} />
                      <button type="submit" class="link">
                        {sv("staff.grants.remove")}
                        <span class="visually-hidden">
                          {" "}
                          {roleLabel(g.role)} – {grantScope(g)}
                        </span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{sv("staff.grants.add")}</h3>
        <form method="post" action={`${base}/vai-tro`} novalidate>
          <CsrfField token={csrf} />
          <SelectField
            name="role"
            label={sv("staff.list.role")}
            value={gv.role}
            emptyLabel={sv("staff.grants.chooseRole")}
            options={roleOptions()}
            errors={props.grantErrors}
          />
          <SelectField
            name="site_id"
            label={sv("staff.grants.site")}
            hint={sv("staff.grants.siteHint")}
            value={gv.site_id}
            emptyLabel={sv("staff.grants.chooseSite")}
            options={props.sites}
            errors={props.grantErrors}
          />
          <SelectField
            name="grant_unit_id"
            label={sv("staff.field.unit")}
            hint={sv("staff.grants.unitHint")}
            value={gv.unit_id}
            emptyLabel={sv("staff.grants.chooseUnit")}
            options={props.units}
            errors={props.grantErrors}
          />
          <button type="submit" class="button secondary">
            {sv("staff.grants.add")}
          </button>
        </form>
      </section>

      <section aria-labelledby="staff-reset">
        <h2 id="staff-reset">{sv("staff.reset.title")}</h2>
        <form method="post" action={`${base}/dat-lai-mat-khau`}>
          <CsrfField token={csrf} />
          <p class="hint">{sv("staff.reset.passwordHint")}</p>
          <button type="submit" class="button secondary">
            {sv("staff.reset.password")}
          </button>
        </form>
        <form method="post" action={`${base}/dat-lai-xac-thuc`}>
          <CsrfField token={csrf} />
          <p class="hint">{sv("staff.reset.totpHint")}</p>
          <button type="submit" class="button secondary">
            {sv("staff.reset.totp")}
          </button>
        </form>
      </section>

      <section aria-labelledby="staff-status">
        <h2 id="staff-status">{sv("staff.field.status")}</h2>
        {staff.active ? (
          props.isSelf ? (
            <p>{sv("staff.cannotDeactivateSelf")}</p>
          ) : (
            <form method="post" action={`${base}/ngung-hoat-dong`}>
              <CsrfField token={csrf} />
              <button type="submit" class="button warning">
                {sv("staff.deactivate")}
              </button>
            </form>
          )
        ) : (
          <form method="post" action={`${base}/kich-hoat`}>
            <CsrfField token={csrf} />
            <button type="submit" class="button">
              {sv("staff.reactivate")}
            </button>
          </form>
        )}
      </section>
    </>
  );
}

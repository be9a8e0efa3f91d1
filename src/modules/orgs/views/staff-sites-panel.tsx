import { t } from "../../../platform/i18n/index.js";

/** The admin home's list of the sites a person may work on (editorial and site roles). */
export function StaffSitesPanel(props: {
  sites: { id: string; name_vi: string; slug: string }[];
  all: boolean;
}) {
  return (
    <section aria-labelledby="home-sites">
      <h2 id="home-sites">{t("vi", "auth.home.sites")}</h2>
      {props.all ? <p>{t("vi", "auth.home.allSites")}</p> : null}
      {props.sites.length === 0 ? (
        <p>{t("vi", "auth.home.noSites")}</p>
      ) : (
        <ul class="admin-home-sites">
          {props.sites.map((s) => (
            <li key={s.id}>
              <a href={s.slug === "" ? "/" : `/${s.slug}`}>{s.name_vi}</a>{" "}
              <span class="muted">{s.slug === "" ? "/" : `/${s.slug}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

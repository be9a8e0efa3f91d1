import { t } from "../../../platform/i18n/index.js";
import type { PublicShell } from "../../../platform/ui/public-layout.js";
import { PublicLayout } from "../../../platform/ui/public-layout.js";

export function ErrorPage({ shell, title, message }: { shell: PublicShell; title: string; message: string }) {
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href={shell.siteHref}>{t(shell.lang, "shell.home")}</a>
      </p>
    </PublicLayout>
  );
}

import type { ComponentChildren } from "preact";
import type { Lang } from "../i18n/index.js";
import { CsrfField } from "./components/forms.js";

export interface AdminNavItem {
  label: string;
  href: string;
}

/** What the admin frame shows about the signed-in person. */
export interface AdminShell {
  lang: Lang;
  userName: string;
  csrfToken: string;
  nav: AdminNavItem[];
  currentPath: string;
  flash?: string | undefined;
}

export function AdminLayout({
  shell,
  title,
  children,
}: {
  shell: AdminShell;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={shell.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – Quản trị Cổng số`}</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Bỏ qua, đến nội dung chính
        </a>
        <div class="admin-body">
          <header class="admin-header">
            <a href="/admin">Quản trị Cổng số</a>
            <div>
              <span>{shell.userName}</span> · <a href="/admin/tai-khoan">Tài khoản của tôi</a> ·{" "}
              <form method="post" action="/admin/dang-xuat" class="inline-form">
                <CsrfField token={shell.csrfToken} />
                <button type="submit" class="link">
                  Đăng xuất
                </button>
              </form>
            </div>
          </header>
          <nav class="admin-nav" aria-label="Quản trị">
            <ul>
              {shell.nav.map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={
                      shell.currentPath === item.href ||
                      (item.href !== "/admin" && shell.currentPath.startsWith(`${item.href}/`))
                        ? "page"
                        : undefined
                    }
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" class="admin-main" tabindex={-1}>
            {shell.flash ? (
              <div class="notice" role="status">
                {shell.flash}
              </div>
            ) : null}
            <h1>{title}</h1>
            {children}
          </main>
        </div>
      </body>
    </html>
  );
}

/** A minimal frame for sign-in and other pages shown before the admin shell is available. */
export function BareLayout({
  lang,
  title,
  children,
}: {
  lang: Lang;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – Cổng số`}</title>
        <link rel="stylesheet" href="/static/app.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Bỏ qua, đến nội dung chính
        </a>
        <header class="masthead">
          <div class="container">
            <p class="site-name">Cổng số – Quản trị</p>
          </div>
        </header>
        <main id="main" tabindex={-1}>
          <div class="container" style="max-width:40rem">
            <h1>{title}</h1>
            {children}
          </div>
        </main>
      </body>
    </html>
  );
}

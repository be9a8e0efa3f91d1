import { t } from "../../../../platform/i18n/index.js";
import { CsrfField } from "../../../../platform/ui/components/forms.js";
import { PublicLayout, type PublicShell } from "../../../../platform/ui/public-layout.js";

const tv = (key: string, params?: Record<string, string | number>) => t("vi", key, params);

/** One message and, when there is somewhere to go next, one link (the pay refusals and the return page). */
export function PaymentMessagePage({
  shell,
  title,
  message,
  link,
}: {
  shell: PublicShell;
  title: string;
  message: string;
  link?: { href: string; label: string } | undefined;
}) {
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <p class="notice" role="status">
        {message}
      </p>
      {link ? (
        <p>
          <a href={link.href}>{link.label}</a>
        </p>
      ) : null}
    </PublicLayout>
  );
}

export interface SandboxOrder {
  merchant: string;
  orderRef: string;
  orderInfo: string;
  amount: string;
  expiresAt: string;
}

/** The sandbox bank's page: what is to be paid and two buttons; the signed request travels in hidden fields. */
export function SandboxBankPage({
  shell,
  order,
  action,
  hidden,
  csrf,
}: {
  shell: PublicShell;
  order: SandboxOrder;
  action: string;
  hidden: Record<string, string>;
  csrf: string;
}) {
  const title = tv("payments.sandbox.title");
  return (
    <PublicLayout shell={shell} title={title}>
      <h1>{title}</h1>
      <p class="notice">{tv("payments.sandbox.lead")}</p>
      <h2>{tv("payments.sandbox.order")}</h2>
      <dl>
        <dt>{tv("payments.sandbox.merchant")}</dt>
        <dd>{order.merchant}</dd>
        <dt>{tv("payments.sandbox.orderRef")}</dt>
        <dd>{order.orderRef}</dd>
        <dt>{tv("payments.sandbox.orderInfo")}</dt>
        <dd>{order.orderInfo}</dd>
        <dt>{tv("payments.sandbox.amount")}</dt>
        <dd>{order.amount}</dd>
        <dt>{tv("payments.sandbox.expiresAt")}</dt>
        <dd>{order.expiresAt}</dd>
      </dl>
      <form method="post" action={action}>
        <CsrfField token={csrf} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button type="submit" name="decision" value="pay" class="button">
          {tv("payments.sandbox.pay")}
        </button>{" "}
        <button type="submit" name="decision" value="cancel" class="button secondary">
          {tv("payments.sandbox.cancel")}
        </button>
      </form>
    </PublicLayout>
  );
}

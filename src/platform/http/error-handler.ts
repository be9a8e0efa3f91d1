import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type Lang, t } from "../i18n/index.js";
import { AppError } from "./errors.js";
import { wantsHtml } from "./request-context.js";

/** Renders an HTML error page inside the public shell of the site the request was for. */
export type HtmlErrorRenderer = (
  request: FastifyRequest,
  status: number,
  title: string,
  message: string,
) => Promise<string> | string;

interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string> };
}

/** Maps anything thrown to (status, code, message): user-caused problems are 4xx with a clear message. */
export function classifyError(
  err: unknown,
  lang: Lang,
  requestId: string,
): { status: number; body: ApiErrorBody } {
  if (err instanceof AppError) {
    const fields = Object.keys(err.fields).length ? { fields: err.fields } : {};
    return {
      status: err.statusCode,
      body: { error: { code: err.code, message: t(lang, err.messageKey, err.params), ...fields } },
    };
  }
  const fe = err as Partial<FastifyError> & { statusCode?: number };
  const status = typeof fe.statusCode === "number" ? fe.statusCode : 500;
  if (status === 429) {
    return {
      status,
      body: { error: { code: "rate_limited", message: t(lang, "errors.rateLimited", { seconds: 60 }) } },
    };
  }
  if (fe.code === "FST_ERR_CTP_BODY_TOO_LARGE" || status === 413) {
    return {
      status: 413,
      body: { error: { code: "payload_too_large", message: t(lang, "errors.payloadTooLarge") } },
    };
  }
  if (fe.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || status === 415) {
    return {
      status: 415,
      body: { error: { code: "unsupported_media_type", message: t(lang, "errors.unsupportedMediaType") } },
    };
  }
  if (
    fe.code?.startsWith("FST_ERR_CTP") ||
    fe.code === "FST_ERR_VALIDATION" ||
    (status >= 400 && status < 500)
  ) {
    const code = status === 404 ? "not_found" : "bad_request";
    const key =
      status === 404 ? "errors.notFound" : status === 405 ? "errors.methodNotAllowed" : "errors.validation";
    return {
      status: status >= 400 && status < 500 ? status : 400,
      body: { error: { code, message: t(lang, key) } },
    };
  }
  return {
    status: 500,
    body: { error: { code: "internal", message: t(lang, "errors.internal.body", { requestId }) } },
  };
}

export function installErrorHandling(app: FastifyInstance, renderHtmlError: HtmlErrorRenderer): void {
  const send = async (request: FastifyRequest, reply: FastifyReply, status: number, body: ApiErrorBody) => {
    const lang = request.lang ?? "vi";
    reply.code(status);
    if (status === 429 && !reply.getHeader("retry-after")) reply.header("retry-after", "60");
    if (!wantsHtml(request)) return reply.type("application/json; charset=utf-8").send(body);
    const title =
      status === 404
        ? t(lang, "errors.notFound.title")
        : status >= 500
          ? t(lang, "errors.internal.title")
          : t(lang, "errors.badRequest.title");
    const message = status === 404 ? t(lang, "errors.notFound.body") : body.error.message;
    const html = await renderHtmlError(request, status, title, message);
    return reply.type("text/html; charset=utf-8").send(html);
  };

  app.setErrorHandler(async (err, request, reply) => {
    const { status, body } = classifyError(err, request.lang ?? "vi", request.id);
    if (status >= 500) request.log.error({ err }, "request failed");
    else request.log.info({ code: body.error.code, status }, "request refused");
    return send(request, reply, status, body);
  });

  app.setNotFoundHandler(async (request, reply) => {
    const lang = request.lang ?? "vi";
    return send(request, reply, 404, { error: { code: "not_found", message: t(lang, "errors.notFound") } });
  });
}

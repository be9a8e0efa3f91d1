/**
 * An error a user can cause and fix. Routes throw it; the error handler turns it into the API error shape
 * ({ error: { code, message, fields } }) or an HTML error page, with the message in the request's language.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    /** i18n key of the message shown to the user. */
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
    /** Field name → already translated message, for validation errors. */
    readonly fields: Record<string, string> = {},
  ) {
    super(messageKey);
    this.name = "AppError";
  }
}

export const notFound = () => new AppError(404, "not_found", "errors.notFound");
export const forbidden = () => new AppError(403, "forbidden", "errors.forbidden");
export const unauthorized = () => new AppError(401, "unauthorized", "errors.unauthorized");
export const conflict = (messageKey = "errors.conflict", params: Record<string, string | number> = {}) =>
  new AppError(409, "conflict", messageKey, params);
export const badRequest = (messageKey: string, params: Record<string, string | number> = {}) =>
  new AppError(400, "bad_request", messageKey, params);
